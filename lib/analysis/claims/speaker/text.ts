/**
 * Capitalised name runs such as "Sam Altman", "Jean-Luc de la Tour", "OpenAI". Initials inside a run belong to it
 * ("George W. Bush", "Mr L.M. Goyal"); opening one they are as often a country's ("U.S. Army"), so they are left out.
 */
export const NAME_RUN =
  /\p{Lu}[\p{L}\p{M}&'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|le|la|du|bin|al)\s+)*(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}\p{M}&'’-]*|\s+(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}\p{M}&'’-]*)*/gu;

/**
 * An elided article or pronoun glued to the next word ("L’Office", "C’est", "D’après"). An "O’" is no elision but the
 * start of an Irish surname ("O’Neill").
 */
export const ELIDED = /^(?!O[’'ʼ])\p{L}{1,2}[’'ʼ]/u;

/**
 * Quoted spans in the quotation marks of the supported languages (not 「」, which also marks names), paired in order;
 * those of 12 characters or more are speech (see `quotations`).
 */
const QUOTED_PAIR = /"[^"]*"|“[^”“]*[”“]|„[^“]*“|«[^»]*»|»[^«]*«/gu;

/**
 * Where the quotations of a sentence are. Straight quotes are paired first and only then filtered by length, so a
 * short quoted title ("Diving Bell") does not pair its closing mark with the opening of the next quotation.
 */
export function quotations(sentence: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  QUOTED_PAIR.lastIndex = 0;
  for (let match = QUOTED_PAIR.exec(sentence); match; match = QUOTED_PAIR.exec(sentence)) {
    if (match[0].length >= 14) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Fewer characters after an unclosed opening mark are a stray mark, not a quotation going on. */
const MIN_OPEN_QUOTATION_LENGTH = 12;
const CURLY_MARKS = '“«”»„';
const OPENING_CURLY_MARKS = '“«';

/**
 * Where a quotation opens in the sentence and is not closed before its end (it goes on in the next sentence), or -1.
 * A straight quote opens one only after an even count of them before it; after an odd count it closes one. One pass
 * over the sentence: the regular expression it replaces tried a look-behind at every position, in time growing with
 * the square of the sentence.
 */
export function openQuotationStart(sentence: string): number {
  // An opening curly mark goes on only if no curly mark follows it; a straight quote only if no mark of either kind does.
  let lastCurly = -1;
  let lastMark = -1;
  let straightCount = 0;
  for (let index = 0; index < sentence.length; index++) {
    const char = sentence.charAt(index);
    if (char === '"') {
      straightCount++;
      lastMark = index;
    } else if (CURLY_MARKS.includes(char)) {
      lastCurly = index;
      lastMark = index;
    }
  }
  const longEnough = (start: number): boolean =>
    Array.from(sentence.slice(start + 1)).length >= MIN_OPEN_QUOTATION_LENGTH;
  const curly = lastCurly >= 0 && OPENING_CURLY_MARKS.includes(sentence.charAt(lastCurly)) && longEnough(lastCurly);
  // The last straight quote opens when the count before it is even: when the count in all is odd.
  const straight =
    lastMark >= 0 && sentence.charAt(lastMark) === '"' && straightCount % 2 === 1 && longEnough(lastMark);
  if (curly && straight) return Math.min(lastCurly, lastMark);
  return curly ? lastCurly : straight ? lastMark : -1;
}

const LETTER = /^\p{L}$/u;

export const WHITESPACE = /\s/u;

export const APOSTROPHES = [0x27, 0x2019];

const HYPHEN = [0x2d];

/**
 * The run of letters (and of the characters whose codes are in `extra`) that ends `text` before its trailing
 * whitespace, as `/([\p{L}…]+)\s*$/u` finds it; undefined when there is none. Read backwards from the end, where that
 * expression tries every position of the text in turn.
 */
export function trailingWord(text: string, extra: readonly number[] = []): string | undefined {
  const head = text.trimEnd();
  let start = head.length;
  while (start > 0) {
    const code = head.charCodeAt(start - 1);
    if (code < 0x80) {
      if (((code | 32) >= 97 && (code | 32) <= 122) || extra.includes(code)) start--;
      else break;
      continue;
    }
    // A surrogate pair is one character (one code point) to the expression.
    const high = code >= 0xdc00 && code <= 0xdfff && start >= 2 ? head.charCodeAt(start - 2) : 0;
    const width = high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if ((width === 1 && extra.includes(code)) || LETTER.test(head.slice(start - width, start))) start -= width;
    else break;
  }
  return start < head.length ? head.slice(start) : undefined;
}

/** The word right before `index` (lower case), if a space separates them. */
export function wordBefore(text: string, index: number): string | undefined {
  if (!/\s/u.test(text.charAt(index - 1))) return undefined;
  return trailingWord(text.slice(Math.max(0, index - 40), index), HYPHEN)?.toLowerCase();
}

/** A possessive that ends inside a name run ("ACLU's Jay Stanley", "White House's"). */
export const POSSESSIVE = /[’'ʼ]s(?=\s|$)|(?<=\p{Lu}S|\p{L}s)[’'ʼ](?=\s)/gu;

/** A name of capitalised words (small linking words allowed inside) and its acronym in parentheses. */
export const ACRONYM_DEFINITION =
  /(\p{Lu}[\p{L}-]+(?:\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}-]+){0,4})\s+\((\p{Lu}{2,6})\)/gu;

/**
 * The word opening an apposition between two names (", an Oklahoma Republican", ", the Virginia Democrat"): `gap` is
 * the text between them; null when it is no comma and one word.
 */
export function appositionWord(gap: string): string | null {
  return /^\s*,\s*(\p{L}+)\s+$/u.exec(gap)?.[1] ?? null;
}

/**
 * A brand written with a capital inside the word ("SpaceX", "OpenAI", "LinkedIn"): an organization. Surnames of
 * that shape start with a short prefix ("McDonald", "MacArthur", "DeSantis", "FitzGerald").
 */
export const BRAND_CAPITALS = /^(?!Mac|Fitz)\p{Lu}\p{Ll}{2,}\p{Lu}/u;

const WHOLE_WORDS = new Map<string, RegExp>();

/** `word` where no letter touches it on either side. */
export function wholeWord(word: string): RegExp {
  let pattern = WHOLE_WORDS.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u');
    WHOLE_WORDS.set(word, pattern);
  }
  return pattern;
}
