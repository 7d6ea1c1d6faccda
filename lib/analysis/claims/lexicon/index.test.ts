import { describe, expect, it } from 'vitest';
import { lexiconFor, withPerfectTenses } from './index';
import { es } from './es';

describe('withPerfectTenses', () => {
  it('reads the reporting verbs in their compound tenses, from auxiliary entries, past endings and participles', () => {
    expect(lexiconFor('es').reportingVerbs).toEqual(
      expect.arrayContaining(['había dicho', 'había afirmado', 'habían anunciado', 'había reconocido']),
    );
    expect(lexiconFor('pt').reportingVerbs).toEqual(expect.arrayContaining(['tinha dito', 'havia afirmado']));
    expect(lexiconFor('fr').reportingVerbs).toEqual(expect.arrayContaining(['avait annoncé', 'avaient déclaré']));
  });

  it('leaves a lexicon without compound tenses as it is', () => {
    const { perfectTense: _, ...plain } = es;
    expect(withPerfectTenses(plain)).toBe(plain);
  });
});
