/**
 * Spacing and brackets that follow the script of the text. Chinese and Japanese set their
 * punctuation full-width, with the space built into the glyph, so a word space beside it shows
 * as a gap ("。 次", "ハイライト （…）"); they put no space between their own characters either
 * ("不代表 交易所 的观点" reads as 不代表交易所的观点), only, by convention, next to Latin words and
 * numbers. A bracketed aside in those scripts takes the full-width parentheses.
 */

/** CJK Symbols and Punctuation (。、「」（） as U+3000–U+303F) and the Halfwidth and Fullwidth Forms' punctuation. */
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;

/** A character of the scripts set with full-width punctuation and no spaces between words. */
const CHINESE_OR_JAPANESE_CHARACTER = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
const CHINESE_OR_JAPANESE = new RegExp(CHINESE_OR_JAPANESE_CHARACTER, 'u');
/** A word space between two of them. */
const SPACE_BETWEEN_CHINESE_OR_JAPANESE = new RegExp(
  `(?<=${CHINESE_OR_JAPANESE_CHARACTER}) (?=${CHINESE_OR_JAPANESE_CHARACTER})`,
  'gu',
);

/** The space to put between two runs of text: none where either side is full-width punctuation. */
export function spaceBetween(before: string, after: string): '' | ' ' {
  const last = before.trimEnd().at(-1) ?? '';
  const first = after.trimStart()[0] ?? '';
  if (!last || !first) return '';
  return FULL_WIDTH_PUNCTUATION.test(last) || FULL_WIDTH_PUNCTUATION.test(first) ? '' : ' ';
}

/**
 * A message with a name put in: the spaces a translation sets around the name for Latin ones
 * ("不代表 {host} 的观点" for Gate) dropped where the name is Chinese or Japanese too.
 */
export function withNameSpacing(text: string): string {
  return text.replace(SPACE_BETWEEN_CHINESE_OR_JAPANESE, '');
}

/** `text` in parentheses, full-width when it is written in Chinese or Japanese. */
export function inParentheses(text: string): string {
  return CHINESE_OR_JAPANESE.test(text) ? `（${text}）` : `(${text})`;
}
