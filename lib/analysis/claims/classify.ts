import type { ClaimKind } from '../../shared/types';
import type { ClaimLexicon } from './lexicon';
import { findPhrases, hasPhrase } from './match';
import { hasOpenQuote, wordCount, type Sentence } from './segment';

/** Why a sentence can never be a claim. */
export type Exclusion = 'heading' | 'lead-in' | 'question' | 'furniture' | 'boilerplate' | 'explanatory' | 'too-short';

export interface SentenceFeatures {
  exclusion: Exclusion | null;
  words: number;
  directQuote: boolean;
  figure: boolean;
  prediction: boolean;
  plan: boolean;
  belief: boolean;
  hedged: boolean;
  restatement: boolean;
  /** Alone in its block with nothing attributed or quoted: likely a sub-heading written as a sentence. */
  standalone: boolean;
}

const FINAL_PUNCTUATION = /[.!?。！？…]["”»’」』)）]*$/u;
const QUESTION_END = /[?？]["”»’」』)）]*$/u;
/** Quoted spans, for all the quotation styles of the supported languages. */
const QUOTED_SPAN = /"([^"]+)"|“([^”“]+)[”“]|„([^“]+)“|«([^»]+)»|»([^«]+)«|「([^」]+)」|『([^』]+)』/gu;
const YEAR = /^(1[89]|20)\d\d$/;

export interface ClassifyContext {
  lexicon: ClaimLexicon;
  lang: string;
  unspaced: boolean;
  /** Text of the whole block the sentence sits in. */
  blockText: string;
}

function startsWithAny(text: string, prefixes: string[]): string | null {
  const lower = text.toLowerCase();
  return prefixes.find((prefix) => lower.startsWith(prefix)) ?? null;
}

function exclusionOf(sentence: Sentence, context: ClassifyContext, words: number): Exclusion | null {
  const { lexicon, unspaced, blockText, lang } = context;
  const text = sentence.text;
  const furniture = startsWithAny(blockText, lexicon.furniturePrefixes);
  if (furniture && (/[:：]$/u.test(furniture) || wordCount(blockText, lang) <= 10)) return 'furniture';
  if (hasPhrase(text, lexicon.boilerplatePhrases, unspaced)) return 'boilerplate';
  if (/^[(（]/u.test(blockText) && /[)）][.。]?$/u.test(blockText)) return 'explanatory';
  if (hasPhrase(text, lexicon.explanatoryMarkers, unspaced)) return 'explanatory';
  if (/[:：]\s*$/u.test(text)) return 'lead-in';
  if (QUESTION_END.test(text)) return 'question';
  // A block that does not end like prose is a heading, caption or navigation item.
  if (!FINAL_PUNCTUATION.test(blockText) && !hasOpenQuote(blockText, lang)) return 'heading';
  if (words < 6) return 'too-short';
  return null;
}

/** Quoted spans long enough to be speech rather than a term in scare quotes. */
function quotedWords(text: string, context: ClassifyContext): number {
  let longest = 0;
  for (const match of text.matchAll(QUOTED_SPAN)) {
    const inner = match.slice(1).find((group) => group !== undefined) ?? '';
    longest = Math.max(longest, wordCount(inner, context.lang));
  }
  return longest;
}

function hasFigure(text: string, context: ClassifyContext): boolean {
  const numbers = [...text.matchAll(/\d[\d.,]*/gu)];
  if (numbers.length === 0) return false;
  const units = findPhrases(text, context.lexicon.figureUnits, context.unspaced);
  return numbers.some((number) => {
    const value = number[0].replace(/[.,]$/, '');
    const end = number.index + number[0].length;
    // A figure is a number with a unit or magnitude next to it; bare years and dates are not.
    const nearUnit = units.some(
      (unit) =>
        (unit.index >= end && unit.index - end <= 12) || (unit.end <= number.index && number.index - unit.end <= 2),
    );
    if (nearUnit) return true;
    if (YEAR.test(value)) return false;
    if (/^\d{1,2}[/.]\d{1,2}$/.test(value)) return false;
    return value.replace(/\D/g, '').length >= 3 && !YEAR.test(value);
  });
}

function hasFuture(text: string, context: ClassifyContext): boolean {
  if (hasPhrase(text, context.lexicon.predictionMarkers, context.unspaced)) return true;
  const suffixes = context.lexicon.futureSuffixes;
  if (!suffixes.length) return false;
  return (text.match(/[\p{L}]+/gu) ?? []).some(
    (word) => word.length > 4 && suffixes.some((suffix) => word.toLowerCase().endsWith(suffix)),
  );
}

export function sentenceFeatures(sentence: Sentence, context: ClassifyContext, attributed: boolean): SentenceFeatures {
  const words = wordCount(sentence.text, context.lang);
  const quoteWords = quotedWords(sentence.text, context);
  const minimumQuote = 5;
  const directQuote = quoteWords >= minimumQuote && (attributed || quoteWords >= words * 0.6);
  const figure = hasFigure(sentence.text, context);
  return {
    exclusion: exclusionOf(sentence, context, words),
    words,
    directQuote,
    figure,
    prediction: hasFuture(sentence.text, context),
    plan: hasPhrase(sentence.text, context.lexicon.planMarkers, context.unspaced),
    belief: hasPhrase(sentence.text, context.lexicon.beliefVerbs, context.unspaced),
    hedged: hasPhrase(sentence.text, context.lexicon.hedges, context.unspaced),
    restatement: hasPhrase(sentence.text.slice(0, 40), context.lexicon.restatementMarkers, context.unspaced),
    standalone: sentence.blockSentenceCount === 1 && !attributed && !directQuote && !figure,
  };
}

/**
 * The kind a reader would file the claim under. Direct speech is the most checkable, then a
 * stated decision, a forecast, a number, a view; whatever is left is an assertion of fact.
 */
export function kindOf(features: SentenceFeatures, attributed: boolean): ClaimKind {
  if (features.directQuote) return 'quote';
  if (features.plan) return 'plan';
  if (features.prediction) return 'prediction';
  if (features.figure) return 'figure';
  if (features.belief || (features.hedged && attributed)) return 'opinion';
  return 'fact';
}
