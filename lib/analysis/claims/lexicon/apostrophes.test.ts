import { describe, expect, it } from 'vitest';
import { findClaims } from '../index';
import { lexiconFor } from './index';
import { apostropheSpellings, withEveryApostrophe } from './apostrophes';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';
import { zh } from './zh';

const FORMS = ["'", '’', 'ʼ'];

/** The claim whose sentence holds `fragment`, found in a short story around `sentence`. */
function claimWith(lang: 'en' | 'fr', sentence: string, fragment: string) {
  const [before, after] =
    lang === 'fr'
      ? [
          'Le ministre de l’Économie, Bruno Martin, a présenté mardi à Paris le plan du gouvernement pour la filière.',
          'Le texte sera examiné au Parlement au printemps, a précisé son cabinet.',
        ]
      : [
          'The chief executive of Acme, Jane Doe, presented the plan to investors in New York on Tuesday.',
          'The board approved the budget last week, the company said in a statement.',
        ];
  const claim = findClaims(`${before} ${sentence} ${after}`, lang, { max: 20 }).find((found) =>
    found.text.includes(fragment),
  );
  return claim && { kind: claim.kind, speaker: claim.speaker, text: claim.text };
}

/** Every string list of a lexicon, with the path to it. */
function stringLists(value: unknown, path: string): Array<[string, string[]]> {
  if (Array.isArray(value)) return value.every((entry) => typeof entry === 'string') ? [[path, value]] : [];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => stringLists(inner, `${path}.${key}`));
  return [];
}

describe('apostrophe forms', () => {
  it('spells an entry with every apostrophe form, and one without an apostrophe once', () => {
    expect(apostropheSpellings("d'après")).toEqual(["d'après", 'd’après', 'dʼaprès']);
    expect(apostropheSpellings('c’est ce qu')).toEqual(["c'est ce qu", 'c’est ce qu', 'cʼest ce qu']);
    expect(apostropheSpellings('selon')).toEqual(['selon']);
  });

  it('expands word lists and table keys, keeps the order and the table values', () => {
    const lexicon = {
      sourcePrepositions: ['selon', "d'après", 'd’après', 'pour'],
      nested: { verbs: ["won't"] },
      titles: { "l'adjoint": "l'adjoint au maire" },
      particle: "'",
    };
    expect(withEveryApostrophe(lexicon)).toEqual({
      sourcePrepositions: ['selon', "d'après", 'd’après', 'dʼaprès', 'pour'],
      nested: { verbs: ["won't", 'won’t', 'wonʼt'] },
      titles: { "l'adjoint": "l'adjoint au maire", 'l’adjoint': "l'adjoint au maire", lʼadjoint: "l'adjoint au maire" },
      particle: "'",
    });
  });

  it('the lexicons in use hold every form of each entry with an apostrophe', () => {
    const lists = stringLists(lexiconFor('fr'), 'fr');
    const sources = lists.find(([path]) => path === 'fr.sourcePrepositions')![1];
    for (const form of FORMS) expect(sources).toContain(`d${form}après`);
    for (const form of FORMS) expect(lexiconFor('en').predictionMarkers).toContain(`${form}ll`);
  });

  it('no lexicon spells one entry twice in two apostrophe forms (one spelling is enough)', () => {
    const doubled: string[] = [];
    for (const [lang, lexicon] of Object.entries({ de, en, es, fr, ja, pt, zh })) {
      for (const [path, list] of stringLists(lexicon, lang)) {
        const seen = new Set<string>();
        for (const entry of list) {
          const key = entry.replace(/['’ʼ]/gu, "'");
          if (seen.has(key) && key !== entry) doubled.push(`${path}: ${entry}`);
          seen.add(key);
        }
      }
    }
    expect(doubled).toEqual([]);
  });

  it('fr: "d’après" names the source with any apostrophe ("D’après l’Insee, …")', () => {
    for (const form of FORMS) {
      const sentence = `D${form}après l${form}Insee, le taux de chômage a baissé de 0,3 point au troisième trimestre.`;
      expect(claimWith('fr', sentence, 'chômage')?.speaker).toBe('Insee');
    }
  });

  it('fr: "on s’attend à" forecasts with any apostrophe', () => {
    for (const form of FORMS) {
      const sentence = `On s${form}attend à une hausse des prix de l${form}électricité dans toute la région, a-t-il dit.`;
      expect(claimWith('fr', sentence, 'hausse')?.kind).toBe('prediction');
    }
  });

  it('en: "’ll" and "won’t be" are futures with any apostrophe', () => {
    for (const form of FORMS) {
      const forecast = `Analysts say chip prices${form}ll keep climbing through the second half of the year.`;
      expect(claimWith('en', forecast, 'chip')?.kind).toBe('prediction');
      const measure = `Doe said the regulator won${form}t be asked to approve the merger before March.`;
      expect(claimWith('en', measure, 'regulator')?.kind).toBe('plan');
    }
  });

  it('the sentence shown keeps the page’s own apostrophes', () => {
    const sentence = 'D’après l’Insee, le taux de chômage a baissé de 0,3 point au troisième trimestre.';
    expect(claimWith('fr', sentence, 'chômage')?.text).toBe(sentence);
  });
});
