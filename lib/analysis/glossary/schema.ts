import type { GlossarySource } from '../../shared/types';

/** Languages the term base has surface forms for. */
export const GLOSSARY_LANGS = ['en', 'pt', 'es', 'fr', 'de', 'zh', 'ja'] as const;
export type GlossaryLang = (typeof GLOSSARY_LANGS)[number];

/**
 * What an ambiguous form needs before it counts:
 * - `near`: an AI cue (or an unambiguous glossary term, or one of the concept's own cues) in the same paragraph window;
 * - `near-or-doc`: the same, or an article with several unambiguous AI hits;
 * - `concept-cue`: one of the concept's own cues in the window (generic AI words are not enough).
 * In all three a veto word of the concept in the window rules the form out.
 */
export type ContextRule = 'near' | 'near-or-doc' | 'concept-cue';

export interface FormSpec {
  text: string;
  /** Match letter case exactly: acronyms that are ordinary words in lower case (IA, AGI, GPT). */
  caseSensitive?: boolean;
  /** Absent on unambiguous forms. */
  context?: ContextRule;
  /**
   * Words that, right before the form, mean another reading ("o maior modelo do mundo"). In Latin
   * script whole words or phrases; in Chinese and Japanese the characters right before the form.
   */
  notAfter?: string[];
  /**
   * The form counts only right after one of these: the words that mark its use as the concept
   * (a determiner or quantifier before a noun: "the compute", "more compute", "davantage de calcul").
   */
  after?: string[];
  /**
   * Words that, right after the form, mean another reading or another word: a verb's object
   * ("compute the total"), "computación cuántica", or in CJK the characters that make a longer
   * word (智能体 in 人工智能体系).
   */
  notBefore?: string[];
}

export type FormInput = string | FormSpec;
export type PerLang<T> = Partial<Record<GlossaryLang, T>>;

export interface TermConcept {
  /** Stable English kebab-case id. */
  id: string;
  // Its name and definitions, per reader language, are in texts.ts under the same id.
  source: GlossarySource;
  /** 1 = background word, 3 = a concept readers most often need explained. */
  weight: 1 | 2 | 3;
  forms: Record<GlossaryLang, FormInput[]>;
  /** Words that make this concept's ambiguous forms count (besides the general AI cues, except under `concept-cue`). */
  cues?: PerLang<FormInput[]>;
  /** Words near an ambiguous form that mean another sense (crypto token, power transformer). */
  vetoes?: PerLang<FormInput[]>;
}

/** A word decided by its use: it counts where `use` says the grammar makes it the concept, and `context` finds AI around it. */
export function byUse(text: string, context: ContextRule, use: Omit<FormSpec, 'text' | 'context'>): FormSpec {
  return { text, context, ...use };
}

export function near(...texts: string[]): FormSpec[] {
  return texts.map((text) => ({ text, context: 'near' }));
}

export function nearOrDoc(...texts: string[]): FormSpec[] {
  return texts.map((text) => ({ text, context: 'near-or-doc' }));
}

export function conceptCue(...texts: string[]): FormSpec[] {
  return texts.map((text) => ({ text, context: 'concept-cue' }));
}

/** A case-sensitive acronym, optionally ambiguous. */
export function acronym(text: string, context?: ContextRule): FormSpec {
  return context ? { text, caseSensitive: true, context } : { text, caseSensitive: true };
}
