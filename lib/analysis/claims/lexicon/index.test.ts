import { describe, expect, it } from 'vitest';
import { lexiconFor, withPastPlurals, withPerfectTenses } from './index';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';
import { zh } from './zh';

/** Every entry a word list of `value` (at any depth) holds twice, as "path: entry". */
function repeatedEntries(value: unknown, path: string): string[] {
  if (Array.isArray(value)) {
    const repeated = value.filter((entry, at) => typeof entry === 'string' && value.indexOf(entry) !== at);
    return [
      ...repeated.map((entry) => `${path}: ${String(entry)}`),
      ...value.flatMap((entry, at) => repeatedEntries(entry, `${path}[${at}]`)),
    ];
  }
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => repeatedEntries(inner, `${path}.${key}`));
  return [];
}

describe('lexicons', () => {
  it('list each entry of a word list once', () => {
    const lexicons = { de, en, es, fr, ja, pt, zh };
    expect(Object.entries(lexicons).flatMap(([lang, lexicon]) => repeatedEntries(lexicon, lang))).toEqual([]);
  });
});

describe('withPerfectTenses', () => {
  it('reads the reporting verbs in their compound tenses, from auxiliary entries, past endings and participles', () => {
    expect(lexiconFor('es').reportingVerbs).toEqual(
      expect.arrayContaining(['había dicho', 'había afirmado', 'habían anunciado', 'había reconocido']),
    );
    expect(lexiconFor('pt').reportingVerbs).toEqual(expect.arrayContaining(['tinha dito', 'havia afirmado']));
    expect(lexiconFor('fr').reportingVerbs).toEqual(expect.arrayContaining(['avait annoncé', 'avaient déclaré']));
  });

  it('builds the participle of a stem-changing -ir verb with the infinitive’s vowel', () => {
    const verbs = withPerfectTenses({ ...es, reportingVerbs: ['sugirió', 'durmió', 'afirmó'] }).reportingVerbs;
    expect(verbs).toEqual(expect.arrayContaining(['ha sugerido', 'había dormido', 'han afirmado']));
    expect(lexiconFor('es').reportingVerbs).toEqual(expect.arrayContaining(['ha pedido', 'había desmentido']));
  });

  it('leaves a lexicon without compound tenses as it is', () => {
    const { perfectTense: _, ...plain } = es;
    expect(withPerfectTenses(plain)).toBe(plain);
  });
});

describe('withPastPlurals', () => {
  it('reads each one-word past reporting verb in the third-person plural too', () => {
    const plural = (lexicon: typeof es, verbs: string[]) => withPastPlurals({ ...lexicon, reportingVerbs: verbs });
    expect(plural(es, ['sugirió', 'anunció', 'subrayó', 'garantizó', 'ha dicho']).reportingVerbs).toEqual(
      expect.arrayContaining(['sugirieron', 'anunciaron', 'subrayaron', 'garantizaron']),
    );
    expect(plural(pt, ['garantiu', 'defendeu', 'afirmou']).reportingVerbs).toEqual(
      expect.arrayContaining(['garantiram', 'defenderam', 'afirmaram']),
    );
  });

  it('leaves a lexicon without plural endings as it is', () => {
    expect(withPastPlurals(fr)).toBe(fr);
  });
});
