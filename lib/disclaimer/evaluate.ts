import type { DisclaimerKind } from '../types';
import { LANGUAGE_PATTERNS, type LanguagePatterns } from './patterns';
import { normalizeForMatching } from './text';

export const KIND_ORDER: DisclaimerKind[] = [
  'third-party',
  'no-endorsement',
  'informational-only',
  'author-views-only',
  'not-advice',
  'sponsored',
];

export interface DisclaimerEvaluation {
  /** In KIND_ORDER. */
  kinds: DisclaimerKind[];
  /** Whether the text is a disclaimer on its own (see `qualifies`). */
  qualifies: boolean;
  lang: string;
  variant: string;
  host: string | null;
}

interface LanguageHits {
  language: LanguagePatterns;
  kinds: Set<DisclaimerKind>;
  labelled: boolean;
  standalone: boolean;
}

function matchLanguage(language: LanguagePatterns, text: string): LanguageHits {
  const kinds = new Set<DisclaimerKind>();
  for (const [kind, pattern] of language.concepts) {
    if (!kinds.has(kind) && pattern.test(text)) kinds.add(kind);
  }
  let standalone = false;
  for (const [kind, pattern] of language.standalone) {
    if (pattern.test(text)) {
      standalone = true;
      kinds.add(kind);
    }
  }
  const labelled = language.label.test(text.slice(0, 80));
  return { language, kinds, labelled, standalone };
}

const NOT_A_NAME = new Set([
  'the', 'this', 'that', 'our', 'its', 'a', 'an', 'esta', 'este', 'nossa', 'nosso', 'la', 'el', 'le', 'les', 'des', 'nuestra',
  'nuestro', 'notre', 'nos', 'sua', 'suas', 'seu', 'seus', 'su', 'sus', 'son', 'sa', 'ses', 'any', 'qualquer', 'cualquier',
]);

/** The capitalised prefix of a captured run ("Gate nem como" → "Gate"). */
export function cleanName(raw: string): string | null {
  const kept: string[] = [];
  for (const token of raw.split(' ')) {
    const word = token.replace(/^['"“«(]+|['"”»),.;:!?]+$/gu, '').replace(/['’]s$/u, '');
    if (!/^[\p{Lu}\p{N}]/u.test(word) || NOT_A_NAME.has(word.toLowerCase())) break;
    kept.push(word);
    if (word !== token) break;
  }
  return kept.length > 0 ? kept.join(' ') : null;
}

function findHost(text: string, languages: LanguagePatterns[]): string | null {
  for (const language of languages) {
    for (const pattern of language.host) {
      for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
        const name = match[1] ? cleanName(match[1]) : null;
        if (name) return name;
      }
    }
  }
  return null;
}

/**
 * Which disclaimer concepts a text states, in which language, and whether that is enough to call
 * it a disclaimer: two concepts, or one under a "Disclaimer" label, or a statement about the page
 * itself ("this article does not constitute investment advice"). One concept alone is not enough:
 * a quoted person "not giving financial advice" or a cookie banner's "third parties" must not flag.
 */
export function evaluateDisclaimerText(rawText: string): DisclaimerEvaluation | null {
  const text = normalizeForMatching(rawText);
  if (text.length < 6) return null;
  const hits = LANGUAGE_PATTERNS.map((language) => matchLanguage(language, text)).filter(
    (hit) => hit.kinds.size > 0,
  );
  if (hits.length === 0) return null;
  const score = (hit: LanguageHits) => hit.kinds.size * 4 + (hit.standalone ? 2 : 0) + (hit.labelled ? 1 : 0);
  hits.sort((a, b) => score(b) - score(a));
  const best = hits[0]!;
  const all = new Set(hits.flatMap((hit) => [...hit.kinds]));
  const kinds = KIND_ORDER.filter((kind) => all.has(kind));
  const labelled = LANGUAGE_PATTERNS.some((language) => language.label.test(text.slice(0, 80)));
  const qualifies = kinds.length >= 2 || (labelled && kinds.length >= 1) || hits.some((hit) => hit.standalone);
  return {
    kinds,
    qualifies,
    lang: best.language.lang,
    variant: best.language.variant,
    host: qualifies ? findHost(text, [best.language, ...LANGUAGE_PATTERNS.filter((l) => l !== best.language)]) : null,
  };
}
