import { describe, expect, it } from 'vitest';
import { speakersByParagraph } from './speakers-of-paragraphs';

describe('memory: a quotation opened after a connector and a colon goes on with who spoke', () => {
  it.each([
    [
      'de',
      'Die Anlage läuft kürzer. Der Verlust lasse sich nicht aufholen, sagte Forschungsleiterin Anna Beispiel. Aber: «Über vier Jahre gerechnet ist das verschmerzbar.»',
      'Anna Beispiel',
    ],
    [
      'en',
      'The plant will run less this year. The loss cannot be made up, said research director Ann Example. But: “Over four years it is bearable.”',
      'Ann Example',
    ],
    [
      'es',
      'La planta funcionará menos. La pérdida no se recupera, dijo la directora Ana Ejemplo. Pero: «En cuatro años es tolerable».',
      'Ana Ejemplo',
    ],
    [
      'fr',
      'La centrale tournera moins. La perte ne se rattrape pas, a dit la directrice Anne Exemple. Mais : « Sur quatre ans, c’est supportable. »',
      'Anne Exemple',
    ],
  ])('%s', (lang, paragraph, speaker) => {
    expect(speakersByParagraph([paragraph], lang).at(-1)).toBe(speaker);
  });

  it('names nobody when nobody spoke before it', () => {
    expect(
      speakersByParagraph(['The plant will run less this year.', 'But: “Over four years it is bearable.”'], 'en'),
    ).toEqual([null, null]);
  });
});
