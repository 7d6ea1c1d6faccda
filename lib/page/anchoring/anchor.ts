/**
 * Re-finding a stored piece of text on a live page, Hypothesis-style: a text position
 * (verified against the quote), then the exact quote (prefix/suffix break ties), then the quote
 * after folding whitespace, case and accents, then a fuzzy quote match of bounded cost. What is
 * not found — or found only on text too unlike the quote — comes back as null, never as a Range
 * on the wrong words.
 */
import search from 'approx-string-match';
import { makeAnchor, type TextAnchor } from '../../shared/types';
import { foldText, foldedOffset, originalEnd, originalStart, type FoldedText } from './fold';
import { TextIndex, type TextIndexOptions } from './text-index';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** What `anchor` looks for: a quote, a position, or both (a `TextAnchor` is one). */
export interface AnchorTarget {
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type AnchorStrategy = 'position' | 'quote' | 'folded-quote' | 'fuzzy-quote';

export interface AnchorResult {
  range: Range | null;
  strategy: AnchorStrategy | null;
  /** Offsets in the index text (-1 when not found). */
  start: number;
  end: number;
  /** 1 for an exact match, lower for fuzzy ones, 0 when not found. */
  similarity: number;
}

export interface AnchorOptions {
  /** Added to the target's position, e.g. the learned distance between article text and page text. */
  positionShift?: number;
  /** Skip fuzzy searches over the whole text (searches near the expected position still run). */
  windowOnly?: boolean;
  /** For building the index when a root node is given. */
  index?: TextIndexOptions;
}

export type AnchorRoot = Node | TextIndex;

const MAX_FUZZY_ERRORS = 32;
/** Fuzzy matches of quotes shorter than this (folded) also need their prefix/suffix to agree. */
const SHORT_QUOTE = 24;
const MIN_CONTEXT_SIMILARITY = 0.5;
const MAX_EXACT_CANDIDATES = 2000;
const CONTEXT_COMPARE = 32;
const FAR_FROM_HINT = 5000;
/** Fuzzy matches at least this similar end the search; weaker ones near the hint are compared with the whole text's best. */
const STRONG_MATCH = 0.9;

const foldedIndexes = new WeakMap<TextIndex, FoldedText>();

export function indexOf(root: AnchorRoot, options?: TextIndexOptions): TextIndex {
  return root instanceof TextIndex ? root : new TextIndex(root, options);
}

function foldedIndexText(index: TextIndex): FoldedText {
  let folded = foldedIndexes.get(index);
  if (!folded) {
    folded = foldText(index.text);
    foldedIndexes.set(index, folded);
  }
  return folded;
}

export function targetFromSelectors(selectors: readonly Selector[]): AnchorTarget {
  const target: AnchorTarget = {};
  for (const selector of selectors) {
    if (selector.type === 'TextQuoteSelector') {
      target.exact = selector.exact;
      target.prefix = selector.prefix;
      target.suffix = selector.suffix;
    } else if (selector.type === 'TextPositionSelector') {
      target.start = selector.start;
      target.end = selector.end;
    }
  }
  return target;
}

export interface Located {
  start: number;
  end: number;
  strategy: AnchorStrategy;
  similarity: number;
}

const NOT_FOUND: AnchorResult = { range: null, strategy: null, start: -1, end: -1, similarity: 0 };

export function anchor(
  root: AnchorRoot,
  selectors: readonly Selector[] | AnchorTarget,
  options: AnchorOptions = {},
): AnchorResult {
  const index = indexOf(root, options.index);
  const target = Array.isArray(selectors) ? targetFromSelectors(selectors) : (selectors as AnchorTarget);
  const match = locate(index, target, options);
  if (!match) return NOT_FOUND;
  const range = index.toRange(match.start, match.end);
  if (!range) return NOT_FOUND;
  return { range, ...match };
}

export interface AnchorAllOptions extends AnchorOptions {
  /** After this many milliseconds, fuzzy searches stay near the expected position (default 1000). */
  fullSearchBudgetMs?: number;
}

/**
 * Finds many targets on one index, as index offsets only. Targets whose positions come from
 * another text (the article text) get a position shift learned from the ones already found.
 */
export function locateAll(
  index: TextIndex,
  targets: readonly AnchorTarget[],
  options: AnchorAllOptions = {},
): Array<Located | null> {
  const budget = options.fullSearchBudgetMs ?? 1000;
  const began = performance.now();
  let shift = options.positionShift ?? 0;
  return targets.map((target) => {
    const windowOnly = options.windowOnly || performance.now() - began > budget;
    const found = locate(index, target, { ...options, positionShift: shift, windowOnly });
    if (found && target.start !== undefined) shift = found.start - target.start;
    return found;
  });
}

/** `locateAll`, turned into live Ranges. */
export function anchorAll(
  root: AnchorRoot,
  targets: readonly AnchorTarget[],
  options: AnchorAllOptions = {},
): AnchorResult[] {
  const index = indexOf(root, options.index);
  return locateAll(index, targets, options).map((found) => {
    const range = found ? index.toRange(found.start, found.end) : null;
    return found && range ? { range, ...found } : NOT_FOUND;
  });
}

/** Where a target is in the index text (offsets only, no Range), or null. */
export function locate(index: TextIndex, target: AnchorTarget, options: AnchorOptions = {}): Located | null {
  const text = index.text;
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

  const folded = foldedIndexText(index);
  const quote = foldText(exact).text;
  if (!quote) return null;
  const prefix = foldText(target.prefix ?? '').text;
  const suffix = foldText(target.suffix ?? '').text;
  const foldedHint = hint !== undefined ? foldedOffset(folded, hint) : undefined;

  const foldedHit = bestOccurrence(folded.text, quote, prefix, suffix, foldedHint);
  if (foldedHit >= 0) {
    return {
      start: originalStart(folded, foldedHit),
      end: originalEnd(folded, foldedHit + quote.length, text),
      strategy: 'folded-quote',
      similarity: 1,
    };
  }

  // Both the shifted and the stored position: a learned shift can mislead on pages that repeat passages.
  const hints = [...new Set([hint, start].filter((at): at is number => at !== undefined))].map((at) =>
    foldedOffset(folded, at),
  );
  const fuzzy = fuzzyMatch(folded.text, quote, prefix, suffix, hints, options.windowOnly ?? false);
  if (!fuzzy) return null;
  return {
    start: originalStart(folded, fuzzy.start),
    end: originalEnd(folded, fuzzy.end, text),
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

/** The anchor (quote with context and index offsets) of a Range, e.g. the reader's selection; edges trimmed of whitespace. */
export function describeRange(root: AnchorRoot, range: Range, context = 32): TextAnchor | null {
  const index = indexOf(root);
  const offsets = index.fromRange(range);
  if (!offsets) return null;
  let { start, end } = offsets;
  const text = index.text;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return makeAnchor(text, start, end, context);
}

export class TextPositionAnchor {
  constructor(
    readonly root: AnchorRoot,
    readonly start: number,
    readonly end: number,
  ) {}

  static fromRange(root: AnchorRoot, range: Range): TextPositionAnchor | null {
    const index = indexOf(root);
    const offsets = index.fromRange(range);
    return offsets ? new TextPositionAnchor(index, offsets.start, offsets.end) : null;
  }

  static fromSelector(root: AnchorRoot, selector: TextPositionSelector): TextPositionAnchor {
    return new TextPositionAnchor(root, selector.start, selector.end);
  }

  toSelector(): TextPositionSelector {
    return { type: 'TextPositionSelector', start: this.start, end: this.end };
  }

  toRange(): Range | null {
    return indexOf(this.root).toRange(this.start, this.end);
  }
}

export class TextQuoteAnchor {
  constructor(
    readonly root: AnchorRoot,
    readonly exact: string,
    readonly context: { prefix?: string; suffix?: string } = {},
  ) {}

  static fromRange(root: AnchorRoot, range: Range): TextQuoteAnchor | null {
    const index = indexOf(root);
    const described = describeRange(index, range);
    return described
      ? new TextQuoteAnchor(index, described.exact, { prefix: described.prefix, suffix: described.suffix })
      : null;
  }

  static fromSelector(root: AnchorRoot, selector: TextQuoteSelector): TextQuoteAnchor {
    return new TextQuoteAnchor(root, selector.exact, { prefix: selector.prefix, suffix: selector.suffix });
  }

  toSelector(): TextQuoteSelector {
    return {
      type: 'TextQuoteSelector',
      exact: this.exact,
      prefix: this.context.prefix ?? '',
      suffix: this.context.suffix ?? '',
    };
  }

  /** Quote only (exact, folded, fuzzy); `hint` is an expected index offset. */
  toRange(hint?: number): Range | null {
    const target: AnchorTarget = { exact: this.exact, ...this.context };
    if (hint !== undefined) {
      // A hint without a verified position: give it a position that cannot verify.
      return anchor(this.root, { ...target, start: hint, end: hint }).range;
    }
    return anchor(this.root, target).range;
  }
}
