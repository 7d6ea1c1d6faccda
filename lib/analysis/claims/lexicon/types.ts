/**
 * Per-language word lists that drive claim extraction. Each list is plain data so a contributor
 * can extend a language without touching the algorithm. Phrases are matched case-insensitively
 * on word boundaries (for Chinese and Japanese, as plain substrings).
 */
export interface ClaimLexicon {
  /** Verbs and phrases that attribute a statement to a subject before them ("said", "afirmou"). */
  reportingVerbs: string[];
  /** Auxiliaries that make a reporting verb passive ("is said"): the word before is then no speaker. */
  passiveAuxiliaries: string[];
  /** Vague subjects that are nobody in particular ("some", "人们"): never reported as a speaker. */
  genericSubjects: string[];
  /** Phrases followed by the source ("according to", "segundo", "laut"). */
  sourcePrepositions: string[];
  /** Verbs of belief; the sentence becomes an opinion of its subject ("believes", "acredita"). */
  beliefVerbs: string[];
  /** Softeners that mark a view rather than a fact ("probably", "provavelmente"). */
  hedges: string[];
  /** Markers of a statement about the future ("will", "poderá", "将"). */
  predictionMarkers: string[];
  /** Word endings that mark a synthetic future tense ("-rá" in Portuguese and Spanish). */
  futureSuffixes: string[];
  /** Markers of a decision or intention ("plans to", "decidiu", "计划"). */
  planMarkers: string[];
  /** Words for magnitudes and units that make a number a figure ("billion", "milhões", "亿"). */
  figureUnits: string[];
  /** Third-person singular pronouns that can stand for the last named person ("he", "ele", "他"). */
  personPronouns: string[];
  /** Words that make a capitalised name an organisation rather than a person ("University", "Werke"). */
  organizationWords: string[];
  /** Job titles that introduce or follow a person's name ("CEO", "presidente", "首席执行官"). */
  personTitles: string[];
  /** Abbreviations after which the segmenter must not end a sentence ("Dr.", "Sr."). */
  titleAbbreviations: string[];
  /** Abbreviations that may end a sentence; joined only when the next word does not start one. */
  ambiguousAbbreviations: string[];
  /** Words that typically open a new sentence (articles, pronouns); used with ambiguous abbreviations. */
  sentenceStarters: string[];
  /** Phrases that make a block page furniture rather than content: bylines, captions, credits. */
  furniturePrefixes: string[];
  /** Phrases that mark "first published by", disclaimer and similar boilerplate sentences. */
  boilerplatePhrases: string[];
  /** Openings of explanatory notes and definitions ("(Nota:", "in simple terms", "refers to"). */
  explanatoryMarkers: string[];
  /** Words that start a restatement of the previous sentence ("in other words"). */
  restatementMarkers: string[];
  /** Function words ignored when comparing sentences for near-duplicates. */
  stopwords: string[];
}
