/** Measures of a text that treat scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) fairly. */

/** Kana and Han (as a character class's inside): the characters of the scripts written without spaces between words. */
export const UNSPACED_CHARS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const UNSPACED_CHAR = new RegExp(`[${UNSPACED_CHARS}]`, 'u');
/** Thai and Lao (as a character class's inside), which mark no sentence end but a space between two of their letters. */
const THAI_LAO_CHARS = '\\u0e00-\\u0eff';
/**
 * Thai, Lao, Myanmar and Khmer (as a character class's inside): scripts that write a phrase or a
 * sentence without spaces between its words, words of several characters, so that neither a
 * space-separated run nor a character is a word. Their runs are cut into words by Intl.Segmenter.
 */
const SEGMENTED_CHARS = `${THAI_LAO_CHARS}\\u1000-\\u109f\\u1780-\\u17ff\\u19e0-\\u19ff\\ua9e0-\\ua9ff\\uaa60-\\uaa7f`;
const SEGMENTED_CHAR = new RegExp(`[${SEGMENTED_CHARS}]`, 'u');
const SEGMENTED_RUN = new RegExp(`[${SEGMENTED_CHARS}]+`, 'gu');
/** Every script written without spaces between its words (as a character class's inside): CJK and the segmented ones. */
export const SPACELESS_SCRIPT_CHARS = UNSPACED_CHARS + SEGMENTED_CHARS;
const WORD = new RegExp(`[${UNSPACED_CHARS}]|[${SEGMENTED_CHARS}]+|[\\p{L}\\p{N}]+`, 'gu');
const BLANK_ONE = /\s/u;
const LETTER_OR_FIGURE_ONE = /[\p{L}\p{N}]/u;

/** Kinds of a character, as bits: what `\s`, the CJK ranges and `[\p{L}\p{N}]` say of it. */
const BLANK = 1;
const UNSPACED = 2;
const LETTER_OR_FIGURE = 4;
const KNOWN = 8;
const SEGMENTED = 16;

function kindOf(char: string): number {
  return (
    KNOWN |
    (BLANK_ONE.test(char) ? BLANK : 0) |
    (UNSPACED_CHAR.test(char) ? UNSPACED : 0) |
    (LETTER_OR_FIGURE_ONE.test(char) ? LETTER_OR_FIGURE : 0) |
    (SEGMENTED_CHAR.test(char) ? SEGMENTED : 0)
  );
}

const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) => kindOf(String.fromCharCode(code)));
/** Kinds of the BMP characters met so far, asked of the same expressions once each. */
const bmpKinds = new Uint8Array(0x10000);

function bmpKind(code: number): number {
  let kind = bmpKinds[code]!;
  if (kind === 0) {
    // A lone surrogate is no character of any kind, as the expressions read it in unicode mode.
    kind = code >= 0xd800 && code <= 0xdfff ? KNOWN : kindOf(String.fromCharCode(code));
    bmpKinds[code] = kind;
  }
  return kind;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Words of a text, lower-cased, a Chinese or Japanese character counting as one word and a run of
 * Thai, Lao, Myanmar or Khmer cut into the words Intl.Segmenter finds.
 */
export function wordsOf(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  if (!SEGMENTED_CHAR.test(text)) return words;
  return words.flatMap((word) => (SEGMENTED_CHAR.test(word) ? segmentedWordsOf(word) : [word]));
}

let wordSegmenter: Intl.Segmenter | undefined;

/** The words Intl.Segmenter finds in a run of Thai, Lao, Myanmar or Khmer (its dictionaries serve any locale). */
function segmentedWordsOf(run: string): string[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(run)) if (segment.isWordLike) words.push(segment.segment);
  return words;
}

/** How many words Intl.Segmenter finds in the Thai, Lao, Myanmar and Khmer runs of a text. */
function segmentedWords(text: string): number {
  let words = 0;
  for (const [run] of text.matchAll(SEGMENTED_RUN)) words += segmentedWordsOf(run).length;
  return words;
}

