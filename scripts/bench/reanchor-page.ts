/**
 * Runs inside the benchmark's Chromium page (bundled by esbuild into a script): stores
 * `count` highlights at seeded random places of the page's text, then times what a reload
 * costs — indexing the live page and anchoring every stored highlight on it.
 */
import { anchorAll } from '../../lib/page/anchoring/anchor';
import { TextIndex } from '../../lib/page/anchoring/text-index';
import { updateTextIndex } from '../../lib/page/anchoring/text-index-update';
import { makeAnchor, type TextAnchor } from '../../lib/shared/types';
import { seededRandom } from '../seeded-random';

export interface ReanchorTiming {
  textLength: number;
  highlights: number;
  found: number;
  indexMs: number;
  anchorMs: number;
  /** After one paragraph of the page changed: the index updated (not rebuilt), and the highlights anchored again. */
  afterChange: { updateMs: number; anchorMs: number; found: number; spliced: boolean };
}

/** Highlights as a selection makes them: 3 to 30 words, ending on a word boundary. */
function storedHighlights(text: string, count: number, random: () => number): TextAnchor[] {
  const highlights: TextAnchor[] = [];
  while (highlights.length < count) {
    const start = Math.floor(random() * Math.max(1, text.length - 200));
    let end = start;
    for (let words = 3 + Math.floor(random() * 28); words > 0 && end < text.length; words--) {
      const space = text.indexOf(' ', end + 1);
      end = space < 0 ? text.length : space;
    }
    if (text.slice(start, end).trim().length >= 8) highlights.push(makeAnchor(text, start, end));
  }
  return highlights;
}

let stored: TextAnchor[] = [];
let reloaded: { index: TextIndex; timing: Omit<ReanchorTiming, 'afterChange'> } | null = null;

/** Stores `count` highlights at seeded random places of the page's text (not timed). */
export function prepare(count: number, seed: number): void {
  stored = storedHighlights(new TextIndex(document.body).text, count, seededRandom(seed));
}

/** What a reload costs: a fresh index of the live page, every stored highlight anchored on it (one task, `bench:reanchor`). */
export function reload(): void {
  const indexStart = performance.now();
  const index = new TextIndex(document.body);
  const anchorStart = performance.now();
  const results = anchorAll(index, stored);
  const anchorEnd = performance.now();
  performance.measure('bench:reanchor', { start: indexStart });
  reloaded = {
    index,
    timing: {
      textLength: index.text.length,
      highlights: stored.length,
      found: results.filter((result) => result.range !== null).length,
      indexMs: anchorStart - indexStart,
      anchorMs: anchorEnd - anchorStart,
    },
  };
}

/** Then one paragraph changes: the index is updated (not rebuilt) and the highlights anchored again. */
export function afterChange(): ReanchorTiming {
  if (!reloaded) throw new Error('reload() first');
  const { index, timing } = reloaded;
  const paragraphs = document.body.querySelectorAll('p');
  const changed = paragraphs[paragraphs.length >> 1];
  changed?.append(' A sentence added later.');
  const updateStart = performance.now();
  const updated = changed ? updateTextIndex(index, [changed]) : null;
  const current = updated ?? new TextIndex(document.body);
  const reanchorStart = performance.now();
  const again = anchorAll(current, stored);
  const reanchorEnd = performance.now();
  return {
    ...timing,
    afterChange: {
      updateMs: reanchorStart - updateStart,
      anchorMs: reanchorEnd - reanchorStart,
      found: again.filter((result) => result.range !== null).length,
      spliced: updated !== null,
    },
  };
}
