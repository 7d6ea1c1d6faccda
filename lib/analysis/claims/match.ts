/**
 * A lexicon phrase list compiled into one regular expression. Phrases that start or end with a
 * letter get word boundaries there, so "vai" does not match inside "avaliar"; in unspaced scripts
 * (Chinese, Japanese) phrases match as plain substrings.
 *
 * The boundary before a phrase is checked after the match rather than by a lookbehind in the
 * expression: an expression that opens with a lookbehind loses V8's fast scan for its literals,
 * which made the claims stage's phrase search several times slower. Where a phrase fails that
 * check, the phrases that need no boundary before them are tried at the same place (`unbounded`,
 * sticky), as the lookbehind's alternation would have.
 */

import { escapeRegExp } from '../../shared/text';

interface Expressions {
  /** Null when no phrase can occur in the texts these expressions are for. */
  scan: RegExp | null;
  /** The alternatives that need no word start, anchored where `scan` matched; null when none. */
  unbounded: RegExp | null;
}

export interface PhrasePattern extends Expressions {
  /**
   * The same alternatives in lower case without the `i` flag, for a text that `lowerCased` gives a lower-case copy of;
   * null when a phrase could match such a text only case-insensitively. V8 searches (and compiles) a long alternation
   * with `iu` several times slower than without `i`, even counting the copy (the Spanish reporting verbs: 15×).
   */
  lower: Expressions | null;
  unspaced: boolean;
  /**
   * The text searched last, whether a phrase is in it and, once asked, every phrase found: the stages ask about one
   * sentence with the same list several times in a row (its features twice, its speaker, the story test).
   */
  last: { text: string; found: boolean; hits: PhraseHit[] | null } | null;
}

const cache = new WeakMap<string[], Map<boolean, PhrasePattern | null>>();

/**
 * The same patterns by the list's phrases: a caller that builds its list on every call (a union spread inline) would
 * otherwise compile a new expression per sentence, and V8 tiers each new one up again (thousands per corpus). The
 * lists come from the lexicons, so the distinct contents are few; the bound only guards a caller that builds them from
 * page text.
 */
const byContent = new Map<string, PhrasePattern | null>();
const MAX_BY_CONTENT = 2000;

// The modifier letter apostrophe ʼ is a letter to Unicode but an apostrophe to the lexicons (see lexicon/apostrophes):
// like ' and ’, it is no part of a word at a phrase's boundary.
const LETTER_AT_START = /^(?!ʼ)[\p{L}\p{N}]/u;
const LETTER_AT_END = /(?!ʼ)[\p{L}\p{N}]$/u;
const WORD_END = '(?!(?!ʼ)[\\p{L}\\p{N}])';

export function phrasePattern(phrases: string[], unspaced: boolean): PhrasePattern | null {
  // An absent list comes as a new empty array on every call (`lexicon.list ?? []`): caching each would cost more than
  // the search it saves (a weak map entry per sentence and per call).
  if (phrases.length === 0) return null;
  let byMode = cache.get(phrases);
  if (!byMode) {
    byMode = new Map();
    cache.set(phrases, byMode);
  }
  const cached = byMode.get(unspaced);
  if (cached !== undefined) return cached;
  const key = `${unspaced ? 1 : 0}\u0000${phrases.join('\u0000')}`;
  const same = byContent.get(key);
  if (same !== undefined) {
    // The expressions are shared (every search sets lastIndex first); the memo of the last text is the list's own.
    const own = same && { ...same, last: null };
    byMode.set(unspaced, own);
    return own;
  }
  const compiled = phrases.some((phrase) => phrase.length > 0)
    ? {
        ...expressions(phrases, unspaced, 'iu'),
        lower: unspaced ? null : lowerExpressions(phrases),
        unspaced,
        last: null,
      }
    : null;
  byMode.set(unspaced, compiled);
  if (byContent.size >= MAX_BY_CONTENT) byContent.clear();
  byContent.set(key, compiled);
  return compiled;
}

/**
 * The characters whose lower case is their simple case folding, one character long, and which `iu` finds equal only to
 * each other's case forms (Latin-1 but µ, and the punctuation and currency block): on a text of these alone,
 * lower-casing text and phrases and searching without `i` finds exactly what `iu` finds, at the same places.
 */
const CASELESS_SAFE = /^[\0-\xB4\xB6-\xFF\u2000-\u20FF]*$/;
/** A character outside that set that `iu` takes for one inside it ("ſ" for "s", "K" the Kelvin sign for "k"). */
const FOLDS_INTO_SAFE = /[\0-\xB4\xB6-\xFF\u2000-\u20FF]/iu;

function expressions(phrases: string[], unspaced: boolean, flags: string): Expressions {
  // Phrases are grouped by which ends need a word boundary, so each boundary check appears once
  // per group rather than once per phrase (the regular expression stays small and fast).
  const groups = new Map<string, { wordStart: boolean; after: string; phrases: string[] }>();
  for (const phrase of [...phrases].filter((p) => p.length > 0).sort((a, b) => b.length - a.length)) {
    const wordStart = !unspaced && LETTER_AT_START.test(phrase);
    const after = !unspaced && LETTER_AT_END.test(phrase) ? WORD_END : '';
    const key = `${wordStart}\u0000${after}`;
    const group = groups.get(key) ?? { wordStart, after, phrases: [] };
    group.phrases.push(escapeRegExp(phrase));
    groups.set(key, group);
  }
  const alternative = (group: { after: string; phrases: string[] }) => `(?:${group.phrases.join('|')})${group.after}`;
  const all = [...groups.values()];
  const unbounded = all.filter((group) => !group.wordStart);
  return {
    scan: all.length ? new RegExp(all.map(alternative).join('|'), `g${flags}`) : null,
    unbounded: unbounded.length ? new RegExp(unbounded.map(alternative).join('|'), `${flags}y`) : null,
  };
}

