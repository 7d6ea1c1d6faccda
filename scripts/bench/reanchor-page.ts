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

export function reanchor(count: number, seed: number): ReanchorTiming {
  const highlights = storedHighlights(new TextIndex(document.body).text, count, seededRandom(seed));
  const indexStart = performance.now();
  const index = new TextIndex(document.body);
  const anchorStart = performance.now();
  const results = anchorAll(index, highlights);
  const anchorEnd = performance.now();

  const paragraphs = document.body.querySelectorAll('p');
  const changed = paragraphs[paragraphs.length >> 1];
  changed?.append(' A sentence added later.');
  const updateStart = performance.now();
  const updated = changed ? updateTextIndex(index, [changed]) : null;
  const current = updated ?? new TextIndex(document.body);
  const reanchorStart = performance.now();
  const again = anchorAll(current, highlights);
  const reanchorEnd = performance.now();
  return {
    afterChange: {
      updateMs: reanchorStart - updateStart,
      anchorMs: reanchorEnd - reanchorStart,
      found: again.filter((result) => result.range !== null).length,
      spliced: updated !== null,
    },
    textLength: index.text.length,
    highlights: highlights.length,
    found: results.filter((result) => result.range !== null).length,
    indexMs: anchorStart - indexStart,
    anchorMs: anchorEnd - anchorStart,
  };
}

/** The index alone, for profiling. */
export function indexOnly(): number {
  return new TextIndex(document.body).text.length;
}
