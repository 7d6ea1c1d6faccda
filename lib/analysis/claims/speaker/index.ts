import { withoutSoftHyphens } from '../../../shared/text';
import { wordSet } from '../lexicon';
import { allMatches, findPhrases, phraseUnion } from '../match';
import { AccountModel } from './accounts';
import { AttributionReader } from './attribution';
import { JA_TOPIC } from './cjk-patterns';
import { PRO_DROP } from './multilingual';
import { trailingWord } from './text';

/**
 * Tracks who is speaking through an article: the people named so far (so "Altman" resolves to
 * "Sam Altman"), the last person named (for "Ele"/"He"/"他"), and a speaker announced by a lead-in
 * such as "Ele afirmou:" for the quotation that follows.
 *
 * Its rules all read and update that one state of the article, so they stay methods of one object; each concern is a
 * class of its own module, extended by the next: memory → names → references → subjects (before the verb) → inverted
 * (after it) → unspaced (Chinese, Japanese) → attribution → this class, which carries a speaker across sentences.
 */
export class SpeakerTracker extends AttributionReader {
  /** Every word of the longer speakers so far ("OpenAI CEO Sam Altman"): a later lone "Altman" is one of them. */
  private readonly speakerWords = new Set<string>();
  /** Who holds the floor: the account a sentence naming no speaker of its own may go on with (see `AccountModel`). */
  private readonly accounts = new AccountModel();
  private leadInSpeaker: string | null = null;
  /**
   * Whether the last speaker found was only carried on to a quotation opening the sentence, nobody being named in it:
   * an attribution closing the quotation in the next sentence then says better who speaks.
   */
  speakerCarried = false;
  /**
   * Paragraphs a Chinese or Japanese name heads ("刘天模教授(重庆大学材料科学系)：…", a vox pop's "马金鹏（１４岁）："), with that
   * name: what follows the colon is the person's own words, quoted without marks.
   */
  private readonly headedParagraphs = new Map<number, string>();
  /**
   * The organization that acts or plans in the last sentence nobody speaks in ("Das BMZ stellt … bereit", "GM expects
   * to"): no speaker, since the article tells what it does, but the subject the sentence is about (its type reads it
   * as an actor's, as it reads a speaker's). Null when someone speaks or no organization acts.
   */
  actor: string | null = null;
  /** The paragraph whose single-quoted speech is still open after the sentence read last (British English); -2: none. */
  private singleQuoteOpenBlock = -2;
  /**
   * The person the sentence before named (with a title, or known) when nobody was reported speaking in it: the
   * subject a following "…”, señaló." leaves out ("…, es el parlamentario Tomás Hirsch, quien … “…”, señaló.").
   */
  private namedWithoutSpeech: string | null = null;
  private namedWithoutSpeechBlock = -2;
  /** In an interview transcript, whether the interviewer has asked, and who answers now (null while they ask). */
  private interviewerAsked = false;
  private interviewee: string | null = null;
  /** The paragraph of the sentence read last, and whether that sentence asked a question. */
  private previousBlock = -2;
  private previousAsked = false;
  /** Whether the paragraph being read follows one that closed on a question (an interview's answer, once one is known). */
  private afterQuestion = false;
  /**
   * Who answers in an interview printed as questions and answers ("Wie kam es zu diesem Boom?" then "Alfred Kieser:
   * Es gab zwei wesentliche Gründe."): the person heading the first answer, whose are the paragraphs after each question.
   */
  private answerer: string | null = null;
  /**
   * Whose account the paragraph being read is, when its first sentence closed on a pronoun attribution ("…, he
   * added."): someone already speaking goes on through the paragraph. Null otherwise.
   */
  private paragraphAccount: string | null = null;

  /** Whether `speaker` heads paragraph `block` with their name and a colon, speaking the rest of it (Chinese, Japanese). */
  headsParagraph(block: number, speaker: string | null): boolean {
    return speaker !== null && this.headedParagraphs.get(block) === speaker;
  }