/**
 * The expressions for `PhrasePattern.lower`. A phrase with a character outside the safe set cannot occur in a text of
 * safe characters, so it is left out, unless `iu` would take that character for a safe one.
 */
function lowerExpressions(phrases: string[]): Expressions | null {
  const safe: string[] = [];
  for (const phrase of phrases) {
    if (CASELESS_SAFE.test(phrase)) safe.push(phrase.toLowerCase());
    else if ([...phrase].some((character) => !CASELESS_SAFE.test(character) && FOLDS_INTO_SAFE.test(character)))
      return null;
  }
  return expressions(safe, false, 'u');
}

let lastText: string | null = null;
let lastLowered: string | null = null;

/**
 * The lower-case copy of a text of safe characters (see CASELESS_SAFE), or null. The stages search one sentence with
 * many lists in a row, so the last text's copy is kept.
 */
function lowerCased(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    lastLowered = CASELESS_SAFE.test(text) ? text.toLowerCase() : null;
  }
  return lastLowered;
}

const LETTER_BEFORE = /(?!ʼ)[\p{L}\p{N}]$/u;

/** An ASCII letter or digit, or -1 when `code` is outside ASCII and a Unicode test must decide. */
function asciiAlphanumeric(code: number): boolean | -1 {
  if (code >= 0x80) return -1;
  return (code >= 0x30 && code <= 0x39) || ((code | 32) >= 0x61 && (code | 32) <= 0x7a);
}

/** `LETTER_AT_START.test(phrase)`, without the expression for ASCII. */
function startsWithLetter(phrase: string): boolean {
  const ascii = phrase.length ? asciiAlphanumeric(phrase.charCodeAt(0)) : false;
  return ascii === -1 ? LETTER_AT_START.test(phrase) : ascii;
}

/** `LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at))`, without the slice and the expression for ASCII. */
function letterBefore(text: string, at: number): boolean {
  const ascii = at > 0 ? asciiAlphanumeric(text.charCodeAt(at - 1)) : false;
  return ascii === -1 ? LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) : ascii;
}

/** The next occurrence of a phrase from `from`, with a word start where the phrase needs one. */
function nextPhrase(pattern: PhrasePattern, text: string, from: number): { index: number; end: number } | null {
  const lowered = pattern.lower && lowerCased(text);
  const { scan, unbounded } = lowered ? pattern.lower! : pattern;
  const subject = lowered ?? text;
  if (!scan) return null;
  scan.lastIndex = from;
  for (;;) {
    const match = scan.exec(subject);
    if (!match) return null;
    const at = match.index;
    if (pattern.unspaced || !startsWithLetter(match[0]) || !letterBefore(text, at))
      return { index: at, end: at + match[0].length };
    if (unbounded) {
      unbounded.lastIndex = at;
      const other = unbounded.exec(subject);
      if (other) return { index: at, end: at + other[0].length };
    }
    scan.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  }
}

const unions = new WeakMap<object, Map<string, string[]>>();

/**
 * Several lists of a lexicon as one, made once per lexicon and name: patterns are cached by
 * list, so a list spread anew on every call would compile its pattern on every call.
 */
export function phraseUnion(lexicon: object, name: string, make: () => string[]): string[] {
  let byName = unions.get(lexicon);
  if (!byName) {
    byName = new Map();
    unions.set(lexicon, byName);
  }
  let union = byName.get(name);
  if (!union) {
    union = make();
    byName.set(name, union);
  }
  return union;
}

export interface PhraseHit {
  index: number;
  end: number;
  phrase: string;
}

/**
 * Every non-overlapping occurrence of any phrase, in text order. The array may be the one returned for the same text
 * before: read it, do not change it.
 */
export function findPhrases(text: string, phrases: string[], unspaced: boolean): PhraseHit[] {
  const pattern = phrasePattern(phrases, unspaced);
  if (!pattern) return [];
  const last = pattern.last;
  if (last?.text === text) {
    if (last.hits) return last.hits;
    if (!last.found) return [];
  }
  const hits: PhraseHit[] = [];
  for (let hit = nextPhrase(pattern, text, 0); hit; hit = nextPhrase(pattern, text, hit.end))
    hits.push({ index: hit.index, end: hit.end, phrase: text.slice(hit.index, hit.end) });
  pattern.last = { text, found: hits.length > 0, hits };
  return hits;
}

export function hasPhrase(text: string, phrases: string[], unspaced: boolean): boolean {
  const pattern = phrasePattern(phrases, unspaced);
  if (!pattern) return false;
  if (pattern.last?.text === text) return pattern.last.found;
  const found = nextPhrase(pattern, text, 0) !== null;
  pattern.last = { text, found, hits: null };
  return found;
}

/**
 * What `[...text.matchAll(pattern)]` gives, for a global `pattern` whose lastIndex is 0 (as one only searched with
 * matchAll, replace, match or this leaves it). matchAll copies the expression on every call, which on a sentence costs
 * about as much as the search itself.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character, as matchAll does.
    if (match[0] === '') {
      const at = pattern.lastIndex;
      const code = text.codePointAt(at) ?? 0;
      pattern.lastIndex = at + (pattern.unicode && code > 0xffff ? 2 : 1);
    }
  }
  return matches;
}

/** The first match of a global or sticky `pattern` in `text` from `from` (its lastIndex set to `from` first). */
export function execAt(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}
