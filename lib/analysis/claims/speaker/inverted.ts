import type { ClaimLexicon } from '../lexicon';
import type { PhraseHit } from '../match';
import { alternation } from './lexicon-patterns';
import type { NameCandidate } from './memory';
import {
  AS_ASIDE,
  CLOSING_SUBJECT,
  DEFINITE_ARTICLE,
  GENITIVE_PREPOSITIONS,
  LEADING_DEFINITE_ARTICLE,
  PRO_DROP,
  subjectMayFollowVerb,
} from './multilingual';
import { SubjectReader, withGenitive } from './subjects';
import { trailingWord } from './text';

/**
 * A listener's phrase: its preposition, a determiner in lower case ("dijo a Efe la portavoz": a capitalised word there is
 * the listener's name itself), a noun and the capitalised words of its name ("ao jornal O Globo").
 */
const LISTENER_PHRASE = /^\s+(\p{Ll}+)\s+(?:\p{Ll}+\s+)?[\p{L}.-]+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}.-]*)*/u;

/** The subject written after its reporting verb: "said X", "dijo el ministro", "a-t-il ajouté". */
export abstract class InvertedSubjectReader extends SubjectReader {
  /** The people named after a role in apposition ("el Miembro del Buró Político y …, Esteban Lazo"), by that role. */
  private readonly apposedRoles = new Map<string, string>();
  /**
   * One of `genitiveArticles` opening the words right after a noun ("die Ökonomen der Großbank"), read from the last
   * character `describedAfterVerb` took; null without them.
   */
  private readonly genitiveAfterNoun: RegExp | null;

  constructor(lexicon: ClaimLexicon, lang: string, unspaced: boolean, publication: string | null = null) {
    super(lexicon, lang, unspaced, publication);
    const genitives = alternation(lexicon.genitiveArticles);
    this.genitiveAfterNoun = genitives ? new RegExp(`^\\p{Ll}*\\s*(?:${genitives})\\s+\\p{L}`, 'u') : null;
  }

  /** "Dormagens": a word ending as the language writes a name's genitive with no apostrophe (`genitiveEndings`). */
  private genitiveOfName(word: string): boolean {
    return this.lexicon.genitiveEndings?.some((ending) => word.endsWith(ending)) ?? false;
  }

