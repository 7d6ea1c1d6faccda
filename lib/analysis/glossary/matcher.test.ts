import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick';
import { foldString } from './fold';
import { activeLanguages, CompiledGlossary } from './matcher';
import { DEFINITION_LANGS } from '../../shared/definition-language';
import { GLOSSARY_LANGS, type FormInput, type TermConcept } from './schema';
import { GLOSSARY_TERMS } from './terms';
import { TERM_TEXTS } from './texts';

const formText = (form: FormInput) => (typeof form === 'string' ? form : form.text);

describe('term base', () => {
  it('has at least 40 concepts with stable kebab-case ids, a name and definition in en/pt/es/fr/zh/ja, an http(s) source and forms in 7 languages', () => {
    expect(GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(40);
    const ids = GLOSSARY_TERMS.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of GLOSSARY_TERMS) {
      expect(concept.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const lang of DEFINITION_LANGS) {
        const text = TERM_TEXTS[concept.id]?.[lang];
        expect(text?.label.length, `${concept.id} label ${lang}`).toBeGreaterThan(1);
        // CJK says in far fewer characters what Latin scripts say in 40.
        const minimum = lang === 'zh' || lang === 'zh-Hant' || lang === 'ja' ? 25 : 40;
        expect(text?.definition.length, `${concept.id} definition ${lang}`).toBeGreaterThan(minimum);
      }
      expect(concept.source.url).toMatch(/^https?:\/\//);
      for (const lang of GLOSSARY_LANGS)
        expect(concept.forms[lang].length, `${concept.id} forms ${lang}`).toBeGreaterThan(0);
    }
  });

  it('maps no surface form to two concepts within a language and English', () => {
    for (const lang of GLOSSARY_LANGS) {
      const owner = new Map<string, string>();
      for (const concept of GLOSSARY_TERMS) {
        for (const form of [...concept.forms[lang], ...concept.forms.en]) {
          const folded = foldString(formText(form));
          const previous = owner.get(folded);
          expect(
            previous === undefined || previous === concept.id,
            `"${folded}" in ${lang}: ${previous} and ${concept.id}`,
          ).toBe(true);
          owner.set(folded, concept.id);
        }
      }
    }
  });

  it('includes both seed spellings of scaling law', () => {
    const scaling = GLOSSARY_TERMS.find((concept) => concept.id === 'scaling-laws')!;
    const pt = scaling.forms.pt.map((form) => foldString(formText(form)));
    expect(pt).toEqual(expect.arrayContaining(['lei de escalabilidade', 'lei de escalonamento']));
  });
});

describe('folding', () => {
  it('lower-cases, strips Latin accents, unifies dashes and spaces, keeps kana voicing', () => {
    expect(foldString('Lei  de\u00a0ESCALONAMENTO')).toBe('lei de escalonamento');
    expect(foldString('fine‑tuning')).toBe('fine tuning');
    expect(foldString('ＧＰＵ')).toBe('gpu');
    expect(foldString('ガイド')).toBe('ガイド');
  });
});

describe('Aho–Corasick', () => {
  it('finds overlapping patterns and counts at most two transitions per unit', () => {
    const automaton = new AhoCorasick();
    const patterns = ['he', 'she', 'his', 'hers'];
    for (const pattern of patterns) automaton.add(pattern);
    automaton.build();
    const found: string[] = [];
    let state = 0;
    const text = 'ushers';
    for (let i = 0; i < text.length; i++) {
      state = automaton.next(state, text.charCodeAt(i));
      automaton.forEachOutput(state, (id) => found.push(`${patterns[id]}@${i}`));
    }
    expect(found.sort()).toEqual(['he@3', 'hers@5', 'she@3']);
    expect(automaton.steps).toBeLessThanOrEqual(2 * text.length);
  });
});

describe('one pass', () => {
  const text = 'OpenAI said scaling laws still hold; its LLM agents use GPUs in a data center. '.repeat(200);

  function syntheticConcepts(count: number): TermConcept[] {
    const base = GLOSSARY_TERMS[0]!;
    return Array.from({ length: count }, (_, i) => ({
      ...base,
      id: `synthetic-${i}`,
      forms: { en: [`synthetic form ${i}`, `zq${i}x`], pt: [], es: [], fr: [], de: [], zh: [], ja: [] },
      cues: {},
      vetoes: {},
    }));
  }

  it('reads each code unit of the text once and takes under two automaton steps per unit, whatever the number of forms', () => {
    const small = new CompiledGlossary(syntheticConcepts(5), {});
    const large = new CompiledGlossary([...GLOSSARY_TERMS, ...syntheticConcepts(3000)]);
    const smallStats = small.scan(text, activeLanguages('en')).stats;
    const largeStats = large.scan(text, activeLanguages('en')).stats;
    for (const stats of [smallStats, largeStats]) {
      expect(stats.codeUnitsRead).toBe(text.length);
      expect(stats.automatonSteps).toBeLessThanOrEqual(2 * stats.foldedUnits);
    }
    expect(largeStats.foldedUnits).toBe(smallStats.foldedUnits);
  });

  it('does work proportional to the text: doubling the text doubles the steps', () => {
    const glossary = new CompiledGlossary(GLOSSARY_TERMS);
    const once = glossary.scan(text, activeLanguages('en')).stats.automatonSteps;
    const twice = glossary.scan(text + text, activeLanguages('en')).stats.automatonSteps;
    expect(twice / once).toBeGreaterThan(1.9);
    expect(twice / once).toBeLessThan(2.1);
  });

  it('keeps a match with 3,000 extra concepts identical', () => {
    const base = new CompiledGlossary(GLOSSARY_TERMS).match(text, 'en').occurrences;
    const extended = new CompiledGlossary([...GLOSSARY_TERMS, ...syntheticConcepts(3000)]).match(
      text,
      'en',
    ).occurrences;
    expect(extended).toEqual(base);
    expect(base.length).toBeGreaterThan(0);
  });
});
