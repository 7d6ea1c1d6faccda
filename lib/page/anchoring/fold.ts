/**
 * Folding for tolerant matching: lower case, no accents, compatibility forms (NFKD), unified
 * quotes and dashes, and no whitespace or invisible characters at all — so "A  IA\n\nde" and
 * "a ia de" fold to the same string. `map` leads every folded character back to the offset of
 * the original character it came from.
 */

export interface FoldedText {
  text: string;
  /** map[i] = offset in the original text of the character folded[i] came from. */
  map: Int32Array;
  /** The original text's length. */
  sourceLength: number;
}

const COMBINING_MARK = /\p{M}/u;
const DROPPED = /[\s\u00ad\u200b-\u200f\u2060\ufeff]/u;
const PUNCTUATION_VARIANTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

const foldCache = new Map<string, string>();

function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  let out = '';
  if (!DROPPED.test(char)) {
    const variant = PUNCTUATION_VARIANTS[char];
    if (variant) out = variant;
    else {
      for (const part of char.toLowerCase().normalize('NFKD')) {
        if (COMBINING_MARK.test(part) || DROPPED.test(part)) continue;
        out += PUNCTUATION_VARIANTS[part] ?? part.toLowerCase();
      }
    }
  }
  if (foldCache.size < 4096) foldCache.set(char, out);
  return out;
}

export function foldText(source: string): FoldedText {
  const out: string[] = [];
  let map = new Int32Array(source.length + 16);
  let length = 0;
  let run = '';
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      // ASCII fast path.
      if (code <= 32) continue;
      const lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : source[i]!;
      run += lower;
      map[length++] = i;
      if (run.length > 1024) {
        out.push(run);
        run = '';
      }
      continue;
    }
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length;
    const char = isPair ? source.slice(i, i + 2) : source[i]!;
    const folded = foldChar(char);
    if (length + folded.length > map.length) {
      const grown = new Int32Array(map.length * 2 + folded.length);
      grown.set(map);
      map = grown;
    }
    for (let k = 0; k < folded.length; k++) map[length++] = i;
    run += folded;
    if (isPair) i++;
  }
  out.push(run);
  return { text: out.join(''), map: map.subarray(0, length), sourceLength: source.length };
}

/** Original offset where folded[foldedStart] begins. */
export function originalStart(folded: FoldedText, foldedStart: number): number {
  return foldedStart < folded.map.length ? folded.map[foldedStart]! : folded.sourceLength;
}

/** Original offset just after the character folded[foldedEnd - 1] came from. */
export function originalEnd(folded: FoldedText, foldedEnd: number, source: string): number {
  if (foldedEnd <= 0) return 0;
  const at = folded.map[foldedEnd - 1]!;
  const code = source.charCodeAt(at);
  return at + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
}

/** Folded offset of the first folded character coming from original offset >= `offset`. */
export function foldedOffset(folded: FoldedText, offset: number): number {
  let lo = 0;
  let hi = folded.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
