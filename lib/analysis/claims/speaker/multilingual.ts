import { wordsOfEveryLexicon, type ClaimLexicon } from '../lexicon';

/** "como él mismo dijo", "comme il l'a dit", "wie er sagte", "as he said" right before the verb. */
export const AS_ASIDE = new RegExp(
  `[,(]\\s*(?:${wordsOfEveryLexicon('asideConjunctions').join('|')})\\s+(?:[\\p{L}’']+\\s+){0,3}$`,
  'iu',
);

/** Spanish, Portuguese and Italian leave out a subject that goes on ("Al respecto, explicó que …"). */
export const PRO_DROP = new Set(['es', 'pt', 'it']);

/**
 * Whether a main clause may put its subject right after the verb with no comma before it (see the lexicon's
 * `subjectAfterVerb`). Italian has no lexicon yet and inverts as Spanish does ("Lo ha confermato il ministro …").
 */
export function subjectMayFollowVerb(lexicon: ClaimLexicon, lang: string): boolean {
  return (lexicon.subjectAfterVerb ?? false) || lang === 'it';
}

/** Italian has no lexicon yet; its articles and "of" still open and join names in any text ("Ministero della Salute"). */
const ITALIAN_DEFINITE_ARTICLES = ['il', 'lo'];
const ITALIAN_GENITIVE_PREPOSITIONS = ['di', 'della'];

/** Definite articles of the spaced languages, which may open a subject ("The Old Vic", "La Fiscalía"). */
const DEFINITE_ARTICLES = [...wordsOfEveryLexicon('definiteArticles'), ...ITALIAN_DEFINITE_ARTICLES].join('|');

export const DEFINITE_ARTICLE = new RegExp(`^(?:${DEFINITE_ARTICLES})$`, 'iu');

/**
 * A person's full name, then a clause opened by its subject's article: after "para", "pour", "für" opening the sentence,
 * the view is that person's without a comma ("Para Ingrid Betancourt la solución está …").
 */
export const PERSON_THEN_CLAUSE = new RegExp(
  `^\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)+\\s+(?:${DEFINITE_ARTICLES})\\s`,
  'u',
);

export const LEADING_DEFINITE_ARTICLE = new RegExp(`^\\s*(?:(?:${DEFINITE_ARTICLES})\\s|l[’'ʼ])`, 'iu');

/** A definite article and a lower-case description up to the comma: "o legista", "a irmã da vítima", "l’avocat". */
export const DESCRIBED_SOURCE = new RegExp(
  `^\\s+(?:(?:${DEFINITE_ARTICLES})\\s+|l[’'ʼ]\\s*)(\\p{Ll}[\\p{Ll}’'ʼ-]*(?:\\s+\\p{Ll}[\\p{Ll}’'ʼ-]*){0,3}),`,
  'u',
);

/**
 * After an inverted reporting verb, a subject that closes the clause: an article and up to nine words ("dijo el
 * gremialista,"), or up to four capitalised words ("dijo González.").
 */
export const CLOSING_SUBJECT = new RegExp(
  `^\\s+(?:(?:${DEFINITE_ARTICLES})\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,8}|(?:\\p{Lu}[\\p{L}.’'-]*\\s*){1,4})\\s*(?:[,.;!?]|$)`,
  'u',
);

export const ROMANCE = new Set(['fr', 'es', 'pt', 'it', 'ca']);

/** Capitals that name a thing or a role, not an organization ("AI will …" has no speaker). */
export const CONCEPT_ACRONYMS = new Set([
  // Time zones ("8:51 p.m. (1451 GMT)").
  'GMT',
  'UTC',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'AI',
  'IA',
  'KI',
  'AGI',
  'LLM',
  'LLMS',
  'GPU',
  'GPUS',
  'CPU',
  'API',
  'CEO',
  'CTO',
  'CFO',
  'IPO',
  'PC',
  'TV',
  'DVD',
  'DVDS',
  'IT',
  'USB',
  'VR',
  'AR',
]);

/** Prepositions that attach a name to the noun before it ("director of", "ministre de la"). */
export const GENITIVE_PREPOSITIONS = new Set([
  ...wordsOfEveryLexicon('genitivePrepositions'),
  ...ITALIAN_GENITIVE_PREPOSITIONS,
]);

/** Conjunctions that join two subjects into one ("officers and officials", "fiscales y policías"). */
export const COORDINATORS = new Set(wordsOfEveryLexicon('coordinators'));

/** Prepositions that tie a member to the body they speak for ("a spokesman for", "a source at"). */
export const MEMBER_PREPOSITIONS = new Set(wordsOfEveryLexicon('memberPrepositions'));
