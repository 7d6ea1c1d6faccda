import { allMatches, findPhrases, type PhraseHit } from '../match';
import type { ClaimLexicon } from '../lexicon';
import { alternation } from './lexicon-patterns';
import type { NameCandidate } from './memory';
import {
  CONCEPT_ACRONYMS,
  COORDINATORS,
  DEFINITE_ARTICLE,
  GENITIVE_PREPOSITIONS,
  MEMBER_PREPOSITIONS,
  ROMANCE,
} from './multilingual';
import { ReferenceReader } from './references';
import { appositionWord, trailingWord } from './text';

/** A lower-case word, then capitalized words: a preposition and the name it takes. */
const PREPOSITION_AND_NAME = /^\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u;

/**
 * A name with the genitive that goes on after it ("the Ministry" + " of Health" → "Ministry of Health"); the name
 * alone when `after` opens with no genitive preposition and name.
 */
export function withGenitive(name: string, after: string): string {
  const of = PREPOSITION_AND_NAME.exec(after);
  return of && GENITIVE_PREPOSITIONS.has(of[1]!) ? `${name} ${of[1]} ${of[2]}` : name;
}

/** The endings of French, Spanish and Portuguese adjectives that qualify a body ("fédéral", "européenne", "nacional"). */
const ROMANCE_ADJECTIVE =
  /^\p{Ll}[\p{L}-]*(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|éen|éenne|ain|aine|ais|aise|ois|oise|ique|iques|aire|aires|if|ive|ifs|ives|eur|rice|ano|ana|eno|ena|ino|ina|ico|ica|ar|ês|esa|ense|eiro|eira)$/u;

/** A French stressed pronoun closing the text ("lui-même", "elles-mêmes"). */
const STRESSED_PRONOUN = /\s+(?:lui|elle|eux|elles)-mêmes?\s*$/u;

/** Endings of German nouns for people: agents ("-er", "-ist", "-ent"), their feminine "-in", adjectives ("-ige", "-te"). */
const GERMAN_PERSON_NOUN = /(?:er|in|innen|ige|igen|te|ten|ene|enen|sche|ist|ent|ant|eur|or|\d)$/u;

/** The subject written before its reporting verb: "X said", "X, a professor at Y, said". */
export abstract class SubjectReader extends ReferenceReader {
  /** Who issued each document named so far ("study" → "American Association of University Women"), by its noun. */
  private readonly documentAuthors = new Map<string, string>();
  private documentAuthorPatternsBuilt: [RegExp, RegExp] | null | undefined;
  /** The words that introduce a document's author (`reportNouns.agents` and `authorPrepositions`), built once. */
  private documentAgentWords: string[] | undefined;

  /** "X, a professor …, who sat on the board, told": two appositions, the second a relative clause. */
  private readonly twoAppositions: RegExp | null;
  /** "…, Tomás Hirsch, quien … anticipó": a relative clause running up to the verb. */
  private readonly relativeToVerb: RegExp | null;
  /** "… en la que" at the end of the text before the verb. */
  private readonly relativeClauseEnd: RegExp | null;

  constructor(lexicon: ClaimLexicon, lang: string, unspaced: boolean, publication: string | null = null) {
    super(lexicon, lang, unspaced, publication);
    const relatives = alternation(lexicon.relativePronouns);
    // "…, líder do bloco …, que congrega …, acha": after a comma closing an apposition, "que" opens a relative clause.
    const apposedRelatives = alternation([...(lexicon.relativePronouns ?? []), ...(lexicon.invertingRelatives ?? [])]);
    this.twoAppositions = apposedRelatives
      ? new RegExp(
          `^\\s*,[^,;:.!?"“”«»„()]{2,110},\\s*(?:${apposedRelatives})\\s[^,;:.!?"“”«»„()]{2,110},\\s*(?:[\\p{L}’'-]+\\s+){0,3}$`,
          'iu',
        )
      : null;
    this.relativeToVerb = relatives ? new RegExp(`,?\\s+(?:${relatives})\\s`, 'giu') : null;
    const openers = alternation(lexicon.relativeClauseOpeners);
    this.relativeClauseEnd = openers ? new RegExp(`\\s(?:${openers})\\s*$`, 'iu') : null;
  }

