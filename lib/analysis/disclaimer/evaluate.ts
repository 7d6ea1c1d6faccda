import type { DisclaimerKind } from '../../shared/types';
import { lowerCaseSameLength, normalizeForMatching } from '../../shared/text';
import { anyLiteralPattern } from '../../shared/required-substrings';
import { findHost } from './host';
import { DISCLAIMER_LEXICONS } from './lexicon';
import { LATIN, type DisclaimerLexicon } from './lexicon/types';

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
  /** Whether the text is a disclaimer on its own (see `evaluateDisclaimerText`). */
  qualifies: boolean;
  lang: string;
  variant: string;
  host: string | null;
}

interface LanguageHits {
  lexicon: DisclaimerLexicon;
  kinds: Set<DisclaimerKind>;
  /** A concept stated in a sentence whose subject is the page's own content. */
  bound: boolean;
}

/**
 * Tests that rule a text out of a language before its anchors run, each a necessary condition of
 * the language's `anyAnchor` (see `anchorLiterals`). Languages of one script share a test of all
 * their literals at once: most texts hold none, and then one pass rules out eight Latin-script
 * languages instead of eight passes. A text that passes it still meets each language's own test.
 */
interface LexiconFilter {
  /** Index of the language's script in SCRIPTS: each script is looked for once per text. */
  script: number;
  /** Index into SHARED_FILTERS (-1: none). */
  shared: number;
  own: RegExp | null;
}

/** The languages' scripts, each once. */
const SCRIPTS = [...new Set(DISCLAIMER_LEXICONS.map((lexicon) => lexicon.script))];
const LATIN_SCRIPT = SCRIPTS.indexOf(LATIN);
/**
 * Any script but the Latin one, in one pattern: most texts hold none of them, and one pass tells
 * so instead of one per script.
 */
const OTHER_SCRIPTS = new RegExp(
  SCRIPTS.filter((script) => script !== LATIN)
    .map((script) => script.source)
    .join('|'),
  'u',
);
const SHARED_FILTERS: RegExp[] = [];
const LEXICON_FILTERS: LexiconFilter[] = (() => {
  const sharedIndex = SCRIPTS.map((script) => {
    const lexicons = DISCLAIMER_LEXICONS.filter((lexicon) => lexicon.script === script);
    if (lexicons.length < 2 || lexicons.some((lexicon) => !lexicon.anchorLiterals)) return -1;
    SHARED_FILTERS.push(anyLiteralPattern(lexicons.flatMap((lexicon) => lexicon.anchorLiterals!)));
    return SHARED_FILTERS.length - 1;
  });
  return DISCLAIMER_LEXICONS.map((lexicon) => {
    const script = SCRIPTS.indexOf(lexicon.script);
    return {
      script,
      shared: sharedIndex[script]!,
      own: lexicon.anchorLiterals ? anyLiteralPattern(lexicon.anchorLiterals) : null,
    };
  });
})();

/** Sentence ends: ". " and the like, or a CJK full stop (no space after it). */
const SENTENCE_END = /(?<=[.!?;:])\s+|(?<=[。！？；])/u;

/**
 * The concepts a language finds in `text` (lower-cased), sentence by sentence. A sentence about
 * something else (reader comments, linked sites, cookies) states nothing about the page.
 */
function matchLanguage(lexicon: DisclaimerLexicon, text: string): LanguageHits | null {
  // Most blocks state no concept at all: one pass over the whole text rules them out.
  if (!lexicon.anyAnchor.test(text)) return null;
  const candidates = lexicon.concepts.filter((concept) => concept.anchor.test(text) && concept.pattern.test(text));
  if (candidates.length === 0) return null;
  const kinds = new Set<DisclaimerKind>();
  let bound = false;
  for (const sentence of text.split(SENTENCE_END)) {
    const stated = candidates.filter((concept) => concept.pattern.test(sentence));
    if (stated.length === 0 || lexicon.foreign.test(sentence)) continue;
    for (const concept of stated) kinds.add(concept.kind);
    // A sponsored label alone says nothing about endorsement or advice.
    if (!bound && stated.some((concept) => concept.kind !== 'sponsored') && lexicon.subject.test(sentence)) {
      bound = true;
    }
  }
  return kinds.size > 0 ? { lexicon, kinds, bound } : null;
}

/**
 * Which disclaimer concepts a text states, in which language, and whether that is enough to call
 * it a disclaimer: a concept stated about the page itself ("this article does not constitute
 * investment advice", "the views expressed are not those of X"), or one under a "Disclaimer"
 * heading, or two concepts. One concept about nothing in particular is not enough: a quoted person
 * "not giving financial advice" or a cookie banner's "third parties" must not flag.
 */
export function evaluateDisclaimerText(rawText: string): DisclaimerEvaluation | null {
  return evaluateNormalizedText(normalizeForMatching(rawText));
}

/** `evaluateDisclaimerText` of a text already through `normalizeForMatching` (`lower`: that text lower-cased, when known). */
export function evaluateNormalizedText(
  text: string,
  lower: string = lowerCaseSameLength(text),
): DisclaimerEvaluation | null {
  if (text.length < 6) return null;
  // Most texts state no concept in any language: they are ruled out without building a list.
  let hits: LanguageHits[] | null = null;
  // Each script and shared test, once run on this text: whether it passed.
  const scriptPresent: (boolean | undefined)[] = [];
  const sharedPassed: (boolean | undefined)[] = [];
  let otherScripts: boolean | undefined;
  for (let i = 0; i < DISCLAIMER_LEXICONS.length; i++) {
    const lexicon = DISCLAIMER_LEXICONS[i]!;
    const filter = LEXICON_FILTERS[i]!;
    if (filter.script !== LATIN_SCRIPT && !(otherScripts ??= OTHER_SCRIPTS.test(lower))) continue;
    if (!(scriptPresent[filter.script] ??= lexicon.script.test(lower))) continue;
    if (filter.shared >= 0 && !(sharedPassed[filter.shared] ??= SHARED_FILTERS[filter.shared]!.test(lower))) continue;
    if (filter.own && !filter.own.test(lower)) continue;
    const hit = matchLanguage(lexicon, lower);
    if (hit) (hits ??= []).push(hit);
  }
  if (!hits) return null;
  // The heading cue only matters to a text that states a concept: looked for once one does.
  const opening = lower.slice(0, 80);
  const cuedLexicons = new Set(
    DISCLAIMER_LEXICONS.filter((lexicon) => lexicon.script.test(lower) && lexicon.cue.test(opening)),
  );
  const score = (hit: LanguageHits) =>
    hit.kinds.size * 4 + (hit.bound ? 2 : 0) + (cuedLexicons.has(hit.lexicon) ? 1 : 0);
  hits.sort((a, b) => score(b) - score(a));
  const best = hits[0]!;
  const all = new Set(hits.flatMap((hit) => [...hit.kinds]));
  const kinds = KIND_ORDER.filter((kind) => all.has(kind));
  const cued = cuedLexicons.size > 0;
  const qualifies = hits.some((hit) => hit.bound) || (cued && kinds.length >= 1) || kinds.length >= 2;
  const order = [best.lexicon, ...DISCLAIMER_LEXICONS.filter((lexicon) => lexicon !== best.lexicon)];
  return {
    kinds,
    qualifies,
    lang: best.lexicon.lang,
    variant: best.lexicon.variant,
    host: qualifies ? findHost(text, order) : null,
  };
}
