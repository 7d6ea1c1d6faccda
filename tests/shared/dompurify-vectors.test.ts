/**
 * The project's sanitize wrapper against DOMPurify's own 223 XSS / mXSS vectors
 * (../shared/corpus/dompurify-vectors/expect.json, read in place), on a jsdom window: every
 * output must be one that DOMPurify itself accepts for that payload.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '@/lib/shared/sanitize';

const VECTORS_FILE = resolve(import.meta.dirname, '../../../shared/corpus/dompurify-vectors/expect.json');

interface Vector {
  title?: string;
  payload: string;
  expected: string | string[];
}

function readVectors(): Vector[] {
  if (!existsSync(VECTORS_FILE)) {
    throw new Error(
      `The DOMPurify vectors are missing: expected ${VECTORS_FILE}. They are not part of the repository; ` +
        'the shared corpus folder must sit beside the checkout (../shared/corpus/dompurify-vectors/expect.json).',
    );
  }
  const vectors = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as Vector[];
  if (!Array.isArray(vectors) || vectors.length === 0) throw new Error(`${VECTORS_FILE} holds no vectors.`);
  return vectors;
}

const load = (() => {
  try {
    return { vectors: readVectors(), error: null };
  } catch (error) {
    return { vectors: [], error: error as Error };
  }
})();

const sanitizeWindow = new JSDOM('').window as unknown as Parameters<typeof sanitizeHtml>[1];

/**
 * Vectors whose recorded output cannot be produced here, each with the exact output we get
 * instead and why it is at least as safe. Keyed by payload; an entry whose vector starts
 * matching its recorded output again fails the test, so this list cannot go stale.
 */
const KNOWN_DEVIATIONS: ReadonlyMap<string, { output: string; why: string }> = new Map([
  [
    '<isindex x="javascript:" onmouseover="alert(1)" label="variation of bypass by @giutro">',
    {
      output: '',
      why: 'the recorded output is the legacy <isindex> → <form> rewrite; jsdom (parse5, current HTML spec) parses <isindex> as an unknown element, which DOMPurify drops',
    },
  ],
  [
    '<isindex src="javascript:" onmouseover="alert(1)" label="bypass by @giutro" />',
    { output: '', why: 'as above: no legacy <isindex> rewrite in the current HTML parser' },
  ],
  [
    '<selectedcontent></selectedcontent>',
    {
      output: '',
      why: 'the vectors come from DOMPurify 3.4.14; the installed 3.5 forbids <selectedcontent> (it enabled a bypass, cure53/DOMPurify#1355)',
    },
  ],
]);

describe('sanitizeHtml on the DOMPurify vectors', () => {
  it('finds the vector corpus', () => {
    if (load.error) throw load.error;
    expect(load.vectors).toHaveLength(223);
  });

  it.each(
    load.vectors.map((vector, index) => ({
      ...vector,
      name: `#${index} ${vector.title ?? vector.payload.slice(0, 60)}`,
    })),
  )('$name', ({ payload, expected }) => {
    const output = sanitizeHtml(payload, sanitizeWindow);
    const accepted = Array.isArray(expected) ? expected : [expected];
    const deviation = KNOWN_DEVIATIONS.get(payload);
    if (deviation) {
      expect(
        accepted,
        `matches DOMPurify's recorded output again: drop it from KNOWN_DEVIATIONS (${payload})`,
      ).not.toContain(output);
      expect(output, deviation.why).toBe(deviation.output);
    } else {
      expect(accepted, `payload: ${payload}`).toContain(output);
    }
  });

  it('lists only deviations that are in the corpus', () => {
    const payloads = new Set(load.vectors.map((vector) => vector.payload));
    expect([...KNOWN_DEVIATIONS.keys()].filter((payload) => !payloads.has(payload))).toEqual([]);
  });
});
