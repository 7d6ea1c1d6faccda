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

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';

/**
 * JavaScript's \b only knows ASCII letters ("é" would count as a boundary). Patterns are written
 * with \b; each one becomes a one-sided Unicode lookaround: a word start when a letter follows it
 * in the pattern, a word end otherwise.
 */
function unicodeBoundaries(source: string): string {
  return source.replace(/\\b/g, (_match, offset: number) => {
    const next = source.slice(offset + 2).replace(/^\((?:\?:)?/, '');
    return /^(?:\p{L}|\\p|\[\\p)/u.test(next) ? WORD_START : WORD_END;
  });
}

/**
 * Lower case with the length kept (a character whose lower case is longer, such as "İ", stays
 * as it is), so match offsets in the lowered text are offsets in the original.
 */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    out += lowered.length === char.length ? lowered : char;
  }
  return out;
}

/** Lower-case a pattern's literal letters, leaving escapes such as \p{L} or \S alone. */
function lowerCaseSource(source: string): string {
  return source.replace(/\\p\{[^}]+\}|\\.|[^\\]+/gu, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
}

/**
 * Compile a pattern written as a regex literal for matching lower-cased text
 * (see `lowerCaseSameLength`): Unicode, with Unicode word boundaries. Without the `i` flag V8
 * compiles and runs Unicode classes like \p{L} far faster.
 */
export function compile(pattern: RegExp): RegExp {
  return new RegExp(unicodeBoundaries(lowerCaseSource(pattern.source)), 'u');
}

/** Like `compile`, but case-insensitive, for the few patterns run on original-case text. */
export function compileCaseInsensitive(pattern: RegExp): RegExp {
  return new RegExp(unicodeBoundaries(pattern.source), 'iu');
}

/**
 * A compiled pattern (for lower-cased text) whose leading \b is checked after the match instead
 * of inside the regex: a regex that opens with a lookbehind cannot use V8's fast literal scan,
 * which made the page scan several times slower. With `withIndices`, matches carry group
 * offsets (`indices`); that costs time, so only the provenance patterns ask for it.
 */
export class WordPattern {
  private readonly regex: RegExp;
  private readonly wordStart: boolean;

  constructor(pattern: RegExp, withIndices = false) {
    this.wordStart = pattern.source.startsWith('\\b');
    const source = this.wordStart ? pattern.source.slice(2) : pattern.source;
    this.regex = new RegExp(unicodeBoundaries(lowerCaseSource(source)), withIndices ? 'dgu' : 'gu');
  }

  exec(text: string): RegExpExecArray | null {
    this.regex.lastIndex = 0;
    for (;;) {
      const match = this.regex.exec(text);
      if (!match) return null;
      const before = match.index > 0 ? text.charAt(match.index - 1) : '';
      if (!this.wordStart || !WORD_CHAR.test(before)) return match;
      this.regex.lastIndex = match.index + 1;
    }
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}
