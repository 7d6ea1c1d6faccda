/**
 * Runs of whitespace that are not already one plain space: a lone space is left alone, so text that is mostly
 * single-spaced words is not rewritten at every word.
 */
const WHITESPACE_TO_COLLAPSE = /[\s\u00a0\u200b]{2,}|(?! )[\s\u00a0\u200b]/g;

/** Collapse runs of whitespace (including non-breaking spaces) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

const SOFT_HYPHEN = '\u00ad';

/** `text` without soft hyphens: one marks where a word may break ("Cré\u00addit", "indis\u00adpen\u00adsable") and cuts no word. */
export function withoutSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text;
}

/** `text` taken literally inside a regular expression: each character with a meaning there escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Arabic diacritics and tatweel vary between writers; patterns are written without them. */
const ARABIC_MARKS = /[\u064b-\u0652\u0670\u0640]/g;

/** A character outside printable ASCII, or two spaces in a row. */
const MAY_NEED_NORMALIZING = /[^ -~]| {2}/;
const SPACE = 32;

/** Text as the patterns expect it: whitespace collapsed, Arabic marks dropped, typographic apostrophes unified. */
export function normalizeForMatching(text: string): string {
  // Most block texts are already so (printable ASCII, single spaces, none at either end): one
  // scan tells, instead of the four passes below, which would give the same text back.
  if (!MAY_NEED_NORMALIZING.test(text) && text.charCodeAt(0) !== SPACE && text.charCodeAt(text.length - 1) !== SPACE) {
    return text;
  }
  return collapseWhitespace(text)
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[\u2019\u02bc]/g, "'");
}

/**
 * Letters of the scripts the patterns cover, as class ranges. V8 compiles \p{L} into a class of
 * hundreds of ranges for every occurrence, which made the first page scan take seconds; these
 * few ranges compile in a fraction of a millisecond. Combining marks count as letters.
 */
const LETTER_RANGES =
  'a-zA-Z\\u00c0-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05ff\\u0620-\\u064a\\u066e-\\u06d3' +
  '\\u0e00-\\u0e7f\\u1e00-\\u1eff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const WORD_CLASS = `[${LETTER_RANGES}0-9_]`;
// The class names combining marks on purpose (they are letters here), not combined characters.
// eslint-disable-next-line no-misleading-character-class -- see above
const WORD_CHAR = new RegExp(WORD_CLASS, 'u');
const WORD_START = `(?<!${WORD_CLASS})`;
const WORD_END = `(?!${WORD_CLASS})`;

/** Replace \p{L} and \p{N} in a pattern source with the ranges above, inside or outside a class. */
function expandLetterClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const escape = source.slice(i, i + 5);
      if (escape === '\\p{L}' || escape === '\\p{N}') {
        const ranges = escape === '\\p{L}' ? LETTER_RANGES : '0-9';
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return out;
}

/**
 * JavaScript's \b only knows ASCII letters ("é" would count as a boundary). Patterns are written
 * with \b; each one becomes a one-sided Unicode lookaround: a word start when a letter follows it
 * in the pattern, a word end otherwise.
 */
function unicodeBoundaries(source: string): string {
  const withBoundaries = source.replace(/\\b/g, (_match, offset: number) => {
    const next = source.slice(offset + 2).replace(/^(?:\((?:\?:)?)+/, '');
    return /^(?:\p{L}|\\p|\[\\p)/u.test(next) ? WORD_START : WORD_END;
  });
  return expandLetterClasses(withBoundaries);
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