  /** Whether `text` opens with a lower-case word in a past tense ("visitó", "visited"): a verb, no role. */
  private opensWithPastVerb(text: string): boolean {
    const first = /^\s*(\p{Ll}[\p{L}’'-]*)/u.exec(text)?.[1];
    if (!first || this.words.personTitles.has(first) || this.words.stopwords.has(first)) return false;
    return this.lexicon.pastTenseEndings.some((ending) => first.length > ending.length + 2 && first.endsWith(ending));
  }

  private isPassive(before: string): boolean {
    const lastWord = trailingWord(before)?.toLowerCase();
    return (
      lastWord !== undefined &&
      (this.lexicon.passiveAuxiliaries.includes(lastWord) ||
        (this.lexicon.impersonalMarkers?.includes(lastWord) ?? false))
    );
  }

  /**
   * "The deaths were confirmed by the Ministry of Health", "was reported by police": the agent after a passive
   * reporting verb (a name, or a group described) is who spoke; with none, nobody did.
   */
  private passiveAgent(sentence: string, verb: PhraseHit): string | null {
    const agents = this.lexicon.reportNouns?.agents;
    if (!agents?.length) return null;
    const after = sentence.slice(verb.end, verb.end + 80);
    // The preposition right after the verb, or after one adverb ("confirmed later by").
    const words = /^\s+(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?/u.exec(after);
    if (!words) return null;
    const opening = agents.includes(words[1]!)
      ? after.indexOf(words[1]!) + words[1]!.length + 1
      : words[2] && agents.includes(words[2])
        ? words[0].length
        : -1;
    if (opening < 0) return null;
    const rest = after.slice(opening);
    const candidate = this.firstNameCandidate(rest);
    if (
      candidate &&
      /^(?:\p{Ll}{1,4}\s+)?$/u.test(rest.slice(0, candidate.index)) &&
      !this.isPlace(candidate.name) &&
      !this.isGeneric(candidate.name)
    ) {
      // "the Ministry of Health": the name goes on after "of".
      return this.canonical(withGenitive(candidate.name, rest.slice(candidate.end)));
    }
    // The agent's lower-case head word, after an article at most: a title ("el ministro …") or a group ("fuentes").
    const head = /^(?:\p{Ll}{1,4}\s+)?(\p{Ll}+)(?![\p{L}])/u.exec(rest)?.[1];
    if (!head) return null;
    const titled = this.titledAgent(rest, head);
    if (titled) return titled;
    return this.lexicon.groupSources?.includes(head) ? head : null;
  }

  /**
   * "por el ministro de Salud, Juan Pérez", "pelo senador Rodrigo Pacheco": an agent described by a title, with the
   * title's complement, before the person's name (apposed after a comma, or right after the title) is that person.
   * `head` is the agent's head word, read from `rest`.
   */
  private titledAgent(rest: string, head: string): string | null {
    if (!this.words.personTitles.has(head)) return null;
    for (const candidate of this.nameCandidates(rest)) {
      const between = rest.slice(0, candidate.index);
      // The description ends at a pause of any other kind, or at a comma not right before the name.
      if (/[.;:!?"“”«»()]/u.test(between) || /,(?!\s*$)/u.test(between)) return null;
      if (this.isPerson(candidate.name) || this.looksLikePersonName(candidate.name))
        return this.canonical(candidate.name);
    }
    return null;
  }

  /** "Kenneth Preston, a Broward County high school student, says": the name before the apposition. */
  protected appositiveSubjectOf(sentence: string, verb: PhraseHit): string | null {
    const before = sentence.slice(0, verb.index);
    for (const candidate of this.namesIn(sentence, 0, verb.index)) {
      // "Lasier Martins (Podemos-RS), líder do bloco …, acha": the party or place in parentheses is part of the name.
      const rest = before.slice(candidate.end).replace(/^\s*\([^()]{1,30}\)/u, '');
      // One apposition, or two ("Charles Chastain, a professor at …, who was on the board at the time, told").
      if (!/^\s*,[^,;:.!?"“”«»„()]{2,110},\s*(?:[\p{L}’'-]+\s+){0,3}$/u.test(rest) && !this.twoAppositions?.test(rest))
        continue;
      // "la cadena Russia Today, en el que …, el antropólogo Martínez explica": a name after the closing comma is
      // the verb's own subject, and what came before it no apposition.
      if (this.nameCandidates(rest.slice(rest.lastIndexOf(',') + 1)).length > 0) continue;
      if (this.isPlace(candidate.name) || this.isGeneric(candidate.name)) continue;
      if (this.afterPreposition(before, candidate.index)) continue;
      if (this.words.personPronouns.has(candidate.name.toLowerCase())) continue;
      // "O CEO da OpenAI, Sam Altman, revelou": the apposition is the person, the name before it their title.
      const inner = this.namesIn(sentence, candidate.end, verb.index).find((c) => this.looksLikePersonName(c.name));
      if (inner && !this.looksLikePersonName(candidate.name) && !this.isPerson(candidate.name))
        return this.canonical(inner.name);
      // "La convencional de la Coordinadora Plurinacional, Tania Madriaga, cree": an apposition that is nothing
      // but a person's name is the subject; the name before it is part of their role.
      if (
        inner &&
        (!this.isPerson(candidate.name) || /\p{Ll}{3,}/u.test(before.slice(0, candidate.index))) &&
        /^\s*,\s*$/u.test(rest.slice(0, inner.index)) &&
        /^\s*,/u.test(rest.slice(inner.end))
      ) {
        this.speakerRole = sentence.slice(0, candidate.end).trim() || null;
        return this.canonical(inner.name);
      }
      const role = /^\s*,\s*([^,]+?)\s*,/u.exec(rest)?.[1] ?? null;
      // "Juan Pérez, visitó el hospital el lunes, por lo que aseguró": a clause of the subject's own, not their role.
      this.speakerRole = role && this.opensWithPastVerb(role) ? null : role;
      return this.canonical(candidate.name);
    }
    return this.unclosedAppositionSubject(sentence, verb);
  }

  /**
   * "…,” Al Hilwa, director of Applications Development Software at IDC said": an apposition the writer left without
   * its closing comma. It opens in lower case with the person's role and ties names to it with prepositions, so
   * the names in it are the role's, and the person named before the comma is the subject.
   */
  private unclosedAppositionSubject(sentence: string, verb: PhraseHit): string | null {
    const before = sentence.slice(0, verb.index);
    const comma = before.lastIndexOf(',');
    const apposition = before.slice(comma + 1);
    const opening = /^\s*(\p{Ll}[\p{L}’'-]*)\s/u.exec(apposition)?.[1];
    if (comma < 0 || !opening || this.words.personPronouns.has(opening) || /[;:!?"“”«»„()]/u.test(apposition))
      return null;
    // A role tied to its body: "director of …", "a professor at …".
    const words = apposition.match(/[\p{L}’'-]+/gu) ?? [];
    const tie = words.findIndex((word) => GENITIVE_PREPOSITIONS.has(word) || MEMBER_PREPOSITIONS.has(word));
    if (tie < 1 || tie > 3 || words.length > 12 || !/^\p{Lu}/u.test(words.at(-1)!)) return null;
    if (words.slice(0, tie).some((word) => !/^\p{Ll}/u.test(word))) return null;
    const person = this.namesIn(sentence, 0, comma).at(-1);
    if (!person || !/^\s*$/u.test(before.slice(person.end, comma))) return null;
    if (!this.isPerson(person.name) && !this.looksLikePersonName(person.name)) return null;
    this.speakerRole = apposition.trim();
    return this.canonical(person.name);
  }

  /** "the 24-year-old comic", "The 59-year-old mortgage lender": the definite article, an age and a description. */
  protected describedByAge(text: string): boolean {
    return this.lang === 'en' && /^\s*the\s+\d{1,3}-year-old(?:\s+\p{Ll}[\p{L}-]*){0,3}\s*$/iu.test(text);
  }

  /**
   * Whether a German noun after "der"/"die" describes a person rather than naming one ("die 40-Jährige", "der
   * frühere Nationalspieler"): no known person or organization, no group, no job title (those have their own rules).
   */
  protected describesSomeone(noun: string): boolean {
    return (
      !this.isPerson(noun) &&
      !this.isOrganization(noun) &&
      !this.words.organizationWords.has(noun.toLowerCase()) &&
      !this.lexicon.groupSources?.includes(noun.toLowerCase()) &&
      !this.isTitleWord(noun)
    );
  }

  /** A pronoun of `subjectOnlyPronouns` among the words of a clause (de "er"), which is then its subject. */
  protected subjectOnlyPronounIn(clause: string): string | undefined {
    return (clause.match(/[\p{L}’'-]+/gu) ?? []).find((word) =>
      this.lexicon.subjectOnlyPronouns?.includes(word.toLowerCase()),
    );
  }

  /**
   * "mit sehr aufrichtigen Worten", "Während des Rennens": in a language that capitalises every noun (one with
   * `commonNounDeterminers`: German), one word after an article or determiner, or after inflected adjectives opened by
   * an article or preposition, is a common noun, no name (unless known as one).
   */
  protected capitalisedCommonNoun(before: string, candidate: NameCandidate): boolean {
    const openers = this.patterns.commonNounOpeners;
    if (openers.size === 0 || /\s/u.test(candidate.name) || this.isPerson(candidate.name)) return false;
    const lead = /((?:\p{Ll}+\s+){1,3})$/u.exec(before.slice(0, candidate.index))?.[1]?.trim().split(/\s+/u) ?? [];
    const last = lead.at(-1);
    if (!last) return false;
    if (openers.has(last)) return true;
    return /(?:en|em|er|es)$/u.test(last) && lead.slice(0, -1).some((word) => this.words.stopwords.has(word));
  }

  protected subjectOf(sentence: string, verb: PhraseHit, namedBefore: string | null = null): string | null {
    const windowStart = Math.max(0, verb.index - 120);
    const before = this.withoutVerbFillers(sentence.slice(windowStart, verb.index));
    // "Wu Fan was quoted by Agence-France Presse as saying": who is quoted speaks, not who quotes.
    const quotedAs = /\b(?:was|were|is|are|been)\s+(?:quoted|cited)\s+(?:by|in)\s[^,;:.!?"“”«»]{1,60}\s+as\s*$/u.exec(
      before,
    );
    if (quotedAs) {
      const at = windowStart + quotedAs.index;
      return this.subjectOf(sentence, { index: at, end: at, phrase: '' });
    }
    // "The Jefferson Lies: Exposing the Myths You’ve Always Believed about …": a verb capitalised after a capitalised
    // adverb or auxiliary is a word of a title set in title case, no verb of the sentence.
    if (this.lang === 'en' && /^\p{Lu}/u.test(verb.phrase)) {
      const previous = trailingWord(sentence.slice(0, verb.index));
      if (previous && /^\p{Lu}/u.test(previous) && this.isFiller(previous)) return null;
    }
    if (this.isPassive(before)) return this.passiveAgent(sentence, verb);
    const shared = this.sharedOpeningSubject(sentence, before, verb);
    if (shared) return shared;
    const spelledOut = this.spelledOutAcronym(before);
    if (spelledOut) return spelledOut;
    // "…, Tomás Hirsch, quien ya tomó distancia del proyecto y anticipó": the relative pronoun's antecedent.
    if (this.relativeToVerb) {
      // The last relative pronoun, then a clause with no break up to the verb.
      let relative: RegExpExecArray | null = null;
      for (const match of allMatches(this.relativeToVerb, before)) relative = match;
      if (relative && !/^[^,;:.!?"“”«»]{0,80},?\s*$/u.test(before.slice(relative.index + relative[0].length)))
        relative = null;
      const at = relative?.index ?? -1;
      const named = at >= 0 ? this.nameCandidates(before.slice(0, at)) : [];
      let antecedent = named.pop();
      // "James Lankford, an Oklahoma Republican who warned": the name qualifies the noun of an apposition; the person
      // it describes is the antecedent.
      const described = named.pop();
      const article = antecedent && described ? appositionWord(before.slice(described.end, antecedent.index)) : null;
      if (
        antecedent &&
        described &&
        article !== null &&
        this.words.indefiniteArticles.has(article.toLowerCase()) &&
        (this.isPerson(described.name) || this.looksLikePersonName(described.name))
      )
        antecedent = { ...described, end: antecedent.end };
      if (
        antecedent &&
        /^\s*$/u.test(before.slice(antecedent.end, at)) &&
        !this.isPlace(antecedent.name) &&
        !this.isGeneric(antecedent.name)
      )
        return this.canonical(antecedent.name);
    }
    // "Berríos emitió un comunicado en el que expresó": the subject of the clause the relative clause hangs on.
    const opener = this.relativeClauseEnd?.exec(before);
    if (opener) {
      const main = this.openingActor(before.slice(0, opener.index));
      if (main) return main;
    }
    // "Der frühere Nationalspieler ist zuversichtlich", "Die 40-Jährige sagte": German writes every noun with a
    // capital, so an article, an adjective and one noun opening the clause describe someone, the person who spoke
    // last, not a name.
    if (this.lexicon.capitalisesNouns) {
      const noun =
        /^(?:[^,;:.!?"“”„«»]{0,30},\s*)?(?:wie\s+)?(?:der|die|das)\s+(?:\p{Ll}+\s+)?([\p{Lu}\d][\p{L}\d-]+)\s*$/iu.exec(
          before,
        )?.[1];
      if (noun && this.describesSomeone(noun)) {
        // "Die Caritas sagt, dass …", "Die Diakonie warnt": a noun with no ending of a person's ("-er", "-in", the
        // adjective's "-e"/"-te") nor a word for kin or members names a body, which speaks itself.
        const lower = noun.toLowerCase();
        if (
          !GERMAN_PERSON_NOUN.test(lower) &&
          !this.lexicon.kinshipNouns?.includes(lower) &&
          !this.words.memberNouns.has(lower)
        )
          return noun;
        return this.lastSpeaker && this.isPerson(this.lastSpeaker) ? this.lastSpeaker : null;
      }
    }
    // "The 59-year-old mortgage lender said": an English description by age is the person the sentence before was
    // about, or the person named last, as "he" would be.
    if (this.describedByAge(before.split(/[,;:"“”«»„()]/u).pop() ?? '')) return namedBefore ?? this.resolvePronoun();
    // "Den Clip kommentierte er schließlich mit sehr aufrichtigen Worten und schrieb": a pronoun that is only ever a
    // subject, in the clause before the verb, is its subject, whatever nouns come between.
    const subjectPronoun = this.subjectOnlyPronounIn(before.split(/[,;:"“”„«»()]/u).pop() ?? '');
    if (subjectPronoun) return this.resolvePronoun(subjectPronoun);
    const members = this.membersOpening(sentence, verb);
    if (members) return members;
    const relative = this.relativeOf(before);
    if (relative !== undefined) return relative;
    // "“…,” her mother, Fiona, said": a name set off by commas right before the verb, after the description it
    // names, is the subject.
    const apposed = /\p{Ll}[\p{L}’'-]*\s*,\s*([^,;:.!?"“”«»()]+?)\s*,\s*$/u.exec(before);
    if (apposed) {
      const name = this.firstNameCandidate(apposed[1]!);
      if (
        name &&
        name.index === 0 &&
        name.end === apposed[1]!.length &&
        !this.isPlace(name.name) &&
        !this.isGeneric(name.name)
      )
        return this.canonical(name.name);
    }
    // "“We advise the public …,” it said in a statement": the organization named last.
    if (this.itAntecedent && this.patterns.organizationPronounBeforeVerb?.test(this.withoutFillers(before)))
      return this.itAntecedent;
    const pronoun = this.patterns.pronounBeforeVerb.exec(before);
    if (pronoun) return this.sentenceSubject(sentence, pronoun[1] ?? '') ?? this.resolvePronoun(pronoun[1]);
    // "But they have repeatedly reaffirmed …", "Many of them said …": a plural pronoun opening the clause goes on with
    // the body or group that spoke last, in this paragraph or the one before; never with one person.
    const plural = this.lexicon.pluralPronouns?.length
      ? new RegExp(
          `^\\s*(?:\\p{L}+\\s*,?\\s+)?(?:\\p{L}+\\s+(?:of|de|d’|d')\\s*)?(?:${this.lexicon.pluralPronouns.join('|')})(?:\\s+\\p{Ll}+){0,2}\\s*$`,
          'iu',
        ).test(before)
      : false;
    if (plural)
      return this.lastSpeaker &&
        this.block - this.lastSpeakerBlock <= 1 &&
        !this.isPerson(this.lastSpeaker) &&
        !this.looksLikePersonName(this.lastSpeaker)
        ? this.lastSpeaker
        : null;
    const organization = this.organizationAnaphor(before, sentence, verb.index);
    if (organization) return organization;
    // "The report claims that …", "The statement said": the report of whoever spoke last.
    // "The study also shows": an adverb may come between the document and its verb.
    const clause = (before.split(/[,;:"“”«»„()]/u).pop() ?? '').replace(/\s+(\p{Ll}+)\s*$/u, (whole, word: string) =>
      this.lexicon.verbAdverbs?.includes(word) ? ' ' : whole,
    );
    const document = /^\s*(\p{L}+)\s+(\p{L}+)\s*$/u.exec(clause);
    const issued = document ? this.issuedDocument(document[1]!, document[2]!) : null;
    if (issued) return issued;
    const author = this.documentAuthor(before);
    if (author) return author;
    if (
      document &&
      this.lastSpeaker &&
      this.words.stopwords.has(document[1]!.toLowerCase()) &&
      !this.words.indefiniteArticles.has(document[1]!.toLowerCase()) &&
      this.lexicon.reportNouns?.nouns.includes(document[2]!.toLowerCase())
    )
      return this.lastSpeaker;
    // "A senior official at the State Department said": someone new, from the body named.
    const member = this.indefiniteMember(before.split(/[,;:"“”«»„()]/u).pop() ?? '');
    if (member) return member;
    // "La operadora de la red de gas de Ucrania (Gtsou) anunció": the acronym right before the verb names the subject.
    const acronymMatch = /\((\p{Lu}[\p{L}\d]{1,9})\)\s*$/u.exec(before);
    const acronym = acronymMatch?.[1];
    // "Jan Hamáček (ČSSD) a estimé": after a person's name it is their party, and the person speaks.
    const owner = acronymMatch ? this.nameCandidates(before.slice(0, acronymMatch.index)).pop() : undefined;
    const partyOfPerson =
      owner !== undefined &&
      /^\s*$/u.test(before.slice(owner.end, acronymMatch!.index)) &&
      (this.isPerson(owner.name) || this.looksLikePersonName(owner.name));
    if (acronym && !partyOfPerson && !CONCEPT_ACRONYMS.has(acronym) && !this.isPlace(acronym))
      return this.canonical(acronym);
    const lastClause = before.split(/[,;:"“”«»„()]/u).pop() ?? '';
    const group =
      this.groupSubject(lastClause) ??
      this.restrictedGroup(
        lastClause.replace(/\s+\p{Ll}+\s*$/u, (whole) => (this.isFiller(whole.trim()) ? '' : whole)),
      );
    if (group) return group;
    // "Desde la centroderecha respondieron …": the side named after the opening preposition speaks.
    // "En tanto, desde la oposición advirtieron": the side may follow an opening phrase and a comma.
    const side = /^\s*(\p{L}+)\s+(?:(\p{L}+)\s+)?(\p{L}[\p{L}’'-]*)\s*$/u.exec(before.split(',').pop() ?? '');
    if (
      side &&
      this.lexicon.sideOpeners?.includes(side[1]!.toLowerCase()) &&
      (!side[2] || this.words.stopwords.has(side[2].toLowerCase())) &&
      // "…, desde que concluyó": a conjunction, no side.
      !this.words.stopwords.has(side[3]!.toLowerCase()) &&
      !this.patterns.complementizers.has(side[3]!.toLowerCase()) &&
      !this.isPlace(side[3]!)
    )
      return side[3]!;
    const described = this.titleAnaphor(before.split(/[,;:"“”«»„]/u).pop() ?? '');
    if (described) return described;
    const subject =
      before
        .split(/[,;:"“”«»„]/u)
        .filter((part) => part.trim())
        .pop() ?? '';
    const role = this.roleAnaphor(subject) ?? this.heldRole(subject);
    if (role) return role;
    // Names inside a quotation that closes before the verb are what was said, not who said it.
    const quoteClose = Math.max(...['”', '»', '“', '"', '」'].map((mark) => before.lastIndexOf(mark)));
    // Names in a parenthesis or between dashes ("Boric -en entrevista con Cooperativa- deslizó") are asides.
    const asides = allMatches(/\([^()]*\)|\s[-–—][^-–—]{2,80}[-–—](?=\s)/gu, before).map(
      (match) => [match.index, match.index + match[0].length] as const,
    );
    const candidates = this.namesIn(sentence, windowStart, verb.index)
      .map((c) => this.personAtEndOfRun(before, c))
      .filter(
        (c) =>
          c.end > quoteClose &&
          !asides.some(([start, end]) => c.index >= start && c.end <= end) &&
          !this.isPlace(c.name) &&
          !this.afterPreposition(before, c.index) &&
          !this.capitalisedCommonNoun(before, c),
      );
    // "William Wakeham of the Royal Academy of Engineering said", "Alberto Shiguematsu, a São Paulo resident who
    // tweeted", "Mr. Warner, the Virginia Democrat, called": a name after a person's name and "of", or opening an
    // apposition after them, is where they work or live, part of the description of the one who speaks.
    const ofPerson = (candidate: NameCandidate, index: number) => {
      const owner = candidates[index - 1];
      if (owner === undefined || this.isOrganization(owner.name)) return false;
      if (!this.isPerson(owner.name) && !this.looksLikePersonName(owner.name)) return false;
      const gap = before.slice(owner.end, candidate.index);
      const apposition = appositionWord(gap);
      return (
        /^\s+(?:of|de|da|do|du|des|del|von|vom)\s+(?:(?:the|la|le|el|a|o|der|des)\s+|l[’'ʼ]\s*)?$/iu.test(gap) ||
        (apposition !== null &&
          (this.words.indefiniteArticles.has(apposition.toLowerCase()) || DEFINITE_ARTICLE.test(apposition)))
      );
    };
    candidates.splice(0, candidates.length, ...candidates.filter((c, index) => !ofPerson(c, index)));
    const people = candidates.filter((c) => this.isPerson(c.name));
    const nearestPerson = people[people.length - 1] ?? candidates.filter((c) => this.looksLikePersonName(c.name)).pop();
    const nearest = candidates[candidates.length - 1];
    // "Propriété du milliardaire Daniel Křetínský, le tabloïd Blesk note": a name right before the verb, after
    // the person and a comma, is the subject.
    const adjacent = (candidate: NameCandidate) => {
      const gap = before.slice(candidate.end);
      return !/[,.;:()]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 2;
    };
    if (
      nearestPerson &&
      nearest &&
      nearest !== nearestPerson &&
      nearest.index > nearestPerson.end &&
      /[,;:]/u.test(before.slice(nearestPerson.end, nearest.index)) &&
      adjacent(nearest) &&
      !this.isGeneric(nearest.name)
    )
      return this.canonical(nearest.name);
    // "The Department of Health and Human Services said": what looks like a name is the end of an organization's.
    const span =
      nearestPerson === nearest && nearest && !this.isPerson(nearest.name)
        ? this.organizationSpan(before, candidates, nearest)
        : null;
    if (span) return span;
    if (nearestPerson) return this.canonical(nearestPerson.name);
    // Otherwise only a name directly before the verb, at most two words away ("Google said",
    // "Nvidia on Monday said"), is the subject; further back it is usually something else.
    if (!nearest) return null;
    let between = before.slice(nearest.end);
    // "Mientras tanto, Alvarado negaba …, a la vez que aseveró": a verb whose own clause names nobody shares the
    // subject opening the sentence.
    if (/[,;]/u.test(between) && this.subjectlessClause(before)) {
      const shared = this.openingSubject(sentence);
      if (shared) return shared;
    }
    // "Por ahora, Boric -en entrevista con Cooperativa- deslizó": an aside between a subject opening the clause and its verb.
    if (/^(?:[^,;:]{0,30},\s*)?$/u.test(before.slice(0, nearest.index)))
      for (const [start, end] of asides)
        if (start >= nearest.end) between = between.replace(before.slice(start, end), ' ');
    if (/[,.;:()]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 2) {
      const tail = this.openingBodyTail(before, nearest);
      if (tail && tail.length === before.slice(nearest.end).trimEnd().length) return `${nearest.name}${tail}`;
      if (!this.coordinatedWithOpeningVerb(before, nearest)) return null;
      if (tail) return `${nearest.name}${tail}`;
      return this.organizationSpan(before, candidates, nearest) ?? this.canonical(nearest.name);
    }
    if (this.isGeneric(nearest.name)) return null;
    // "American officials said", "a British man claims": a noun after the capitalised word is the subject it
    // qualifies; the whole description is the source, unless it is nobody in particular ("Local people").
    const wordAfter = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(between)?.[1];
    if (
      wordAfter &&
      this.lexicon.verbAdverbs &&
      !this.lexicon.verbAdverbs.includes(wordAfter) &&
      !this.words.stopwords.has(wordAfter) &&
      !this.words.modalVerbs.has(wordAfter) &&
      !/(?:ly|mente)$/u.test(wordAfter)
    ) {
      const described = between.trim().split(/\s+/);
      // Not the adverbs and auxiliaries before the verb ("Sunni parties also rejected").
      while (described.length > 1 && this.isFiller(described.at(-1)!)) described.pop();
      if (this.isGeneric(described.at(-1)!)) return null;
      // "Officials monitor weather forecasts": where adjectives go before the noun, a described source ends with a
      // noun of people or a body ("officials", "spokesman", "agency"); another word is a verb of its own, and the
      // reporting word after it a noun.
      // After an indefinite article it is a noun phrase whatever its noun ("a Danish man claims").
      const indefinite = this.words.indefiniteArticles.has(
        trailingWord(before.slice(0, nearest.index))?.toLowerCase() ?? '',
      );
      if (!ROMANCE.has(this.lang) && !indefinite && !this.namesPeople(described.at(-1)!)) return null;
      return `${nearest.name} ${described.join(' ')}`;
    }
    return this.organizationSpan(before, candidates, nearest) ?? nearest.name;
  }

  /**
   * "Redknapp will lose Kanu and Sulley Muntari but is adamant …", "The firm dropped its case against Ann Lee, saying
   * …": in English a verb right after "and" or "but" (auxiliaries and adverbs aside), or a participle after a comma,
   * has no subject of its own. It shares the actor opening the sentence (a person, after "and" or "but"), never the
   * name the first verb took as its object. Null when no such actor opens the sentence.
   */
  private sharedOpeningSubject(sentence: string, before: string, verb: PhraseHit): string | null {
    const clauses = this.lexicon.sharedSubjectClauses;
    if (!clauses) return null;
    const participle = /^\p{L}+ing\b/u.test(verb.phrase) && /,\s*$/u.test(before);
    if (!participle && !clauses.coordinators.includes(this.wordsUpTo(before, clauses.coordinators).at(-1) ?? ''))
      return null;
    // "If US intentions are good …, since the terms … contain … and proposed": what opens a subordinate clause is not
    // the subject the sentence's verbs share.
    if (clauses.subordinators.includes(/^[\s"“]*(\p{L}+)/u.exec(sentence)?.[1]?.toLowerCase() ?? '')) return null;
    const actor = this.openingActor(sentence) || this.openingSubject(sentence);
    // "Republicans pilloried the administration … and complained": a group's second verb is left to the rules after.
    return actor && (participle || this.isPersonSpeaker(actor)) ? actor : null;
  }

  /**
   * The words and punctuation marks of `before`, less the auxiliaries and adverbs closing it ("… but is" → "… but"),
   * stopping at a word of `keep`.
   */
  private wordsUpTo(before: string, keep: readonly string[]): string[] {
    const words = before.match(/[\p{L}’'-]+|[^\p{L}\s’'-]/gu) ?? [];
    while (words.length > 1 && !keep.includes(words.at(-1)!) && this.isFiller(words.at(-1)!)) words.pop();
    return words;
  }

  /**
   * Whether `word` can head a described source: a group, a member, a title, an organization word or a plural noun
   * ("officials", "spokesman", "agency", "politicians").
   */
  private namesPeople(word: string): boolean {
    const lower = word.toLowerCase();
    return (
      /\p{L}{3}s$/u.test(lower) ||
      this.words.organizationWords.has(lower) ||
      (this.lexicon.groupSources?.includes(lower) ?? false) ||
      this.words.memberNouns.has(lower) ||
      this.words.personTitles.has(lower)
    );
  }

  /**
   * "Analysts at Morgan Stanley expect …", "Scientists at Stemagen Corp, a lab in La Jolla, California said": people
   * described by a plural noun tied to a body ("at", "for") open the sentence as its subject; the body speaks. Only for
   * the sentence's first reporting verb, and only when the body is no person and no place.
   */
  private membersOpening(sentence: string, verb: PhraseHit): string | null {
    const opening = /^(?:[^,;:.!?"“”«»]{0,30},\s*)?(\p{L}+s)\s+(\p{Ll}+)\s+(?:the\s+)?(?=\p{Lu})/u.exec(sentence);
    if (!opening || !MEMBER_PREPOSITIONS.has(opening[2]!) || this.words.personPronouns.has(opening[1]!.toLowerCase()))
      return null;
    const body = this.firstNameCandidate(sentence.slice(opening[0].length, opening[0].length + 60));
    if (!body || body.index !== 0 || opening[0].length + body.end > verb.index) return null;
    if (this.isPerson(body.name) || this.looksLikePersonName(body.name) || this.isPlace(body.name)) return null;
    // No other reporting verb before this one: the members are its subject, not an earlier verb's.
    if (findPhrases(sentence.slice(0, verb.index), this.lexicon.reportingVerbs, false).length > 0) return null;
    // "the Department of Justice": the name goes on after "of".
    const rest = sentence.slice(opening[0].length + body.end);
    const whole = withGenitive(body.name, rest);
    const name = this.canonical(whole);
    this.bodies.add(name);
    return name;
  }

  /**
   * Whether the clause after the last comma of `before` (the text up to a verb) holds no noun phrase of its own, only
   * conjunctions, adverbs and a subordinator: "…, and", "…, y", "…, a la vez que", "…, mas".
   */
  private subjectlessClause(before: string): boolean {
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    const words = clause.match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length > 4 || !/^[\s\p{Ll}’'ʼ-]*$/u.test(clause)) return false;
    // One word that is no function word may sit inside a subordinator ("a la vez que"), not end the clause.
    const unknown = words.filter(
      (word) =>
        word.length > 3 &&
        !this.words.stopwords.has(word) &&
        !this.words.locativePrepositions.has(word) &&
        !this.words.sentenceStarters.has(word) &&
        !(this.lexicon.verbAdverbs?.includes(word) ?? false),
    );
    return unknown.length === 0 || (unknown.length === 1 && unknown[0] !== words.at(-1));
  }

  /**
   * "L'Office fédéral de la santé publique a indiqué": French writes the adjectives and the genitive of a body's name in
   * lower case. The lower-case tail of a body's name opening the clause, in a Romance language (empty otherwise): when
   * it runs up to the verb, the whole of it is the subject; when a verb coordinated with the one after the name
   * follows, it is part of the shared subject.
   */
  private openingBodyTail(before: string, name: NameCandidate): string {
    if (!ROMANCE.has(this.lang) || !this.opensClause(before, name)) return '';
    return this.lowerCaseBodyTail(name, before.slice(name.end).trimEnd());
  }

  /**
   * The lower-case words going on with a body's name in `rest` (the text right after it): adjectives ("fédéral",
   * "européenne") and at most one genitive with its noun and adjectives ("de la santé publique"). Empty when the name
   * opens with no organization word.
   */
  private lowerCaseBodyTail(name: NameCandidate, rest: string): string {
    if (!this.words.organizationWords.has(name.name.split(/\s+/u)[0]!.toLowerCase())) return '';
    let tail = '';
    let genitiveNoun = false;
    for (const word of rest.matchAll(/\s*([\p{L}-]+(?:['’]|(?![\p{L}-])))\s*/gu)) {
      if (word.index !== tail.length) break;
      const bare = word[1]!.replace(/['’]$/u, '').toLowerCase();
      const previous = /([\p{L}-]+)['’]?\s*$/u.exec(tail)?.[1]?.toLowerCase() ?? '';
      const afterGenitive = this.isGenitiveLink(previous);
      if (!/^\p{Ll}/u.test(word[1]!)) break;
      if (this.isGenitiveLink(bare)) {
        if (genitiveNoun) break;
      } else if (afterGenitive && !genitiveNoun) genitiveNoun = true;
      else if (!ROMANCE_ADJECTIVE.test(bare) || this.words.stopwords.has(bare)) break;
      tail += word[0];
    }
    // Not a genitive left open ("de la"): the words up to its last adjective or noun.
    return tail
      .replace(/(?:\s+|^)(?:[\p{Ll}]+['’]|\p{Ll}+)\s*$/u, (last) => {
        const bare = last.trim().replace(/['’]$/u, '');
        return this.isGenitiveLink(bare) ? '' : last;
      })
      .trimEnd();
  }

  /** Whether a lower-case word links a genitive to a body's name: a genitive preposition, an article, or an elided l'/d'. */
  private isGenitiveLink(word: string): boolean {
    return GENITIVE_PREPOSITIONS.has(word) || this.patterns.articles.has(word) || word === 'l' || word === 'd';
  }

  /** Whether only an article, or an opening phrase, its comma and an article, come before the name in `before`. */
  private opensClause(before: string, name: NameCandidate): boolean {
    const opening = before.slice(0, name.index).replace(/^[^,;:.!?"“”«»()]{0,30},\s*/u, '');
    const article = opening.trim().toLowerCase().replace(/['’]$/u, '');
    return !article || this.patterns.articles.has(article) || article === 'l';
  }

  /**
   * "La Fiscalía analizó el caso y dijo", "L'Office retire ce fongicide et considère": in French, Spanish and
   * Portuguese, a verb joined by "y"/"et"/"e" to the verb right after the name opening the clause shares its subject.
   * `before` is the text up to the second verb, `name` the name nearest to it.
   */
  private coordinatedWithOpeningVerb(before: string, name: NameCandidate): boolean {
    if (!ROMANCE.has(this.lang) || this.isGeneric(name.name) || this.words.personPronouns.has(name.name.toLowerCase()))
      return false;
    if (!this.opensClause(before, name)) return false;
    const between = before.slice(name.end);
    const words = between.match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length < 2 || words.length > 10 || /[,.;:!?"“”«»()[\]–—]/u.test(between)) return false;
    if (!this.lexicon.coordinators?.includes(words.at(-1)!)) return false;
    // The first verb right after the name ("analizó", "a examiné"): no preposition, relative or capitalized word.
    const verb = words[0]!;
    return (
      /^\p{Ll}/u.test(verb) &&
      !this.words.locativePrepositions.has(verb) &&
      !(this.lexicon.relativePronouns?.includes(verb) ?? false) &&
      !GENITIVE_PREPOSITIONS.has(verb) &&
      !this.lexicon.coordinators.includes(verb) &&
      findPhrases(between, this.lexicon.reportingVerbs, false).length === 0
    );
  }

  /**
   * The name opening the sentence (after at most an opening phrase and its comma) as the subject of the lower-case
   * verb right after it ("Mientras tanto, Alvarado negaba", "Telefónica cerró"); not a place, a pronoun or a list.
   */
  private openingSubject(sentence: string): string | null {
    const head = sentence.replace(/^[^,;:.!?"“”«»]{0,30},\s*/u, '');
    const first = this.firstNameCandidate(head.slice(0, 80));
    if (!first || first.index !== 0) return null;
    const next = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(head.slice(first.end))?.[1];
    if (!next || this.words.stopwords.has(next) || this.words.locativePrepositions.has(next)) return null;
    if (
      this.isPlace(first.name) ||
      this.isGeneric(first.name) ||
      this.words.personPronouns.has(first.name.toLowerCase())
    )
      return null;
    return this.canonical(first.name);
  }

  /**
   * "Joint Committee on Intelligence and Security", "Department of Health and Human Services": the name of an
   * organization going on through "on", "of", "and" to the name right before the verb, which is only its last part.
   */
  private organizationSpan(before: string, candidates: NameCandidate[], last: NameCandidate): string | null {
    let first = last;
    for (let at = candidates.indexOf(last) - 1; at >= 0; at--) {
      const previous = candidates[at]!;
      if (!/^\s+(?:(?:of|on|for|and|de|del|y|e|et|und|für)\s+){1,2}$/u.test(before.slice(previous.end, first.index)))
        break;
      first = previous;
    }
    if (first === last || !this.isOrganization(first.name)) return null;
    return before.slice(first.index, last.end);
  }

  /**
   * "Constand's mother testified", "la madre de Pérez dijo": a relative of a named person, as the subject right before
   * the verb, is someone else; the person of that surname the rest of the paragraph names ("Gianna Constand also
   * said"), or nobody known yet. `undefined` when the subject is no such relative.
   */
  private relativeOf(before: string): string | null | undefined {
    if (this.unspaced) return undefined;
    const surname = this.patterns.relativeSubjects.map((pattern) => pattern.exec(before)?.[1]).find(Boolean);
    if (!surname) return undefined;
    const named = this.nameCandidates(this.following).find(
      (c) => c.name.split(/\s+/).length >= 2 && c.name.split(/\s+/).pop() === surname,
    );
    if (!named) return null;
    // Remembered as a person of their own, so the surname alone still means the one the story is about.
    this.rememberPerson(named.name);
    return named.name;
  }

  /**
   * The words before a verb without the adverbs and the perfect auxiliary that end them ("The company also said", "Le
   * ministre a aussi déclaré", "La société a également indiqué"): what is left ends with the subject.
   */
  protected withoutVerbFillers(before: string): string {
    const fillers = new Set([
      ...(this.lexicon.verbAdverbs ?? []),
      ...(this.lexicon.compoundPast?.between ?? []),
      ...(this.lexicon.perfectTense?.auxiliaries ?? []),
    ]);
    // "La diputada, por su parte, dijo", "Opposition lawmakers, however, said": a short aside between commas, opened by
    // a preposition or an adverb (not an article, which opens an apposition, nor a relative pronoun), is no subject.
    const aside = /,\s*(\p{Ll}[\p{Ll}’'\s-]{1,24}?)\s*,\s*$/u.exec(before);
    const asideWords = aside?.[1]!.split(/\s+/u) ?? [];
    const articles = this.patterns.articles;
    const relatives = [...(this.lexicon.relativePronouns ?? []), ...(this.lexicon.invertingRelatives ?? [])];
    const opener = asideWords[0] ?? '';
    let rest =
      aside &&
      asideWords.length <= 3 &&
      !articles.has(opener) &&
      !relatives.includes(opener) &&
      (this.words.stopwords.has(opener) ||
        this.words.sentenceStarters.has(opener) ||
        this.words.locativePrepositions.has(opener) ||
        fillers.has(opener) ||
        /(?:ly|mente)$/u.test(opener))
        ? `${before.slice(0, aside.index)} `
        : before;
    for (;;) {
      // "le Premier ministre lui-même a fait savoir": a pronoun set after the subject to stress it is no part of it.
      rest = rest.replace(STRESSED_PRONOUN, ' ');
      const last = /(\p{Ll}+)\s*$/u.exec(rest);
      if (!last || !fillers.has(last[1]!) || !/\S/u.test(rest.slice(0, last.index))) return rest;
      // A whole word only: the "a" of "l'a" is no auxiliary after its subject.
      if (!/\s$/u.test(rest.slice(0, last.index))) return rest;
      rest = rest.slice(0, last.index);
    }
  }

  /**
   * "The Body of European Regulators for Electronic Communications (Berec) has now stated": an acronym in brackets right
   * before the verb whose letters are the initials of the capitalised words before it (small joining words aside) names
   * the subject, all of those words; a name read from its last words alone would be cut.
   */
  private spelledOutAcronym(before: string): string | null {
    if (this.unspaced) return null;
    const clause = this.withoutFillers(before);
    const acronym = /\((\p{Lu}[\p{L}]{2,9})\)\s*$/u.exec(clause);
    if (!acronym) return null;
    const letters = acronym[1]!.toUpperCase();
    const words = clause.slice(0, acronym.index).trimEnd().split(/\s+/u);
    let initials = '';
    for (let at = words.length - 1; at >= 0 && initials.length < letters.length; at--) {
      const word = words[at]!;
      if (/^\p{Lu}/u.test(word)) initials = word.charAt(0) + initials;
      else if (!this.words.stopwords.has(word)) return null;
      if (initials === letters && initials.length >= 3) return this.canonical(words.slice(at).join(' '));
      if (!letters.endsWith(initials)) return null;
    }
    return null;
  }

  /**
   * `before` without the auxiliaries, modals and adverbs closing it ("It has now " → "It "): "It has now promised the
   * state" has the same subject as "It promised". The subject pronoun itself stays, though a stopword.
   */
  private withoutFillers(before: string): string {
    let rest = before;
    for (;;) {
      const last = /(\p{L}+)\s*$/u.exec(rest);
      if (!last || !this.isFiller(last[1]!) || this.lexicon.organizationPronouns?.includes(last[1]!.toLowerCase()))
        return rest;
      rest = rest.slice(0, last.index);
    }
  }

  /** An auxiliary, modal or adverb that may stand between a subject and its verb ("have", "also", "reportedly"). */
  private isFiller(word: string): boolean {
    const lower = word.toLowerCase();
    return (
      this.words.stopwords.has(lower) ||
      this.words.modalVerbs.has(lower) ||
      (this.lexicon.verbAdverbs?.includes(lower) ?? false) ||
      /(?:ly|mente)$/u.test(lower)
    );
  }

  /**
   * "officials familiar with the talks", "two people briefed on the plan", "officials in Broward County", "senior
   * administration officials": a group described up to the end of `phrase`, as a source after "according to" or a
   * subject before its verb. Up to three qualifiers go before its noun, none a function word but a number or the
   * definite article; after it come the words of a restrictor (`restrictedSources`), a body or place it is of, or
   * nothing. A noun of `restrictedSources.nouns` ("people") is a source only when restricted.
   */
  protected restrictedGroup(phrase: string): string | null {
    const groups = this.lexicon.groupSources;
    const restricted = this.lexicon.restrictedSources;
    if (!groups?.length || !restricted || this.unspaced) return null;
    const text = phrase.trim().replace(/[.!?]+$/u, '');
    const words = text.split(/\s+/u).filter(Boolean);
    const at = words.findIndex((word, index) => {
      const lower = word.toLowerCase();
      // Capitalised only as the phrase's first word: "Defence" in "Ministry of Defence" is a name's.
      if (index > 0 && word !== lower) return false;
      return groups.includes(lower) || restricted.nouns.includes(lower);
    });
    if (at === -1 || at > 3) return null;
    const qualifiers = words.slice(0, at);
    if (
      qualifiers.some((word, index) => {
        // "That's what people in the Pentagon told me": a contraction is read by its first word, a function word.
        const lower = word.toLowerCase().replace(/[’'].*$/u, '');
        return (
          (this.words.stopwords.has(lower) && !(index === 0 && DEFINITE_ARTICLE.test(word))) ||
          this.words.sentenceStarters.has(lower) ||
          (this.lexicon.possessiveDeterminers?.includes(lower) ?? false) ||
          this.patterns.complementizers.has(lower)
        );
      })
    )
      return null;
    const rest = words
      .slice(at + 1)
      .join(' ')
      .toLowerCase();
    const restrictor = restricted.restrictors.find((r) => rest === r || rest.startsWith(`${r} `));
    // "officials in Broward County", "officials at the State Department": a place or body it is of, named.
    const tail = words.slice(at + 1);
    const located =
      tail.length >= 2 &&
      tail.length <= 7 &&
      this.words.locativePrepositions.has(tail[0]!) &&
      /^\p{Lu}/u.test(tail.at(-1)!) &&
      tail
        .slice(1)
        .every(
          (word) =>
            /^\p{Lu}/u.test(word) ||
            DEFINITE_ARTICLE.test(word) ||
            GENITIVE_PREPOSITIONS.has(word) ||
            MEMBER_PREPOSITIONS.has(word) ||
            COORDINATORS.has(word),
        );
    if (rest && !restrictor && !located) return null;
    if (!rest && !groups.includes(words[at]!.toLowerCase())) return null;
    if (words.length - at > 8) return null;
    return words.join(' ');
  }

  /**
   * "Security officials said", "las autoridades estadounidenses argumentaron", "Dallas police officers have said": a
   * noun of `groupSources` heading the last words before the verb (with its article, a capitalised qualifier before it
   * and at most two words after it, none capitalised) is a source described, not named.
   */
  protected groupSubject(clause: string): string | null {
    const groups = this.lexicon.groupSources;
    if (!groups?.length || this.unspaced) return null;
    let words = clause.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 7) return null;
    // "los defensores del exgobernante le indicaron": an object clitic before the verb is no word of the subject.
    const clitics = this.lexicon.droppedSubjectClause?.clitics ?? [];
    const last = words.at(-1)!.toLowerCase();
    if (clitics.includes(last) && !this.lexicon.verbAdverbs?.includes(last)) words = words.slice(0, -1);
    // In lower case, or capitalised only as the clause's first word: "Defesa" in "Ministério da Defesa" is a name's.
    const isGroup = (word: string, index: number) =>
      groups.includes(word.toLowerCase()) && (index === 0 || word === word.toLowerCase());
    let at = words.findIndex(isGroup);
    // "Military officers and government officials described": two groups joined are one subject, headed by the last.
    const joined =
      at === -1 ? -1 : words.findIndex((word, index) => index > at + 1 && index <= at + 4 && isGroup(word, index));
    const coordinated = joined !== -1 && COORDINATORS.has(words[at + 1]!.toLowerCase());
    const first = at;
    if (coordinated) at = joined;
    // "La defensa del exmandatario en dicho país indicó": a place after the description says where it spoke.
    const place = words.findIndex(
      (word, index) =>
        index > at + 1 &&
        this.words.locativePrepositions.has(word.toLowerCase()) &&
        !GENITIVE_PREPOSITIONS.has(word.toLowerCase()),
    );
    if (place !== -1) words = words.slice(0, place);
    if (at === -1 || words.length - at > 3) return null;
    // Words after it describe it ("autoridades estadounidenses"), or name whose it is ("fuentes de Montecon").
    const tail = words.slice(at + 1);
    const named = tail.length >= 2 && this.words.locativePrepositions.has(tail[0]!.toLowerCase());
    if (!named && tail.some((word) => /^\p{Lu}/u.test(word))) return null;
    // Back over the capitalised qualifiers ("Security officials", "Dallas police officers"), not over an article.
    let start = coordinated ? first : at;
    while (
      start > 0 &&
      /^\p{Lu}/u.test(words[start - 1]!) &&
      !this.words.stopwords.has(words[start - 1]!.toLowerCase())
    )
      start--;
    // No name before the description ("Cerca de Daer advirtieron" has no group); "donde las autoridades" has one.
    const lead = words.slice(0, start);
    if (lead.some((word, index) => index > 0 && /^\p{Lu}/u.test(word))) return null;
    // Auxiliaries and adverbs before the verb are not part of it ("officers have said", "officials also said").
    let end = words.length;
    while (end > at + 1 && this.isFiller(words[end - 1]!)) end--;
    // "South Korean police are investigating claims of …", "Officials monitor weather forecasts": where adjectives go
    // before the noun, words after the group that are no auxiliary are a verb of its own, and the reporting word after
    // them a noun ("claims", "forecasts").
    if (
      !ROMANCE.has(this.lang) &&
      !named &&
      words.slice(at + 1, end).some((word) => !groups.includes(word.toLowerCase()) && !COORDINATORS.has(word))
    )
      return null;
    return words.slice(start, end).join(' ');
  }

  /**
   * "un integrante del Poder Ejecutivo", "a spokeswoman for Acme": an indefinite article and a noun, then the body
   * the one described belongs to, named with a capital, which is the source. `null` when the body is not named
   * ("una fuente del sindicato"): nobody known speaks. `undefined` when `text` opens with no indefinite article.
   */
  protected indefiniteMember(text: string): string | null | undefined {
    const words = /^\s*(\p{L}+)\s+([\p{L}-]+)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(text);
    if (!words || !this.words.indefiniteArticles.has(words[1]!.toLowerCase())) return undefined;
    // The preposition right after the noun, or after one adjective ("un alto funcionario del Ministerio").
    const tiesAt = [3, 4].find(
      (at) => words[at] && (GENITIVE_PREPOSITIONS.has(words[at]) || MEMBER_PREPOSITIONS.has(words[at])),
    );
    if (tiesAt === undefined) return this.describedMember(text);
    const member = this.words.memberNouns.has(words[tiesAt - 1]!.toLowerCase());
    const tie = text.indexOf(` ${words[tiesAt]!}`, words.index + words[1]!.length) + words[tiesAt]!.length + 1;
    const rest = text.slice(tie, tie + 80);
    const body = this.firstNameCandidate(rest);
    // Named, with at most an article before it: the body speaks ("for the Department of Justice").
    if (body && /^\s*(?:\p{Ll}+\s+)?$/u.test(rest.slice(0, body.index))) {
      // "the Department of Justice": the name goes on after "of".
      const whole = withGenitive(body.name, rest.slice(body.end));
      // "a man in Ohio", "un vecino de Santiago": only one who speaks for an organization gives it as the source.
      if (this.isPlace(body.name) || this.isGeneric(body.name)) return member ? null : undefined;
      if (!member && !this.isOrganization(whole)) return undefined;
      const name = this.canonical(whole);
      this.bodies.add(name);
      return name;
    }
    if (!member) return undefined;
    // "dijo una fuente del sindicato": described, not named; that description is all the reader learns.
    const clause = text.slice(0, tie) + (/^[^,;:.!?"“”«»()]*/u.exec(rest)?.[0] ?? '');
    const description = clause.trim().split(/\s+/u).slice(1);
    return description.length <= 5 ? description.join(' ') : null;
  }

  /**
   * "un responsable syndical présent à l’AG", "a senior official", "un alto funcionario": an indefinite article and a
   * member noun with only its adjectives, tied to no named body, is someone particular though unnamed; that
   * description (up to the first function word) is the source. The member noun is the head: the last word where
   * adjectives go before the noun ("an official report" is a report), within the first two words in the Romance
   * languages. `undefined` otherwise.
   */
  private describedMember(text: string): string | undefined {
    const words = text.trim().split(/\s+/u);
    if (words.length < 2 || !this.words.indefiniteArticles.has(words[0]!.toLowerCase())) return undefined;
    const run: string[] = [];
    for (const word of words.slice(1)) {
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || this.words.stopwords.has(word)) break;
      run.push(word);
    }
    // Only its adjectives, then at most a prepositional phrase: the whole text is the subject.
    const rest = words.slice(1 + run.length);
    if (run.length === 0 || run.length > 4 || (rest.length > 0 && !this.words.stopwords.has(rest[0]!.toLowerCase())))
      return undefined;
    // "una fuente al interior de la Comisión de Normas Transitorias": a body named in full there speaks for its member.
    if (this.nameCandidates(rest.join(' ')).some((c) => /\s/u.test(c.name) && this.isOrganization(c.name)))
      return undefined;
    const head = ROMANCE.has(this.lang) ? run.slice(0, 2) : run.slice(-1);
    return head.some((word) => this.words.memberNouns.has(word)) ? run.join(' ') : undefined;
  }

  /**
   * "The report says …", "a study found": a document a body issues speaks for that body when a body spoke last (the
   * daily AS that "reported", the committee that "calls for"), else for itself ("the report"); never for the person
   * quoted before it, who is not its author.
   */
  private issuedDocument(article: string, noun: string): string | null {
    const document = this.issuedDocumentName(article, noun);
    if (!document) return null;
    // A document that spoke last ("the study") is no body issuing this one.
    const [lastArticle, lastNoun, ...rest] = this.lastSpeaker?.split(/\s+/u) ?? [];
    const lastIsDocument =
      rest.length === 0 && lastNoun !== undefined && this.issuedDocumentName(lastArticle!, lastNoun) !== null;
    const body =
      this.lastSpeaker !== null &&
      !lastIsDocument &&
      !this.isPerson(this.lastSpeaker) &&
      // "Coontz" after "Stephanie Coontz": a surname alone is still a person.
      !this.surnameOfKnownPerson(this.lastSpeaker) &&
      !this.looksLikePersonName(this.lastSpeaker)
        ? this.lastSpeaker
        : null;
    return this.documentAuthors.get(noun.toLowerCase()) ?? body ?? document;
  }

  private documentAgents(): string[] {
    const report = this.lexicon.reportNouns;
    return (this.documentAgentWords ??= [...(report?.agents ?? []), ...(report?.authorPrepositions ?? [])]);
  }

  /**
   * "report from X", "study by the X" (noun, then author) and "the X study" (author, then noun), built once per tracker;
   * null where the lexicon names no document a body issues.
   */
  private documentAuthorPatterns(): [RegExp, RegExp] | null {
    if (this.documentAuthorPatternsBuilt !== undefined) return this.documentAuthorPatternsBuilt;
    const report = this.lexicon.reportNouns;
    if (!report?.issued?.length) return (this.documentAuthorPatternsBuilt = null);
    const nouns = report.issued.join('|');
    const agents = this.documentAgents().join('|');
    const joiner = [...GENITIVE_PREPOSITIONS].join('|');
    const name = String.raw`\p{Lu}[\p{L}&’'.-]*(?:\s+(?:(?:${joiner})\s+)?\p{Lu}[\p{L}&’'.-]*)*`;
    return (this.documentAuthorPatternsBuilt = [
      new RegExp(String.raw`(?<![\p{L}])(${nouns})\s+(?:${agents})\s+(?:the\s+)?(${name})`, 'gu'),
      new RegExp(String.raw`(${name})\s+(${nouns})(?![\p{L}])`, 'gu'),
    ]);
  }

  /**
   * Notes the body that issued a document the sentence names: "a new report from the American Association of University
   * Women", "a recent study by the Kaiser Family Foundation", "the new American Association of University Women study".
   * A later "the study finds" is that body's.
   */
  protected noteDocumentAuthors(sentence: string): void {
    const patterns = this.unspaced ? null : this.documentAuthorPatterns();
    if (!patterns) return;
    // Both patterns hold a document's noun: a sentence without one needs neither search (each tries every capital).
    if (!this.lexicon.reportNouns!.issued!.some((noun) => sentence.includes(noun))) return;
    for (const [at, pattern] of patterns.entries())
      for (const match of allMatches(pattern, sentence)) {
        const [noun, author] = at === 0 ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
        // "The Pentagon report": a capital opening the sentence may be its article.
        const body = author.replace(/^(?:The|A|An|This|Its|Their)\s+/u, '').replace(/[.’'-]+$/u, '');
        if (!/^\p{Lu}/u.test(body) || this.isPlace(body) || this.isPublication(body)) continue;
        const lower = body.toLowerCase();
        if (this.words.stopwords.has(lower) || this.words.sentenceStarters.has(lower)) continue;
        if (this.words.calendarNames.has(body.split(/\s+/u)[0]!)) continue;
        this.documentAuthors.set(noun, this.canonical(body));
      }
  }

  /**
   * "A recent study by the Kaiser Family Foundation found", "a report from Amnesty says": the body named as the author of
   * a document a body issues, right before the verb, is who says what it finds.
   */
  protected documentAuthor(before: string): string | null {
    const agents = this.documentAgents();
    const clause = before.split(/[,;:"“”«»„()]/u).pop() ?? '';
    const words = clause.match(/[\p{L}’'&.-]+/gu) ?? [];
    const at = words.findIndex(
      (word, index) =>
        agents.includes(word.toLowerCase()) && index > 0 && this.issuedDocumentName('the', words[index - 1]!),
    );
    if (at === -1) return null;
    const rest = clause.slice(clause.search(new RegExp(`\\s${words[at]}\\s`, 'u')) + words[at]!.length + 2);
    const candidate = this.firstNameCandidate(rest);
    if (!candidate || !/^(?:the\s+)?$/iu.test(rest.slice(0, candidate.index))) return null;
    const name = withGenitive(candidate.name, rest.slice(candidate.end));
    const after = rest.slice(candidate.index + name.length);
    // "a tweet from Vulture magazine": one common noun saying what kind of body the name is still leaves the name.
    const kind = /^\s+(\p{Ll}+)\s*$/u.exec(after)?.[1];
    const namesKind = kind !== undefined && !this.words.stopwords.has(kind);
    if ((!namesKind && !/^\s*$/u.test(after)) || this.isPlace(name)) return null;
    return this.canonical(name);
  }

  /** "the report", "la encuesta": an article and a document a body issues, named as the document; else null. */
  protected issuedDocumentName(article: string, noun: string): string | null {
    if (!this.words.stopwords.has(article.toLowerCase())) return null;
    if (!this.lexicon.reportNouns?.issued?.includes(noun.toLowerCase())) return null;
    return `${article} ${noun}`.toLowerCase();
  }
}
