import { primarySubtag } from '../../../shared/language';
import type { ClaimLexicon } from './types';
import { withEveryApostrophe } from './apostrophes';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';
import { zh } from './zh';

export type { ClaimLexicon, PronounsOutsideWords } from './types';

/**
 * The reporting verbs of a lexicon with their compound tenses (see `perfectTense`): "ha dicho" also as "había dicho",
 * "a annoncé" as "avait annoncé", "afirmó" as "había afirmado", "disse" (by its irregular participle) as "tinha dito".
 */
export function withPerfectTenses(lexicon: ClaimLexicon): ClaimLexicon {
  const perfect = lexicon.perfectTense;
  if (!perfect) return lexicon;
  const participles = new Set(perfect.participles ?? []);
  const endings = Object.entries(perfect.participleEndings ?? {}).sort(([a], [b]) => b.length - a.length);
  for (const verb of lexicon.reportingVerbs) {
    const [first = '', ...rest] = verb.split(' ');
    if (rest.length > 0 && perfect.auxiliaries.includes(first)) participles.add(rest.join(' '));
    const ending = rest.length === 0 ? endings.find(([past]) => verb.endsWith(past)) : undefined;
    for (const participle of ending?.[1] ?? []) participles.add(verb.slice(0, -ending![0].length) + participle);
  }
  const compounds = [...participles].flatMap((participle) =>
    perfect.auxiliaries.map((auxiliary) => `${auxiliary} ${participle}`),
  );
  return { ...lexicon, reportingVerbs: [...new Set([...lexicon.reportingVerbs, ...compounds])] };
}

const english = withEveryApostrophe(en);
/** The lexicons with every entry in each apostrophe form (see withEveryApostrophe). */
const lexicons: Record<string, ClaimLexicon> = {
  pt: withEveryApostrophe(withPerfectTenses(pt)),
  en: english,
  es: withEveryApostrophe(withPerfectTenses(es)),
  fr: withEveryApostrophe(withPerfectTenses(fr)),
  de: withEveryApostrophe(de),
  zh: withEveryApostrophe(zh),
  ja: withEveryApostrophe(ja),
};

const primaryLanguages = new Map<string, string>();

/** Primary subtag of a BCP 47 tag, lower-cased ("pt-BR" → "pt"); asked for at every sentence, so kept per tag. */
export function primaryLanguage(lang: string): string {
  let primary = primaryLanguages.get(lang);
  if (primary === undefined) {
    primary = primarySubtag(lang) ?? '';
    // A page may give any tag: a few hundred are kept, then the cache starts over.
    if (primaryLanguages.size >= 256) primaryLanguages.clear();
    primaryLanguages.set(lang, primary);
  }
  return primary;
}

export function hasLexicon(lang: string): boolean {
  return primaryLanguage(lang) in lexicons;
}

/** The names of a lexicon's word lists that every lexicon has. */
export type LexiconWordList = {
  [K in keyof ClaimLexicon]-?: ClaimLexicon[K] extends string[] ? K : never;
}[keyof ClaimLexicon];

const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A word list as a set, for looking words up one at a time; built once per list (lexicon lists are
 * never changed). A missing optional list is the empty set.
 */
export function wordSet(words: readonly string[] | undefined): ReadonlySet<string> {
  if (!words) return NO_WORDS;
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new Set(words)));
  return set;
}

const lowerCaseWordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A word list lower-cased, as a set, for looking up a word of any case (see wordSet); built once per list. */
export function lowerCaseWordSet(words: readonly string[]): ReadonlySet<string> {
  let set = lowerCaseWordSets.get(words);
  if (!set) lowerCaseWordSets.set(words, (set = new Set(words.map((word) => word.toLowerCase()))));
  return set;
}

/** The names of a lexicon's word lists, required or optional. */
type AnyWordList = {
  [K in keyof ClaimLexicon]-?: NonNullable<ClaimLexicon[K]> extends string[] ? K : never;
}[keyof ClaimLexicon];

/** The entries of one word list in every lexicon, in the order of the lexicons, each once. */
export function wordsOfEveryLexicon(list: AnyWordList): string[] {
  return [...new Set(Object.values(lexicons).flatMap((lexicon) => lexicon[list] ?? []))];
}

/** One of a lexicon's word lists as a set (see wordSet). */
export function wordSetOf(lexicon: ClaimLexicon, list: LexiconWordList): ReadonlySet<string> {
  return wordSet(lexicon[list]);
}

/** The lexicon for a language; English when the language has none yet. */
export function lexiconFor(lang: string): ClaimLexicon {
  return lexicons[primaryLanguage(lang)] ?? english;
}

/** Languages written without spaces between words, matched by substring rather than word boundary. */
export function isUnspacedScript(lang: string): boolean {
  const primary = primaryLanguage(lang);
  return primary === 'zh' || primary === 'ja';
}
