/**
 * Re-finding a stored piece of text on a live page: the quote matching of match-quote.ts run on a
 * TextIndex of the page, its offsets turned into live Ranges, and the way back from a Range (the
 * reader's selection) to a stored anchor.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../../shared/highlights/model';
import { makeAnchor, type TextAnchor } from '../../shared/types';
import { foldText, type FoldedText } from './fold';
import { matchQuote, type Located, type MatchOptions, type MatchStrategy, type QuoteTarget } from './match-quote';
import { TextIndex, type TextIndexOptions } from './text-index';

export type { Located } from './match-quote';

export type Selector = TextQuoteSelector | TextPositionSelector;

/** What `anchor` looks for: a quote, a position, or both (a `TextAnchor` is one). */
export type AnchorTarget = QuoteTarget;

export type AnchorStrategy = MatchStrategy;

export interface AnchorResult {
  range: Range | null;
  strategy: AnchorStrategy | null;
  /** Offsets in the index text (-1 when not found). */
  start: number;
  end: number;
  /** 1 for an exact match, lower for fuzzy ones, 0 when not found. */
  similarity: number;
}

export interface AnchorOptions extends MatchOptions {
  /** For building the index when a root node is given. */
  index?: TextIndexOptions;
}

export type AnchorRoot = Node | TextIndex;

const foldedIndexes = new WeakMap<TextIndex, FoldedText>();

export function indexOf(root: AnchorRoot, options?: TextIndexOptions): TextIndex {
  return root instanceof TextIndex ? root : new TextIndex(root, options);
}

/** Where a target is in the index text (offsets only, no Range), or null. */
export function locate(index: TextIndex, target: AnchorTarget, options: MatchOptions = {}): Located | null {
  return matchQuote(index.text, () => foldedIndexText(index), target, options);
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

/**
 * `anchorAll` with `tick` awaited after each target, so that a caller can pause between them;
 * the full-text search budget counts only the time spent searching.
 */
export async function anchorAllInSlices(
  index: TextIndex,
  targets: readonly AnchorTarget[],
  tick: () => Promise<void>,
  options: AnchorAllOptions = {},
): Promise<AnchorResult[]> {
  const budget = options.fullSearchBudgetMs ?? 1000;
  let spent = 0;
  let shift = options.positionShift ?? 0;
  const results: AnchorResult[] = [];
  for (const target of targets) {
    const began = performance.now();
    const windowOnly = options.windowOnly || spent > budget;
    const found = locate(index, target, { ...options, positionShift: shift, windowOnly });
    if (found && target.start !== undefined) shift = found.start - target.start;
    const range = found ? index.toRange(found.start, found.end) : null;
    results.push(found && range ? { range, ...found } : NOT_FOUND);
    spent += performance.now() - began;
    await tick();
  }
  return results;
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
