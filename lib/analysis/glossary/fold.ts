/**
 * Folding for matching: lower case, Latin accents removed, dashes and whitespace runs made one space,
 * curly apostrophes made straight, full-width Latin made ASCII. Applied per code point so a match in
 * the folded stream maps back to offsets in the original text. Kana voicing marks (U+3099/309A) and
 * other non-Latin marks are kept: only U+0300–036F is dropped.
 */

const LATIN_COMPOSED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const COMBINING_LATIN_MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/;
const WHITESPACE = /\s/;

const nonAsciiCache = new Map<string, string>();

function foldNonAscii(codePoint: string): string {
  const cached = nonAsciiCache.get(codePoint);
  if (cached !== undefined) return cached;
  const code = codePoint.codePointAt(0) ?? 0;
  let folded: string;
  if (code >= 0xff01 && code <= 0xff5e) folded = foldCodePoint(String.fromCharCode(code - 0xfee0));
  else if (DASHES.test(codePoint) || WHITESPACE.test(codePoint)) folded = ' ';
  else if (APOSTROPHES.test(codePoint)) folded = "'";
  else if (code >= 0x0300 && code <= 0x036f) folded = '';
  else if (LATIN_COMPOSED.test(codePoint))
    folded = codePoint.normalize('NFD').replace(COMBINING_LATIN_MARKS, '').toLowerCase();
  else folded = codePoint.toLowerCase();
  nonAsciiCache.set(codePoint, folded);
  return folded;
}

/** The folded form of one code point (possibly empty, possibly several code units). */
export function foldCodePoint(codePoint: string): string {
  const code = codePoint.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 45 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11) return ' ';
    return codePoint;
  }
  return foldNonAscii(codePoint);
}

/** Fold a whole string the same way the scanner folds text (whitespace runs collapsed, trimmed). */
export function foldString(text: string): string {
  let out = '';
  for (const codePoint of text) {
    const folded = foldCodePoint(codePoint);
    if (folded === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += folded;
  }
  return out.trimEnd();
}
