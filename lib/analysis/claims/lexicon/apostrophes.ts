/**
 * Pages write the apostrophe three ways: the typewriter ' (U+0027), the typographic ’ (U+2019) and the modifier letter
 * ʼ (U+02BC). A lexicon spells an entry once, in any of them; every entry is made to match all three here, once, when
 * the lexicons are loaded, so "d'après" in a lexicon finds "d’après" on the page and no rule spells both.
 *
 * The page text itself is left as it is: sentences, speakers and anchors are cut from it unchanged.
 */
const APOSTROPHE_FORMS = ["'", '’', 'ʼ'] as const;
const HAS_APOSTROPHE = /['’ʼ]/u;
const EVERY_APOSTROPHE = /['’ʼ]/gu;

/** An entry in each apostrophe form, or the entry alone when it has none. */
export function apostropheSpellings(entry: string): string[] {
  if (!HAS_APOSTROPHE.test(entry)) return [entry];
  return APOSTROPHE_FORMS.map((form) => entry.replace(EVERY_APOSTROPHE, form));
}

/**
 * A copy of a lexicon (or any part of one) where each word list holds every entry in all three apostrophe forms, next
 * to each other and without repeats, and each table (word → word) is looked up by any form of its keys. The values of
 * a table are what the claims show, so they keep their spelling.
 */
export function withEveryApostrophe<T>(value: T): T {
  if (Array.isArray(value)) {
    const entries = value.flatMap((entry: unknown) =>
      typeof entry === 'string' ? apostropheSpellings(entry) : [entry],
    );
    return [...new Set(entries)] as T;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, inner]) =>
        apostropheSpellings(key).map((spelling) => [spelling, withEveryApostrophe(inner)]),
      ),
    ) as T;
  }
  return value;
}
