/** Measures of a text that treat scripts written without spaces (Chinese, Japanese) fairly. */

const UNSPACED_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

/**
 * How much a text says, in Latin-word units: a Chinese or Japanese character counts half a
 * word (a word of those languages is one to three characters), every other script by its
 * space-separated words.
 */
export function textWeight(text: string): number {
  const unspaced = (text.match(UNSPACED_CHAR) ?? []).length;
  const words = text
    .replace(UNSPACED_CHAR, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return words + unspaced / 2;
}

/**
 * Sentence ends: Latin ones (and the Arabic question mark, the Urdu full stop, the Armenian one)
 * followed by a space or the end; CJK ones and the Indic danda (Hindi, Bengali) anywhere.
 */
const SENTENCE_END = /[.!?;؟۔։](?=["'”’»)\]]*(?:\s|$))|[。！？；।॥]/gu;

export function sentenceCount(text: string): number {
  return (text.match(SENTENCE_END) ?? []).length;
}

/** Whether a line ends the way a sentence or a quoted sentence does. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?。！？…:;：；、,，"”»)）」』\]]$/u.test(text.trim());
}

export function linkTextLength(element: Element): number {
  let length = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) {
    if (link.parentElement?.closest('a')) continue;
    length += (link.textContent ?? '').replace(/\s+/gu, '').length;
  }
  return length;
}

export function visibleLength(text: string): number {
  return text.replace(/\s+/gu, '').length;
}
