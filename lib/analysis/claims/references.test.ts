import { describe, expect, it } from 'vitest';
import { isUnspacedScript, lexiconFor } from './lexicon';
import { isReferenceLine } from './references';

const isReference = (line: string, lang: string) =>
  isReferenceLine(line, lang, lexiconFor(lang), isUnspacedScript(lang));

describe('isReferenceLine', () => {
  it('reads references per language', () => {
    expect(isReference('Smith, J. (2003). The Lost Archive. Oxford University Press, pp. 12–14.', 'en')).toBe(true);
    expect(isReference('Dupont, M. (1998). Histoire de Paris. Paris : Gallimard, éd. revue, p. 45.', 'fr')).toBe(true);
    expect(isReference('Müller, K. (2010): Die Stadt. Berlin: Suhrkamp Verlag, S. 12–19.', 'de')).toBe(true);
    expect(isReference('萧乾：《未带地图的旅人》，第236-239页，湖南人民出版社1980年版。', 'zh')).toBe(true);
  });

  it('reads a few words all in brackets as an epigraph’s attribution', () => {
    expect(isReference('(Livy cited by Machiavelli)', 'en')).toBe(true);
  });

  it('leaves news sentences alone, a publisher or a year named in them included', () => {
    for (const [line, lang] of [
      ['The book, published by Oxford University Press in 2003, sold 12,000 copies, the author said.', 'en'],
      ['Le livre, paru aux Éditions du Seuil, s’est vendu à 20 000 exemplaires en 2019.', 'fr'],
      ['Der Verlag teilte mit, das Buch sei 2019 erschienen und habe sich gut verkauft.', 'de'],
      ['他说，这本书由人民出版社在2003年出版，已经卖出了一万多册。', 'zh'],
      ['(The company declined to comment on the sale of its London offices, a spokesman said on Monday.)', 'en'],
    ] as const)
      expect(isReference(line, lang)).toBe(false);
  });
});