/**
 * How much a text says, in Latin-word units: a Chinese or Japanese character counts half a
 * word (a word of those languages is one to three characters), Thai, Lao, Myanmar and Khmer by
 * the words Intl.Segmenter finds, every other script by its space-separated words.
 */
export function textWeight(text: string): number {
  // One pass over the text, in place of matching, replacing and splitting it: a word is a run of
  // characters between blanks and CJK characters, and counts when it holds a letter or a figure.
  // The segmenter is asked only of texts holding a segmented script, which ends a word here.
  let unspaced = 0;
  let words = 0;
  let wordCounted = false;
  let segmented = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let kind: number;
    if (code < 0x80) kind = ASCII_KINDS[code]!;
    else if (
      code >= 0xd800 &&
      code <= 0xdbff &&
      index + 1 < text.length &&
      isLowSurrogate(text.charCodeAt(index + 1))
    ) {
      // A character outside the BMP: never a blank nor CJK of the ranges above, maybe a letter.
      kind = LETTER_OR_FIGURE_ONE.test(text.slice(index, index + 2)) ? LETTER_OR_FIGURE : 0;
      index++;
    } else kind = bmpKind(code);
    if (kind & (BLANK | UNSPACED | SEGMENTED)) {
      if (kind & UNSPACED) unspaced++;
      if (kind & SEGMENTED) segmented = true;
      wordCounted = false;
    } else if (kind & LETTER_OR_FIGURE && !wordCounted) {
      words++;
      wordCounted = true;
    }
  }
  return words + unspaced / 2 + (segmented ? segmentedWords(text) : 0);
}

/** Full stops that end a sentence wherever they stand, no blank after them needed (as a character class's inside). */
export const UNSPACED_FULL_STOPS = '。！？；।॥။។៕';
/**
 * Sentence ends: Latin ones (and the Arabic question mark, the Urdu full stop, the Armenian one)
 * followed by a space or the end; CJK ones, the Indic danda (Hindi, Bengali), the Myanmar and
 * Khmer full stops anywhere; and in Thai and Lao, which mark no end, the space between two of
 * their letters, where those languages close a sentence or a clause.
 */
const SENTENCE_END = new RegExp(
  `[.!?;؟۔։](?=["'”’»)\\]]*(?:\\s|$))|[${UNSPACED_FULL_STOPS}]|(?<=[${THAI_LAO_CHARS}])\\s+(?=[${THAI_LAO_CHARS}])`,
  'gu',
);

export function sentenceCount(text: string): number {
  return (text.match(SENTENCE_END) ?? []).length;
}

const SENTENCE_LIKE_END = new RegExp(`[.!?;${UNSPACED_FULL_STOPS}…:：、,，"”»)）」』\\]]$`, 'u');

/** Whether a line ends the way a sentence or a quoted sentence does. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_LIKE_END.test(text.trim());
}

/** Letters (blanks left out) of the text inside the element's links (`links`: the selector that finds them). */
export function linkTextLength(element: Element, links = 'a'): number {
  let length = 0;
  for (const link of element.querySelectorAll(links)) length += visibleLength(link.textContent ?? '');
  return length;
}

/** Whether a UTF-16 code unit is a blank, as `\s` reads it. */
export function isBlankCode(code: number): boolean {
  return ((code < 0x80 ? ASCII_KINDS[code]! : bmpKind(code)) & BLANK) !== 0;
}

/** Whether a UTF-16 code unit is kana or Han (UNSPACED_CHARS), a character that counts as half a word. */
export function isUnspacedCode(code: number): boolean {
  return code >= 0x80 && (bmpKind(code) & UNSPACED) !== 0;
}

/** Whether a UTF-16 code unit is a letter or mark of Thai, Lao, Myanmar or Khmer, the scripts weighed by their segmented words. */
export function isSegmentedCode(code: number): boolean {
  return code >= 0x80 && (bmpKind(code) & SEGMENTED) !== 0;
}

/** The text's length without its blanks (`\s`), counted without building the stripped text. */
export function visibleLength(text: string): number {
  let blanks = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x80 ? ASCII_KINDS[code]! : bmpKind(code)) & BLANK) blanks++;
  }
  return text.length - blanks;
}