  /**
   * Speaker of a sentence, updating the context; `null` when it is not attributed. `block` is the
   * index of the paragraph it is in, so a quotation running on from the last speaker stays theirs. `runningQuote` says
   * whether the sentence is part of a quotation opened in an earlier paragraph: wholly `inside` it, or the one that
   * `closes` it.
   */
  speakerOf(text: string, block = -1, following = '', runningQuote: 'inside' | 'closes' | null = null): string | null {
    const sentence = withoutSoftHyphens(text);
    const opensBlock = block >= 0 && block !== this.previousBlock;
    if (opensBlock) this.afterQuestion = this.previousAsked;
    this.previousBlock = block;
    this.previousAsked = /\?["“”»«]?\s*$/u.test(sentence);
    this.following = withoutSoftHyphens(following);
    this.block = block;
    const organizationBefore = this.lastOrganization;
    const pending = this.leadInSpeaker;
    this.leadInSpeaker = null;
    this.speakerRole = null;
    this.describedRole = null;
    this.actor = null;
    const namedBefore = this.namedWithoutSpeech;
    const namedBeforeBlock = this.namedWithoutSpeechBlock;
    this.namedInSentence = null;
    this.headedByName = false;
    this.notePublications(sentence);
    this.noteOrganizationNames(sentence);
    this.notePeople(sentence);
    this.noteDocumentAuthors(sentence);
    this.namedWithoutSpeech = null;
    const accountSpeaker = this.accounts.leadInHolder(block);
    // A sentence inside a quotation opened in an earlier paragraph is what its speaker said (the one who spoke in the
    // paragraph before at the latest); any reporting verb in it is part of the quotation.
    const quoteSpeaker = runningQuote ? this.accounts.holder(block, 'running-quote') : null;
    // "« C’est une provocation », a réagi Laurent Martin, …": a quotation closed by a short clause ending in a
    // person's name names who speaks, whatever its verb; it is no quotation going on from the last speaker.
    const closing = runningQuote === 'inside' ? null : this.closingAttribution(sentence);
    const attributed = runningQuote === 'inside' && quoteSpeaker ? null : this.attributedSpeaker(sentence, namedBefore);
    // The attribution read the usual way, with the role it found, when it names the same person.
    if (closing && attributed !== closing) this.speakerRole = null;
    let speaker =
      runningQuote === 'inside' && quoteSpeaker
        ? quoteSpeaker
        : ((closing && attributed !== closing ? closing : attributed) ?? this.colonLeadIn(sentence) ?? quoteSpeaker);
    const found = speaker;
    // "马金鹏（１４岁）：…" heading a vox pop: the rest of the paragraph is their words quoted without marks, whoever
    // they tell of saying or thinking something ("爸爸妈妈觉得没有用", "听网吧老板说").
    const head = this.unspaced && !this.headedByName ? this.headedParagraphs.get(block) : undefined;
    if (head !== undefined && block >= 0) speaker = head;
    if (opensBlock) this.paragraphAccount = speaker && this.closesOnPronounAttribution(sentence) ? speaker : null;
    // The person the sentence before was about goes on too, however long ago anyone spoke ("Magallanes es una de
    // las representantes del grupo. Relató que …").
    if (!speaker && PRO_DROP.has(this.lang)) {
      const holder = this.accounts.holder(block, 'dropped-subject');
      if ((holder || (namedBefore && block - namedBeforeBlock <= 1)) && this.reportsWithoutSubject(sentence))
        speaker = namedBefore ?? holder;
    }
    // British English opens speech with a single quote ("'Sir Alex Ferguson has got seven years on him …"); a sentence
    // of the paragraph after one that opened such a quotation, before it closes, is inside it.
    const singleQuoted = this.lexicon.singleQuotedSpeech === true;
    const insideSingleQuote = singleQuoted && this.singleQuoteOpenBlock === block && block >= 0;
    // "“数字”赋能农业", "“Unicorn” drinks sold out": a short quoted term the sentence goes on after is no quotation.
    const quotedTerm = /^\s*["“„«「『][^"“”„«»「」『』,.!?，。！？]{1,12}["”»」』]\s?[\p{L}\p{N}]/u.test(sentence);
    const opensQuote =
      (/^[\s"“„«»「『]/u.test(sentence) && !quotedTerm) ||
      (singleQuoted && /^\s*['‘]\p{Lu}/u.test(sentence)) ||
      insideSingleQuote ||
      this.opensQuoteAfterConnector(sentence);
    if (singleQuoted) {
      if (/[.!?]['’]\s*$/u.test(sentence)) this.singleQuoteOpenBlock = -2;
      else if (/(?:^|[,:]\s+)['‘]\p{Lu}/u.test(sentence)) this.singleQuoteOpenBlock = block;
      else if (!insideSingleQuote) this.singleQuoteOpenBlock = -2;
    }
    if (!speaker && pending && opensQuote) speaker = pending;
    // The paragraph an account opened by a colon fills is the account's, quoted or not ("He said:" then the paragraph
    // of his words); a sentence naming someone else speaking ends it.
    if (!speaker && accountSpeaker) speaker = accountSpeaker;
    else if (speaker) this.accounts.attributed(speaker, accountSpeaker);
    this.speakerCarried = false;
    // A direct quotation soon after someone spoke (at most one paragraph of narration between) goes on with them.
    // A person the paragraph is about, named in it after the last speaker's paragraph, is who a quotation opening a
    // sentence of it goes on with ("María Elena Naddeo … se entusiasma …. “Estamos tratando …”, cuenta.").
    // Not a quotation "they" say ("“No time to read,” they tell us."): that is someone else's, a group's.
    const paragraphPerson =
      namedBefore &&
      block >= 0 &&
      block === namedBeforeBlock &&
      (this.accounts.last?.block ?? -2) < block &&
      !this.saidByPlural(sentence)
        ? namedBefore
        : null;
    const quoteHolder =
      !speaker && opensQuote && block >= 0 ? (paragraphPerson ?? this.accounts.holder(block, 'opens-quote')) : null;
    if (quoteHolder) {
      speaker = quoteHolder;
      this.speakerCarried = true;
    }
    // "Charles Schultze, chairman of …, once summed up the danger with a metaphor. “It’s not so much …”": a sentence
    // that is all quotation, right after one about a person in the same paragraph, is that person's, when nobody
    // spoke just before.
    if (
      !speaker &&
      opensQuote &&
      namedBefore &&
      block >= 0 &&
      block === namedBeforeBlock &&
      this.wholeQuotation(sentence)
    )
      speaker = namedBefore;
    // "Die Hersteller dürfen demnach …": the source of the sentence before goes on.
    const reportiveHolder = speaker ? null : this.accounts.holder(block, 'reportive');
    if (
      reportiveHolder &&
      // "lo que habrían pensado los supremos": a word of reported speech opening a relative or complement clause is
      // that clause's, no sign of whose account the sentence is.
      (findPhrases(sentence, this.lexicon.sourceAnaphors, this.unspaced).some(
        (hit) => !this.patterns.complementizers.has(trailingWord(sentence.slice(0, hit.index))?.toLowerCase() ?? ''),
      ) ||
        this.reportiveVerbIn(sentence)) &&
      // "Laut Kessler Werke sollen …, Kündigungen seien nicht geplant": a sentence naming its own source. An ambiguous
      // source word inside the sentence ("für große Veranstaltungen") names none.
      !findPhrases(sentence, this.lexicon.sourcePrepositions, this.unspaced).some(
        (hit) => hit.index === 0 || !this.lexicon.ambiguousSourcePrepositions?.includes(hit.phrase.toLowerCase()),
      )
    )
      speaker = reportiveHolder;
    // "Asimismo, …", "Além disso, …": a sentence adding to the account before, its subject left out, goes on with it.
    if (!speaker && PRO_DROP.has(this.lang) && this.addsToAccount(sentence))
      speaker = this.accounts.holder(block, 'connector');
    if (!speaker && !opensBlock && this.paragraphAccount && !this.namedInSentence) speaker = this.paragraphAccount;
    // Japanese leaves out a subject that goes on: "…としている" with no one named is the last source's.
    const ellipsisHolder = !speaker && this.lang === 'ja' ? this.accounts.holder(block, 'ellipsis') : null;
    if (
      ellipsisHolder &&
      !JA_TOPIC.test(sentence.replace(/^[^「」]*?、/u, (lead) => (/(は|が)/u.test(lead) ? lead : ''))) &&
      findPhrases(sentence, this.lexicon.reportingVerbs, true).length > 0
    )
      speaker = ellipsisHolder;
    // An organization that announces, issues a notice or forecasts holds what it says or foresees ("该公司预计，…").
    // One that acts or plans ("Das BMZ stellt … bereit", "GM expects to begin") is the sentence's subject, not its
    // source: the article tells what it does. It is still the organization a later "the company" means.
    if (
      !speaker &&
      findPhrases(
        sentence,
        phraseUnion(this.lexicon, 'announcement-issuing-forecast', () => [
          ...this.lexicon.announcementVerbs,
          ...(this.lexicon.issuingVerbs ?? []),
          ...this.lexicon.forecastVerbs,
        ]),
        this.unspaced,
      ).some((hit) => !/^\s+to\s/u.test(sentence.slice(hit.end)))
    )
      speaker = this.organizationActor(sentence);
    else if (
      !speaker &&
      findPhrases(
        sentence,
        phraseUnion(this.lexicon, 'plan-decision', () => [...this.lexicon.planMarkers, ...this.lexicon.decisionVerbs]),
        this.unspaced,
      ).length
    ) {
      this.actor = this.organizationActor(sentence);
      // "The company plans to open two offices, according to a spokesperson": one unnamed who speaks for it.
      if (this.actor && this.citesUnnamedMember(sentence)) speaker = this.actor;
    }
    // "Pablo Toloza … “…”. En la derecha, eso sí, hicieron un llamado …. Al respecto, agregaron que …": a verb of saying
    // or holding in the plural, its subject left out, is a group's; a person carried on from before did not say it.
    if (
      !found &&
      speaker &&
      speaker !== pending &&
      speaker !== accountSpeaker &&
      this.isPersonSpeaker(speaker) &&
      this.saysInPlural(sentence)
    )
      speaker = null;
    // "Two parties rejected the bill": who acts is the sentence's actor, as an organization that plans is.
    if (!speaker && !this.actor) this.actor = this.actingSubject();
    speaker = this.transcriptSpeaker(sentence, speaker);
    // "Die Ukraine, so die FPÖ-Europasprecherin, …" after "FPÖ-Europasprecherin Petra Steger": a title alone stands
    // for the one person named with it.
    if (speaker && !this.unspaced && !/\s/u.test(speaker) && this.isTitleWord(speaker)) {
      speaker = this.soleHolderOf(speaker.toLowerCase()) ?? speaker;
    }
    if (!speaker && opensBlock && this.afterQuestion) speaker = this.answerOf(sentence);
    // "Ich halte diese Mode für so inhaltsleer …" opening an answer: the interviewee found speaking in its first
    // sentence holds the rest of the answer too, as when their name heads it.
    else if (speaker && opensBlock && this.afterQuestion && speaker === this.answerer) this.headedByName = true;
    // "Según información del Consejo Electoral Nacional, ya fue celebrado … Superaron en número las 79 000 reuniones":
    // a figure later in the paragraph a source opened, naming nobody, is still that source's count. Narration without
    // a figure there is the writer's ("Segundo o legista, … Um policial paraguaio também é suspeito").
    if (!speaker && PRO_DROP.has(this.lang) && /\p{N}/u.test(sentence) && !this.namedInSentence && !this.describedRole)
      speaker = this.accounts.sourceHolder(block);
    // "Piers Handling: The current co-director of the Toronto filmfest said this: …": the sentence a person's name and a
    // colon head describes that person; who speaks in it, when the words after the colon name no one of that name, is them.
    const headedBy = speaker || this.describedRole ? this.headingPerson(sentence) : null;
    if (headedBy && (!speaker || !sentence.slice(sentence.indexOf(':') + 1).includes(speaker.split(/\s+/u).at(-1)!)))
      speaker = headedBy;
    // A title no one named holds: someone described, not named ("El ministro de Salud dijo que …").
    speaker ??= this.describedRole;
    if (speaker && !this.unspaced) speaker = this.withoutKindOfBody(speaker);
    if (speaker) {
      this.lastSpeaker = speaker;
      this.lastSpeakerBlock = block;
      this.accounts.speaks(speaker, block);
      this.accounts.sourced(speaker, block, PRO_DROP.has(this.lang) && this.opensWithSource(sentence, speaker));
    } else {
      // The person the paragraph is about goes on through its sentences naming nobody, until someone speaks in it
      // ("María Elena Naddeo, de la APDH, se entusiasma …. La convocatoria incluye …. “…”, cuenta.").
      const named = this.namedInSentence ?? this.clauseSubjectPerson;
      const goesOn = !named && block >= 0 && block === namedBeforeBlock ? namedBefore : null;
      this.namedWithoutSpeech = named ?? goesOn;
      this.namedWithoutSpeechBlock = named ? block : goesOn ? namedBeforeBlock : block;
      // "Lou Clancy: Now editor-in-chief of the Toronto Sun, …": a paragraph headed by a person's name and a colon
      // introduces who speaks in the quotations after it; the heading sentence itself is the writer's.
      const heading = this.headingPerson(sentence);
      if (heading) {
        this.lastSpeaker = heading;
        this.lastSpeakerBlock = block;
        this.accounts.speaks(heading, block);
      }
    }
    if (speaker && /[:：]\s*$/u.test(sentence)) {
      this.leadInSpeaker = speaker;
      this.accounts.leadIn(speaker, block, /\S/u.test(this.following));
    }
    // "刘天模教授(重庆大学材料科学系)：…": the rest of the paragraph a name heads is what that person says.
    else if (speaker && this.headedByName) {
      this.accounts.leadIn(speaker, block, true);
      if (this.unspaced) this.headedParagraphs.set(block, speaker);
    }
    if (speaker && !this.unspaced && this.looksLikePersonName(speaker) && !this.bodies.has(speaker))
      this.rememberPerson(speaker);
    const organizationLike =
      speaker !== null &&
      !this.unspaced &&
      /^\p{Lu}[\p{L}\p{N}&-]+$/u.test(speaker) &&
      !this.isPerson(speaker) &&
      !this.personWords.has(speaker) &&
      !this.speakerWords.has(speaker) &&
      !this.recent.some((name) => name === speaker || name.split(/\s+/).includes(speaker)) &&
      !this.titleHoldersInclude(speaker);
    if (speaker && this.couldBePerson(speaker)) this.noteRecent(speaker);
    if (speaker && /\s/u.test(speaker)) for (const word of speaker.split(/\s+/)) this.speakerWords.add(word);
    if (speaker && (this.isOrganization(speaker) || this.bodies.has(speaker))) this.rememberOrganization(speaker);
    // "Microsoft said …": a one-word subject that is no person's name is what "the company" means next.
    else if (speaker && organizationLike) this.rememberOrganization(speaker);
    if (this.lastOrganization !== organizationBefore) this.itAntecedent = this.lastOrganization;
    // "The report says …. It suggests …": a document that spoke is what a later "it" says, as an organization is.
    else if (speaker && !this.unspaced && this.speaksAsDocument(speaker)) this.itAntecedent = speaker;
    if (this.patterns.organizationPronounBeforeVerb)
      this.itAntecedent = this.openingThing(sentence) ?? this.itAntecedent;
    this.notePeopleNamed(sentence);
    this.previousSpeaker = speaker;
    this.previousSpeakerBlock = block;
    return speaker;
  }

  /** "the report", "the study": an article and a document a body issues, as a speaker. */
  private speaksAsDocument(speaker: string): boolean {
    const [article, noun, ...rest] = speaker.split(/\s+/u);
    return rest.length === 0 && noun !== undefined && this.issuedDocumentName(article!, noun) !== null;
  }

  /** "Según información del Consejo Electoral Nacional, …": a source preposition opening the sentence names `speaker`. */
  private opensWithSource(sentence: string, speaker: string): boolean {
    if (this.unspaced) return false;
    const source = findPhrases(sentence, this.lexicon.sourcePrepositions, false)[0];
    if (!source || /\p{L}/u.test(sentence.slice(0, source.index))) return false;
    const lead = sentence.slice(source.end, source.end + 80);
    const comma = lead.indexOf(',');
    return comma > 0 && lead.slice(0, comma).includes(speaker);
  }

  /**
   * Whether the first verb of saying or holding outside the sentence's quotations is a third-person plural ("agregaron",
   * "creen", "han expresado", "afirmaram"): see `pluralVerbs`.
   */
  private saysInPlural(sentence: string): boolean {
    const plural = this.lexicon.pluralVerbs;
    if (!plural || this.unspaced) return false;
    const outside = sentence.replace(/["“„«][^"“”„«»]*["”»“]/gu, (quotation) => ' '.repeat(quotation.length));
    const verb = findPhrases(
      outside,
      phraseUnion(this.lexicon, 'reporting-and-belief-verbs', () => [
        ...this.lexicon.reportingVerbs,
        ...this.lexicon.beliefVerbs,
      ]),
      false,
    )[0];
    if (!verb) return false;
    const first = outside.slice(verb.index, verb.end).split(/\s+/u)[0]!.toLowerCase();
    const before = trailingWord(outside.slice(0, verb.index))?.toLowerCase();
    return (
      plural.endings.some((ending) => first.endsWith(ending)) ||
      (before !== undefined && plural.auxiliaries.includes(before))
    );
  }

  /** Whether a plural pronoun stands outside the sentence's quotations ("“No time to read,” they tell us."). */
  private saidByPlural(sentence: string): boolean {
    const plural = this.lexicon.pluralPronouns;
    if (!plural || this.unspaced) return false;
    const outside = sentence.replace(/["“„«»][^"“”„«»]*["”»“«]/gu, ' ').toLowerCase();
    return (outside.match(/[\p{L}’'-]+/gu) ?? []).some((word) => plural.includes(word));
  }

  /** "…, he said.", "…”, she added.", "…, a-t-il ajouté.": a closing clause of a pronoun and a reporting verb. */
  private closesOnPronounAttribution(sentence: string): boolean {
    if (this.unspaced) return false;
    const tail = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf('”'), sentence.lastIndexOf('"'));
    if (tail <= 0) return false;
    const clause = sentence.slice(tail + 1);
    const words = clause.match(/[\p{L}’'-]+/gu) ?? [];
    return (
      words.length > 0 &&
      words.length <= 4 &&
      words.some((word) => this.words.personPronouns.has(word.toLowerCase()) || /-(?:t-)?(?:il|elle)$/iu.test(word)) &&
      findPhrases(clause, this.lexicon.reportingVerbs, false).length > 0
    );
  }

  /**
   * "Asimismo, desde el III Pleno analizaron …", "También habló sobre …": a connector adding to what was said opens the
   * sentence, and no subject of its own comes right after it (an article, a capitalised word). "Además de …", "Así
   * que …": a function word right after it, with no comma between, makes it part of another phrase; a clitic is the
   * verb's ("También se incluye …").
   */
  private addsToAccount(sentence: string): boolean {
    const connector = findPhrases(sentence, this.lexicon.accountConnectors ?? [], false).find(
      (hit) => !/\S/u.test(sentence.slice(0, hit.index)),
    );
    if (!connector) return false;
    const next = /^\s*(,?)\s*([\p{L}’'-]+)/u.exec(sentence.slice(connector.end));
    if (!next) return false;
    const word = next[2]!.toLowerCase();
    if (/^\p{Lu}/u.test(next[2]!) || this.patterns.articles.has(word)) return false;
    return (
      next[1] === ',' ||
      !this.words.stopwords.has(word) ||
      (this.lexicon.droppedSubjectClause?.clitics.includes(word) ?? false)
    );
  }

  /**
   * Whether the sentence has a verb in the form only reported speech gives it, before its pronoun subject ("Seiner Ex
   * wünsche er alles Gute"): see `reportiveInversion`.
   */
  private reportiveVerbIn(sentence: string): boolean {
    const pattern = this.patterns.reportiveInversion;
    if (!pattern) return false;
    return allMatches(pattern, sentence).some((match) => {
      const verb = match[1]!;
      return (
        !this.words.stopwords.has(verb) &&
        !this.words.locativePrepositions.has(verb) &&
        !this.patterns.commonNounOpeners.has(verb) &&
        !this.words.sentenceStarters.has(verb)
      );
    });
  }

  /**
   * The speaker of a sentence of an interview transcript ("记者：…" then "李金泽：…"): the person heading it with a
   * colon, or the one answering since then when it names no speaker of its own. Outside a transcript, `found`.
   */
  private transcriptSpeaker(sentence: string, found: string | null): string | null {
    const labels = this.lexicon.interviewerLabels;
    if (!labels) return found;
    const heading = /^\s*([\p{sc=Han}·]{1,6})[：:]\s*\S/u.exec(sentence)?.[1];
    if (heading && labels.includes(heading)) {
      this.interviewerAsked = true;
      this.interviewee = null;
      return found;
    }
    if (heading && this.interviewerAsked) {
      this.interviewee = heading;
      return heading;
    }
    return found ?? this.interviewee;
  }

  /**
   * The speaker of a paragraph after one closing on a question, in an interview printed as questions and answers: the
   * person heading it with a colon ("Alfred Kieser: Es gab …"), who answers from then on, or the one answering since.
   * The rest of the paragraph is theirs too. Null outside such an interview.
   */
  private answerOf(sentence: string): string | null {
    const heading = this.headingPerson(sentence);
    if (heading) this.answerer = heading;
    const speaker = heading ?? this.answerer;
    if (speaker) this.headedByName = true;
    return speaker;
  }

  /** The person's full name heading the sentence before a colon ("Piers Handling: The current co-director …"). */
  private headingPerson(sentence: string): string | null {
    if (this.unspaced) return null;
    const heading = /^\s*([^:]{3,40}):\s+\p{Lu}/u.exec(sentence)?.[1];
    if (!heading) return null;
    // "KARLA TARAZONA: POR SER FAN …": a heading set in capitals names the person as "Karla Tarazona".
    const lead = /\p{Ll}/u.test(heading)
      ? heading
      : heading
          .toLowerCase()
          .replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
    const name = this.firstNameCandidate(lead);
    if (!name || name.index !== 0 || name.end !== lead.trimEnd().length || !/\s/u.test(name.name)) return null;
    return this.looksLikePersonName(name.name) && !this.isPlace(name.name) ? this.canonical(name.name) : null;
  }

  /**
   * "Al respecto, explicó que …", "Finalmente, indicaron que …": a reporting verb with nothing before it but an
   * opening phrase, then what was said. In a language that leaves out the subject, the speaker goes on.
   */
  private reportsWithoutSubject(sentence: string): boolean {
    return findPhrases(sentence, this.lexicon.reportingVerbs, false).some((verb) => {
      const before = sentence.slice(0, verb.index);
      // "Y agregó: …", "Pero explicó que …": only sentence-opening words before the verb.
      const openers = (before.match(/[\p{L}’'-]+/gu) ?? []).every((word) =>
        this.words.sentenceStarters.has(word.toLowerCase()),
      );
      // "También solicitó el pago de una multa …": an adverb opening the sentence, then the verb and its object.
      const adverbs = before.match(/[\p{L}’'-]+/gu) ?? [];
      if (
        adverbs.length >= 1 &&
        adverbs.length <= 2 &&
        /^[\p{L}\s’'-]*$/u.test(before) &&
        adverbs.every((word) => this.lexicon.verbAdverbs?.includes(word.toLowerCase()))
      )
        return true;
      // "Llamó al Estado a adecuar …", "Instó asimismo a reconocer …": a verb opening the sentence has its subject left
      // out, whatever follows it.
      if (/^\s*$/u.test(before)) return true;
      // "La política de cuadros, enfatizó, requiere …", "El plazo —explicó— vence hoy": a verb set off inside the
      // sentence by commas or dashes, with no subject of its own after it, is an aside of whoever speaks on.
      if (
        /\p{L}[^.;:!?"“”«»„]*[,—–]\s*$/u.test(before) &&
        /^\s*(?:\p{Ll}+\s+)?[,—–]\s*\p{L}/u.test(sentence.slice(verb.end))
      )
        return true;
      // "Según explicó, hay 300 casos": a source word and a verb with no subject, closed by a comma.
      if (
        this.lexicon.sourcePrepositions.includes(before.trim().toLowerCase()) &&
        /^(?:\s+\p{Ll}+)?\s*,/u.test(sentence.slice(verb.end))
      )
        return true;
      return (
        (/^\s*(?:[^,;:"“”«»]{0,30},\s*)?$/u.test(before) ||
          (openers && /^[\p{L}\s’'-]{0,20}$/u.test(before)) ||
          this.adverbialOpening(before) ||
          this.holdsNoSubject(before)) &&
        // "Confirmó además que …": an adverb may come between the verb and what was said. "E classificou os pedidos
        // como “anomalias graves”", "Lo dijo porque “…”": or a quotation, soon after the verb, is what was said.
        (/^\s*(?:\p{Ll}+\s+)?(?:que\b|:)/u.test(sentence.slice(verb.end)) ||
          /^\s[^.;:!?"“”«»„]{0,60}["“«„]/u.test(sentence.slice(verb.end)))
      );
    });
  }

  /**
   * "Si bien admitió que …", "Según entiende, “…”, y enfatizó:": quotations aside, nothing before the verb but
   * function words, adverbs and other verbs of saying or holding, no article and no capitalised word but the first:
   * nothing there could be the verb's subject. Not an impersonal "se informó".
   */
  private holdsNoSubject(before: string): boolean {
    const outside = before.replace(/["“«„][^"“”«»„]*["”»“]/gu, ' ');
    if (/[;:()"“”«»„]/u.test(outside)) return false;
    const words = outside.match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length === 0 || words.length > 8) return false;
    if (this.lexicon.impersonalMarkers?.includes(words.at(-1)!.toLowerCase())) return false;
    const articles = this.patterns.articles;
    const verbs = wordSet(
      phraseUnion(this.lexicon, 'reporting-and-belief-verbs', () => [
        ...this.lexicon.reportingVerbs,
        ...this.lexicon.beliefVerbs,
      ]),
    );
    return words.every((word, at) => {
      const lower = word.toLowerCase();
      if (articles.has(lower) || (at > 0 && /^\p{Lu}/u.test(word))) return false;
      // "Según entiende": a verb after a source preposition has the same subject left out.
      const afterSource = at > 0 && this.lexicon.sourcePrepositions.includes(words[at - 1]!.toLowerCase());
      return (
        afterSource ||
        this.words.stopwords.has(lower) ||
        this.words.sentenceStarters.has(lower) ||
        (this.lexicon.verbAdverbs?.includes(lower) ?? false) ||
        (this.lexicon.droppedSubjectClause?.clitics.includes(lower) ?? false) ||
        verbs.has(lower)
      );
    });
  }

  /**
   * "En aquel momento afirmó que …", "Na semana passada afirmou que …": a short adverbial phrase opened by a
   * preposition, with no comma, and nothing after its noun that could open a subject of the verb's own ("En aquel
   * momento la empresa afirmó"): the words before the verb hold no subject.
   */
  private adverbialOpening(before: string): boolean {
    const prepositions = this.lexicon.droppedSubjectClause?.adverbialPrepositions;
    if (!prepositions || !/^\s*[\p{L}\s’'-]+$/u.test(before)) return false;
    const words = before.trim().split(/\s+/u);
    if (words.length < 2 || words.length > 4 || !prepositions.includes(words[0]!.toLowerCase())) return false;
    const articles = this.patterns.articles;
    return words.slice(1).every((word, at) => /^\p{Ll}/u.test(word) && (at === 0 || !articles.has(word.toLowerCase())));
  }
}
