/**
 * Spacing and brackets that follow the script of the text: Chinese and Japanese set their
 * punctuation full-width, with the space built into the glyph, so a word space beside it shows
 * as a gap ("。 次", "ハイライト （…）"), and a bracketed aside in those scripts takes the
 * full-width parentheses.
 */

/** CJK Symbols and Punctuation (。、「」（） as U+3000–U+303F) and the Halfwidth and Fullwidth Forms' punctuation. */
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;

/** Scripts set with full-width punctuation. */
const FULL_WIDTH_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The space to put between two runs of text: none where either side is full-width punctuation. */
export function spaceBetween(before: string, after: string): '' | ' ' {
  const last = before.trimEnd().at(-1) ?? '';
  const first = after.trimStart()[0] ?? '';
  if (!last || !first) return '';
  return FULL_WIDTH_PUNCTUATION.test(last) || FULL_WIDTH_PUNCTUATION.test(first) ? '' : ' ';
}

/** `text` in parentheses, full-width when it is written in Chinese or Japanese. */
export function inParentheses(text: string): string {
  return FULL_WIDTH_SCRIPT.test(text) ? `（${text}）` : `(${text})`;
}
