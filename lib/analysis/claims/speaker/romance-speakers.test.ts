import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
import { segmentSentences } from '../segment';
import { SpeakerTracker } from './index';

function speakersByParagraph(paragraphs: string[], lang: string): Array<string | null> {
  const tracker = new SpeakerTracker(lexiconFor(lang), lang, false);
  return paragraphs.flatMap((paragraph, block) =>
    segmentSentences(paragraph, lang).map((sentence) => tracker.speakerOf(sentence.text, block)),
  );
}

describe('Spanish, Portuguese and French speakers (spkes42)', () => {
  it('es: a member of a body named by a run of capitals before the person is the subject of a dash aside', () => {
    expect(
      speakersByParagraph(
        [
          'La asamblea de la cooperativa se reunió ayer con Lucía Herrera Soto.',
          'El miembro del Secretariado Nacional Tomás Aguilar Ruiz, tesorero de la entidad, inauguró la sesión, que llega –subrayó– tras un año difícil.',
        ],
        'es',
      ),
    ).toEqual([null, 'Aguilar Ruiz']);
  });
});
