/**
 * Which language AI-term definitions are shown in. Chosen where the reader is (the panel, the
 * content script's term card), from that context's own UI language or the reader's choice in
 * options — never in the background, whose UI language can differ from the panel's.
 */

/** Languages definitions are written in (zh: Simplified Chinese, zh-Hant: Traditional); other languages get English. */
export const DEFINITION_LANGS = ['en', 'pt', 'es', 'fr', 'zh', 'zh-Hant', 'ja'] as const;
export type DefinitionLang = (typeof DEFINITION_LANGS)[number];

/** A concept's name and definition in one language. */
export interface TermText {
  label: string;
  definition: string;
}

/** Where the definition language comes from: the browser's interface, or the article being read. */
export const DEFINITION_SOURCES = ['interface', 'article'] as const;
export type DefinitionSource = (typeof DEFINITION_SOURCES)[number];

/** Regions and the script subtag whose readers write Chinese in Traditional characters. */
const TRADITIONAL_CHINESE = ['hant', 'tw', 'hk', 'mo'];

function writtenIn(lang: string | null | undefined): DefinitionLang | null {
  const [primary = '', ...rest] = (lang ?? '').toLowerCase().split(/[-_]/);
  if (primary === 'zh') return rest.some((subtag) => TRADITIONAL_CHINESE.includes(subtag)) ? 'zh-Hant' : 'zh';
  return (DEFINITION_LANGS as readonly string[]).includes(primary) ? (primary as DefinitionLang) : null;
}

/** Definition language for a UI locale ("pt-BR", "pt_BR", "zh-TW", "ja"): its own where written, English otherwise. */
export function definitionLanguage(uiLang: string): DefinitionLang {
  return writtenIn(uiLang) ?? 'en';
}

/**
 * The definition language for a reader: the article's language when they chose it and definitions
 * exist in it, else their interface language, else English.
 */
export function chooseDefinitionLanguage(
  source: DefinitionSource,
  uiLang: string,
  articleLang: string | null | undefined,
): DefinitionLang {
  return (source === 'article' ? writtenIn(articleLang) : null) ?? definitionLanguage(uiLang);
}
