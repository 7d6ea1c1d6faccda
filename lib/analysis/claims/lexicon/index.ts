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
  for (const verb of lexicon.reportingVerbs) {
    const [first = '', ...rest] = verb.split(' ');
    if (rest.length > 0 && perfect.auxiliaries.includes(first)) participles.add(rest.join(' '));
  }
  for (const [stem, participle] of formsByEnding(oneWordVerbs(lexicon), perfect.participleEndings ?? {})) {
    participles.add(stem + participle);
    // "pidió" → "pedido": the vowel the preterite raised in the stem's last syllable, lowered again.
    for (const [raised, lowered] of Object.entries(perfect.stemVowelChanges?.[participle] ?? {})) {
      const at = stem.lastIndexOf(raised);
      if (at !== -1) participles.add(stem.slice(0, at) + lowered + stem.slice(at + raised.length) + participle);
    }
  }
  const compounds = [...participles].flatMap((participle) =>
    perfect.auxiliaries.map((auxiliary) => `${auxiliary} ${participle}`),
  );
  return { ...lexicon, reportingVerbs: [...new Set([...lexicon.reportingVerbs, ...compounds])] };
}

/** The reporting verbs of one word ("afirmó", "disse"), the past forms the generators build on. */
function oneWordVerbs(lexicon: ClaimLexicon): string[] {
  return lexicon.reportingVerbs.filter((verb) => !verb.includes(' '));
}

/**
 * Each word's stem and each form its ending gives (`forms`, by ending: the longest ending the word has counts):
 * "afirmó" with `{ ó: ['ado'] }` → ["afirm", "ado"].
 */
function formsByEnding(words: string[], forms: Record<string, string[]>): Array<[string, string]> {
  const endings = Object.entries(forms).sort(([a], [b]) => b.length - a.length);
  return words.flatMap((word) => {
    const [ending, made] = endings.find(([past]) => word.endsWith(past)) ?? ['', []];
    return made.map((form): [string, string] => [word.slice(0, -ending.length), form]);
  });
}

/**
 * The reporting verbs of a lexicon with the third-person plural of each one-word past entry (`pastPlurals`): "afirmó"
 * also as "afirmaron", "defendeu" as "defenderam", for the groups and bodies that speak.
 */
export function withPastPlurals(lexicon: ClaimLexicon): ClaimLexicon {
  if (!lexicon.pastPlurals) return lexicon;
  const plurals = formsByEnding(oneWordVerbs(lexicon), lexicon.pastPlurals).map(([stem, ending]) => stem + ending);
  return { ...lexicon, reportingVerbs: [...new Set([...lexicon.reportingVerbs, ...plurals])] };
}

const english = withEveryApostrophe(en);
/** The lexicons with every entry in each apostrophe form (see withEveryApostrophe). */
const lexicons: Record<string, ClaimLexicon> = {
  pt: withEveryApostrophe(withPerfectTenses(withPastPlurals(pt))),
  en: english,
  es: withEveryApostrophe(withPerfectTenses(withPastPlurals(es))),
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

/** One of a lexicon's word lists as a set (see wordSet); an optional list the lexicon lacks is the empty set. */
export function wordSetOf(lexicon: ClaimLexicon, list: AnyWordList): ReadonlySet<string> {
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
