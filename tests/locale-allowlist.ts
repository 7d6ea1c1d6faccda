/**
 * English text a translation may keep, shared by the locale-file test and the browser test per
 * UI language: anything else of en.yml found in another language is an untranslated string.
 */

/** Values that are the same in every language: the product's name, file formats and the apps they are for. */
export const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set([
  'Marginalia',
  'Markdown (Obsidian)',
  'JSON-LD (Web Annotation)',
  'CSV (Readwise)',
  'JSON',
  'Markdown',
  'CSV',
]);

/** Messages (by key) spelled as in English in one language, where that is the right word. */
export const SAME_AS_ENGLISH_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['claims.kindPlan']),
  // French nouns spelled as in English: a note, an opinion, a site, a page (and "1 page", "3 pages"), a source.
  fr: new Set([
    'glossary.source',
    'highlights.note',
    'highlighter.note',
    'claims.kindOpinion',
    'library.filterSite',
    'library.kindPage',
    'library.countPages',
  ]),
  pt_BR: new Set(['library.filterSite']),
};
