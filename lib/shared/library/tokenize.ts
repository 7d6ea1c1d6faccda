/**
 * Search tokens for the library, used both when a text is kept and when the reader types a
 * query, so the two always agree. Latin, Greek, Cyrillic … words are lowercased and lose their
 * diacritics ("Inteligência" → "inteligencia"); text written without spaces (Han, kana, Hangul,
 * Thai) becomes overlapping character pairs ("阿尔特曼" → "阿尔", "尔特", "特曼"), which finds a
 * name or word inside a sentence without a dictionary.
 */

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}ー々]/u;
/** Runs of word characters: letters, marks and digits (apostrophes inside words dropped before). */
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const MAX_TOKEN = 40;

/** Lowercase, no diacritics, full-width Latin made ASCII, ß → ss. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, (marks) => (/[\u3099\u309a]/.test(marks) ? marks : ''))
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** Pairs of neighbouring characters of an unspaced run; a single character stands alone. */
function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** Splits a run where spaced and unspaced scripts meet ("GPT模型" → "gpt", "模型"). */
function splitScripts(run: string): string[] {
  const parts: string[] = [];
  let current = '';
  let currentUnspaced = false;
  for (const char of run) {
    const unspaced = UNSPACED.test(char);
    if (current && unspaced !== currentUnspaced) {
      parts.push(current);
      current = '';
    }
    current += char;
    currentUnspaced = unspaced;
  }
  if (current) parts.push(current);
  return parts;
}

/** Every token of `text`, in order, with repeats. */
export function tokenize(text: string): string[] {
  const folded = foldText(text).replace(/['’]/g, '');
  const tokens: string[] = [];
  for (const match of folded.matchAll(RUN)) {
    for (const part of splitScripts(match[0])) {
      if (UNSPACED.test(part)) tokens.push(...bigrams(part));
      else tokens.push(part.slice(0, MAX_TOKEN));
    }
  }
  return tokens;
}

/** The distinct tokens of `text`, for an index entry. */
export function indexTokens(...texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(tokenize))];
}
