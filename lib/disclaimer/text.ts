/** Collapse runs of whitespace (including non-breaking spaces) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Arabic diacritics and tatweel vary between writers; patterns are written without them. */
const ARABIC_MARKS = /[\u064b-\u0652\u0670\u0640]/g;

/** Text as the patterns expect it: whitespace collapsed, Arabic marks dropped, typographic apostrophes unified. */
export function normalizeForMatching(text: string): string {
  return collapseWhitespace(text).replace(ARABIC_MARKS, '').replace(/[\u2019\u02bc]/g, "'");
}

// JavaScript's \b only knows ASCII letters, so "é" or "ã" would count as a boundary. Patterns are
// written with \b and compiled with a Unicode-aware boundary in its place.
const UNICODE_BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

/** Compile a pattern written as a regex literal: case-insensitive, Unicode, with Unicode word boundaries. */
export function compile(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll('\\b', UNICODE_BOUNDARY), 'iu');
}
