import { primarySubtag } from '../../../shared/language';
import type { ClaimLexicon } from './types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';
import { zh } from './zh';

export type { ClaimLexicon } from './types';

const lexicons: Record<string, ClaimLexicon> = { pt, en, es, fr, de, zh, ja };

/** Primary subtag of a BCP 47 tag, lower-cased ("pt-BR" → "pt"). */
export function primaryLanguage(lang: string): string {
  return primarySubtag(lang) ?? '';
}

export function hasLexicon(lang: string): boolean {
  return primaryLanguage(lang) in lexicons;
}

/** The lexicon for a language; English when the language has none yet. */
export function lexiconFor(lang: string): ClaimLexicon {
  return lexicons[primaryLanguage(lang)] ?? en;
}

/** Languages written without spaces between words, matched by substring rather than word boundary. */
export function isUnspacedScript(lang: string): boolean {
  const primary = primaryLanguage(lang);
  return primary === 'zh' || primary === 'ja';
}
