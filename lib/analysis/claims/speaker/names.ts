import { wordSet } from '../lexicon';
import { allMatches, execAt, findPhrases } from '../match';
import { ZH_IN_SPEECH, ZH_PREDICATE_OPENING, ZH_SURNAME_OPENING, ZH_TITLE_AFTER_NAME } from './cjk-patterns';
import { alternation, type LexiconWords } from './lexicon-patterns';
import { ArticleMemory, type NameCandidate } from './memory';
import { COORDINATORS, GENITIVE_PREPOSITIONS } from './multilingual';
import {
  ACRONYM_DEFINITION,
  ELIDED,
  NAME_RUN,
  POSSESSIVE,
  quotations,
  WHITESPACE,
  wholeWord,
  wordBefore,
} from './text';

/** Finding the names of a sentence and noting the people, titles and organizations it introduces. */
export abstract class NameReader extends ArticleMemory {
  /** Registers names that the text presents as people: multi-word names and names next to a title. */
  protected notePeople(sentence: string): void {
    let subject: string | null = null;
    this.clauseSubjectPerson = null;
    // "Ele sustentou que o indulto conferido a Silveira …", "He told Smith …": a sentence whose subject is a person
    // pronoun names its other people after it; none of them is who the pronoun, or the next one, stands for.
    const pronounSubject = (() => {
      const opening = /^[\s"“«]*(\p{L}+)\s+\p{Ll}/u.exec(sentence)?.[1];
      return opening !== undefined && this.words.personPronouns.has(opening.toLowerCase());
    })();
    if (this.unspaced) {
      // A transliterated name: a given name of at most four characters, a dot, a surname that stops before a
      // function character ("大卫·洛克菲勒是…" → 大卫·洛克菲勒).
      for (const match of sentence.matchAll(
        /[\p{sc=Han}\p{sc=Katakana}ー]{1,4}·(?:(?![是的在和与與说說表称稱等也还還则則就对對将將曾已为為被把向从從])[\p{sc=Han}\p{sc=Katakana}ー]){1,8}/gu,
      )) {
        // "发言人丹尼尔·霍特": a title may end inside the four characters before the dot.
        const titled = this.stripChineseTitles(sentence.slice(Math.max(0, match.index - 6), match.index) + match[0]);
        // "名叫瓦连京·图尔钦": the verb naming them is no part of the given name.
        const name = (titled.length < match[0].length ? titled : match[0]).replace(/^(?:名?叫|叫做)/u, '');
        this.rememberPerson(name);
        // "大卫·洛克菲勒是…，他在…说": a person opening the sentence is whom its 他 stands for. So is one after a title
        // and the body it belongs to ("纽约州立大学社会学荣誉教授戴夫·汉森研究…"): the title ends right before the name.
        if (match.index === 0 || titled.length <= match[0].length) this.noteRecent(name);
      }
      for (const [title, pattern] of this.patterns.titledNames) {
        if (!sentence.includes(title)) continue;
        let named = false;
        for (const match of sentence.matchAll(pattern)) {
          const stripped = match[1] && this.stripChineseTitles(match[1].replace(/^(兼|暨)/u, ''));
          // "代市长王剑锋讲话中指出": the speech the name runs on into is no part of it.
          const name = stripped && (ZH_TITLE_AFTER_NAME.exec(stripped)?.[1] ?? stripped).replace(ZH_IN_SPEECH, '');
          // "记者从中国新闻网注意到": a preposition after the title opens an adverbial, no name.
          if (name && name.length >= 2 && !/^[从從对對在跟与與把被将將]/u.test(name)) this.rememberPerson(name);
          named = true;
        }
        if (!named) this.notePersonBeforePredicate(sentence, title);
      }
      // "设计专家胡继忠先生": a Chinese name before 先生 or 女士, opening with a common surname, three characters or two.
      if (this.lang === 'zh')
        for (const match of sentence.matchAll(/(\p{sc=Han}{2,3})(?=先生|女士)/gu)) {
          // "向王明先生": a preposition before the name may be a surname's character too.
          const name = [match[1]!, match[1]!.slice(1)].find(
            (candidate) =>
              candidate.length >= 2 &&
              ZH_SURNAME_OPENING.test(candidate) &&
              !(candidate.length === 3 && /^[向于於对對与與和跟同给給被把让讓请請问問]/u.test(candidate)),
          );
          if (name) this.rememberPerson(name);
        }
      // Japanese honorifics; in Chinese "学会副主席洪友廉教授" the four characters before 教授 are no name. The search,
      // which no literal opens, is tried at every character: only where an honorific is.
      if (this.lang === 'ja' && JA_HONORIFIC.test(sentence))
        for (const match of sentence.matchAll(JA_HONORIFIC_NAME)) if (match[1]) this.rememberPerson(match[1]);
      for (const person of this.people) {
        const at = sentence.indexOf(person);
        if (at !== -1) this.noteGender(person, '', sentence.slice(at + person.length));
      }
      return;
    }
    // An acronym is defined in parentheses.
    for (const match of sentence.includes('(') ? allMatches(ACRONYM_DEFINITION, sentence) : []) {
      const acronym = match[2]!;
      // "Vorstand Regionen der Bundesagentur für Arbeit (BA)": the name starts at the acronym's first letter,
      // with no more capitalised words than the acronym has letters.
      const words = match[1]!.split(/\s+/);
      let full: string | null = null;
      for (let start = words.length - 1; start >= 0; start--) {
        const tail = words.slice(start);
        if (tail.filter((word) => /^\p{Lu}/u.test(word)).length > acronym.length) break;
        if (words[start]!.charAt(0) === acronym.charAt(0)) full = tail.join(' ');
      }
      if (full && !this.acronyms.has(acronym)) this.acronyms.set(acronym, full);
    }
    // A multi-word name is a person when a job title stands right before it ("CEO Tim Cook",
    // "O CEO da OpenAI, Sam Altman,") or in an apposition after it ("Marcus Lee, an analyst").
    const quoted = quotations(sentence);
    // "Whole Foods cut prices at QFC stores": the organization the sentence opens on is its subject, the one a later
    // "the company" means; one governed by a preposition after it is not.
    let subjectOrganization = false;
    for (const run of this.namesIn(sentence, 0, sentence.length)) {
      const candidate = this.personAtEndOfRun(sentence, run);
      // "“Indigenous Peoples have long recognized …,” he said": a name inside a quotation is what was said about; the
      // narration's pronouns stand for the people it names itself.
      const inQuotation = quoted.some(([start, end]) => candidate.index > start && candidate.end < end);
      if (this.namesBodyOfMember(sentence, candidate)) this.bodies.add(candidate.name);
      // Not an acronym glued to a number ("3MB"); not an organization named inside a quotation, which is what
      // was said ("“… the European Court …,” the company said").
      if (
        !inQuotation &&
        this.isOrganization(candidate.name) &&
        !this.isCommonNoun(candidate.name) &&
        !/[\p{N}]/u.test(sentence.charAt(candidate.index - 1)) &&
        // Nor a dateline's city set in capitals ("BAGHDAD, Jan. 13 (Xinhua) --", "CAIRO —").
        !(
          candidate.index === 0 &&
          /^\p{Lu}+$/u.test(candidate.name) &&
          /^\s*(?:,|\(|—|–|-)/u.test(sentence.slice(candidate.end))
        ) &&
        !(subjectOrganization && this.governedByPreposition(sentence, candidate.index))
      ) {
        this.rememberOrganization(candidate.name);
        if (/^[\s"“«]*(?:the\s+)?$/iu.test(sentence.slice(0, candidate.index))) subjectOrganization = true;
      }
      // "el Presidente Boric": one capitalised word right after a job title is a person too.
      const single = !/\s/u.test(candidate.name);
      const titleBefore =
        single && /^\p{Lu}\p{Ll}/u.test(candidate.name) ? wordBefore(sentence, candidate.index) : undefined;
      // "Mr. Smith", "Dr. Ruiz": an honorific before one capitalised word makes it a person too.
      const honorificBefore =
        single &&
        /^\p{Lu}\p{Ll}/u.test(candidate.name) &&
        ((lead) => this.patterns.honorifics.some((honorific) => lead.endsWith(` ${honorific}`) || lead === honorific))(
          sentence.slice(Math.max(0, candidate.index - 12), candidate.index).trimEnd(),
        );
      const titledSurname =
        ((titleBefore !== undefined && this.words.personTitles.has(titleBefore)) || honorificBefore) &&
        !this.isOrganization(candidate.name) &&
        !this.isPlace(candidate.name) &&
        !this.namesBodyOn(sentence.slice(candidate.end));
      const knownSurname = single && this.personWords.has(candidate.name) && this.isPerson(candidate.name);
      // The subject of a clause: the sentence opens with the name, or with a phrase its comma closes right before it,
      // and a lower-case verb follows, after an aside between commas at most ("Fetter, for her part, continued …"; an
      // aside opening with a capital is another name, in a list).
      const verbFollows = /^(?:\s*,(?!\s*\p{Lu})[^,;:.!?"“”«»()]{2,80},)?\s+(\p{Ll}+)/u.exec(
        sentence.slice(candidate.end),
      )?.[1];
      const clauseSubject =
        !inQuotation &&
        verbFollows !== undefined &&
        !COORDINATORS.has(verbFollows) &&
        !this.qualifiesGroup(verbFollows) &&
        /^[\s"“«]*(?:[^;:.!?"“”«»]*,\s*)?$/u.test(sentence.slice(0, candidate.index));
      if ((titledSurname || knownSurname) && !this.looksLikePersonName(candidate.name)) {
        // Only named: remembering the surname as a person would stop it expanding to the full name. "Appearing on The
        // Howard Stern Show …, Davidson held nothing back": the subject after a long opening phrase is named too.
        const surname = this.canonical(candidate.name);
        // "Mrs Rosin", "Mr. Smith": the honorific tells whom a later "she" or "he" may mean.
        if (honorificBefore || titleBefore)
          this.noteGender(surname, sentence.slice(Math.max(0, candidate.index - 30), candidate.index), '');
        if (clauseSubject || !this.governedByPreposition(sentence, candidate.index)) this.namedInSentence = surname;
        if (titledSurname && titleBefore) {
          this.titleHolders.set(titleBefore, new Set([...(this.titleHolders.get(titleBefore) ?? []), surname]));
          this.unnamedTitleBlocks.delete(titleBefore);
        }
        // "Bukele difundió …": a known person's surname opening the sentence is its subject, whom "el presidente"
        // or "he" means next.
        // So is "El presidente Petro llegó …", "President Biden arrived …", "Mr. Smith said …": the title or honorific
        // (at most three words) opening the sentence, then the name. After a longer opening phrase, the subject is
        // too far from the pronouns to come to be sure of ("But on one visit to his home in January 2004, Cosby gave
        // her …", then "she said").
        if (
          verbFollows !== undefined &&
          !inQuotation &&
          (this.saysRightAfter(sentence.slice(candidate.end)) ||
            (clauseSubject && /^[\s"“«]*(?:[^,;:.!?"“”«»]{0,40},\s*)?$/u.test(sentence.slice(0, candidate.index))) ||
            (titledSurname &&
              /^[\s"“«]*(?:[^,;:.!?"“”«»]{0,40},\s*)?(?:[\p{L}’'.-]+\s+){1,3}$/u.test(
                sentence.slice(0, candidate.index),
              )))
        )
          this.noteRecent(surname);
        continue;
      }
      if (!this.looksLikePersonName(candidate.name)) continue;
      this.namesSeen.add(candidate.name);
      // "Keith Tkachuk had his own compliments …": a two-word name opening the sentence before a lower-case
      // verb is its subject, the one "he" stands for next.
      // So is one with an apposition before its verb ("Jane Smith, the city's budget director, spoke …").
      // So is one after an opening phrase or an aside between dashes, with at most a lower-case role before it
      // ("…, skipper Wade Bassi has better insight", "— he's got a freezer full of it — Bassi, 43 years a fisherman,
      // keeps").
      // A list ("- Emre, Alan Smith and Nicky Butt -") is none: a coordinator follows the name there. The apposition may
      // hold a parenthesis ("María Elena Naddeo, de la Asamblea … (APDH), se entusiasma").
      const verbAfter = /^(?:\s*,(?:[^,;:.!?"“”«»()]|\([^()]{1,40}\)){2,80},)?\s+(\p{Ll}+)/u.exec(
        sentence.slice(candidate.end),
      )?.[1];
      // "UPDATE: Ahmed ElAmin, the site's project editor, called …": a label in capitals and its colon open nothing.
      const opensSentence =
        verbAfter !== undefined &&
        (/^[\s"“«]*(?:\p{Lu}[\p{Lu}’'\s]{1,24}:\s*)?$/u.test(sentence.slice(0, candidate.index)) ||
          (/[,—–]\s*(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(sentence.slice(0, candidate.index)) &&
            !COORDINATORS.has(verbAfter))) &&
        !this.isOrganization(candidate.name) &&
        !this.qualifiesGroup(verbAfter) &&
        // "Mr Anderson, who quit Future Publishing in 2001": the object of a relative clause, a preposition after it.
        !(this.words.locativePrepositions.has(verbAfter) && !GENITIVE_PREPOSITIONS.has(verbAfter)) &&
        !this.inRelativeClause(sentence.slice(0, candidate.index)) &&
        !inQuotation &&
        // "(and PDOs – Protected Designation of Origin – a similar system)": a parenthesis is an aside, whose names
        // are no subject of the sentence.
        !insideParenthesis(sentence, candidate.index);
      // "ein Interview, das Digitalministerin Dorothee Bär im Heute Journal gab. Sie sagte darin …": the subject of a
      // relative clause its object opens is the person the sentence last names acting; the main clause's subject,
      // noted after the loop, still comes before them.
      const relativeSubject =
        !inQuotation &&
        !this.isOrganization(candidate.name) &&
        this.opensObjectRelative(sentence.slice(0, candidate.index));
      // Only for pronouns: remembering it as a person would also expand a shorter name into it ("Twitter").
      if ((opensSentence || relativeSubject) && !this.isPerson(candidate.name)) this.noteRecent(candidate.name);
      if (opensSentence) subject ??= this.canonical(candidate.name);
      const wordsBefore =
        sentence
          .slice(Math.max(0, candidate.index - 40), candidate.index)
          .toLowerCase()
          .match(/[\p{L}-]+/gu) ?? [];
      const after = sentence.slice(candidate.end, candidate.end + 60);
      // "Marcus Lee, an analyst, said": an apposition after the name, not the subject of the next clause ("… contra
      // Josefina Montané, el periodista recordó …", where the title's own verb follows it).
      const apposition = /^\s*,([^,;:.!?"“”«»]*)/u.exec(after)?.[1] ?? '';
      const wordsAfter =
        /^\s*,/u.test(after) && findPhrases(apposition, this.lexicon.reportingVerbs, false).length === 0
          ? (after.toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(0, 4)
          : [];
      // "the artistic director at the Old Vic": a name governed by a preposition is where the title is held, not its
      // holder; after "of"/"de" it may be a run that ends with the holder ("le ministre de la Santé Roman Prymula").
      const beforeName =
        wordsBefore.at(-1) && this.words.stopwords.has(wordsBefore.at(-1)!) ? wordsBefore.at(-2) : wordsBefore.at(-1);
      // "el ministro de Justicia y Seguridad Pública": a name joined to the title's complement is more of it.
      const joinedToComplement =
        COORDINATORS.has(wordsBefore.at(-1) ?? '') &&
        /\p{Lu}[\p{L}-]*\s+\p{Ll}+\s*$/u.test(sentence.slice(0, candidate.index));
      // "The Seahawks quarterback led his team to the Super Bowl": a name after a listener's preposition is where
      // something goes, not the title's holder.
      const placeOfTitle =
        beforeName !== undefined &&
        ((this.words.locativePrepositions.has(beforeName) && !GENITIVE_PREPOSITIONS.has(beforeName)) ||
          this.words.listenerPrepositions.has(beforeName) ||
          joinedToComplement);
      const titles = [...(placeOfTitle ? [] : wordsBefore.slice(-6)), ...wordsAfter].filter((word) =>
        this.isTitleWord(word),
      );
      const titled = titles.length > 0;
      const known = this.isPerson(candidate.name);
      if (titled) this.rememberPerson(candidate.name);
      if (!titled && !known) continue;
      const name = this.canonical(candidate.name);
      if (!this.governedByPreposition(sentence, candidate.index)) this.namedInSentence = name;
      for (const title of titles) {
        this.titleHolders.set(title, new Set([...(this.titleHolders.get(title) ?? []), name]));
        this.unnamedTitleBlocks.delete(title);
      }
      if (titled)
        this.roleWords.set(
          name,
          new Set([...(this.roleWords.get(name) ?? []), ...wordsBefore.slice(-6), ...wordsAfter]),
        );
      this.noteGender(name, sentence.slice(Math.max(0, candidate.index - 30), candidate.index), '');
      // A person named near the start of the sentence is usually its subject: "he" may mean them next.
      // So is one after an opening phrase and its comma, before a lower-case verb ("Antes de se encontrar com o
      // presidente do STF, Rodrigo Pacheco se reuniu …").
      // "o presidente do Senado, Rodrigo Pacheco (PSD-MG), se reuniu": the party in parentheses and the comma closing
      // the apposition may stand between the name and its verb.
      const verbNext = /^(?:\s*\([^()]{1,30}\)\s*,)?\s+\p{Ll}/u.test(sentence.slice(candidate.end));
      const subjectAfterOpening = /,\s*$/u.test(sentence.slice(0, candidate.index)) && verbNext;
      if (
        !pronounSubject &&
        !inQuotation &&
        !this.inRelativeClause(sentence.slice(0, candidate.index)) &&
        (subjectAfterOpening || (sentence.slice(0, candidate.index).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 8)
      ) {
        this.noteRecent(name);
        // The first of them before its verb, not after a preposition, is the subject.
        if (subject === null && verbNext && !this.governedByPreposition(sentence, candidate.index)) subject = name;
      }
    }
    // "Donald Trump attacked Governor Ron DeSantis …. He said …": "he" means the subject rather than a person named
    // after it as the object.
    if (subject !== null) this.noteRecent(subject);
    this.clauseSubjectPerson = subject;
    this.noteUnnamedTitles(sentence);
  }

  /** Notes the titles the sentence brings someone in by with an indefinite article and no name ("a spokesman for …"). */
  private noteUnnamedTitles(sentence: string): void {
    if (!unnamedTitleTrigger(this.words).test(sentence.toLowerCase())) return;
    for (const match of sentence.matchAll(/(?<![\p{L}’'-])(\p{L}+)\s+(\p{Ll}+)(?!\s+\p{Lu}|[\p{L}’'-])/gu)) {
      const title = match[2]!;
      if (this.words.indefiniteArticles.has(match[1]!.toLowerCase()) && this.words.personTitles.has(title))
        this.unnamedTitleBlocks.set(title, this.block);
    }
  }

  /** Whether `before` ends in a comma, an object's relative pronoun and at most two title words ("…, das Ministerin "). */
  private opensObjectRelative(before: string): boolean {
    const match = /,\s*(\p{L}+)((?:\s+[\p{L}-]+){0,2})\s+$/u.exec(before);
    if (!match || !(this.lexicon.objectRelatives?.includes(match[1]!.toLowerCase()) ?? false)) return false;
    return match[2]!
      .trim()
      .split(/\s+/u)
      .every((word) => word === '' || this.isTitleWord(word));
  }

  /** Whether `before` ends in a relative clause opened after its last comma ("…, who quit "): no subject follows. */
  private inRelativeClause(before: string): boolean {
    const opener = /,\s*(\p{Ll}+)\s[^,;:.!?"“”«»]*$/u.exec(before)?.[1];
    return opener !== undefined && (this.lexicon.relativePronouns?.includes(opener) ?? false);
  }

  /** "Con Edison officials say": a noun of `groupSources` after a name is the head the name qualifies, no verb of it. */
  private qualifiesGroup(word: string): boolean {
    return this.lexicon.groupSources?.includes(word) ?? false;
  }

  /**
   * "…, “so they cannot form a combustible amount,” Mr. McHugh said.": a reporting verb right after a name makes it the
   * subject of that clause, wherever it stands; a "he added" in the next sentence means them.
   */
  private saysRightAfter(after: string): boolean {
    const verb = findPhrases(after.slice(0, 40), this.lexicon.reportingVerbs, false)[0];
    return verb !== undefined && /^\s+$/u.test(after.slice(0, verb.index));
  }

  /**
   * "A Whole Foods spokeswoman declined to comment": a name shaped like a person's, between an article and a member
   * noun, qualifies the member as the body they speak or work for; it is an organization, which "the company" may mean.
   */
  private namesBodyOfMember(sentence: string, candidate: NameCandidate): boolean {
    if (!/\s/u.test(candidate.name) || this.isPerson(candidate.name) || !this.looksLikePersonName(candidate.name))
      return false;
    const before = wordBefore(sentence, candidate.index)?.toLowerCase();
    const after = /^\s+(\p{Ll}+)/u.exec(sentence.slice(candidate.end))?.[1];
    return (
      before !== undefined &&
      this.patterns.articles.has(before) &&
      after !== undefined &&
      this.words.memberNouns.has(after)
    );
  }

  /**
   * "bloco parlamentar Juntos pelo Brasil", "Juntos por el Cambio": one capitalised word going on with an agent's
   * preposition and another name (after an article at most) is the head of a body's name, no surname after a title.
   */
  private namesBodyOn(after: string): boolean {
    const words = /^\s+(\p{Ll}+)\s+(?:(\p{Ll}{1,3})\s+)?\p{Lu}/u.exec(after);
    if (!words) return false;
    const preposition = words[1]!;
    return (
      (this.lexicon.agentPrepositions?.includes(preposition) ?? false) &&
      !this.words.listenerPrepositions.has(preposition) &&
      (words[2] === undefined || this.patterns.articles.has(words[2]))
    );
  }

  /**
   * Whether the name at `index`, with its article and titles, is the object of a preposition ("a manos del
   * coronel Raúl Cabezas"): then it is not who the sentence is about. The agent of a passive ("por") is.
   */
  private governedByPreposition(sentence: string, index: number): boolean {
    // Far into the sentence (past its twelfth word) a name is seldom what it is about.
    let spaces = 0;
    for (let at = sentence.indexOf(' '); at !== -1 && at < index && spaces <= 12; at = sentence.indexOf(' ', at + 1))
      spaces++;
    if (spaces > 12) return true;
    const words = sentence.slice(Math.max(0, index - 60), index).match(/[\p{L}’'-]+/gu) ?? [];
    while (words.length && (this.words.personTitles.has(words.at(-1)!.toLowerCase()) || /^\p{Lu}/u.test(words.at(-1)!)))
      words.pop();
    let word = words.pop()?.toLowerCase();
    if (word && this.words.stopwords.has(word) && !this.words.locativePrepositions.has(word))
      word = words.pop()?.toLowerCase();
    return word !== undefined && word !== 'por' && this.words.locativePrepositions.has(word);
  }

  /** The text with honorific abbreviations ("Mr.", "Dr.", "M.") blanked, so the name after them is found alone. */
  protected maskHonorifics(text: string): string {
    // Every honorific ends with a dot.
    if (!text.includes('.')) return text;
    let masked = text;
    for (const abbreviation of this.patterns.honorifics) {
      let at = masked.indexOf(abbreviation);
      while (at !== -1) {
        const before = masked.charAt(at - 1);
        if ((at === 0 || !/[\p{L}\p{N}]/u.test(before)) && /^\s+\p{Lu}/u.test(masked.slice(at + abbreviation.length)))
          masked = masked.slice(0, at) + ' '.repeat(abbreviation.length) + masked.slice(at + abbreviation.length);
        at = masked.indexOf(abbreviation, at + 1);
      }
    }
    return masked;
  }

  /**
   * The names of `sentence` between `start` and `end`, indexed from `start`: the sentence's names are found
   * once and reused for each stretch before a verb, instead of searching each stretch again.
   */
  protected namesIn(sentence: string, start: number, end: number): NameCandidate[] {
    if (this.namesOf?.sentence !== sentence) this.namesOf = { sentence, names: this.nameCandidates(sentence) };
    const within: NameCandidate[] = [];
    for (const name of this.namesOf.names)
      if (name.index >= start && name.end <= end)
        within.push({ name: name.name, index: name.index - start, end: name.end - start });
    return within;
  }

  /** The first name of `text`, as `nameCandidates(text)[0]`, without reading the names after it. */
  protected firstNameCandidate(text: string): NameCandidate | undefined {
    return this.nameCandidates(text, 1)[0];
  }

  /** The last title word inside a run of name tokens, neither first nor last ("OpenAI CEO Sam Altman" → 1), or -1. */
  private innerTitleIndex(tokens: readonly string[]): number {
    return tokens.findLastIndex(
      (token, at) => at > 0 && at < tokens.length - 1 && this.words.personTitles.has(token.toLowerCase()),
    );
  }

  /**
   * "Del Pópolo detalló …" after "Silvina del Pópolo": a surname whose particle opens the sentence, capitalised there,
   * is the person already named with it, not a preposition and a name.
   */
  private knownWithParticle(name: string): boolean {
    const lower = name.toLowerCase();
    if (!/^(?:de|da|do|del|della|di|van|von|du|le|la)\s+\p{L}/u.test(lower)) return false;
    return this.people.some((person) => person.toLowerCase().endsWith(` ${lower}`));
  }

  /** The names of `text`, the first `limit` of them. */
  protected nameCandidates(text: string, limit = Infinity): NameCandidate[] {
    const candidates: NameCandidate[] = [];
    const masked = this.maskHonorifics(text);
    let dashedOrganization = false;
    // An exec loop, not matchAll (which copies the expression on every call); lastIndex is set before each search, as
    // the loop's body may search names itself.
    for (let from = 0, match = execAt(NAME_RUN, masked, from); match; match = execAt(NAME_RUN, masked, from)) {
      from = NAME_RUN.lastIndex;
      let name = match[0];
      let index = match.index;
      // "Clean Air - Cool Planet Executive Director Adam Markham": a run joined by a dash to one holding a title is
      // the first half of an organization's name, the person being the one after the title.
      const dash = /^\s+[-–]\s+/u.exec(masked.slice(from));
      if (dash) {
        const next = execAt(NAME_RUN, masked, from + dash[0].length);
        NAME_RUN.lastIndex = from;
        const tokens = next && next.index === from + dash[0].length ? next[0].split(/\s+/u) : [];
        if (this.innerTitleIndex(tokens) > 0) {
          dashedOrganization = true;
          continue;
        }
      }
      const joinedByDash = dashedOrganization;
      dashedOrganization = false;
      // "kein Mann der Welt", "dass die Ukraine den Weg …": where every noun is capitalised, a bare article between two
      // capitalised words joins a noun to its genitive or object, not the parts of a name, unless a particle comes
      // before it ("Ursula von der Leyen"). The run ends before it, and the search goes on after it.
      const article = this.patterns.nameBreakingArticle?.exec(name);
      if (article && !this.patterns.nameParticleEnd?.test(name.slice(0, article.index))) {
        from = index + article.index + article[0].length;
        name = name.slice(0, article.index);
      }
      // "Texas Gov. Greg Abbott": a blanked honorific inside the run is a title; the person is the name after it.
      const blanked = name.split(/\s{2,}/u);
      if (blanked.length > 1) {
        const rest = blanked.at(-1)!;
        index += name.length - rest.length;
        name = rest;
      }
      // "l’Intérieur Jan Hamáček": a noun elided onto an article is not part of the name after it.
      const before = index > 0 ? text.charCodeAt(index - 1) : 0;
      if (
        (before === 0x27 || before === 0x2019 || before === 0x2bc) &&
        /\p{L}[’'ʼ]$/u.test(text.slice(Math.max(0, index - 2), index))
      ) {
        const space = name.indexOf(' ');
        // Alone, it is the field of the noun before "de" ("ministre de l’Intérieur"), or else a name ("selon l’Insee").
        if (space === -1) {
          const governing = wordBefore(text, index - 2);
          if (governing !== undefined && GENITIVE_PREPOSITIONS.has(governing)) continue;
        } else {
          const rest = name.slice(space).trimStart();
          index += name.length - rest.length;
          name = rest;
        }
      }
      // "ACLU's Jay Stanley": the name is what follows the possessive.
      // Every possessive has an apostrophe.
      // The later steps only cut `name` shorter: without an apostrophe now, it has none in them either.
      const hasApostrophe = /[’'ʼ]/u.test(name);
      const possessives = hasApostrophe ? allMatches(POSSESSIVE, name) : [];
      const lastPossessive = possessives[possessives.length - 1];
      if (lastPossessive) {
        const rest = name.slice(lastPossessive.index + lastPossessive[0].length).trimStart();
        if (!/^\p{Lu}/u.test(rest)) {
          // "Prime Minister Gordon Brown's spokesman said": the owner speaks through them.
          const next = /^\s+(\p{L}+)/u.exec(text.slice(index + name.length))?.[1]?.toLowerCase() ?? '';
          if (!this.lexicon.spokespersonWords?.includes(next)) continue;
          name = name.slice(0, lastPossessive.index);
        } else {
          index += name.length - rest.length;
          name = rest;
        }
      }
      // "C’est", "L’Office fédéral": the elided word is not part of the name.
      if (hasApostrophe && ELIDED.test(name)) {
        const rest = name.replace(ELIDED, '');
        if (!/^\p{Lu}/u.test(rest)) {
          const next = rest.indexOf(' ');
          if (next === -1) continue;
          const tail = rest.slice(next).trimStart();
          index += name.length - tail.length;
          name = tail;
        } else {
          index += name.length - rest.length;
          name = rest;
        }
      }
      // Drop a leading function word capitalised only because it opens the sentence ("O CEO", "The").
      const space = name.search(WHITESPACE);
      const first = space === -1 ? name : name.slice(0, space);
      // A name set in capitals keeps its article ("LA NACION", "EL HERALDO").
      // So does an acronym that spells a function word ("sports daily AS").
      // Opening the sentence too when lower case follows ("AS claim Ronaldo could …", "US officials said").
      const setInCapitals =
        /^\p{Lu}+\s+\p{Lu}{2,}(?:\s|$)/u.test(name) ||
        (/^\p{Lu}{2,}$/u.test(name) && (index > 0 || /^\s+\p{Ll}/u.test(text.slice(name.length))));
      if (
        !setInCapitals &&
        (this.words.sentenceStarters.has(first.toLowerCase()) || this.words.stopwords.has(first.toLowerCase())) &&
        !this.knownWithParticle(name)
      ) {
        const rest = name.slice(first.length).trimStart();
        index += name.length - rest.length;
        name = rest;
      }
      // Leading job titles are not part of the name ("Professor Alan Whitby", "Vorstandschefin Anna Kessler").
      // A name of one word has no title before it nor inside it.
      if (WHITESPACE.test(name)) {
        let tokens = name.split(/\s+/);
        while (
          tokens.length > 1 &&
          (this.words.personTitles.has(tokens[0]!.toLowerCase()) || /^\p{Ll}/u.test(tokens[0]!))
        )
          tokens = tokens.slice(1);
        // "OpenAI CEO Sam Altman": an organization and a title inside the run lead to the person after them.
        const innerTitle = this.innerTitleIndex(tokens);
        // "Sony CEO Kenichiro Yoshida", "Broward Superintendent Robert Runcie": so does any word before the title when a
        // full name follows it; the words before say where the title is held.
        if (
          innerTitle > 0 &&
          (joinedByDash ||
            this.isOrganization(tokens.slice(0, innerTitle).join(' ')) ||
            (tokens.length - innerTitle > 2 && this.looksLikePersonName(tokens.slice(innerTitle + 1).join(' '))))
        )
          tokens = tokens.slice(innerTitle + 1);
        // German capitalises nouns: in a long run only the last two capitalised words can be the name, with the
        // particles between them ("HDE-Präsident Alexander von Preen" → "Alexander von Preen").
        if (this.lexicon.capitalisesNouns && tokens.length > 2) {
          const capitalised = tokens.flatMap((token, at) => (/^\p{Lu}/u.test(token) ? [at] : []));
          if (capitalised.length > 2) tokens = tokens.slice(capitalised.at(-2));
        }
        const trimmed = tokens.join(' ');
        if (trimmed !== name) {
          index += name.lastIndexOf(trimmed);
          name = trimmed;
        }
      }
      if (!name) continue;
      // "Einige Stunden, bevor …", "vor einem halben Jahr": a capitalised word after a determiner or quantifier (and at
      // most two adjectives) is a common noun, no name, where every noun is capitalised.
      const determiners = wordSet(this.lexicon.commonNounDeterminers);
      if (determiners.size > 0) {
        const space = name.search(WHITESPACE);
        let afterDeterminer = space !== -1 && determiners.has(name.slice(0, space).toLowerCase());
        if (afterDeterminer) {
          const rest = name.slice(space).trimStart();
          index += name.length - rest.length;
          name = rest;
        } else {
          const lead = /(?:^|\s)((?:\p{Ll}+\s+){1,3})$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1];
          const words = lead?.trim().split(/\s+/u) ?? [];
          const at = words.findLastIndex((word) => determiners.has(word));
          afterDeterminer = at !== -1 && words.slice(at + 1).every((word) => /(?:e|en|em|er|es)$/u.test(word));
        }
        // A role stays ("sagte eine HZB-Sprecherin"): an unnamed source the body speaks through.
        if (afterDeterminer && !WHITESPACE.test(name) && !this.isPerson(name) && !this.isTitleWord(name)) continue;
      }
      // "sagte von Preen" after "Alexander von Preen": a lower-case particle before a known person's surname is part of
      // the name, not a preposition governing it.
      const particle = /(?:^|\s)(\p{Ll}{2,4})\s+$/u.exec(text.slice(Math.max(0, index - 6), index));
      if (particle && !WHITESPACE.test(name) && this.knownWithParticle(`${particle[1]} ${name}`)) {
        index -= particle[0].trimStart().length;
        name = `${particle[1]} ${name}`;
      }
      // "Thankfully, now we know …", "Finalmente, …": an adverb opening the sentence before a comma is no name.
      if (index === 0 && /^\p{Lu}\p{Ll}+(?:ly|mente)$/u.test(name) && /^\s*,/u.test(text.slice(name.length))) continue;
      if (this.words.personPronouns.has(name.toLowerCase())) continue;
      // "And I said …", "But I’ve also said": a sentence opener left alone after the one before it was dropped. An
      // acronym that spells one is a name ("sports daily AS").
      if (
        !WHITESPACE.test(name) &&
        !/^\p{Lu}{2,}$/u.test(name) &&
        this.words.sentenceStarters.has(name.toLowerCase().replace(/’/gu, "'")) &&
        !this.surnameOfKnownPerson(name)
      )
        continue;
      // "Dean said" after "Howard Dean": a title word that is the surname of someone named before is that person.
      if (this.words.personTitles.has(name.toLowerCase()) && !this.surnameOfKnownPerson(name)) continue;
      // "The US on Sunday urged": a day or a month is when, never who.
      if (this.words.calendarNames.has(name)) continue;
      candidates.push({ name, index, end: index + name.length });
      if (candidates.length >= limit) break;
    }
    return candidates;
  }

  /**
   * "Chief Hall faced mounting pressure …, but she said": a known person opening the sentence as its subject
   * is who a later pronoun in it stands for, if the gender agrees.
   */
  protected sentenceSubject(sentence: string, pronoun: string): string | null {
    const first = this.firstNameCandidate(sentence.slice(0, 60));
    if (!first || (sentence.slice(0, first.index).match(/[\p{L}]+/gu) ?? []).length > 1) return null;
    // A known person, or the surname of a name the text has shown ("Mike Huckabee" … "When Huckabee became governor").
    let shown: string | undefined;
    for (const seen of this.namesSeen)
      if (seen.split(/\s+/).pop() === first.name) {
        shown = seen;
        break;
      }
    // Only when no other name stands before the pronoun ("Cosby … with Constand, …, she said" may mean Constand).
    if (shown && !this.isPerson(first.name)) {
      const pronounAt = sentence.search(wholeWord(pronoun));
      const before = sentence.slice(0, pronounAt === -1 ? sentence.length : pronounAt);
      if (this.nameCandidates(before).some((candidate) => candidate.name !== first.name)) return null;
    }
    const name = this.isPerson(first.name) ? this.canonical(first.name) : (shown ?? this.canonical(first.name));
    if ((!this.isPerson(name) && !shown) || !/^\s+\p{Ll}/u.test(sentence.slice(first.end))) return null;
    const wanted = this.lexicon.femalePronouns.includes(pronoun.toLowerCase()) ? 'f' : 'm';
    const known = this.genders.get(name);
    return !known || known === wanted ? name : null;
  }

  /**
   * "El diputado de Convergencia Social Diego Ibáñez", "El miembro del Buró Político Roberto Morales Ojeda": a run of
   * capitalised words after a title or a member noun and a preposition is the body in the role, then the person; the
   * last two words are the person's name.
   */
  protected personAtEndOfRun(before: string, candidate: NameCandidate): NameCandidate {
    const words = candidate.name.split(/\s+/);
    if (words.length < 3 || !this.afterPreposition(before, candidate.index)) return candidate;
    const tail = words.slice(-2).join(' ');
    const lead = (
      before
        .slice(0, candidate.index)
        .toLowerCase()
        .match(/[\p{L}’'-]+/gu) ?? []
    )
      .slice(-3, -1)
      // "l’analyste de Gartner Pierre Dubois": the title without the article elided onto it.
      .map((word) => word.replace(/^\p{L}[’']/u, ''));
    const role = (word: string) => this.words.personTitles.has(word) || this.words.memberNouns.has(word);
    if (!this.looksLikePersonName(tail) || !lead.some(role)) return candidate;
    return { name: tail, index: candidate.end - tail.length, end: candidate.end };
  }

  /**
   * "公关总监裴逸群显得颇为惊讶": a name after a title that no verb of saying follows ends where its predicate opens, a
   * verb of seeming or an adverb two characters or more long, two or three characters after the title; or before a
   * title after it that closes the clause ("设计专家胡继忠先生。").
   */
  private notePersonBeforePredicate(sentence: string, title: string): void {
    for (const match of sentence.matchAll(new RegExp(`${title}(\\p{sc=Han}{4,})`, 'gu'))) {
      const run = match[1]!;
      // "设计专家胡继忠先生。": the name closes its clause with a title after it.
      const closing = ZH_TITLE_AFTER_NAME.exec(run)?.[1];
      if (closing) {
        this.rememberPerson(closing);
        continue;
      }
      const end = [2, 3].find((at) => ZH_PREDICATE_OPENING.test(run.slice(at)));
      if (end !== undefined) this.rememberPerson(this.stripChineseTitles(run.slice(0, end)));
    }
  }

  /** The name after the last job title in a Chinese subject ("兼首席执行官孟涛" → "孟涛"). */
  protected stripChineseTitles(clause: string): string {
    let name = clause;
    for (;;) {
      let cut = -1;
      for (const title of this.lexicon.personTitles) {
        const at = name.lastIndexOf(title);
        if (at !== -1 && at + title.length < name.length) cut = Math.max(cut, at + title.length);
      }
      if (cut === -1) return name;
      name = name.slice(cut).replace(/^(兼|暨)/u, '');
    }
  }
}

/** A Japanese honorific or title after a name ("フアン氏", "佐藤社長"). */
const JA_HONORIFIC = /氏|さん|社長|会長|教授/u;
/** The name before a Japanese honorific, in katakana or two to four kanji. */
const JA_HONORIFIC_NAME = new RegExp(`([\\p{sc=Katakana}ー・]{2,}|[\\p{sc=Han}]{2,4})(?:${JA_HONORIFIC.source})`, 'gu');

const unnamedTitleTriggers = new WeakMap<LexiconWords, RegExp>();

/**
 * An indefinite article, spaces and a title, with no word boundaries, on a lower-case copy of the sentence: where it
 * is nowhere, noteUnnamedTitles finds nothing, and its search pairs every two words of the sentence. The lexicons'
 * articles and titles hold no sigma, the one letter whose lower case depends on the letters around it, so the
 * lower-case copy holds each pair that search finds as that pair in lower case.
 */
export function unnamedTitleTrigger(words: LexiconWords): RegExp {
  let trigger = unnamedTitleTriggers.get(words);
  if (!trigger) {
    const lowerCase = (set: ReadonlySet<string>) => alternation([...set].map((word) => word.toLowerCase()));
    const articles = lowerCase(words.indefiniteArticles);
    const titles = lowerCase(words.personTitles);
    trigger = articles && titles ? new RegExp(`(?:${articles})\\s+(?:${titles})`, 'u') : /(?!)/u;
    unnamedTitleTriggers.set(words, trigger);
  }
  return trigger;
}

/** Whether `index` is inside a parenthesis opened before it and not yet closed. */
function insideParenthesis(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
