/**
 * Per-language word lists that drive claim extraction. Each list is plain data so a contributor
 * can extend a language without touching the algorithm. Phrases are matched case-insensitively
 * on word boundaries (for Chinese and Japanese, as plain substrings). Spell an entry with an apostrophe once, in
 * any form (' ’ ʼ): the lexicons are loaded with every form of it (lexicon/apostrophes.ts).
 */
/** Pronouns, and the words that hold one and are no such pronoun ("我们", "我国" hold 我). */
export interface PronounsOutsideWords {
  pronouns: string[];
  lookAlikes: string[];
}

export interface ClaimLexicon {
  /** Verbs and phrases that attribute a statement to a subject before them ("said", "afirmou"). */
  reportingVerbs: string[];
  /**
   * How the compound tenses of a reporting verb are built ("había afirmado", "tinha dito", "avait annoncé"): each
   * entry of `reportingVerbs` made of an auxiliary and a participle ("ha dicho", "a annoncé") is also read with every
   * other auxiliary; a participle is also made of each one-word past entry by its ending (`participleEndings`:
   * "afirmó" → "afirmado"; an ending that two conjugations share gives both, the wrong one never met); `participles` are the irregular ones no ending gives ("dito"). Read once, when the
   * lexicons are loaded (lexicon/index.ts).
   */
  perfectTense?: {
    auxiliaries: string[];
    participleEndings?: Record<string, string[]>;
    /**
     * By participle ending, the vowel a past form raised in the stem's last syllable and the infinitive's the
     * participle keeps ("pidió" → "pedido", "durmió" → "dormido"): the participle is made both ways, one never met.
     */
    stemVowelChanges?: Record<string, Record<string, string>>;
    participles?: string[];
  };
  /**
   * The third-person plural of a one-word past reporting verb, by its ending ("afirmó" → "afirmaron", "pediu" →
   * "pediram"; an ending two conjugations share gives both, the wrong one never met). Read once, when the lexicons
   * are loaded (lexicon/index.ts).
   */
  pastPlurals?: Record<string, string[]>;
  /**
   * Present-tense reporting verbs that are as often nouns ("notes", "states", "remarks"), kept out of
   * `reportingVerbs`: a verb only when a subject after a comma puts it last in the sentence ("…, de Miranda notes.",
   * "…, the paper states.").
   */
  closingReportingVerbs?: string[];
  /**
   * Reporting verbs that tell an act when a noun phrase is their object and no one's words follow ("she posted the
   * image on her page", "tweeted a photo of the crowd"): they report only before a quotation, a colon or a clause
   * ("posted this on Facebook: “…”", "tweeted that …").
   */
  objectActVerbs?: string[];
  /**
   * Who is quoted as the object of a verb of quoting, then a comma, `connector` and a participle of saying ("The agency
   * quoted a senior official, as saying …", "… the paper quoted Sam Reed, the mayor, as saying."): the object spoke,
   * not the one quoting. `objectPronouns` maps an object pronoun to the subject pronoun it stands for ("quoted him" →
   * "he").
   */
  quotingFrames?: { verbs: string[]; connector: string; participles: string[]; objectPronouns: Record<string, string> };
  /**
   * Reporting verbs whose particle closes the clause, after the subject and any adverbials ("…, teilte die Polizei am
   * Montag mit.", "Das gab das Ministerium bekannt."), as [verb, particle]: the verb alone is a reporting verb only when
   * its particle ends its clause.
   */
  separableReportingVerbs?: ReadonlyArray<readonly [string, string]>;
  /** Auxiliaries that make a reporting verb passive ("is said"): the word before is then no speaker. */
  passiveAuxiliaries: string[];
  /**
   * Participles of reporting verbs whose past tense the list has in another form ("anunciado" beside "anunció"): after
   * a passive auxiliary ("fue anunciado por el Banco Central"), their agent speaks. English needs none.
   */
  passiveReportParticiples?: string[];
  /** Vague subjects that are nobody in particular ("some", "人们"): never reported as a speaker. */
  genericSubjects: string[];
  /**
   * Phrases that hold a reporting verb and report nothing: naming ("称为", "称作": is called) and the verb used to
   * describe a noun ("表示的", "表示方法": that denotes). Blanked out before a sentence is counted as reported speech.
   */
  reportingLookAlikes?: string[];
  /**
   * Words right after a closing quotation mark that tie the quotation to a noun ("“头皮经常出油，…”的问题": the problem
   * of …): a phrase quoted as a name or a topic, no speech. Such a quotation does not count as reported speech.
   */
  quotedPhraseLinks?: string[];
  /**
   * Reporting verbs that also mean "to denote" ("表示": "上升的实线表示亚声速…", the line shows): speech only when a
   * pause, a quotation or one of `openers` (the start of a clause: a pronoun, a modal, a negation) follows them.
   */
  denotingReportVerbs?: { verbs: string[]; openers: string[] };
  /** Phrases followed by the source ("according to", "segundo", "laut"). */
  sourcePrepositions: string[];
  /**
   * Phrases that open the basis of a statement rather than its source (zh "根据": on the basis of data, a law, a plan):
   * the story decision counts them as sourcing, as it counts `sourcePrepositions`; no speaker is read from them.
   */
  basisPrepositions?: string[];
  /** Of `sourcePrepositions`, those that follow the source they name (de "dem HDE zufolge"): the name is before them. */
  sourcePostpositions?: string[];
  /**
   * Verbs that introduce a quotation from their subject only in a clause ending with a colon, though they report
   * nothing elsewhere ("Ein Artikel zeigt es so:", "as the report puts it:"). Read by the story decision only.
   */
  quotationIntroducers?: string[];
  /**
   * Source prepositions with another common meaning ("para", "pour", "für": for; "per": each): a source only when
   * they open the sentence with a clause of their own ("Para el ministro, …").
   */
  ambiguousSourcePrepositions?: string[];
  /**
   * Source prepositions that name a source only where they open a clause (zh "据", "根据": "据新华社报道，…"); inside
   * a clause they are part of another word ("数据": data) or mean "in accordance with". Read by the story decision only.
   */
  clauseOpeningSources?: string[];
  /**
   * The writer's and the reader's pronouns ("我", "你", "您") that, among the `reach` characters before a reporting
   * verb in its clause, make it no report ("我承认", "你听说过"), and the words that hold one and are no such subject
   * (`lookAlikes`: "我们" the speaker's we, "我国"). Read by the story decision only.
   */
  personalReportSubjects?: { pronouns: string[]; lookAlikes: string[]; reach: number };
  /** Verbs of belief; the sentence becomes an opinion of its subject ("believes", "acredita"). */
  beliefVerbs: string[];
  /**
   * Belief verbs that also link a subject to how it seems ("it feels more sluggish", "felt like a win"): a belief, and
   * so a speaker's, only before the clause held ("feels that …", "felt the plan was …"). Read by the speaker rules.
   */
  linkingBeliefVerbs?: string[];
  /** Softeners that mark a view rather than a fact ("probably", "provavelmente"). */
  hedges: string[];
  /** Hedges that count only written in lower case: capitalised, the word is a name (en "may", the month "May"). */
  lowercaseHedges?: string[];
  /**
   * What someone holds ought to be ("needs to", "debe", "é preciso", "muss"): said by a speaker, a view of theirs,
   * not a fact.
   */
  normativeMarkers?: string[];
  /**
   * A normative word right after a relative or interrogative pronoun ("algo que debe ahora hacer la OMM", "who should
   * be the next chair", "qui doivent"): a requirement stated or asked about, not a view, so no hedge. Not after a
   * reporting verb ("afirmó que debe haber", a view reported).
   */
  requirementClauses?: string[];
  /**
   * Verbs of inquiry ("examine", "investigate"; in languages with a one-word future its forms: "investigará",
   * "examinera"): a future of one is an inquiry's scheduled work ("the probe will examine whether …", "además,
   * indagará …"), a plan, no forecast.
   */
  inquiryFutures?: string[];
  /**
   * An indirect question after a reporting verb or one of `after` ("explained how firms should adapt", "no explanation
   * about why offenders should be allowed back"): the normative word inside it (to the clause's end) is what the
   * question is about, reported, no view of the speaker's or the writer's.
   */
  requirementQuestions?: { openers: string[]; after: string[] };
  /**
   * Frames of a view that are no reporting verb, so they leave the speaker alone and only type the claim: a stance
   * ("is upbeat about", "is keen to"), a participle of judging ("estimant que"), a view opener ("à ses yeux"), the
   * writer's own inference ("it's clear that", "clearly"). With any of them the sentence is an opinion, and a future
   * after them is what is held, not an announced act.
   */
  opinionMarkers?: string[];
  /**
   * Words of taste that judge wherever they stand in the writer's own clause, attributive as well as predicate ("a
   * gorgeous, unsettling assault on the senses", "a flood of petty, petulant whining", "notoriously volatile"): unlike
   * `evaluativePredicates.words` ("an important meeting", "Great Britain"), none of them also names or sorts a thing
   * neutrally, so no copula is needed. Outside quotations only.
   */
  tasteWords?: string[];
  /** Phrases a word of taste opens that name a thing ("a real estate agent"): no judgement. */
  tasteLookAlikes?: string[];
  /**
   * Pronouns by which the writer turns to the reader in a sentence nobody else speaks ("If you can't go out to the pub,
   * you just lose touch with people", "About the worst thing you can do with a plot is …"): advice or a verdict put to
   * the reader, the writer's view. Pronouns only, unlike `readerAddress`, whose imperatives and possessives a story's
   * facts share.
   */
  readerPronouns?: string[];
  /**
   * Connectives opening a sentence that draw a conclusion from what came before ("所以，", "总之", "All in all,",
   * "Somit"): the writer (or the speaker) reasons, and what they conclude is their view. Only at the sentence's opening
   * (after any opening quotation mark), followed by no letter in spaced scripts ("So far" is no "So,"); lower case.
   */
  conclusionOpeners?: string[];
  /**
   * A noun or an adjective of judgement framing what follows ("the risk is that", "it is hard to", "la hipótesis es
   * que", "uno de los grandes retos", "il est impossible de"): weighing, not telling, so a view as `opinionMarkers` are.
   */
  judgementFrames?: string[];
  /**
   * Languages that judge an act with the copula, an adjective and an infinitive and no subject ("es urgente avanzar",
   * "será complejo analizar"): that judgement is a view. `adverbs` may stand before the adjective (an entry "-mente" is
   * an ending); `notAdjectives` are words after the copula that open no judgement (articles, "más", "de"); a verb of
   * saying as the infinitive (`framingVerbs`: "es necesario destacar que") frames what follows instead.
   */
  impersonalJudgement?: {
    copulas: string[];
    adverbs: string[];
    notAdjectives: string[];
    infinitiveEndings: string[];
    framingVerbs: string[];
    /**
     * Languages that write the impersonal subject ("il est urgent de", "c’est difficile de"): one of these right before
     * the copula; absent, none is written ("es urgente avanzar").
     */
    subjects?: string[];
    /**
     * Words that tie the adjective to its infinitive ("de", "d’": "il est indispensable de procéder"), and clitics that
     * may stand before the infinitive ("de s’assurer"). With a link word the adjective's end is marked, so an
     * adjective ending like an infinitive ("nécessaire") is read as one.
     */
    links?: string[];
    clitics?: string[];
  };
  /**
   * The writer's inference from what is seen ("it seems as though", "parece que", "似乎"): an intention or a decision
   * inferred is the writer's view, not announced by the actor; a forecast after it stays a forecast ("it seems likely
   * that X will").
   */
  inferenceFrames?: string[];
  /**
   * A condition contrary to fact ("if only Yahoo had bought Snapchat", "Had he been able to …, he would have gained",
   * "si hubiera existido", "如果没有张曼玉在戛纳封后"): what would have been is the writer's or the speaker's view, never
   * checkable. `openers` mark one alone; otherwise one of `conditions` followed in its clause, within `reach` words, by
   * one of `auxiliaries` (the pluperfect or the past subjunctive), or with `inverted` a clause opened by the auxiliary
   * ("Had he …", "Hätte er …"); and where `consequents` are given, one of them in the sentence too (the conditional
   * perfect: "would have", "aurait"), since "asked if he had seen" is no condition.
   */
  counterfactual?: {
    openers: string[];
    conditions: string[];
    auxiliaries: string[];
    reach: number;
    inverted?: boolean;
    consequents?: string[];
  };
  /**
   * The conditional of possibility ("could heighten tensions", "podría", "pourrait", "könnte"): even in the writer's
   * own voice it weighs what may happen, a hedge, so a view; not before the words of `notBefore` ("could not move",
   * "could have come back": what was or was not).
   */
  possibilityModals?: { modals: string[]; notBefore: string[] };
  /**
   * Words of value that judge the subject when they are its predicate ("another inquiry would be a waste of time", "they
   * are crucial strongholds", "es un error", "c’est une honte", "ist entscheidend"): one of `words` right after one of
   * `copulas`, with only `adverbs` between (an entry "-ly" is an ending: "is also important", "ist sehr wichtig"), is
   * the writer's or the speaker's evaluation, a view. Not before one of `notAfter` ("es importante destacar que": a
   * frame of what follows), which defaults to `impersonalJudgement.framingVerbs`. With `clauseFinal` (German), the word may instead close its clause with a copula before it
   * in the clause or right after it ("ist für die Industrie äußerst wichtig", "dass es wichtig ist").
   */
  evaluativePredicates?: {
    copulas: string[];
    adverbs: string[];
    words: string[];
    notAfter?: string[];
    clauseFinal?: boolean;
    /**
     * Endings a word of `words` takes before a noun, where the language inflects it (German "ein wichtiger Baustein",
     * "ein schönes Beispiel"): the word as the attribute of a predicate noun after the copula and an indefinite
     * article is a judgement too. Absent: the word as listed only ("is a good start", "es una buena noticia").
     */
    attributiveEndings?: string[];
    /**
     * The copula left out (German "Komisch, dass …", "Traurig nur, dass …", "Dumm nur, wenn …" for "Es ist komisch,
     * dass …"): one of `words` opening the sentence, then at most one of `particles`, a comma and one of `conjunctions`.
     */
    elliptical?: { particles: string[]; conjunctions: string[] };
    /**
     * Degree words that grade a quality ("very", "too", "quite"): a present copula of `copulas`, one of them and a word
     * closing the clause ("The history of performance appraisal is quite brief.", "That's very aggressive, and …", "est
     * trop lent.", or one joined by a coordinator to a second closing it: "is extremely comfortable and reasonably
     * priced") grade what the sentence is about, the writer's judgement whatever the adjective. In the past the
     * grade describes a scene ("The range was quite tight, running from …"). `contractions` are the copula joined to
     * its subject ("that's", "it's").
     */
    intensifiers?: { words: string[]; copulas: string[]; contractions?: string[] };
  };
  /**
   * Languages whose adjectival predicate takes a degree adverb ("报告写得十分详细", "问题比较严重", "太突然了"): the adverb
   * before a quality is the writer's or the speaker's judgement, a view. Not before the first characters of
   * `notBefore`, where it measures a size, an amount, a speed or a time ("很多", "很快", "十分钟") or opens a hedge ("很可能"),
   * nor after one of `notAfter`, where the characters are no adverb ("五十分", "太太").
   */
  degreeJudgement?: { adverbs: string[]; notBefore: string[]; notAfter: string[] };
  /**
   * Belief verbs that also describe a sensation or an impression ("觉得不可思议", "觉得也就十三四岁"): a view only
   * with a personal subject right before them ("我觉得", "他们都觉得"), or with a subject of `subjectLength` characters
   * opening its clause (a name: "，郭荣梅觉得"), not a longer phrase ("外地来的买家都觉得不可思议") nor none ("，觉得也就").
   */
  subjectBoundBeliefVerbs?: {
    verbs: string[];
    subjects: string[];
    adverbs: string[];
    subjectLength?: { min: number; max: number };
  };
  /**
   * Words before a belief verb that make it a noun ("l'estime", "the thought", "his hopes"): then no view.
   */
  nounDeterminers?: string[];
  /**
   * Words opening an indirect question ("whether", "ob", "是否"): a future right inside one ("hasn't said whether
   * actors will boycott") is asked about, not forecast.
   */
  indirectQuestionWords?: string[];
  /**
   * Prepositions that open a sentence with whose view it gives ("Pour Jan Hamáček, cette attitude est méprisante"):
   * followed by a capitalised name and a comma, the sentence is that person's opinion. So it is followed by one of
   * `viewOpenerPronouns` and a comma ("Para ele, …", "Pour lui, …"), not by another word ("Para isso, …").
   */
  viewOpeners?: string[];
  viewOpenerPronouns?: string[];
  /**
   * Plural determiners that, after a view opener, open a group holding the view ("Pour les détracteurs du glyphosate,
   * …", "Pour ses opposants, …"); a singular one opens a part or a time too ("Pour sa part", "Pour la première fois").
   */
  viewOpenerDeterminers?: string[];
  /**
   * Directives told by a reporting verb ("强调要坚定不移深化改革", "指出，要全面增强…", "说，新一年南京工作要展现新作为"): one
   * of `modals` within `reach` characters after the verb (in its sentence) is a line of action the speaker announces, a
   * plan; not a modal that opens a noun (`notModalBefore`: "要求", "重要", "主要").
   */
  reportedDirectives?: {
    verbs: string[];
    modals: string[];
    notModalBefore: string[];
    notModalAfter: string[];
    reach: number;
  };
  /**
   * A share of a whole named by a fraction and its link to the whole ("ein Viertel der", "a third of", "la moitié des"):
   * a quantity with no digit, a figure.
   */
  fractionPhrases?: string[];
  /**
   * A noun of a round count with its article and link ("une centaine de", "un centenar de"): about that many, as
   * "about 100" is, a figure with no digit. Not before a span of time (`approximators.notBefore`: "une quinzaine de
   * jours").
   */
  roundCountPhrases?: string[];
  /**
   * Futures of acts an actor schedules for themselves ("will travel", "viajará", "se reunirá", "se rendra", "将出席"):
   * told by the writer or a speaker, the actor's plan rather than a forecast.
   */
  scheduledActs?: string[];
  /**
   * Forecasts with no forecaster ("is forecast to", "is expected to", "se prevé que", "wird erwartet"): a future carried
   * by one is foreseen, not announced, whatever act the sentence also reports ("alerts were issued …; Wednesday is
   * forecast to be colder").
   */
  impersonalForecasts?: string[];
  /**
   * Conjunctions that open the clause of a forecasting verb ("that", "que", "dass"): a past tense in that clause ("se
   * estima que hubo") is an estimate of what was, not a forecast.
   */
  complementizers?: string[];
  /**
   * Words that, right before a complementizer, make a conjunction, a comparison or an obligation rather than a verb
   * taking the clause ("ya que", "más que", "tiene que", "alors que"): with them the clause is no one's speech or view
   * (see AttributionReader.clauseVerbs).
   */
  clauseConjunctions?: string[];
  /**
   * Chinese: a future adverb that mostly opens a modifier ("即将上市的车型", "即将兴起的商业飞行"), and the particle that
   * closes the modifier: a future with the particle close after it describes a noun, it foresees nothing.
   */
  attributiveFuture?: { adverbs: string[]; particle: string; reach: number };
  /**
   * Chinese: adverbs that may stand between an organization and its 将 ("服务机构将建立", "该院也将"): an organization
   * word right before the future is an actor stating its own act.
   */
  organizationFutureAdverbs?: string[];
  /**
   * Chinese: verbs with a result complement that close the object of 将 used as the object marker ("将园区装扮成…",
   * "将其列为…"): 将 is then no future.
   */
  disposalComplements?: string[];
  /** Markers of a statement about the future ("will", "poderá", "将"). */
  predictionMarkers: string[];
  /**
   * Phrases holding a prediction marker that foresee nothing: a comparison with what was foreseen ("than expected", "as
   * expected") tells what happened.
   */
  forecastLookAlikes?: string[];
  /** Word endings that mark a synthetic future tense ("-rá" in Portuguese and Spanish). */
  futureSuffixes: string[];
  /** Words, or endings written "-éra", that end like the synthetic future and are not ("caméra", "opéra"). */
  futureLookAlikes: string[];
  /**
   * Futures that foresee a state, no act: of the copula, of "there is", of impersonal verbs ("será", "habrá", "sera",
   * "il faudra"). A name as their subject ("Madrid será la sede") makes no plan of them.
   */
  stateFutures?: string[];
  /** Auxiliaries of the future tense ("will", "va", "vai"): with a name as their subject, that actor's act to come. */
  futureAuxiliaries?: string[];
  /**
   * The plural ones of `futureAuxiliaries` ("werden"): where every noun is capitalised, a bare noun as their subject is
   * a plural common noun ("Fachzeitschriften werden …"), no name.
   */
  pluralFutureAuxiliaries?: string[];
  /** Prepositions of the agent and of belonging ("by", "por", "par"): a name after one qualifies a noun. */
  agentPrepositions?: string[];
  /** Markers of an intention or a decision still to act on ("plans to", "pretende", "计划"); not a past decision. */
  planMarkers: string[];
  /**
   * Compounds holding a plan marker that name a thing, no intention ("计划经济", "计划内", "战略合作", "战略投资"): a
   * marker inside one is no plan.
   */
  planLookAlikes?: string[];
  /**
   * Verb-final languages: an intention verb closing a relative or comparative clause ("Firmen, die hip sein wollen",
   * "Wer keinen Fehler machen will, …", "wie sie die Eliten durchdrücken wollen") tells what its noun wants, no plan
   * announced. The clause after the last comma opens with one of `pronouns`, or with one of `prepositions` and then
   * one of them ("in dem"), or the sentence opens with one of `freeRelatives` ("Wer"), and the marker is the clause's
   * last word. A main clause after a comma keeps its verb second ("…, die Opposition will klagen"), so the marker does
   * not close it; nor does an article opening the sentence ("Der Bürgermeister versprach, …") open a relative clause.
   */
  intentionInRelativeClause?: { pronouns: string[]; prepositions: string[]; freeRelatives: string[] };
  /**
   * Chinese: an intention marker told as done or denied is no plan. `after`: aspect particles right after the marker
   * ("部署了", "启动了"); `before`: words earlier in its clause that complete or deny it ("完成了…计划", "没有…计划",
   * "直到1月26日才重新启动").
   */
  completedIntention?: { before: string[]; after: string[] };
  /**
   * Words opening a condition ("if", "unless"): an intention in the same clause after one ("if shareholders want to stick
   * with the chief executive") is supposed, not announced.
   */
  conditionalOpeners?: string[];
  /**
   * English: a verb right after one of `coordinators` ("… but is adamant"), or a participle after a comma, has no
   * subject of its own and shares the actor opening the sentence, unless one of `subordinators` opens it ("If …").
   */
  sharedSubjectClauses?: { coordinators: string[]; subordinators: string[] };
  /** Negations right before a plan marker that deny the intention ("has no plans to", "no tiene previsto", "没有计划"). */
  intentionNegations?: string[];
  /** Words for magnitudes and units that make a number a figure ("billion", "milhões", "亿"). */
  figureUnits: string[];
  /**
   * Words that approximate or bound the number after them ("more than 20 people", "at least 19", "más de 88", "rund
   * 30"): that number is a quantity counted, whatever noun follows it, but for a span of time in `notBefore` ("more
   * than 40 years of career", "casi 2 meses") or a compound adjective ("a roughly 30-minute demo").
   */
  approximators?: { words: string[]; notBefore: string[] };
  /**
   * The periods a rate is counted per ("a day", "im Jahr", "par an"): a number, the word it counts, then one of these
   * ("15 minutes a day", "an 300 Tagen im Jahr") is a rate, a quantity, even where the word is a span of time.
   */
  ratePeriods?: string[];
  /**
   * The words that open and join a range of two numbers ("between 50 and 60 residents", "entre 61 et 63 ans"): the
   * bounds of an amount, a figure (a range of years, "between 2003 and 2010", dates the story).
   */
  numberRanges?: Array<{ opening: string; joining: string }>;
  /**
   * Numbers that tell when or where, no quantity: a time of day before one of `clockWords` ("gegen 23:40 Uhr", "von 9
   * bis 17 Uhr", a range joined by a dash or one of `rangeJoiners`), a house number after a street name ending in one
   * of `streetEndings` ("Kampstraße 13-15"), and a postcode of `postcodeDigits` digits before a place's name after
   * "in", a comma or a bracket ("in 31167 Bockenem", "10115 Berlin").
   */
  placesAndTimes?: { clockWords: string[]; rangeJoiners: string[]; streetEndings: string[]; postcodeDigits?: number };
  /**
   * A count: a small number right before a plural noun ("67 personas asesinadas", "dans 31 stations", "14 cases") carries
   * the claim. The language's plural endings, and the plural-looking words after a number that count nothing (a month,
   * "5 mars"); spans of time are `approximators.notBefore`.
   */
  countedNouns?: {
    pluralEndings: string[];
    notCounted: string[];
    /**
     * German writes every noun with a capital ("17 Anbieter mit 23 Produkten"), and its plurals have no one ending:
     * a capitalised word after a number from 2 to 99 is the noun it counts (`pluralEndings` then empty).
     */
    capitalised?: boolean;
  };
  /**
   * Whether the press of the language quotes speech in straight single quotes as well (British English: "said: 'Age is
   * not a problem"): a quotation so opened, after a colon or a comma or at the start of the sentence, is direct speech.
   */
  singleQuotedSpeech?: boolean;
  /** Words after a span of time that make it a moment in the story ("4 hours later", "4个小时后"), not a quantity. */
  timeReferenceWords?: string[];
  /**
   * Chinese and Japanese: what written right after a number makes it a date ("6月", "23日"), no quantity; `year` only
   * after a year-sized number ("2015年"), as "10年" counts years.
   */
  dateSuffixes?: { year: string[]; monthOrDay: string[] };
  /** Numbers written as words ("five", "fünf", "cinco"): with a unit next to them, a figure too. */
  numberWords: string[];
  /** Third-person singular pronouns that can stand for the last named person ("he", "ele", "他"). */
  personPronouns: string[];
  /** Words that make a capitalised name an organisation rather than a person ("University", "Werke"). */
  organizationWords: string[];
  /** Job titles that introduce or follow a person's name ("CEO", "presidente", "首席执行官"). */
  personTitles: string[];
  /**
   * Masculine and feminine endings of job titles ("-o"/"-a", "-or"/"-ora"): a title of `personTitles` in one form is a
   * title in the other too ("la funcionaria" as "el funcionario"). Absent: only the listed forms are titles.
   */
  genderedTitleEndings?: Array<[string, string]>;
  /** Abbreviations after which the segmenter must not end a sentence ("Dr.", "Sr."). */
  titleAbbreviations: string[];
  /** Abbreviations that may end a sentence; joined only when the next word does not start one. */
  ambiguousAbbreviations: string[];
  /** Words that typically open a new sentence (articles, pronouns); used with ambiguous abbreviations. */
  sentenceStarters: string[];
  /**
   * Verbs of writing that introduce a quoted text ("An anonymous reader writes "…"", "他在文章中写道：“…”"). A letter,
   * a post or a submission quoted whole is written prose whose sentences stand alone and report in their own right
   * (often with their own attributions inside); speech quoted over several sentences is kept as one. Absent: none.
   */
  writingVerbs?: string[];
  /**
   * The language writes ordinal numbers with a stop ("am 25. Juni", "im 19. Jahrhundert"): a short number and its stop
   * end a sentence only when the next word opens one ("Er wurde 46. Sie …").
   */
  ordinalStop?: boolean;
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
  /** Words that make a capitalised name a place, never a speaker ("County", "Province", "省"). */
  placeWords: string[];
  /** Prepositions that make the name after them a modifier, not the subject ("in London", "de Chile"). */
  locativePrepositions: string[];
  /**
   * Prepositions opening an adverbial of time that `locativePrepositions` does not hold ("Vor zwei Jahren", "Seit
   * Wochen"): in a language that puts the verb second, a noun in such an opening phrase is no subject.
   */
  timePrepositions?: string[];
  /** Modal verbs of ability or possibility ("can", "kann", "pode"): alone they make no prediction. */
  modalVerbs: string[];
  /**
   * Modal verbs that do not weaken what is claimed, so no hedge: the future of reported speech
   * ("said he would be buried on Monday") and a plain "cannot". Absent: every modal hedges.
   */
  nonHedgingModals?: string[];
  /**
   * Verbs that lead straight into a quoted predicate ("said it was “outrageous”", "would “almost certainly” have
   * died", "de estar mentalmente “incapacitado”"): a short quotation right after one is the speaker's words.
   */
  copulas?: string[];
  /**
   * Verbs that characterize their object with a quotation ("called the debt “the transcendent issue of our era”",
   * "described the address as “very disappointing”", "llamó “basura” y “sobrino de un genocida” a Martínez"): the
   * quotation is the speaker's words.
   */
  characterizingVerbs?: string[];
  /**
   * The conditional of reported speech ("said he would reserve comment"): with the speaker as its subject, the
   * speaker's own announced act.
   */
  reportedFutureModals?: string[];
  /** Words after that conditional that make it no act ("would have", "would like"). */
  conditionalNonActs?: string[];
  /**
   * The same conditional written as one verb, by its endings ("a annoncé qu'il transmettrait", "aseguró que
   * presentaría", "disse que apresentaria"), and the conditionals among them that tell no act: the copula, the
   * auxiliary of the past conditional that reports an allegation ("habría sido"), modals ("pourrait", "debería").
   */
  syntheticConditional?: { endings: string[]; nonActs: string[] };
  /**
   * French: the writer reasoning in the conditional ("Ce qui expliquerait la faiblesse …", "Cela augmenterait
   * l’autonomie …", "Les entreprises n’embaucheraient qu’avec réticence"), told by nobody, supposes: a view. A
   * lower-case word with one of `endings` that is none of `syntheticConditional.nonActs` (the copula and "aurait" of an
   * allegation, the modals) nor of `lookAlikes` (imperfects of verbs in -irer: "tirait").
   */
  writerConditional?: { endings: string[]; lookAlikes: string[] };
  /**
   * Modal phrases that tell what happened, not how sure the writer is ("she could not move"): removed before
   * the hedge test, so the modal in them weakens nothing.
   */
  factualModalPhrases?: string[];
  /**
   * Future auxiliaries that double as passive ones ("wird"): a prediction only when an infinitive
   * closes their clause ("wird steigen"), not a participle ("wird angeboten").
   */
  ambiguousFutureAuxiliaries: string[];
  /**
   * A past participle right before one of `ambiguousFutureAuxiliaries` ("umgesetzt werden kann", "gewährleistet werden
   * kann", "installiert werden sollten") makes it the passive auxiliary under a modal or in a subordinate clause, no
   * future: a lower-case word of at least `minLength` letters holding `infix` and closed by one of `endings` ("ge…t"),
   * or closed by one of `foreignEndings` ("-iert"). Infinitives ("gelten werden") end otherwise.
   */
  participleBeforeAuxiliary?: { infix: string; endings: string[]; foreignEndings: string[]; minLength: number };
  /**
   * Strong participles of separable verbs ("angeboten", "ausgewichen", "untergeschoben"): one of `prefixes`, `infix`,
   * then a stem in -en. After an auxiliary of `ambiguousFutureAuxiliaries` they make a passive, though they end like an
   * infinitive. `infinitiveStems`: what follows a prefix in infinitives whose verb itself opens with the infix
   * ("ausgeben", "angehen", "abgelten"), which keep the future.
   */
  separableParticiples?: { prefixes: string[]; infix: string; infinitiveStems: string[] };
  /** Verbs that make a modal a forecast ("warned that … could", "warnte, dass … könnten"). */
  forecastVerbs: string[];
  /**
   * Verbs that forecast only with their preposition a few words on in the clause ("rechnet jetzt auch noch mit einem
   * beschleunigten Ladensterben", "rechnen wir damit"); alone they are other verbs ("länger rechnen": compute).
   */
  prepositionalForecasts?: { verbs: string[]; prepositions: string[]; reach: number };
  /**
   * A modal of possibility whose clause places what may happen ahead in time ("could come as early as this month", "may
   * not be answered until later on Friday"): one of `times` within `reach` words after one of `modals`, in its clause,
   * forecasts, where the modal alone only hedges. Not a perfect (one of `notBetween` before the time: "could have been
   * settled by the end of May" weighs what was).
   */
  timedPossibility?: { modals: string[]; times: string[]; reach: number; notBetween: string[] };
  /** Verbs announcing a decision ("announced", "anunció", "宣布"): with a future, the actor's plan. */
  announcementVerbs: string[];
  /** The writer speaking of themselves ("I", "ich", "je", "我"): narration, not a claim, unless checkable. */
  firstPerson: string[];
  /**
   * First-person pronouns the story decision alone counts as the writer's, besides `firstPerson`, outside reported
   * speech (zh "我", "我们"), and the words that hold one and are no writer (`lookAlikes`: "我国" our country, "我市").
   */
  writerPronouns?: PronounsOutsideWords;
  /**
   * The writer as one person ("I", "ich", "je", "我" but not "我们"), and the words that hold one and are no writer
   * (`lookAlikes`: "我们" we, "我国"). A diary or a travel blog narrates as "I"; an organisation's post, a newsroom's
   * first-hand report speak as "we". Read by the story decision only; absent, that test is not made.
   */
  singularWriter?: PronounsOutsideWords;
  /** Words addressing the reader ("you", "ihr", "vous", "你"): how-tos, deals and docs talk to the reader. */
  readerAddress: string[];
  /**
   * The impersonal pronoun with a modal ("man sollte", "kann man"): a how-to's voice in a text that also addresses the
   * reader directly (`readerAddress`, the formal address, an imperative), a writer's generic "one" in any other.
   */
  impersonalReaderAddress?: string[];
  /** Imperatives that open an instruction ("Click", "Klicke", "Öffnet", "Cliquez"): a how-to talks to the reader. */
  imperativeOpenings: string[];
  /** Words of selling and offers ("deal", "Angebot", "promo", "优惠"): commerce pages rather than stories. */
  commerceWords: string[];
  /**
   * Words of selling with a common sense outside commerce (en "deal": a labour or political agreement): commerce only in
   * a sentence with a price or another commerce word, or one of `commerceContext` ("buy", "price").
   */
  ambiguousCommerceWords?: string[];
  commerceContext?: string[];
  /** Words and word endings of past-tense narration ("was", "-ed"; "wurde", "-te"; "了"), the voice of a report. */
  pastTenseWords: string[];
  pastTenseEndings: string[];
  /**
   * Lower-case words with a past-tense ending that are not past ("bitte", "heute", "sollte"): the endings
   * are only trusted on lower-case words, since German nouns ("Seite", "Daten") are capitalised. In an unspaced script,
   * words that hold a past word and narrate nothing ("了解": to know).
   */
  pastTenseLookAlikes: string[];
  /**
   * Present forms of the passive's auxiliary ("is", "are", "be"): a word with a past ending right after one, or after one
   * and at most two of `between` ("is often used", "are not listed"; an entry "-ly" is an ending), is a participle in
   * the present ("is considered", "can be found"), the voice of a reference entry or a guide, no narration. Languages
   * whose past endings are no participle's need none.
   */
  presentPassive?: { auxiliaries: string[]; between: string[] };
  /**
   * A compound past written with an auxiliary that is also a present-tense verb (French "a", "est", "sont"):
   * past only when a participle follows ("a annoncé", "n'a pas été"), not "est important" or "a plus de".
   * `between`: words that may stand between the two; `notParticiples`: words with a participle's ending that
   * are not one ("plus", "aussi").
   */
  compoundPast?: { auxiliaries: string[]; participleEndings: string[]; between: string[]; notParticiples: string[] };
  /** Forms of address to the reader written with a capital inside a sentence (German "Sie", "Ihnen"). */
  formalReaderAddress: string[];
  /**
   * Adverbs that sit between a subject and its verb ("Google also said", "Nvidia ya dijo"). Any other lower-case word
   * there makes the capitalised word before it a modifier ("a British man claims", "Local people reported"), not the
   * subject. Absent: that test is not made.
   */
  verbAdverbs?: string[];
  /**
   * Nouns for people who speak as a body without being named ("officials", "prosecutors", "the defense", "los
   * fiscales", "las autoridades"): as the subject of a reporting verb, that description is the source.
   */
  groupSources?: string[];
  /**
   * A group made particular by what restricts it ("officials familiar with the talks", "people briefed on the plan",
   * "two sources close to the club"): `restrictors` open the words after a noun of `groupSources` or of `nouns` (people
   * who are no source by themselves) that say which ones speak. With them the description is the source.
   */
  restrictedSources?: { nouns: string[]; restrictors: string[] };
  /**
   * Nouns of family ("mother", "madre", "Mutter"): "Constand's mother testified" is another person than Constand, the
   * one of that surname the paragraph names next ("Gianna Constand also said …").
   */
  kinshipNouns?: string[];
  /**
   * Personal pronouns that are only ever a subject (de "er"): one in the clause before a reporting verb is its subject,
   * wherever it stands ("Den Clip kommentierte er mit sehr aufrichtigen Worten und schrieb: …").
   */
  subjectOnlyPronouns?: string[];
  /**
   * Articles that, before a capitalised noun describing someone and closing the clause after a reporting verb, make it
   * the person last talked about, with the pronoun each stands for (de "„…“, schrieb der 46-Jährige." → "er", "die
   * 43-Jährige" → "sie"). At most one lower-case word may come between the article and the noun.
   */
  describingArticles?: Record<string, string>;
  /**
   * In a language that capitalises nouns, the articles opening a subject that is a role or a body described by a common
   * noun, no name (de "Der Kläger sieht darin …", "Das Berufungsgericht hat angenommen, …"): with nothing else before
   * the verb, the noun names who says or holds it. Titles are left to the people holding them.
   */
  describedSubjectArticles?: string[];
  /**
   * Nouns of something said, and the agent prepositions after them ("the front-page claim made on Saturday by sports
   * daily AS", "la denuncia presentada por la Fiscalía"): the agent named is the source.
   */
  reportNouns?: {
    nouns: string[];
    agents: string[];
    /**
     * Documents a body issues, lower-cased ("report", "study", "survey", "ruling"): "the report says" is the body's that
     * spoke last, or the report's own when a person spoke last, never that person's words.
     */
    issued?: string[];
    /**
     * Verbs that report what an issued document found, read as its saying only after one ("the study finds that …",
     * "the survey also showed"); elsewhere they tell an act ("police found the car").
     */
    findings?: string[];
    /** Prepositions besides `agents` that name who issued a document ("a report from Amnesty International"). */
    authorPrepositions?: string[];
    /**
     * Prepositions of time before a report noun and its article ("tras el anuncio", "après l'annonce"): the report then
     * dates what the clause tells, and its agent is not that clause's source.
     */
    datingPrepositions?: string[];
    /**
     * Prepositions that make a reporting verb spelled as one of `nouns` (or its plural) that noun, right after an
     * article and at most two lower-case words ("after the explosive reports of abuse", "the claims of fraud").
     */
    nounPrepositions?: string[];
  };
  /**
   * Decisions on requests: a verb of `verbs` (a reporting verb's last word: "rejected", "rechazado") whose object is
   * one of `nouns` ("the court rejected the request", "había rechazado el pedido") tells the decision, an act nobody
   * says; "criticó el pedido" still speaks.
   */
  requestDecisions?: { verbs: string[]; nouns: string[] };
  /**
   * Adjectives that say which body a described source belongs to ("la acusación fiscal" is the Fiscalía's, "el parte
   * policial" the police's), with the name the body goes by: the body is then the source.
   */
  bodyAdjectives?: Record<string, string>;
  /** Possessive determiners ("his", "su", "seu"): "Según su relato, …" is the account of whoever spoke last. */
  possessiveDeterminers?: string[];
  /**
   * Prepositions that open the sentence with the side that speaks ("Desde la centroderecha respondieron …"): the noun
   * phrase after them is the subject of the verb.
   */
  sideOpeners?: string[];
  /** Pronouns of `personPronouns` that refer to a woman ("she", "ela", "她"); the rest refer to a man. */
  femalePronouns: string[];
  /** Words before a name that mark a woman or a man ("Mrs", "Frau", "a ministra"; "Mr", "Herr", "o ministro"). */
  femaleMarkers: string[];
  maleMarkers: string[];
  /** Pronouns that stand for the organization named last, never a person ("it" in "it said in a statement"). */
  organizationPronouns?: string[];
  /** Nouns that stand for the organization named before ("the company", "la empresa", "同社"). */
  organizationAnaphors: string[];
  /** Verbs of an organization's own acts (decides, issues, bans, provides, 发布): a decision, not a forecast. */
  decisionVerbs: string[];
  /**
   * Verbs of issuing a document that states the claim (a notice, a list, a ruling: "发布", "下发", "印发", "発表"): the body
   * opening the sentence says what it issues, as one that announces does. Other acts of a body ("launched", "stellt
   * bereit", "a décidé") are told by the article, and have no speaker.
   */
  issuingVerbs?: string[];
  /** Future auxiliaries of the passive ("will be", "sera", "será"): with a participle, a scheduled measure. */
  passiveFutures: string[];
  /** Participle endings that follow a passive future ("debated", "interdit", "aprobado"). */
  participleEndings: string[];
  /**
   * Endings of the present participle where its subject always stands before it ("…, insisting that", "saying"): a
   * name right after such a reporting verb begins what was said ("…, insisting Redknapp was happy"), never who says it.
   */
  gerundEndings?: string[];
  /**
   * The clitic of the reflexive passive ("se"): right before a one-word future ("se investigarán", "se realizará el
   * pago", "se reunirá el miércoles") it makes the same scheduled or decided measure as a passive future.
   */
  reflexivePassiveClitics?: string[];
  /**
   * Languages that leave out a subject that goes on: the conjunction after a reporting verb ("que"), and the words
   * that may stand between it and a future with no subject of its own (clitics, negation: "anunció que lo hará"; or
   * an adverbial opened by a preposition: "informó que a fin de mes iba a despedir"). Such a future is the speaker's
   * own act.
   */
  droppedSubjectClause?: { conjunctions: string[]; clitics: string[]; adverbialPrepositions: string[] };
  /**
   * A third-person plural verb ("agregaron", "creen", "afirmaram"): the endings only that form has, and the plural
   * auxiliaries before a participle ("han expresado", "têm dito"). A verb of saying or holding in it, its subject left
   * out, is said by a group ("En la derecha … Al respecto, agregaron que …"), never by the one person speaking before.
   */
  pluralVerbs?: { endings: string[]; auxiliaries: string[] };
  /** Subjects through which a speaker speaks of their own future acts ("said it will", "他们还将"). */
  actorFutureSubjects: string[];
  /** Words for a spokesperson after a possessive ("Gordon Brown's spokesman"): the owner speaks through them. */
  spokespersonWords?: string[];
  /** Verbs whose object is the listener ("told Xinhua"): the name after them never speaks. */
  listenerVerbs?: string[];
  /** Third-person plural pronouns ("they", "ellos"): as a subject they stand for the body or group that spoke last. */
  pluralPronouns?: string[];
  /** Prepositions before the one spoken to ("told to", "dijo a", "a déclaré à"): the name after them never speaks. */
  listenerPrepositions?: string[];
  /**
   * Object pronouns written before the verb ("le dijo", "lhe disse"): between a quotation and its reporting verb
   * ("“…”, le dijo a Radio Mitre.") they are no subject, and the verb's subject is left out as after the comma alone.
   */
  objectClitics?: string[];
  /**
   * A verb of talking and its preposition before the one talked to ("speaking with the Independent saying:", "spoke to
   * the BBC, saying"): the name after them is never the subject of the participle of saying that follows it. Not the
   * preposition alone: "with Keegan admitting" makes Keegan the participle's subject.
   */
  interlocutorPhrases?: string[];
  /** Participles opening a question put to the speaker ("Asked why …,"): no verb in that clause is the report. */
  questionLeadIns?: string[];
  /** Openings of a relative clause about a thing ("en el que", "in which"): its verb keeps the main subject. */
  relativeClauseOpeners?: string[];
  /** Titles that stand for another title's holder ("mandatario" for the "presidente"). */
  titleSynonyms?: Record<string, string>;
  /**
   * Subjects that mean the person named last in the sentence before ("esta última", "este último": the latter), by
   * gender: a female one skips a man known as one, a male one a woman.
   */
  latterAnaphors?: { female: string[]; male: string[] };
  /** Relative pronouns for people ("who", "quien"): "X, who … said" has X as its subject. */
  relativePronouns?: string[];
  /**
   * Relative pronouns for things ("that", "which"): after a lower-case noun that names no source ("a patch that
   * describes"), the pronoun is the subject of the verb after it, and the sentence's subject does not speak by it.
   */
  thingRelativePronouns?: string[];
  /**
   * Japanese: verbs of carrying out a study and the studies ("トレンドマイクロが…に実施した調査では、…"): the one who carried
   * it out is the source of what it found.
   */
  conductedStudies?: { verbs: string[]; studies: string[] };
  /**
   * Verbs of finding out ("发现"): followed by a comma or a colon they report what the subject found ("李简发现，…",
   * "格拉诺维特曾在研究中发现：…"), the subject's claim; a study with no one named ("研究发现，…") leaves the finding
   * no one's, whoever it says did something in it ("55.0％的受访者…表示乐观").
   */
  findingVerbs?: {
    verbs: string[];
    /** Studies one finds in ("研究", "调查"): "中国社科院的一项调查发现" is the body's finding, "本次调查发现" no one's. */
    studies: string[];
  };
  /**
   * Words grading a word of value by the writer's own measure (see `evaluativePredicates.words`) in the subject of a
   * copula: a superlative right before it and the copula later in its clause ("The most surprising story of the season
   * was …"), a comparative right before it and the copula ("What's more surprising is that …"). "A more important
   * requirement", a comparison of two things, grades nothing so, nor "was the most valuable player", a rank.
   */
  gradedValues?: { superlatives: string[]; comparatives: string[] };
  /**
   * Chinese: a study reporting what it found, the study's noun (`studies`) in the clause before one of `verbs` with a
   * pause right after ("统计结果表明，", "本次调查发现，", "从研究中我们发现，"): what follows is the finding reported, no view
   * of the writer's, however it grades what was found ("影响不大", "最值得关注").
   */
  reportedFindings?: { studies: string[]; verbs: string[] };
  /**
   * Relative pronouns that may stand for the clause's object: a name right after one, a title at most between, is the
   * subject of the clause ("ein Interview, das Digitalministerin Dorothee Bär gab. Sie sagte darin …").
   */
  objectRelatives?: string[];
  /**
   * Relative pronouns after which the subject follows its verb ("que reiteró Siches", "que disse Lula"): the name
   * right after a reporting verb they open is who speaks.
   */
  invertingRelatives?: string[];
  /**
   * The ending of a verb form only reported speech gives a third person, and the pronouns it then takes right after it
   * (de Konjunktiv I "wünsche er", "erwarte sie", "gebe es"): like a word of `sourceAnaphors`, such a verb goes on with
   * the last source's account. Words the lexicon lists otherwise (function words, prepositions, determiners) are none.
   */
  reportiveInversion?: { ending: string; pronouns: string[] };
  /** Adverbs that carry the last source on to the next sentence ("demnach": according to them). */
  sourceAnaphors: string[];
  /**
   * Connectors opening a sentence that adds to what was said before it ("Asimismo, …", "Além disso, …"): in a language
   * that leaves out a subject that goes on, such a sentence naming no subject of its own stays in the last account.
   */
  accountConnectors?: string[];
  /**
   * Who asks in an interview transcript ("记者：", "问："): after one, a paragraph headed by a person's name and a colon
   * is that person's answer, and so is the transcript after it until the interviewer asks again.
   */
  interviewerLabels?: string[];
  /**
   * What a lead says an interview is, right before the interviewee's name ("une conversation avec François Héran",
   * "im Gespräch mit Anna Berger"): where the questions are printed bare, with no label, the answers are that person's.
   */
  interviewIntroducers?: string[];
  /**
   * Openings that name the source of what the paragraph said before them ("This is according to …", "Das ergaben
   * Recherchen von …", "Así lo informó …"): the sentences before in the paragraph with no speaker are that source's.
   */
  retroactiveSources?: string[];
  /**
   * What marks a bibliographic reference ("Smith, J. (2003). Title. Publisher, pp. 12–14.", "萧乾：《…》，第236-239页，…出版社"):
   * `pages`, the page marks written before the number in spaced scripts ("pp.", "S.") and after it in Chinese and
   * Japanese ("页"); `publishers`, the words naming a publisher ("Press", "éd.", "Verlag", "出版社"). A reference line
   * cites a book, it claims nothing.
   */
  referenceWords?: { pages: string[]; publishers: string[] };
  /**
   * Names of days and months written with a capital ("Sunday", "Montag"): a date, never a speaker ("The US on
   * Sunday urged …").
   */
  calendarNames: string[];
  /**
   * Indefinite articles ("a", "un", "uma"): "a spokesperson for Google said" introduces someone new, never the
   * person named before; the body named after the noun ("for Google", "del Poder Ejecutivo") speaks.
   */
  indefiniteArticles: string[];
  /**
   * Determiners and quantifiers after which a capitalised word is a common noun, never a name, in a language that
   * capitalises nouns (de "einige Stunden", "vor einem halben Jahr", "während des Rennens"). With the articles and the
   * possessive determiners they also open the common noun a subject before the verb cannot be ("mit sehr aufrichtigen
   * Worten"); a language without them has no such rule.
   */
  commonNounDeterminers?: string[];
  /**
   * Demonstrative determiners ("diese", "dieser", "jene"): in a language that capitalises nouns, a capitalised word
   * after one is a common noun ("Diese Mode wird …"), no name.
   */
  demonstratives?: string[];
  /**
   * In a language that capitalises nouns, articles that between two capitalised words join a noun to its genitive or
   * object ("kein Mann der Welt", "Rat der EKD", "dass die Ukraine den Weg …"): they end a run of capitalised words as a
   * name, unless one of `nameParticles` comes right before them.
   */
  nameBreakingArticles?: string[];
  /** Words after which such an article is a particle of the name ("Ursula von der Leyen"). */
  nameParticles?: string[];
  /**
   * Endings that only a common noun has, never a person's name, in a language that capitalises nouns (de "Aufregung",
   * "Leistung"; not adjectives, which open the names of bodies: "Europäische Union"): a run of capitalised words holding one of them ("Große Aufregung gab
   * es …") is a noun phrase opening the sentence, no one "sie" may stand for. Matched on words of eight letters or
   * more, as short names share some of them ("Hartung").
   */
  commonNounEndings?: string[];
  /** Articles opening the genitive after a noun, whose owner is then the source ("Laut Berechnungen der EU-Kommission"). */
  genitiveArticles?: string[];
  /**
   * Nouns for someone who speaks for a body ("spokesman", "official", "integrante", "fuente"): after an indefinite
   * article, "a spokesman for Acme" and "un integrante del Poder Ejecutivo" give the body as the source.
   */
  memberNouns: string[];
  /**
   * Negations right before a reporting verb ("hasn't said whether", "no precisó"): the subject said nothing, so is
   * no source of the sentence. `notNegating` are words after them that keep the verb asserted ("not only said").
   */
  negatedReports?: { negations: string[]; notNegating: string[] };
  /**
   * Clitics that make a reporting verb right after them impersonal or reflexive ("se informó que", "se declararon
   * culpables", "se negó a comentar"): the name before is then no speaker.
   */
  impersonalMarkers?: string[];
  /** Chinese: adverbs that may stand between a subject and its verb ("还", "此前", "周一": "奥尔特曼还表示"). */
  subjectAdverbs?: string[];
  /** Japanese: honorifics and titles written after a name ("氏", "社長"), left out of the speaker's name. */
  honorificsAfterName?: string[];
  /** Japanese: job titles written after a name ("最高経営責任者", "CEO"): the name speaks, the title is its role. */
  titlesAfterName?: string[];
  /** Japanese: roles that stand for the organization named before の ("市デジタル統括本部の担当者"). */
  spokesRoles?: string[];
  /** Japanese: documents whose owner before の is their source ("エネルギー総合研究所の試算によると"). */
  sourceDocuments?: string[];
  // The five lists below are read from every lexicon at once, whatever the text's language: names keep their own
  // language's small words in any text ("Ministerio de Salud", "La Fiscalía" in an English article).
  /** Definite articles, which may open a subject ("The Old Vic", "La Fiscalía"); the elided French "l" too. */
  definiteArticles?: string[];
  /** Prepositions that attach a name to the noun before it ("director of", "ministre de la", "Sprecher von"). */
  genitivePrepositions?: string[];
  /** Conjunctions that join two subjects into one ("officers and officials", "fiscales y policías"). */
  coordinators?: string[];
  /** Prepositions that tie a member to the body they speak for ("a spokesman for", "a source at"). */
  memberPrepositions?: string[];
  /** "as" in an aside right before a reporting verb ("as he said", "como él mismo dijo", "wie er sagte"). */
  asideConjunctions?: string[];
  /**
   * The opening of an aside whose subject follows its verb ("comme l’a souligné l’Arcep, …", "comme le montre Florence
   * Audier, …"): any verb after it, then the subject up to a comma, is who the sentence is from.
   */
  sourceAsideOpenings?: string[];
  /**
   * Phrases setting the subject against another, which may stand between an inverted reporting verb and its subject
   * without commas ("», résume quant à elle Francisca Joly-Gomez"): no part of the subject.
   */
  contrastingAsides?: string[];
  /**
   * Nouns of a view someone holds, and the copula and complementizer after them ("Mickey's line is that …", "His final
   * judgment is that …"): the possessor holds what follows.
   */
  heldViews?: { nouns: string[]; copulas: string[] };
  /**
   * Claim kinds: the infinitive of a future auxiliary ("berühmt werden", "gerecht zu werden", "die
   * etwas werden wollen"): `forms` of `ambiguousFutureAuxiliaries` that are infinitives, after one of `before` or a
   * finite `modals` of their clause, or before an infinitive of `modals`, tell what may become, no future.
   */
  auxiliaryInfinitive?: { forms: string[]; before: string[]; modals: string[] };
  /**
   * Claim kinds: numerals written as characters (`numerals`, "两", "四", "百") right before a unit
   * of ratio (`units`: "倍", "成", "个百分点"), "上升了两倍", "三成": a figure with no digit. A run of `notAlone` only
   * ("一", also "a" and "whole": "一成不变") counts nothing.
   */
  numeralRatios?: { numerals: string; units: string[]; notAlone: string };
  /**
   * Claim kinds: words right before a number that make it an ordinal ("第42届", "第60个年头", "第3回"):
   * a rank or a place in a series, no quantity.
   */
  ordinalPrefixes?: string[];
  /**
   * Claim kinds: what after a number makes it describe a noun, no quantity the claim carries: an age
   * before the person it tells of ("71岁的南京大学教授", "71歳の男性").
   */
  attributiveNumberSuffixes?: string[];
  /**
   * Claim kinds: the language closes plain statements with an exclamation mark for liveliness ("She
   * helped keep Kylie's big secret for months!", "The engineers … released the first color panorama … today!"), so the
   * mark shows no view of the writer's.
   */
  livelyExclamations?: boolean;
  /**
   * Claim kinds: seeing or regarding something as something ("has come to see the talks as one of
   * its successes", "Proponents see the technology as a potential way", "viewed the sale as necessary"): one of `verbs`
   * with `particle` at most `reach` words after it holds a view of its object. Not before one of `notAfter`, where the
   * particle opens a comparison or a time ("as well as", "as soon as").
   */
  regardingFrames?: { verbs: string[]; particle: string; reach: number; notAfter: string[] };
  /**
   * The language writes every noun with a capital and joins a noun to the noun it qualifies in one word ("die Großbank
   * UniCredit", "HDE-Präsident Alexander von Preen", "Diözesancaritasdirektor"): a capital alone does not make a name,
   * and a word ending in a title or an organization word is one.
   */
  capitalisesNouns?: boolean;
  /**
   * The finite verb of a main clause comes second: when another word opens the clause ("Gestern sagte …", "Vor zwei
   * Jahren erklärte das Bundesverfassungsgericht …"), the subject follows the verb.
   */
  verbSecond?: boolean;
  /**
   * The present tense telling a schedule ("Mr Obama lands in Kenya later on Friday", "Apple unveils the phone next
   * week"): a name, then a present verb in -s that is none of `notVerbs` (states, forecasts, hopes), then one of `times`
   * (a time ahead) in its clause tell what the named actor has set, a plan.
   */
  scheduledPresent?: { times: string[]; notVerbs: string[] };
  /**
   * Future and plan markers that are one only before an infinitive (fr "va augmenter", "vont pourtant se rapprocher",
   * "compte investir"): with none of `endings` closing one of the `reach` words after them they are a verb of their own
   * ("les choses vont très loin", "c’est ce volume qui compte").
   */
  infinitiveMarkers?: { words: string[]; endings: string[]; reach: number };
  /**
   * A main clause may put its subject right after the verb with no comma before it: in a verb-second language when
   * another word opens the clause ("Gestern sagte Anna Müller, dass …"), and in one that inverts freely ("De primer
   * orden calificó X …", "Segundo afirmou o delegado …").
   */
  subjectAfterVerb?: boolean;
  /**
   * A subordinate clause puts its finite verb last, after its subject and any listener: a clause of `asideConjunctions`
   * closing the sentence ("…, wie Forschungsdirektor Joachim Mnich der Deutschen Presse-Agentur erläuterte.") has its
   * subject first.
   */
  verbLastSubordinate?: boolean;
  /**
   * Endings a name takes as a genitive written onto it with no apostrophe, before the noun it owns ("Dormagens
   * Handball-Geschäftsführer Björn Barthel"): such a word before a title is the title's organization, no name.
   */
  genitiveEndings?: string[];
  /**
   * A preposition and a free relative pronoun ("evidence of what Akin believes", "contrary to what he claimed"): a verb
   * of saying or holding whose subject follows them is inside a noun phrase the sentence is about, what someone holds
   * told by the writer, no source of the sentence. Not "according to what", which names one.
   */
  prepositionalFreeRelatives?: string[];
}
