/**
 * Compiles a lexicon phrase list into one regular expression. Phrases that start or end with a
 * letter get word boundaries there, so "vai" does not match inside "avaliar"; in unspaced scripts
 * (Chinese, Japanese) phrases match as plain substrings.
 */
const cache = new WeakMap<string[], Map<boolean, RegExp | null>>();

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTER_AT_START = /^[\p{L}\p{N}]/u;
const LETTER_AT_END = /[\p{L}\p{N}]$/u;

export function phraseRegExp(phrases: string[], unspaced: boolean): RegExp | null {
  let byMode = cache.get(phrases);
  if (!byMode) {
    byMode = new Map();
    cache.set(phrases, byMode);
  }
  const cached = byMode.get(unspaced);
  if (cached !== undefined) return cached;
  // Phrases are grouped by which ends need a word boundary, so each boundary check appears once
  // per group rather than once per phrase (the regular expression stays small and fast).
  const groups = new Map<string, string[]>();
  for (const phrase of [...phrases].filter((p) => p.length > 0).sort((a, b) => b.length - a.length)) {
    const before = !unspaced && LETTER_AT_START.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = !unspaced && LETTER_AT_END.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
    const key = `${before}\u0000${after}`;
    const group = groups.get(key) ?? [];
    group.push(escapeRegExp(phrase));
    groups.set(key, group);
  }
  const alternatives = [...groups].map(([key, group]) => {
    const [before, after] = key.split('\u0000');
    return `${before}(?:${group.join('|')})${after}`;
  });
  const compiled = alternatives.length ? new RegExp(alternatives.join('|'), 'giu') : null;
  byMode.set(unspaced, compiled);
  return compiled;
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

/** Every non-overlapping occurrence of any phrase, in text order. */
export function findPhrases(text: string, phrases: string[], unspaced: boolean): PhraseHit[] {
  const pattern = phraseRegExp(phrases, unspaced);
  if (!pattern) return [];
  pattern.lastIndex = 0;
  const hits: PhraseHit[] = [];
  for (const match of text.matchAll(pattern)) {
    hits.push({ index: match.index, end: match.index + match[0].length, phrase: match[0] });
  }
  return hits;
}

export function hasPhrase(text: string, phrases: string[], unspaced: boolean): boolean {
  const pattern = phraseRegExp(phrases, unspaced);
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}
