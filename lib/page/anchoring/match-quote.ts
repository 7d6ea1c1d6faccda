/**
 * Finding a quote in a plain text, Hypothesis-style: pure string work, no DOM (anchor.ts turns
 * the offsets into live Ranges). A text position is trusted when the quote is there; otherwise the
 * exact quote (prefix/suffix break ties), then the quote after folding whitespace, case and
 * accents, then a fuzzy quote match of bounded cost. What is found only on text too unlike the
 * quote comes back as null, never as the wrong words.
 */
import search from 'approx-string-match';
import { foldText, foldedOffset, originalEnd, originalStart, type FoldedText } from './fold';

/** What is looked for: a quote, a position, or both (a `TextAnchor` is one). */
export interface QuoteTarget {
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type MatchStrategy = 'position' | 'quote' | 'folded-quote' | 'fuzzy-quote';

export interface Located {
  start: number;
  end: number;
  strategy: MatchStrategy;
  similarity: number;
}

export interface MatchOptions {
  /** Added to the target's position, e.g. the learned distance between article text and page text. */
  positionShift?: number;
  /** Skip fuzzy searches over the whole text (searches near the expected position still run). */
  windowOnly?: boolean;
}

const MAX_FUZZY_ERRORS = 32;
/** Fuzzy matches of quotes shorter than this (folded) also need their prefix/suffix to agree. */
const SHORT_QUOTE = 24;
const MIN_CONTEXT_SIMILARITY = 0.5;
const MAX_EXACT_CANDIDATES = 2000;
const CONTEXT_COMPARE = 32;
const FAR_FROM_HINT = 5000;
/** Fuzzy matches at least this similar end the search; weaker ones near the hint are compared with the whole text's best. */
const STRONG_MATCH = 0.9;

/**
 * Where `target` is in `text` (offsets only), or null: its position when the quote is there, then
 * the exact quote, then the folded quote, then a fuzzy match of bounded cost. `folded` gives the
 * folded text (computed once per text by the caller, only when needed).
 */
export function matchQuote(
  text: string,
  folded: () => FoldedText,
  target: QuoteTarget,
  options: MatchOptions = {},
): Located | null {
  const { exact, start, end } = target;
  const shift = options.positionShift ?? 0;
  const hint = start !== undefined ? start + shift : undefined;

  if (start !== undefined && end !== undefined) {
    for (const delta of shift ? [0, shift] : [0]) {
      const s = start + delta;
      const e = end + delta;
      if (s < 0 || e > text.length || e <= s) continue;
      if (exact === undefined || text.slice(s, e) === exact) {
        return { start: s, end: e, strategy: 'position', similarity: 1 };
      }
    }
  }
  if (!exact) return null;

  const exactHit = bestOccurrence(text, exact, target.prefix ?? '', target.suffix ?? '', hint);
  if (exactHit >= 0) return { start: exactHit, end: exactHit + exact.length, strategy: 'quote', similarity: 1 };

  const foldedText = folded();
  const quote = foldText(exact).text;
  if (!quote) return null;
  const prefix = foldText(target.prefix ?? '').text;
  const suffix = foldText(target.suffix ?? '').text;
  const foldedHint = hint !== undefined ? foldedOffset(foldedText, hint) : undefined;

  const foldedHit = bestOccurrence(foldedText.text, quote, prefix, suffix, foldedHint);
  if (foldedHit >= 0) {
    return {
      start: originalStart(foldedText, foldedHit),
      end: originalEnd(foldedText, foldedHit + quote.length, text),
      strategy: 'folded-quote',
      similarity: 1,
    };
  }

  // Both the shifted and the stored position: a learned shift can mislead on pages that repeat passages.
  const hints = [...new Set([hint, start].filter((at): at is number => at !== undefined))].map((at) =>
    foldedOffset(foldedText, at),
  );
  const fuzzy = fuzzyMatch(foldedText.text, quote, prefix, suffix, hints, options.windowOnly ?? false);
  if (!fuzzy) return null;
  return {
    start: originalStart(foldedText, fuzzy.start),
    end: originalEnd(foldedText, fuzzy.end, text),
    strategy: 'fuzzy-quote',
    similarity: fuzzy.similarity,
  };
}

/** Characters that agree at the boundary: the end of `prefix` before `at`, the start of `suffix` from `end`. */
function contextAgreement(text: string, at: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  const maxPrefix = Math.min(prefix.length, at, CONTEXT_COMPARE);
  while (score < maxPrefix && prefix[prefix.length - 1 - score] === text[at - 1 - score]) score++;
  const maxSuffix = Math.min(suffix.length, text.length - end, CONTEXT_COMPARE);
  let s = 0;
  while (s < maxSuffix && suffix[s] === text[end + s]) s++;
  return score + s;
}

/** The occurrence of `quote` whose context agrees best, then nearest the hint; -1 if none. */
function bestOccurrence(text: string, quote: string, prefix: string, suffix: string, hint: number | undefined): number {
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  let seen = 0;
  for (let at = text.indexOf(quote); at >= 0 && seen < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    seen++;
    const score = contextAgreement(text, at, at + quote.length, prefix, suffix);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** 1 − edit distance / length of `needle` against its best place in `haystack`; null without needle. */
function approximateSimilarity(haystack: string, needle: string): number | null {
  if (!needle) return null;
  if (!haystack) return 0;
  const matches = search(haystack, needle, needle.length);
  const errors = matches.reduce((min, m) => Math.min(min, m.errors), needle.length);
  return 1 - errors / needle.length;
}

function fuzzyMatch(
  text: string,
  quote: string,
  prefix: string,
  suffix: string,
  hints: readonly number[],
  windowOnly: boolean,
): { start: number; end: number; similarity: number } | null {
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 4));
  if (maxErrors < 1) return null;
  const prefixTail = prefix.slice(-CONTEXT_COMPARE / 2);
  const suffixHead = suffix.slice(0, CONTEXT_COMPARE / 2);

  const tryRegion = (from: number, to: number) => {
    const region = text.slice(from, to);
    let best: { start: number; end: number; similarity: number; rank: number } | null = null;
    for (const m of search(region, quote, maxErrors)) {
      const start = from + m.start;
      const end = from + m.end;
      const similarity = 1 - m.errors / quote.length;
      const before = approximateSimilarity(text.slice(Math.max(0, start - prefixTail.length - 4), start), prefixTail);
      const after = approximateSimilarity(text.slice(end, end + suffixHead.length + 4), suffixHead);
      const known = [before, after].filter((v): v is number => v !== null);
      const context = known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
      if (quote.length < SHORT_QUOTE && (context === null || context < MIN_CONTEXT_SIMILARITY)) continue;
      // Nearness to the expected place weighs about as much as one error in a 60-character quote.
      const nearest = hints.reduce((min, at) => Math.min(min, Math.abs(start - at)), Infinity);
      const distance = hints.length === 0 ? 0 : Math.min(1, nearest / FAR_FROM_HINT);
      const rank = similarity * 50 + (context ?? 0.5) * 20 - distance * 5;
      if (!best || rank > best.rank) best = { start, end, similarity, rank };
    }
    return best;
  };

  type Candidate = NonNullable<ReturnType<typeof tryRegion>>;
  const better = (a: Candidate | null, b: Candidate | null) => (!a || (b && b.rank > a.rank) ? b : a);
  let best: Candidate | null = null;
  let coveredAll = false;
  for (const at of hints) {
    const slack = quote.length * 2 + 512;
    const from = Math.max(0, at - slack);
    const to = Math.min(text.length, at + quote.length + slack);
    best = better(best, tryRegion(from, to));
    coveredAll ||= from === 0 && to === text.length;
  }
  // A weak match near the expected place may be a look-alike passage: look further, unless told not to.
  if (coveredAll || (best && best.similarity >= STRONG_MATCH) || (windowOnly && hints.length > 0)) return best;
  return better(best, tryRegion(0, text.length));
}