  /** "the Sunni secular politician ": an article, words describing, and a job title, before a name. */
  private describedTitle(text: string): boolean {
    if (!/^\s+(?:[\p{L}’'-]+\s+){2,5}$/u.test(text)) return false;
    const words = text.match(/[\p{L}’'-]+/gu) ?? [];
    const [article = '', title = ''] = [words[0]?.toLowerCase(), words.at(-1)];
    return (
      this.words.stopwords.has(article) &&
      !this.words.locativePrepositions.has(article) &&
      this.words.personTitles.has(title)
    );
  }

  protected invertedRelativeSubject(sentence: string, verb: PhraseHit): string | null {
    const relatives = this.lexicon.invertingRelatives;
    if (!relatives?.length) return null;
    // The relative, then at most two adverbs or auxiliaries ("que ya había adelantado"), but no subject of its own.
    const words = sentence.slice(0, verb.index).match(/[\p{L}’'-]+(?=[\s]*$)|[\p{L}’'-]+|[^\p{L}\s]+/gu) ?? [];
    const at = words.findLastIndex((word) => relatives.includes(word.toLowerCase()));
    if (at === -1 || words.length - at > 3) return null;
    if (words.slice(at + 1).some((word) => !/^\p{Ll}+$/u.test(word) || this.words.stopwords.has(word))) return null;
    const candidate = this.namesIn(sentence, verb.end, verb.end + 80)[0];
    if (!candidate || !/^\s+$/u.test(sentence.slice(verb.end, verb.end + candidate.index))) return null;
    if (this.isPlace(candidate.name) || this.isGeneric(candidate.name)) return null;
    return this.canonical(candidate.name);
  }

  /**
   * "Castro, exsecretario de Bukele, fue estridente: “…”, exigió.": the sentence's own subject, named before the
   * quotation it leads into, is who the subjectless verb after the quotation means.
   */
  private leadInSubject(sentence: string): string | null {
    const quoteAt = sentence.search(/["“«„»]/u);
    if (quoteAt < 12 || !/[:,]\s*$/u.test(sentence.slice(0, quoteAt))) return null;
    return this.openingActor(sentence.slice(0, quoteAt));
  }

  /**
   * Whether `after` (the words right after a reporting verb) opens with a listener preposition and a definite article
   * ("explicó a La Estrella de Panamá", "told to the Times"), or a name ("dijo a Radio Mitre"): who is named there is
   * spoken to. Without the article the preposition may be an article itself ("disse a pesquisadora Beatriz Lopes"), so
   * a name after it counts only where it is none.
   */
  private toListener(after: string): boolean {
    const words = /^\s+(\p{L}+)\s+(\p{L}+)(?=[\s,.;!?]|$)/u.exec(after);
    const preposition = words?.[1]!.toLowerCase() ?? '';
    return (
      words !== null &&
      this.words.listenerPrepositions.has(preposition) &&
      (DEFINITE_ARTICLE.test(words[2]!) ||
        // "explicó a Clarín", "dijo a Juan Pérez": a name right after a preposition that is no article of the language.
        (/^\p{Lu}/u.test(words[2]!) && !this.lexicon.definiteArticles?.includes(preposition)))
    );
  }

  /**
   * "dijo a la radio la ministra de Trabajo, Gloria Ramírez", "afirmou ao jornal O Globo o ministro": a listener's
   * phrase (its preposition, an article, a noun and the capitalised words of its name) right after the verb, then a
   * definite article opening the verb's subject, read as if it followed the verb directly. Null when no subject
   * follows the listener.
   */
  private subjectPastListener(sentence: string, verb: PhraseHit): string | null {
    const after = sentence.slice(verb.end, verb.end + 120);
    const past = this.pastListenerPhrase(after);
    if (past !== after)
      return this.invertedSubjectOf(sentence, { ...verb, end: verb.end + after.length - past.length });
    // "disse à Lusa uma fonte do Ministério da Saúde": one unnamed member of a body named after the listener; only the
    // body, named, is taken ("un portavoz de la organización" is no name).
    const listener = this.listenerOpening(after);
    if (!listener || !this.words.indefiniteArticles.has(listener.nextWord)) return null;
    const member = this.invertedSubjectOf(sentence, { ...verb, end: verb.end + listener.length });
    return member && /^\p{Lu}/u.test(member) ? member : null;
  }

  /**
   * The listener's phrase opening `after` ("a Efe", "à Lusa") and the lower-case word after it, which is followed by
   * another word; null when `after` opens with no listener or no such word follows.
   */
  private listenerOpening(after: string): { length: number; nextWord: string } | null {
    const listener = LISTENER_PHRASE.exec(after);
    if (!listener || !this.words.listenerPrepositions.has(listener[1]!)) return null;
    const nextWord = /^\s+(\p{Ll}+)\s+\p{L}/u.exec(after.slice(listener[0].length))?.[1];
    return nextWord === undefined ? null : { length: listener[0].length, nextWord };
  }

  /**
   * `after` (the words after a reporting verb) without the listener's phrase opening it when a definite article or a
   * noun of unnamed sources follows that phrase ("a Efe la ministra …" → " la ministra …"); `after` itself otherwise.
   */
  protected pastListenerPhrase(after: string): string {
    const listener = this.listenerOpening(after);
    if (!listener) return after;
    // "explicaron a Efe fuentes del Ministerio": wire copy names its unnamed sources after the agency, with no article.
    const opensSubject =
      (this.lexicon.definiteArticles?.includes(listener.nextWord) ?? false) ||
      (this.lexicon.groupSources?.includes(listener.nextWord) ?? false);
    return opensSubject ? after.slice(listener.length) : after;
  }

  /**
   * "declaró a Efe Marta Gómez", "disse à Lusa João Silva", "a déclaré à l’AFP Jean Dupont": a listener named right
   * after its preposition (and an article) runs on, with no comma, into the subject's name. In a run of three or more
   * capitalised words closing the clause, the last two, shaped as a person's name, are the subject and the words
   * before them the one spoken to. Null otherwise.
   */
  private personAfterNamedListener(after: string): string | null {
    const opening = /^\s+(\p{Ll}+)\s+(?:(\p{Ll}+)\s+|(\p{Ll})[’'ʼ])?(?=\p{Lu})/u.exec(after);
    if (!opening || !this.words.listenerPrepositions.has(opening[1]!)) return null;
    const article = opening[2] ?? opening[3];
    if (article !== undefined && !LEADING_DEFINITE_ARTICLE.test(`${article}${opening[3] ? '’' : ' '}`)) return null;
    // "afirmou a Petrobras": a preposition that is an article of the language opens the subject itself.
    if (article === undefined && this.lexicon.definiteArticles?.includes(opening[1]!)) return null;
    const run = /^\p{Lu}(?:\.|[\p{L}\p{M}&’'-]*)(?:\s+\p{Lu}(?:\.|[\p{L}\p{M}&’'-]*))+(?=\s*(?:[,.;!?—–]|$))/u.exec(
      after.slice(opening[0].length),
    )?.[0];
    const words = run?.split(/\s+/u) ?? [];
    if (words.length < 3) return null;
    const tail = words.slice(-2).join(' ');
    if (!this.looksLikePersonName(tail) || this.isTitleWord(words[0]!)) return null;
    if (this.isPlace(tail) || this.isGeneric(tail)) return null;
    // The memory has met the whole run in this sentence as one name: that is no fuller form of the subject's.
    const full = this.canonical(tail);
    return full === run ? tail : full;
  }

  /**
   * "…, ha afirmado en rueda de prensa el ministro de Sanidad, Juan Pérez.": where the subject may follow the verb, a
   * prepositional adverbial in lower case right after it (where or how it was said), then a definite article after a
   * noun of that adverbial (not after a preposition: "en la reunión con los vecinos" names no subject) opening a
   * subject that closes the clause, read as if it followed the verb directly; else a name closing the clause right after
   * a noun of the adverbial. Only a name is taken (a person, a body): a group of people described there may be whom it
   * was said to. Null when no such subject follows.
   */
  private subjectPastAdverbial(sentence: string, verb: PhraseHit): string | null {
    if (!subjectMayFollowVerb(this.lexicon, this.lang)) return null;
    const after = sentence.slice(verb.end, verb.end + 160);
    // "ha afirmado en Bruselas la comisaria …": after its preposition the adverbial may name a place or a medium.
    const run = /^\s+\p{Ll}[\p{Ll}’'-]*(?:\s+\p{L}[\p{L}’'-]*){2,7}/u.exec(after)?.[0] ?? '';
    const all = [...run.matchAll(/\p{L}[\p{L}’'-]*/gu)].map((match) => ({ word: match[0], at: match.index }));
    // "ha afirmado este lunes en rueda de prensa …": a day named before the adverbial is part of it.
    const dayWord = all[1]?.word ?? '';
    // "ha afirmado hoy en Bruselas …": so is an adverb of time or manner the verb takes.
    const day = this.words.calendarNames.has(dayWord.charAt(0).toUpperCase() + dayWord.slice(1))
      ? 2
      : this.lexicon.verbAdverbs?.includes(all[0]?.word.toLowerCase() ?? '')
        ? 1
        : 0;
    const words = all.slice(day);
    const preposition = words[0]?.word ?? '';
    if (!this.words.locativePrepositions.has(preposition) || this.lexicon.definiteArticles?.includes(preposition))
      return null;
    const connective = (word: string) =>
      this.words.locativePrepositions.has(word) ||
      GENITIVE_PREPOSITIONS.has(word) ||
      this.patterns.articles.has(word) ||
      this.words.listenerPrepositions.has(word);
    for (let index = words.length - 1; index >= 2; index--) {
      const { word, at } = words[index]!;
      if (!/^\p{Ll}/u.test(word) || !DEFINITE_ARTICLE.test(word) || connective(words[index - 1]!.word)) continue;
      if (!CLOSING_SUBJECT.test(after.slice(at - 1))) continue;
      const subject = this.invertedSubjectOf(sentence, { ...verb, end: verb.end + at - 1 });
      if (subject && /^\p{Lu}/u.test(subject)) return subject;
    }
    // "afirmó en Madrid Juan Pérez", "dijo en Radio Mitre Ana Gil": where it was said, named after the preposition,
    // runs on with no comma into the subject's name; the run's last two words, shaped as a person's name and closing
    // the clause, are the subject.
    const placeAt = words[1] ? words[1].at - 1 : -1;
    const placeThenPerson = placeAt >= 0 ? this.nameCandidates(after.slice(placeAt))[0] : undefined;
    if (placeThenPerson?.index === 1 && /^\s*(?:[,.;!?]|$)/u.test(after.slice(placeAt + placeThenPerson.end))) {
      const runWords = placeThenPerson.name.split(/\s+/u);
      const person = runWords.slice(-2).join(' ');
      if (runWords.length >= 3 && this.looksLikePersonName(person) && !this.isPlace(person))
        return this.canonical(person);
    }
    // "ha indicado en un comunicado Google": a name with no article, right after a noun of the adverbial (no function
    // word: "en una entrevista con Reuters" names whom it was said to) and closing the clause, a person or a body.
    for (let index = 2; index < words.length; index++) {
      const { word, at } = words[index]!;
      const previous = words[index - 1]!.word;
      if (!/^\p{Lu}/u.test(word) || !/^\p{Ll}/u.test(previous) || this.words.stopwords.has(previous)) continue;
      const name = this.nameCandidates(after.slice(at - 1))[0];
      if (!name || name.index !== 1 || !/^\s*(?:[,.;!?]|$)/u.test(after.slice(at - 1 + name.end))) continue;
      if (this.isPlace(name.name) || this.isGeneric(name.name)) continue;
      if (this.isPerson(name.name) || this.looksLikePersonName(name.name) || this.isOrganization(name.name))
        return this.canonical(name.name);
    }
    return null;
  }

  /** Nothing but a definite article, written out or elided ("la ", "l’"), or nothing at all. */
  private articleOnly(text: string): boolean {
    const word = /^\s*(\p{L}+)(?:\s+|[’'ʼ])$/u.exec(text)?.[1];
    return /^\s*$/u.test(text) || (word !== undefined && DEFINITE_ARTICLE.test(word));
  }

  /** Whether `text` goes on with an adverbial: a day or month ("jeudi"), or a preposition ("dans un communiqué"). */
  private adverbialNext(text: string): boolean {
    const word = /^\s+(\p{L}+)\s/u.exec(text)?.[1];
    if (word === undefined) return false;
    // The lists write days and months capitalised, as English does; French and Spanish write them in lower case.
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    return (
      this.words.calendarNames.has(capitalised) ||
      this.words.locativePrepositions.has(word) ||
      // "indicó el Ministerio a través de un comunicado": a listener's preposition that is no article opens one too.
      (this.words.listenerPrepositions.has(word.toLowerCase()) &&
        !this.lexicon.definiteArticles?.includes(word.toLowerCase()))
    );
  }

  /**
   * `clause` up to its first adverbial word after its second (a preposition or other function word but "of", a day or
   * month): "the company on Monday" → "the company".
   */
  private beforeAdverbial(clause: string): string {
    const words = clause.split(/\s+/u);
    const at = words.findIndex(
      (word, index) =>
        index >= 2 &&
        (this.adverbialNext(` ${word} `) ||
          (this.words.stopwords.has(word.toLowerCase()) && !GENITIVE_PREPOSITIONS.has(word.toLowerCase()))),
    );
    return at === -1 ? clause : words.slice(0, at).join(' ');
  }

  /**
   * "De primer orden calificó Humberto Camilo Hernández Suárez …", "Gestern sagte Anna Müller, dass …": a person's
   * name right after the verb, or after a role opened by an article ("sagte der Sprecher Max Roth"), is its subject in
   * a language that may put it there. A name after a preposition is the verb's object.
   */
  protected personRightAfterVerb(sentence: string, verb: PhraseHit): string | null {
    const after = this.maskHonorifics(sentence.slice(verb.end, verb.end + 80));
    // "criticó a Juan Pérez": a preposition that is no article of the language ("a" is one in Portuguese) opens an object.
    const first = /^\s+(\p{L}+)\s/u.exec(after)?.[1]?.toLowerCase() ?? '';
    const preposition =
      (this.words.listenerPrepositions.has(first) || this.words.locativePrepositions.has(first)) &&
      !this.lexicon.definiteArticles?.includes(first);
    if (preposition) return null;
    const found = this.nameCandidates(after)[0];
    // "–añadió Morales Ojeda-,": the dash closing an aside is no part of the name.
    const candidate = found && { ...found, name: found.name.replace(/-+$/u, '') };
    if (
      candidate &&
      /^\s+$/u.test(after.slice(0, candidate.index)) &&
      (this.isPerson(candidate.name) || this.looksLikePersonName(candidate.name)) &&
      !this.isPlace(candidate.name) &&
      !this.isGeneric(candidate.name)
    )
      return this.canonical(candidate.name);
    return this.describedPersonAfterVerb(sentence, verb);
  }

  /**
   * "…, comme nous le raconte Antoine, 32 ans": an aside with no subject of its own before its verb (only short
   * words, no third-person pronoun) and a name right after it is the sentence's source, named after the verb ("as
   * Antoine tells us").
   */
  protected asideNamingAfter(sentence: string, verb: PhraseHit): boolean {
    const aside = AS_ASIDE.exec(sentence.slice(Math.max(0, verb.index - 30), verb.index));
    if (!aside || !/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(verb.end))) return false;
    const words = aside[0].match(/\p{L}+/gu) ?? [];
    return words
      .slice(1)
      .every((word) => word.length <= 4 && /^\p{Ll}/u.test(word) && !this.words.personPronouns.has(word));
  }

  /**
   * "Am Montag teilte die Polizei mit, …", "Das gab das Bundesministerium für Gesundheit bekannt.": where the subject may
   * follow the verb, an organization after a definite article right after it is the subject: a name the memory knows as
   * one, or a noun compounded on an organization word ("Bundesministerium", "Staatsanwaltschaft").
   */
  protected organizationRightAfterVerb(sentence: string, verb: PhraseHit): string | null {
    const after = sentence.slice(verb.end, verb.end + 80);
    const article = /^\s+(\p{L}+)\s+(?=\p{Lu})/u.exec(after);
    if (!article || !DEFINITE_ARTICLE.test(article[1]!)) return null;
    const candidate = this.nameCandidates(after).find((c) => c.index === article[0].length);
    if (!candidate || this.isPlace(candidate.name) || this.isGeneric(candidate.name)) return null;
    const compound = this.compoundsOrganizationWord(candidate.name.split(/\s+/u)[0]!);
    if (!this.isOrganization(candidate.name) && !compound) return null;
    return this.canonical(withGenitive(candidate.name, after.slice(candidate.end)));
  }

  /** Whether a word is a noun compounded on an organization word ("Bundesministerium", "Großbank"). */
  private compoundsOrganizationWord(word: string): boolean {
    const lower = word.toLowerCase();
    for (const organization of this.words.organizationWords)
      if (organization.length >= 4 && lower.endsWith(organization) && lower.length > organization.length) return true;
    return false;
  }

  /**
   * "die Großbank UniCredit", "die Umweltschutzbehörde EPA": in German, where every noun is capitalised, a noun
   * compounded on an organization word heading a name says what kind of body the name is, and is no part of it, when
   * what follows is written as a body's name (an acronym, capitals inside a word). The name as it stands otherwise:
   * "Staatsanwaltschaft Köln" is named by its place, "Commerzbank AG" has its legal form after it.
   */
  protected withoutKindOfBody(name: string): string {
    if (!this.lexicon.capitalisesNouns) return name;
    const [head, ...rest] = name.split(/\s+/u);
    const body = rest.join(' ');
    if (!body || !this.compoundsOrganizationWord(head!) || this.isPlace(body) || this.isCommonNoun(body)) return name;
    return this.isOrganization(body) ? body : name;
  }

  /**
   * "So warnt die Verbraucherzentrale Rheinland-Pfalz vor …", "Stolz vermeldet das deutsche Management, dass …": German
   * puts the subject right after the verb when an adverb alone opens the clause (verb second), so a definite article,
   * lower-case adjectives at most and capitalised words there are the subject, closed by a comma, a colon, "dass" or
   * what is warned of ("vor"). Only when no pronoun or article before the verb could be the subject instead.
   */
  protected nounSubjectRightAfterVerb(sentence: string, verb: PhraseHit): string | null {
    if (!this.lexicon.verbSecond) return null;
    const before = sentence.slice(0, verb.index).match(/[\p{L}’'.-]+/gu) ?? [];
    if (
      before.length === 0 ||
      before.length > 3 ||
      before.some((word) => {
        const lower = word.toLowerCase();
        return (
          this.patterns.articles.has(lower) ||
          this.words.personPronouns.has(lower) ||
          (this.lexicon.pluralPronouns?.includes(lower) ?? false)
        );
      })
    )
      return null;
    // "So warnt z. B. die Verbraucherzentrale …": an abbreviated adverb between the verb and its subject.
    const after = sentence
      .slice(verb.end, verb.end + 120)
      .replace(/^\s+\p{Ll}{1,2}\.(?:\s*\p{L}{1,2}\.){0,2}(?=\s)/u, '');
    const subject =
      /^\s+(\p{L}+)\s+(?:\p{Ll}+\s+){0,2}((?:\p{Lu}[\p{L}-]*\s+(?:und\s+)?)*\p{Lu}[\p{L}-]*)(?=\s*[,:]|\s+(?:vor|dass)\s)/u.exec(
        after,
      );
    if (!subject || !DEFINITE_ARTICLE.test(subject[1]!)) return null;
    const name = subject[2]!;
    if (this.isPlace(name) || this.isGeneric(name)) return null;
    return this.canonical(name);
  }

  /** "…, said Huang." / "„…“, sagte er." — a reporting clause after the statement. */
  protected invertedSubjectOf(sentence: string, verb: PhraseHit, namedBefore: string | null = null): string | null {
    // "“…”, le dijo a Radio Mitre.": an object pronoun before the verb stands where nothing else would.
    const before = sentence.slice(0, verb.index).trimEnd();
    const clitic = trailingWord(before)?.toLowerCase();
    const head =
      clitic && this.lexicon.objectClitics?.includes(clitic) ? before.slice(0, -clitic.length).trimEnd() : before;
    if (this.lexicon.gerundEndings?.some((ending) => verb.phrase.toLowerCase().endsWith(ending))) return null;
    // "…, según adelantó la presidenta de ese cuerpo, Cecilia Moreau": after "según" too the subject follows the verb.
    let lowerHead: string | undefined;
    const afterSource = this.lexicon.sourcePrepositions.some(
      (source) => source.length > 4 && !/\s/u.test(source) && (lowerHead ??= head.toLowerCase()).endsWith(` ${source}`),
    );
    // "Así lo informó el Ministerio de Salud.": the clause points back to what was said before it, and its subject
    // follows the verb, as after a comma.
    const resumptive = /^(?:así|asi)(?:\s+\p{Ll}+)?\s+(?:lo|la|los|las)$/iu.test(head);
    if (!afterSource && !resumptive && !this.asideNamingAfter(sentence, verb) && !/[,”"»“«」—]$/u.test(head))
      return null;
    // "said Dr. Emily Ross": the honorific's dot, blanked, is no break between the verb and the name.
    const after = this.maskHonorifics(sentence.slice(verb.end, verb.end + 60));
    // '"…", dijo.' — a subjectless reporting verb after a quotation: the one who spoke last, or the person the
    // sentence before named while nobody spoke in it. So is "dijo al ser consultado", "dijo a la radio".
    const preposition = /^\s+([\p{L}]+)\s/u.exec(after)?.[1]?.toLowerCase();
    const afterQuote = /["”»“«」]\s*,?\s*$/u.test(head);
    // "…”, dijo a la radio la ministra de Trabajo, Gloria Ramírez.": the subject comes after whom it was said to.
    const pastListener =
      preposition && this.words.listenerPrepositions.has(preposition) ? this.subjectPastListener(sentence, verb) : null;
    if (pastListener) return pastListener;
    // "le dijo a Juan Carlos Pérez": with a clitic doubling it, the phrase after the preposition is all the listener.
    const afterNamedListener = preposition && head === before ? this.personAfterNamedListener(after) : null;
    if (afterNamedListener) return afterNamedListener;
    const pastAdverbial = preposition ? this.subjectPastAdverbial(sentence, verb) : null;
    if (pastAdverbial) return pastAdverbial;
    if (
      (/^\s*[.!]?\s*$/u.test(after) && (afterQuote || PRO_DROP.has(this.lang) || this.unspaced)) ||
      (PRO_DROP.has(this.lang) &&
        preposition &&
        (this.words.locativePrepositions.has(preposition) || this.toListener(after)) &&
        afterQuote)
    )
      return this.leadInSubject(sentence) ?? namedBefore ?? this.lastSpeaker ?? this.resolvePronoun();
    const pronoun = this.patterns.pronounAfterVerb.exec(after);
    if (pronoun) return this.resolvePronoun(pronoun[1]);
    // "„…“, schrieb der 46-Jährige.": an article of `describingArticles` and a noun describing someone, closing the
    // clause after the verb, is the person last talked about, as "er" or "sie" would be ("die 43-Jährige" is a woman).
    const describedNoun = this.patterns.describedAfterVerb?.exec(after);
    // "sagen die Ökonomen der Großbank UniCredit": a genitive after the noun names whom they speak for.
    const owned =
      describedNoun &&
      (this.genitiveAfterNoun?.test(after.slice(describedNoun.index + describedNoun[0].length - 1)) ?? false);
    if (describedNoun && !owned && this.describesSomeone(describedNoun[2]!))
      return this.resolvePronoun(this.lexicon.describingArticles![describedNoun[1]!]);
    // "“He’s a douchebag,” the 24-year-old comic said" is read before the verb; "…, said the 24-year-old comic" here:
    // the person the sentence before was about, or the person named last.
    if (this.describedByAge(/^[^,;:.!?"“”«»]*/u.exec(after)![0])) return namedBefore ?? this.resolvePronoun();
    // "…, agregaron que el Congreso tendrá …": after the complementizer comes what was said, not who said it.
    if (this.patterns.complementizerAfter?.test(after)) return null;
    // The name may follow an article or a title ("declarou o delegado Odair Carneiro").
    // "said Superintendent Robert Runcie": a capitalised title before the name is a lead too.
    // "plantearon al ministro Falero que …": a name after a preposition is the verb's object or listener.
    const lead = (text: string) =>
      /^[\s,]*$/u.test(text) ||
      // "précise l’OFAG": the definite article elided onto the name.
      (/^\s+\p{L}[’'ʼ]$/u.test(text) && LEADING_DEFINITE_ARTICLE.test(text)) ||
      (/^[\s,]*(?:[\p{L}’'-]+\s+){1,3}$/u.test(text) &&
        !this.words.locativePrepositions.has(/[\p{L}’'-]+/u.exec(text)![0].toLowerCase()) &&
        (text.match(/[\p{L}’'-]+/gu) ?? []).every((word, at, words) =>
          /^\p{Lu}/u.test(word)
            ? this.isTitleWord(word) ||
              // "said OpenAI CEO Sam Altman": the organization of the title.
              (this.isOrganization(word) && this.words.personTitles.has(words[at + 1]?.toLowerCase() ?? '')) ||
              // "sagt Dormagens Handball-Geschäftsführer Björn Barthel": a German genitive before the title.
              (this.genitiveOfName(word) && this.isTitleWord(words[at + 1] ?? ''))
            : this.words.stopwords.has(word) || this.words.personTitles.has(word),
        )) ||
      this.describedTitle(text);
    // A capitalised word between the article and a lower-case word describes ("the Sunni secular politician"); one
    // before an adverbial ("teilte die Polizei am Montag mit") is the whole subject.
    const describes = (c: NameCandidate) =>
      !/\s/u.test(c.name) &&
      /^\s+\p{L}+\s+$/u.test(after.slice(0, c.index)) &&
      !this.adverbialNext(after.slice(c.end)) &&
      ((next) => next !== undefined && !this.words.stopwords.has(next))(
        /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(after.slice(c.end))?.[1],
      );
    // "según contó la integrante de Coendu": the member of a body, with a definite article, is someone the reader has
    // met, the person who spoke last; the body is only where they belong ("un integrante de …" is someone new).
    const memberOf = /^\s+(\p{L}+)\s+(\p{Ll}+)\s+(\p{Ll}+)\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}/u.exec(after);
    if (
      memberOf &&
      DEFINITE_ARTICLE.test(memberOf[1]!) &&
      this.words.memberNouns.has(memberOf[2]!) &&
      GENITIVE_PREPOSITIONS.has(memberOf[3]!) &&
      this.lastSpeaker &&
      this.block - this.lastSpeakerBlock <= 2 &&
      this.isPerson(this.lastSpeaker)
    )
      return this.lastSpeaker;
    // "said union leader John Smith.", "said Chevrolet spokesman Alan Adler on Monday.": the subject after the verb is
    // a noun phrase whose head is the person's name; the words before it, however they are written, are the role.
    const describedPerson = this.describedPersonAfterVerb(sentence, verb);
    if (describedPerson) return describedPerson;
    const candidate = this.namesIn(sentence, verb.end, verb.end + after.length).find(
      (c) =>
        lead(after.slice(0, c.index)) &&
        !describes(c) &&
        // "admitió el convencional UDI e integrante de …, Pablo Toloza": an organization inside the role.
        // "précise l’OFAG jeudi dans un communiqué": right after the verb and its article, it is the subject itself.
        !(
          this.isOrganization(c.name) &&
          !/^\s*(?:[,.;!?]|$)/u.test(after.slice(c.end)) &&
          !(this.articleOnly(after.slice(0, c.index)) && this.adverbialNext(after.slice(c.end)))
        ) &&
        !this.isPlace(c.name) &&
        !this.isGeneric(c.name) &&
        !this.afterPreposition(after, c.index) &&
        // "said a Rs 100-crore project": a capitalised word before a figure is its currency or unit, no name.
        !/^\s*\d/u.test(after.slice(c.end)),
    );
    if (candidate) {
      // "expresó el Miembro del Buró Político y presidente de …, Esteban Lazo Hernández.": a capitalised role opens the
      // subject, the person it describes follows in apposition.
      const apposed = this.looksLikePersonName(candidate.name) ? null : this.apposedAfterRole(sentence, verb);
      if (apposed) return apposed;
      // "comentó el Miembro del Buró Político": that role alone, later, is the person named with it.
      const role = candidate.name.toLowerCase();
      const holder = this.looksLikePersonName(candidate.name)
        ? undefined
        : [...this.apposedRoles].findLast(([described]) => described.includes(role))?.[1];
      if (holder) return holder;
      const title = after
        .slice(0, candidate.index)
        .replace(/[\s,]+/gu, ' ')
        .trim();
      if (/^\p{Lu}/u.test(title)) this.speakerRole = title;
      return this.canonical(candidate.name);
    }
    // "…, afirmou a empresa.": an organization anaphor as the subject after the verb.
    const clause = /^\s+([^,;:.!?"“”«»„()]{2,40}?)\s*(?:[,.;!?]|$)/u.exec(after)?.[1];
    // "informó la empresa en un comunicado", "said the company on Monday": the adverbial after it is no part of it.
    const subject = clause && this.beforeAdverbial(clause);
    const organization = subject && this.organizationAnaphor(subject, sentence, verb.index);
    if (organization && subject.split(/\s+/).length <= 3) return organization;
    // "afirmó un integrante del Poder Ejecutivo": someone unnamed from a body named after them; the body speaks.
    const member = this.indefiniteMember(after);
    if (member !== undefined) return member;
    // "a déclaré à cette occasion le ministre de la Santé": a title standing for the person last named with it.
    // "“…—dijo el ministro— porque …”": a dash closes the aside the subject is in, as a comma does.
    const described = this.titleAnaphor(after.split(/[,;.!?—–]/u)[0] ?? '', true);
    if (described) return described;
    const roleSpan = after.split(/[,;.!?—–]/u)[0] ?? '';
    const roleHolder = this.roleAnaphor(roleSpan, true) ?? this.heldRole(roleSpan, true);
    if (roleHolder) return roleHolder;
    // "…”, explicaron las fuentes.": a body of people described after the verb.
    const groupAfter = /^\s+((?:\p{L}+\s+)?\p{L}+)\s*(?:[,.;!?]|$)/u.exec(after)?.[1];
    const group = groupAfter ? this.groupSubject(groupAfter) : null;
    if (group) return group;
    // "…, explicaron fuentes del Ministerio de Defensa.": the group may be named by whose it is, up to the clause's end.
    const opening = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(after);
    const headNoun = opening && DEFINITE_ARTICLE.test(opening[1]!) ? opening[2] : opening?.[1];
    if (clause && headNoun && this.lexicon.groupSources?.includes(headNoun)) {
      const owner =
        /^\s*(\p{Ll}+)\s+(?:\p{Ll}{1,3}\s+|\p{Ll}[’'])?(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}-]*)*)$/u.exec(
          clause.slice(clause.indexOf(headNoun) + headNoun.length),
        );
      if (owner && GENITIVE_PREPOSITIONS.has(owner[1]!) && !this.isPlace(owner[2]!))
        return clause.slice(clause.indexOf(headNoun)).trim();
    }
    return this.apposedAfterRole(sentence, verb);
  }

  /**
   * "sagte der Vorstand Regionen der Bundesagentur für Arbeit (BA), Daniel Terzenbach, heute": a role opened by an
   * article after the verb, then the person's name in apposition closing the clause. The role is kept as context.
   */
  private apposedAfterRole(sentence: string, verb: PhraseHit): string | null {
    const longer = sentence.slice(verb.end, verb.end + 160);
    const role = /^\s+(\p{L}+)\s[^.;:!?"“”«»„]{3,120}?,\s*$/u;
    const named = this.nameCandidates(longer).find((c) => {
      const stretch = role.exec(longer.slice(0, c.index));
      return (
        stretch !== null &&
        this.words.stopwords.has(stretch[1]!.toLowerCase()) &&
        !this.words.locativePrepositions.has(stretch[1]!.toLowerCase()) &&
        this.looksLikePersonName(c.name) &&
        /^\s*[,.]/u.test(longer.slice(c.end))
      );
    });
    if (!named) return null;
    this.speakerRole = role.exec(longer.slice(0, named.index))?.[0].replace(/^\s+|,\s*$/gu, '') ?? null;
    const person = this.canonical(named.name);
    if (this.speakerRole) this.apposedRoles.set(this.speakerRole.toLowerCase(), person);
    return person;
  }

  /**
   * "said union leader John Smith", "said Chevrolet spokesman Alan Adler on Monday": after an inverted reporting verb,
   * at most five words (no preposition but "of", no pronoun or complementizer among them) before a person's name that closes the
   * clause. The words are the person's role, kept as context.
   */
  private describedPersonAfterVerb(sentence: string, verb: PhraseHit): string | null {
    const after = this.maskHonorifics(sentence.slice(verb.end, verb.end + 120));
    // "dijo el ministro de Economía Carlos Ruiz": the office the title names heads the run of capitals, the person ends it.
    const candidate = this.nameCandidates(after)
      .map((c) => this.personAtEndOfRun(after, c))
      .find((c) => this.isPerson(c.name) || this.looksLikePersonName(c.name));
    if (!candidate) return null;
    const role = after.slice(0, candidate.index);
    if (!/^\s+(?:[\p{L}’'-]+\s+){1,5}$/u.test(role) || this.toListener(role)) return null;
    const words = role.match(/[\p{L}’'-]+/gu) ?? [];
    if (
      words.some(
        (word) =>
          // "president of entertainment" is a role; "in Paris" a place.
          (this.words.locativePrepositions.has(word.toLowerCase()) && !GENITIVE_PREPOSITIONS.has(word.toLowerCase())) ||
          this.words.personPronouns.has(word.toLowerCase()) ||
          this.patterns.complementizers.has(word.toLowerCase()),
      )
    )
      return null;
    // The name closes the clause, or an adverbial follows it ("on Monday", "in a statement").
    const next = /^\s*(?:[,.;!?]|$)|^\s+(\p{Ll}+)\s/u.exec(after.slice(candidate.end));
    if (!next || (next[1] && !this.words.stopwords.has(next[1]) && !this.words.locativePrepositions.has(next[1])))
      return null;
    if (this.isPlace(candidate.name) || this.isGeneric(candidate.name)) return null;
    // Without its article: "disse a pesquisadora Beatriz Lopes" → "pesquisadora".
    const opening = words[0]!.toLowerCase();
    const article = words.length > 1 && this.words.stopwords.has(opening) ? words[0]!.length : 0;
    this.speakerRole = role.trim().slice(article).trim();
    return this.canonical(candidate.name);
  }
}
