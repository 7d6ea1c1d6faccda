import type { ClaimLexicon } from '../lexicon';
import { allMatches, findPhrases, phraseUnion, type PhraseHit } from '../match';
import { alternation } from './lexicon-patterns';
import { opensSourceClause } from '../story';
import {
  AS_ASIDE,
  CLOSING_SUBJECT,
  COORDINATORS,
  DEFINITE_ARTICLE,
  DESCRIBED_SOURCE,
  LEADING_DEFINITE_ARTICLE,
  PERSON_THEN_CLAUSE,
  subjectMayFollowVerb,
} from './multilingual';
import type { NameCandidate } from './memory';
import { openQuotationStart, quotations, trailingWord } from './text';
import { UnspacedSpeakerReader } from './unspaced';

/**
 * What follows a quotation that opens its sentence, up to the name closing the clause: one to three lower-case words
 * (the verb) and at most one aside between commas (see `closingAttribution`). After the closing mark comes a comma, or,
 * where the comma closed the quotation inside its marks, only a space.
 */
const CLOSING_LEAD = String.raw`((?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*)(?:\s*,\s*[^,;:.!?"“”«»]{1,25},\s*|\s+)`;
const LEAD_AFTER_COMMA = new RegExp(String.raw`^\s*,\s*${CLOSING_LEAD}`, 'u');
const LEAD_AFTER_COMMA_INSIDE = new RegExp(String.raw`^\s+${CLOSING_LEAD}`, 'u');

/**
 * "…, teilte das AWI am Montag mit.", "Auf die Gefahr wies der Sprecher hin.": a separable reporting verb whose particle
 * closes its clause, with the subject and any adverbials between them (the verb alone, as "teilte", may mean another
 * thing). Adjacent verb and particle are in `reportingVerbs` already. Each is the verb, and the particle with the space
 * before it (`cut`).
 */
export function separatedReportingVerbs(
  sentence: string,
  lexicon: ClaimLexicon,
): Array<{ verb: PhraseHit; cut: [number, number] }> {
  const pairs = lexicon.separableReportingVerbs;
  if (!pairs?.length) return [];
  const stems = phraseUnion(lexicon, 'separable-reporting-verbs', () => [...new Set(pairs.map(([verb]) => verb))]);
  return findPhrases(sentence, stems, false).flatMap((verb) => {
    // The clause after the verb, to its first pause: at least one word, then the particle last.
    const clause = /^(\s+[^,;:.!?"“”«»„()–—]*?)(\s+)(\p{L}+)\s*(?=[,;:.!?"“”«»„()–—]|$)/u.exec(
      sentence.slice(verb.end),
    );
    if (!clause || !/\p{L}/u.test(clause[1]!)) return [];
    const particle = clause[3]!.toLowerCase();
    if (!pairs.some(([stem, held]) => stem === verb.phrase.toLowerCase() && held === particle)) return [];
    const start = verb.end + clause[1]!.length;
    return [{ verb, cut: [start, start + clause[2]!.length + clause[3]!.length] as [number, number] }];
  });
}

/** "observe-t-il", "dit-elle": the subject pronoun set after a French verb, which marks an incise. */
const INVERTED_PRONOUN = /^-(?:t-)?(il|elle)(?![\p{L}])/iu;
/** "a-t-il ajouté", "avait-elle prévenu": the same pronoun set after the auxiliary, inside the verb phrase. */
const PRONOUN_IN_VERB = /-(?:t-)?(il|elle)(?![\p{L}])/iu;
/** What may follow a verb that ends its sentence: the closing punctuation and quotation marks. */
const CLOSES_SENTENCE = /^[.!?…]*["”’»]?\s*$/u;
/** What a closing reporting verb follows: a comma, then its subject of a few words ("…, de Miranda notes."). */
const SUBJECT_AFTER_COMMA = /,\s*[^,;:.!?"“”«»]{1,50}\s$/u;
/** What a closing reporting verb opens a quotation with ("Emery states, “…”", "She notes: “…”"). */
const QUOTATION_AFTER_VERB = /^\s*[,:]\s*["“«„]/u;
/**
 * A lead-in, then a colon and an opening quotation mark ("Ministerin Schulze: „…“"); where a language quotes speech in
 * single marks, a single mark before a capital opens one too.
 */
const COLON_LEAD_IN = /^([^:]{3,200}):\s*["“„«»]/u;
const COLON_LEAD_IN_SINGLE = /^([^:]{3,200}):\s*(?:["“„«»]|['‘]\p{Lu})/u;

/** Who a sentence attributes its words to: its reporting verbs, "according to", a quotation closed by a name, a lead-in. */
export abstract class AttributionReader extends UnspacedSpeakerReader {
  /** "Mickey's line is that", "His final judgment is that" opening the sentence (see `heldViewSpeaker`). */
  private readonly heldViewOpening: RegExp | null;
  /** "As Maureen Dowd put it," opening the sentence (see `asPutItSpeaker`). */
  private readonly asPutItAside: RegExp | null;
  /** "comme l’a souligné l’Arcep," anywhere before the main clause (see `sourceAsideSpeaker`). */
  private readonly sourceAside: RegExp | null;
  /** One of `contrastingAsides` between spaces, global (see `closingAttribution`). */
  private readonly contrastingAside: RegExp;
  /** "Asked what …," opening the sentence. */
  private readonly questionLeadIn: RegExp | null;
  /** A lower-case word right before a complementizer ("razonó que"), where the lexicon says which words are no verbs. */
  private readonly clauseVerb: RegExp | null;
  /** A preposition of time, then at most an article, closing the text before a report noun (see `reportAgent`). */
  private readonly datingReport: RegExp | null;
  /** "quoted a senior official, as saying" (see `quotedAsSayingSpeaker`): group 1 the object, group 2 the participle. */
  private readonly quotingFrame: RegExp | null;
  /**
   * The first verb of saying the sentence read last used for an act on a thing instead ("rejected the bill", "posted
   * the image"), or for what someone holds inside a noun phrase ("evidence of what Akin believes"), with that sentence:
   * see `actingSubject`.
   */
  private objectAct: { sentence: string; verb: PhraseHit } | null = null;
  /**
   * A stance held with the copula (`beliefVerbs` opened by a passive auxiliary: "is concerned that") with adverbs
   * between the copula and the stance ("is now increasingly concerned that"): group 1 the copula, group 2 the rest.
   */
  private readonly stanceAfterAdverbs: RegExp | null;
  /** ", wie …" closing the text before a verb, where a subordinate clause puts its verb last (see `asClauseSubject`). */
  private readonly verbLastAsClause: RegExp | null;
  /** A lower-case noun and a relative pronoun for things closing the text before a verb (see `thingRelativeSubject`). */
  private readonly thingRelative: RegExp | null;

  constructor(lexicon: ClaimLexicon, lang: string, unspaced: boolean, publication: string | null = null) {
    super(lexicon, lang, unspaced, publication);
    const conjunctions = alternation(lexicon.asideConjunctions);
    this.verbLastAsClause =
      conjunctions && lexicon.verbLastSubordinate
        ? new RegExp(`[,(]\\s*(?:${conjunctions})\\s+([^,;:()"“”„«»]{1,100})$`, 'u')
        : null;
    const thingRelatives = alternation(lexicon.thingRelativePronouns);
    this.thingRelative = thingRelatives
      ? new RegExp(`(?:^|\\s)(\\p{Ll}[\\p{L}’'-]*)\\s*,?\\s+(?:${thingRelatives})\\s*$`, 'u')
      : null;
    const copulaStances = lexicon.beliefVerbs.flatMap((phrase) => {
      const [copula, ...stance] = phrase.split(/\s+/u);
      return stance.length && lexicon.passiveAuxiliaries.includes(copula!) ? [stance.join(' ')] : [];
    });
    const adverbs = alternation(lexicon.verbAdverbs);
    this.stanceAfterAdverbs =
      copulaStances.length && !unspaced
        ? new RegExp(
            `(?<![\\p{L}’'-])(${alternation(lexicon.passiveAuxiliaries)})\\s+(?:(?:${adverbs ? `${adverbs}|` : ''}\\p{Ll}+ly)\\s+){1,2}(${alternation([...new Set(copulaStances)])})(?![\\p{L}’'-])`,
            'giu',
          )
        : null;
    const introducers = alternation(lexicon.quotationIntroducers);
    const quoting = lexicon.quotingFrames;
    this.quotingFrame = quoting
      ? new RegExp(
          `(?<![\\p{L}’'-])(?:${alternation(quoting.verbs)})\\s+([^;:!?"“”«»„]{1,100}?)\\s*,\\s+${quoting.connector}\\s+(${alternation(quoting.participles)})(?![\\p{L}])`,
          'u',
        )
      : null;
    this.asPutItAside =
      conjunctions && introducers
        ? new RegExp(`^[\\s("“«]*(?:${conjunctions})\\s+([^,;:()"“”«»]{1,60}?)\\s+(?:${introducers})\\s*,`, 'iu')
        : null;
    // Capitalised too, where it opens the sentence; the pattern is case-sensitive, as the subject's capital counts.
    const sourceOpenings = alternation(
      lexicon.sourceAsideOpenings?.flatMap((words) => [words, words.charAt(0).toUpperCase() + words.slice(1)]),
    );
    // Group 1: the subject, up to the comma or bracket closing it; group 2: a name in apposition after it.
    this.sourceAside = sourceOpenings
      ? new RegExp(
          `(?:^|[,(])\\s*(?:${sourceOpenings})\\s+\\p{Ll}[\\p{L}-]+\\s+([^,;:()"“”«»]{2,60}?)\\s*[,(](?:\\s*(\\p{Lu}[^,;:()"“”«»]{2,40}?)\\s*,)?`,
          'u',
        )
      : null;
    const asides = alternation(lexicon.contrastingAsides);
    this.contrastingAside = asides ? new RegExp(`(?<=\\s)(?:${asides})(?=\\s)`, 'gu') : /(?!)/gu;
    const leadIns = alternation(lexicon.questionLeadIns);
    this.questionLeadIn = leadIns ? new RegExp(`^[\\s"“«]*(?:${leadIns})\\s`, 'iu') : null;
    const complementizers = alternation(lexicon.complementizers);
    this.clauseVerb =
      complementizers && lexicon.clauseConjunctions?.length
        ? new RegExp(`(?<![\\p{L}’'ʼ-])(\\p{Ll}[\\p{L}-]{2,})\\s+(?:${complementizers})(?=[\\s’'ʼ])`, 'gu')
        : null;
    const dating = alternation(lexicon.reportNouns?.datingPrepositions);
    const articles = alternation([...(lexicon.definiteArticles ?? []), ...lexicon.indefiniteArticles]);
    this.datingReport = dating
      ? new RegExp(`(?:^|[\\s,])(?:${dating})(?:\\s+(?:${articles ?? '(?!)'})['’]?)?\\s*$`, 'iu')
      : null;
    const views = lexicon.heldViews;
    // Capitalised too, where it opens the sentence; the pattern is case-sensitive, as a name's capital counts.
    const possessives = alternation(
      lexicon.possessiveDeterminers?.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]),
    );
    this.heldViewOpening =
      views && possessives
        ? new RegExp(
            `^[\\s"“«]*(?:(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2})[’']s|(${possessives}))\\s+(?:\\p{Ll}+\\s+)?(?:${alternation(views.nouns)})\\s+(?:${alternation(views.copulas)})\\s+(?:${alternation(lexicon.complementizers) ?? 'that'})\\s`,
            'u',
          )
        : null;
  }

  /** Whether the sentence is one quotation and nothing else (a closing stop aside). */
  protected wholeQuotation(sentence: string): boolean {
    const spans = quotations(sentence.trim());
    return spans.length === 1 && spans[0]![0] === 0 && spans[0]![1] >= sentence.trim().length - 1;
  }

  /**
   * Whether a lower-case description names people or a body ("o legista", "a irmã da vítima", "los fiscales", "la
   * empresa"): its first word is a title, a group, a kin, a member or an organization noun.
   */
  private describesSource(description: string): boolean {
    const head = description.split(/\s+/)[0]!;
    return (
      this.words.personTitles.has(head) ||
      this.words.memberNouns.has(head) ||
      this.words.organizationWords.has(head) ||
      (this.lexicon.groupSources?.includes(head) ?? false) ||
      (this.lexicon.kinshipNouns?.includes(head) ?? false)
    );
  }

  /**
   * Whether `before` (the text up to a word) ends with a source preposition, and at most an article after it
   * ("according to ", "según los ").
   */
  private followsSourcePreposition(before: string): boolean {
    if (this.unspaced || !/\s$/u.test(before)) return false;
    const words = before.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
    const endsWithSource = (count: number) => {
      const lead = ` ${words.slice(0, count).join(' ')}`;
      return this.lexicon.sourcePrepositions.some((source) => lead.endsWith(` ${source}`));
    };
    return (
      endsWithSource(words.length) || (this.words.stopwords.has(words.at(-1) ?? '') && endsWithSource(words.length - 1))
    );
  }

  /** Whether `before` ends with an article, a document a body issues and at most one adverb ("the study also "). */
  private followsIssuedDocument(before: string): boolean {
    const words = before.match(/[\p{L}’'-]+/gu) ?? [];
    if (!/\s$/u.test(before)) return false;
    const adverb = this.lexicon.verbAdverbs?.includes(words.at(-1)?.toLowerCase() ?? '') ? 1 : 0;
    const [article, noun] = words.slice(-2 - adverb, words.length - adverb);
    return (
      (article !== undefined && noun !== undefined && this.issuedDocumentName(article, noun) !== null) ||
      this.documentAuthor(before) !== null
    );
  }

  /**
   * "As Maureen Dowd put it, voters are …", "(As Obama put it, she …": an aside opening the sentence with a verb that
   * introduces a quotation names who the rest of the sentence quotes. Null when the sentence opens otherwise.
   */
  private asPutItSpeaker(sentence: string): string | null {
    const aside = this.unspaced ? null : this.asPutItAside?.exec(sentence);
    if (!aside) return null;
    const subject = aside[1]!;
    if (this.words.personPronouns.has(subject.toLowerCase())) return this.resolvePronoun(subject.toLowerCase());
    const name = this.firstNameCandidate(subject);
    if (!name || !/^\s*$/u.test(subject.slice(name.end)) || this.isPlace(name.name)) return null;
    return this.canonical(name.name);
  }

  /**
   * "Or, comme le montre Florence Audier, les Français …", "comme l’a souligné l’Arcep (…), …": an aside of "as" whose
   * subject follows its verb names who the sentence is from, a person or a body, or a title with the name after it
   * ("comme l’a expliqué le ministre de l’Économie, Bruno Le Maire, …"). Null when a common noun is the subject ("comme
   * le prévoit la loi") or there is no such aside.
   */
  private sourceAsideSpeaker(sentence: string): string | null {
    const aside = this.unspaced ? null : this.sourceAside?.exec(sentence);
    if (!aside) return null;
    const subject = aside[1]!.replace(LEADING_DEFINITE_ARTICLE, '');
    const named = (text: string) => {
      const name = this.firstNameCandidate(text);
      if (!name || name.index !== 0 || name.end !== text.trimEnd().length || this.isPlace(name.name)) return null;
      return this.isGeneric(name.name) ? null : this.canonical(name.name);
    };
    if (/^\p{Lu}/u.test(subject)) return named(subject);
    const title = subject.split(/\s+/u)[0]!.toLowerCase();
    return aside[2] && this.words.personTitles.has(title) ? named(aside[2]) : null;
  }

  /**
   * "The agency quoted a senior official, as saying …", "…, the paper quoted Sam Reed, the mayor, as saying.": after a
   * comma the "as" reads as an aside and drops the participle of saying (see `AS_ASIDE`); the object of the verb of
   * quoting is who spoke, read as the participle's subject, and the one quoting only relays the words. Without the
   * comma the participle is read as it stands. Null when the sentence has no such frame or its object names no one.
   */
  private quotedAsSayingSpeaker(sentence: string, namedBefore: string | null): string | null {
    const frame = this.unspaced ? null : this.quotingFrame?.exec(sentence);
    // "Wu Fan was quoted by AFP, as saying": passive, the subject spoke (a reporting verb of the lexicon).
    const auxiliary = frame ? trailingWord(sentence.slice(0, frame.index))?.toLowerCase() : undefined;
    if (!frame || (auxiliary !== undefined && this.lexicon.passiveAuxiliaries.includes(auxiliary))) return null;
    const object = frame[1]!;
    const pronoun = this.lexicon.quotingFrames?.objectPronouns[object.toLowerCase()];
    if (pronoun) return this.resolvePronoun(pronoun);
    // "Tom Baker, the mayor, as saying": the comma closing an apposition stays before the participle; a lone comma
    // after the object ("quoted a spokesman, as saying") closes nothing.
    const lead = `${object}${object.includes(',') ? ',' : ''} `;
    const participle = frame[2]!;
    const clause = lead + sentence.slice(frame.index + frame[0].length - participle.length);
    return this.speakerOfVerb(
      clause,
      { index: lead.length, end: lead.length + participle.length, phrase: participle },
      namedBefore,
    );
  }

  /**
   * "Mickey's line is that …", "His final judgment is that …": a view opening the sentence, owned by a person named
   * with a possessive or by a singular possessive pronoun, is that person's. Null when the sentence opens otherwise.
   */
  private heldViewSpeaker(sentence: string): string | null {
    const opening = this.unspaced ? null : this.heldViewOpening?.exec(sentence);
    if (!opening) return null;
    const owner = opening[1] ?? opening[2]!;
    const pronoun = this.lexicon.possessiveDeterminers?.indexOf(owner.toLowerCase()) ?? -1;
    // "his" and "her" stand for a person, as "he" and "she" do; "its" and "their" for no one person.
    if (pronoun !== -1) {
      const subject = this.lexicon.personPronouns[pronoun];
      return subject ? this.resolvePronoun(subject) : null;
    }
    const name = this.firstNameCandidate(owner);
    if (!name || name.index !== 0 || name.end !== owner.length || this.isPlace(name.name)) return null;
    if (!this.isPerson(name.name) && !this.surnameOfKnownPerson(name.name) && !this.looksLikePersonName(name.name))
      return null;
    return this.canonical(name.name);
  }

  protected attributedSpeaker(text: string, namedBefore: string | null = null): string | null {
    this.objectAct = null;
    // "…, teilte das AWI am Montag mit.": the particle cut out, the verb reads as "…, teilte das AWI am Montag." does.
    const separated = this.unspaced ? [] : separatedReportingVerbs(text, this.lexicon);
    let sentence = text;
    for (const { cut } of [...separated].reverse()) sentence = sentence.slice(0, cut[0]) + sentence.slice(cut[1]);
    const cutBefore = (at: number) =>
      separated.reduce((shift, { cut }) => (cut[1] <= at ? shift + cut[1] - cut[0] : shift), 0);
    const separatedVerbs = separated.map(({ verb }) => ({
      ...verb,
      index: verb.index - cutBefore(verb.index),
      end: verb.end - cutBefore(verb.index),
    }));
    const asPutIt =
      this.asPutItSpeaker(sentence) ??
      this.heldViewSpeaker(sentence) ??
      this.sourceAsideSpeaker(sentence) ??
      this.quotedAsSayingSpeaker(sentence, namedBefore);
    if (asPutIt) return asPutIt;
    // A reporting verb inside a quotation ("“The Republicans have said …,” Indyk said") is what was said. Read only when
    // a word found may be inside one.
    let quotedSpans: Array<readonly [number, number]> | undefined;
    const quoted = (): Array<readonly [number, number]> => {
      if (quotedSpans) return quotedSpans;
      quotedSpans = quotations(sentence);
      const open = openQuotationStart(sentence);
      // German closes with “ what English opens with it: after a „ it ends a quotation.
      if (open >= 0 && !sentence.slice(0, open).includes('„')) quotedSpans.push([open, sentence.length]);
      return quotedSpans;
    };
    const found = [
      ...findPhrases(sentence, this.lexicon.reportingVerbs, this.unspaced),
      ...separatedVerbs,
      ...findPhrases(sentence, this.lexicon.beliefVerbs, this.unspaced),
      // "El aumento fue anunciado por el Banco Central": a participle after a passive auxiliary, its agent the source.
      ...findPhrases(sentence, this.lexicon.passiveReportParticiples ?? [], false).filter((verb) =>
        this.lexicon.passiveAuxiliaries.includes(trailingWord(sentence.slice(0, verb.index))?.toLowerCase() ?? ''),
      ),
      // "…, de Miranda notes.": a present tense as often a noun is a verb closing the sentence after its subject, or
      // opening a quotation right after a name or a pronoun ("Emery states, “…”"; "the United States, “…”" is a name).
      ...findPhrases(sentence, this.lexicon.closingReportingVerbs ?? [], false).filter((verb) => {
        const before = sentence.slice(0, verb.index);
        if (CLOSES_SENTENCE.test(sentence.slice(verb.end))) return SUBJECT_AFTER_COMMA.test(before);
        const subject = trailingWord(before) ?? '';
        return (
          QUOTATION_AFTER_VERB.test(sentence.slice(verb.end)) &&
          /^\p{Ll}/u.test(verb.phrase) &&
          (/^\p{Lu}/u.test(subject) || this.words.personPronouns.has(subject.toLowerCase()))
        );
      }),
      // "Washington is now increasingly concerned that …": adverbs between the copula and the stance it holds.
      ...(this.stanceAfterAdverbs
        ? allMatches(this.stanceAfterAdverbs, sentence).map((match) => ({
            index: match.index,
            end: match.index + match[0].length,
            phrase: match[0],
          }))
        : []),
      // "Nvidia prevé que …", "Los analistas de Morgan Stanley estiman que …": who forecasts holds the forecast.
      ...(this.unspaced ? [] : findPhrases(sentence, this.lexicon.forecastVerbs, this.unspaced)),
      // "The study also shows that …": what an issued document finds is what it says.
      ...findPhrases(sentence, this.lexicon.reportNouns?.findings ?? [], this.unspaced).filter((verb) =>
        this.followsIssuedDocument(sentence.slice(0, verb.index)),
      ),
      // "McConnell called the debt “the transcendent issue of our era”": who characterizes with a quotation speaks.
      ...(this.unspaced
        ? []
        : findPhrases(sentence, this.lexicon.characterizingVerbs ?? [], false).filter((verb) =>
            /^[^.;:!?"“”«»„]{1,60}?\s["“«„]/u.test(sentence.slice(verb.end)),
          )),
    ];
    // Most sentences hold no verb of speech: what only a verb found needs (its quotations, a question lead-in) is then
    // never read.
    const questionEnd = found.length > 0 && this.questionLeadIn?.test(sentence) ? sentence.indexOf(',') : -1;
    const verbs = found
      // "…, so Steger.": a verb the lexicon lists with the comma before it (de ", so") is read as one after a comma.
      .filter((verb) => {
        // "…, so stellte sich dann heraus, …": a verb after the comma's word makes it an adverb, no source tag, which
        // a name, an article or a title follows ("…, so die FPÖ-Europasprecherin").
        if (!/^[,;]/u.test(verb.phrase)) return true;
        const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(sentence.slice(verb.end))?.[1];
        return next === undefined || this.patterns.commonNounOpeners.has(next) || this.patterns.articles.has(next);
      })
      .map((verb) => {
        const comma = /^[,;]\s*/u.exec(verb.phrase)?.[0].length ?? 0;
        return comma ? { index: verb.index + comma, end: verb.end, phrase: verb.phrase.slice(comma) } : verb;
      })
      .filter(
        (verb) =>
          !quoted().some(([start, end]) => verb.index > start && verb.end < end) ||
          this.isIncise(sentence, verb) ||
          // "“La inflación va a bajar —dijo el ministro— porque …”": a verb between dashes with its subject.
          typeof this.dashIncise(sentence, verb) === 'string',
      )
      // "…, como él mismo dijo, …": an aside about something said before, not this sentence's source.
      .filter(
        (verb) =>
          !AS_ASIDE.test(sentence.slice(Math.max(0, verb.index - 30), verb.index)) ||
          this.asideNamingAfter(sentence, verb) ||
          this.asClauseSubject(sentence, verb) !== null,
      )
      // "evidence of what Akin believes": what someone holds, told by the writer; they are whom the sentence is about.
      .filter((verb) => this.saysUnlessActs(sentence, verb, this.inPrepositionalFreeRelative(sentence, verb)))
      // "(Sh*t Astronomers Say)": a verb capitalised after a capitalised word inside a parenthesis ends a title.
      .filter((verb) => !this.closesTitleInParenthesis(sentence, verb))
      // "Asked what he thought …, Walter said": the question put to the speaker is not the report.
      .filter((verb) => questionEnd === -1 || verb.index > questionEnd)
      // "GM expects to begin mailing letters": a forecasting verb before its subject's own act is an intention, a
      // plan the article tells, not a forecast anyone holds ("expects to be larger", "to grow" foresee a state).
      .filter(
        (verb) =>
          !this.lexicon.forecastVerbs.includes(verb.phrase.toLowerCase()) ||
          !/^\s+to\s+(?!be\b|become\b|remain\b|grow\b|rise\b|fall\b|reach\b|exceed\b|top\b)\p{Ll}/u.test(
            sentence.slice(verb.end),
          ),
      )
      // "It feels more sluggish": a verb of belief linking its subject to how it seems holds no view of anyone's.
      .filter((verb) => !this.linksToQuality(verb, sentence.slice(verb.end)))
      // "The Screen Actors Guild hasn't said whether …": who says nothing is no source.
      .filter((verb) => !this.isNegated(sentence.slice(Math.max(0, verb.index - 40), verb.index)))
      // "a patch that describes the differences", "a case that instantly claims a car": the relative pronoun is the
      // verb's subject, and the thing it stands for is no source; the sentence's subject only acts.
      .filter((verb) => this.saysUnlessActs(sentence, verb, this.thingRelativeSubject(sentence.slice(0, verb.index))))
      // "El Tribunal rechazó este jueves el pedido …": a decision on a request is an act the article tells.
      .filter((verb) => {
        const after = sentence.slice(verb.end);
        return this.saysUnlessActs(sentence, verb, this.decidesOnRequest(verb, after) || this.postsObject(verb, after));
      })
      // "According to reports, …": after a source preposition the word is a noun, the source itself.
      // A verb there ("según adelantó la presidenta") has its subject after it.
      .filter(
        (verb) =>
          !/s$/u.test(verb.phrase) ||
          !this.followsSourcePreposition(sentence.slice(Math.max(0, verb.index - 30), verb.index)),
      )
      // "after the explosive reports of sexual assault": a report noun spelled as a verb, with its article and "of".
      .filter((verb) => !this.isReportNoun(sentence, verb))
      .sort((a, b) => a.index - b.index);
    if (this.unspaced) return this.unspacedSpeaker(sentence, verbs);
    // "China has confirmed 14 cases, the World Health Organization said in a statement": a reporting clause closing
    // the sentence after a comma governs what comes before it, where an earlier verb is part of what was reported.
    // Unless a person speaks there ("Baez said …, the Daily Mail reports": the closing clause only cites where it was
    // published), or the closing clause names nobody itself ("…, the player he promised to the fans").
    const closing = verbs.findLast((verb, at) => at > 0 && this.closesSentence(sentence, verb, verbs[at - 1]!));
    // "Critics claim that the FCC's argument was flawed, as ISPs have stated …": a group no one names, the subject
    // opening the sentence, says all of it, and a verb inside what they say names no source of the sentence.
    if (!closing && verbs[0] && this.unnamedGroupOpens(sentence.slice(0, verbs[0].index))) return null;
    let earlier: string | null = null;
    for (const verb of verbs) {
      if (verb === closing) break;
      earlier = this.speakerOfVerb(sentence, verb, namedBefore);
      if (earlier) break;
    }
    const earlierIsPerson = earlier !== null && this.isPersonSpeaker(earlier);
    if (closing) {
      const earlierRole = this.speakerRole;
      const closingSpeaker = this.speakerOfVerb(sentence, closing, namedBefore);
      const comma = sentence.lastIndexOf(',', closing.index);
      const subjectSpan = /\p{L}/u.test(sentence.slice(comma + 1, closing.index))
        ? sentence.slice(comma + 1, closing.index)
        : sentence.slice(closing.end);
      // "Baez said …, the Daily Mail reports": a closing clause naming a publication only cites where a person spoke.
      // One naming a person, with no article, governs the whole sentence ("Los camaristas … confirmaron el fallo,
      // informó Raúl Ramírez").
      const closingPerson =
        closingSpeaker !== null && this.isPersonSpeaker(closingSpeaker) && !LEADING_DEFINITE_ARTICLE.test(subjectSpan);
      if (earlierIsPerson && !closingPerson) {
        this.speakerRole = earlierRole;
        return earlier;
      }
      const lastWord = closingSpeaker?.split(/\s+/).pop();
      if (closingSpeaker && (!earlier || (lastWord !== undefined && subjectSpan.includes(lastWord))))
        return closingSpeaker;
      this.speakerRole = earlierRole;
    }
    if (earlier) return earlier;
    for (const verb of verbs.slice(closing ? verbs.indexOf(closing) + 1 : verbs.length)) {
      const speaker = this.speakerOfVerb(sentence, verb, namedBefore);
      if (speaker) return speaker;
    }
    // "el viceprimer ministro razonó que …", "O parlamentar cobra que …": a verb no list holds, known by the clause it
    // takes, has its subject before it hold that clause.
    for (const verb of this.clauseVerbs(sentence, quoted)) {
      const speaker = this.clauseOpeningSubject(sentence.slice(0, verb.index));
      if (speaker) return speaker;
    }
    const agent = this.reportAgent(sentence, quoted);
    if (agent) return agent;
    for (const source of findPhrases(sentence, this.lexicon.sourcePrepositions, false)) {
      // "fini de sourcer « selon l’Élysée »": a short phrase quoted as words is mentioned, no source of the sentence.
      if (quoted().some(([start, end]) => source.index > start && source.end < end && end - start <= 40)) continue;
      // "para"/"pour"/"für" mean "according to" only when they open the sentence ("laut" means it anywhere).
      if (
        this.lexicon.ambiguousSourcePrepositions?.includes(source.phrase.toLowerCase()) &&
        (source.index > 0 ||
          (!opensSourceClause(sentence, source.end) && !PERSON_THEN_CLAUSE.test(sentence.slice(source.end))))
      )
        continue;
      const after = sentence.slice(source.end);
      // "dem HDE zufolge", "Angaben der Polizei zufolge": a source word after its noun names what comes before it.
      if (this.lexicon.sourcePostpositions?.includes(source.phrase.toLowerCase())) {
        const before = this.sourceBeforePostposition(sentence.slice(0, source.index));
        if (before) return before;
        continue;
      }
      // "Die Musik war laut und …": an adjective of the same spelling, followed by a conjunction or a pause.
      const next = /^\s*([\p{L}’'-]+|[^\s\p{L}])/u.exec(after)?.[1] ?? '';
      if (!/^\p{L}/u.test(next) || (COORDINATORS.has(next.toLowerCase()) && !DEFINITE_ARTICLE.test(next))) continue;
      // "According to police, …", "according to officials familiar with the talks", "…, according to U.S. officials.":
      // people described, not named.
      const group = this.restrictedGroup(after.split(/[,;:!?()—–"“”]|(?<!\b\p{Lu})\.(?=\s|$)/u)[0] ?? '');
      if (group) return group;
      // The source may follow an article or a description ("according to the agency Datavue"), or an elided article
      // glued to it ("selon l’Insee").
      // "according to Sgt. Paul Green": an honorific before the name, blanked, is no word of a description.
      const unabbreviated = this.maskHonorifics(after);
      // "according to The Wall Street Journal": an article set in capitals as part of the name is no description.
      const titled = (c: NameCandidate) =>
        /(?:^|\s)(\p{Lu}\p{Ll}{1,2})\s+$/u.exec(unabbreviated.slice(0, c.index))?.[1];
      // "laut dem CNN-Reporter Shimon Prokupecz", "laut Bürgermeister Hans Meier": one or two capitalised words of a
      // role (every noun is capitalised in German) before a person's full name describe that person.
      const roleBefore = (c: NameCandidate) =>
        /\s/u.test(c.name) &&
        (this.isPerson(c.name) || this.looksLikePersonName(c.name)) &&
        /^\s*(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}$/u.test(unabbreviated.slice(0, c.index));
      const candidate = this.nameCandidates(after).find(
        (c) =>
          (/^\s*(?:[\p{Ll}’'ʼ-]+\s+){0,4}(?:\p{Ll}{1,2}[’'ʼ])?$/u.test(
            unabbreviated
              .slice(0, c.index)
              .replace(/(\p{Lu}\p{Ll}{1,2})\s+$/u, (article) => (DEFINITE_ARTICLE.test(article.trim()) ? '' : article)),
          ) ||
            roleBefore(c)) &&
          // "Según El País": a capitalised article right after the source word belongs to a title, a newspaper's,
          // whose noun may be a place word.
          (!this.isPlace(c.name) || DEFINITE_ARTICLE.test(titled(c) ?? '')),
      );
      if (candidate) {
        // "Laut Berechnungen der EU-Kommission": where every noun is capitalised, a lone noun followed by its genitive is
        // what the source said or did; the genitive's owner is the source.
        const genitiveArticle = this.patterns.genitiveArticleAfter;
        if (
          genitiveArticle &&
          !/\s/u.test(candidate.name) &&
          !this.isPerson(candidate.name) &&
          !this.isOrganization(candidate.name)
        ) {
          const genitive = genitiveArticle.exec(after.slice(candidate.end));
          const owner = genitive && this.firstNameCandidate(after.slice(candidate.end + genitive[0].length));
          if (owner && owner.index === 0 && !this.isPlace(owner.name)) return this.canonical(owner.name);
        }
        // "según el analista de Gartner Pedro Sáez": after a role and its body's name, the last two words are the person.
        const person = this.personAtEndOfRun(after, candidate);
        if (person !== candidate) return this.canonical(person.name);
        // "según el vicepresidente de la ANP, Daniel Loureiro": the person in apposition after the role.
        const apposed = this.nameCandidates(after.slice(candidate.end)).find(
          (c) => this.looksLikePersonName(c.name) && /^\s*,\s*$/u.test(after.slice(candidate.end).slice(0, c.index)),
        );
        if (apposed && !this.isPerson(candidate.name) && !this.looksLikePersonName(candidate.name)) {
          this.speakerRole = after.slice(0, candidate.end).trim();
          return this.canonical(apposed.name);
        }
        // "El País": a title whose noun alone is a place word keeps its article.
        return this.isPlace(candidate.name) ? `${titled(candidate)} ${candidate.name}` : this.canonical(candidate.name);
      }
      // "Según fiscales, …": people described by a bare plural noun (where no restricted group is read).
      const bare = /^\s+(\p{Ll}[\p{L}’'-]*)\s*[,;]/u.exec(after)?.[1];
      if (bare && this.lexicon.groupSources?.includes(bare)) return bare;
      const organization = this.organizationAnaphor(after.split(/[,;.!?]/u)[0] ?? '');
      if (organization) return organization;
      // "Según su relato, …", "According to his account, …": whoever spoke last.
      const possessive = /^\s+(\p{L}+)\s+\p{Ll}+\s*,/u.exec(after)?.[1]?.toLowerCase();
      if (possessive && this.lexicon.possessiveDeterminers?.includes(possessive) && this.lastSpeaker)
        return this.lastSpeaker;
      // "Segundo ele, …": the person last named.
      const pronoun = source.index === 0 ? /^\s+(\p{L}+)\s*,/u.exec(after)?.[1] : undefined;
      if (pronoun && this.words.personPronouns.has(pronoun.toLowerCase())) return this.resolvePronoun(pronoun);
      // "… illustrerait selon lui l’expression …", "según él": a singular person pronoun after the source preposition,
      // anywhere in the sentence, is the person last named (the plural ones end in s or x: "eux", "ellos").
      const object = /^\s+(\p{L}+)(?![\p{L}’'])/u.exec(after)?.[1]?.toLowerCase();
      if (object && this.lexicon.viewOpenerPronouns?.includes(object) && !/[sx]$/u.test(object)) {
        const person = this.resolvePronoun(object);
        if (person) return person;
      }
      // "According to the report, …", "…, according to the survey.": a document a body issues is the source; the
      // sentence names no more of who wrote it, and the person quoted before it is not its author.
      const document = /^\s+(\p{L}+)\s+(\p{Ll}+)(?=\s*[,;.!?]|\s*$)/u.exec(after);
      const issued =
        document && !this.words.indefiniteArticles.has(document[1]!.toLowerCase())
          ? this.issuedDocumentName(document[1]!, document[2]!)
          : null;
      if (issued) return issued;
      // "Segundo o legista, …", "Conforme a irmã da vítima, …": a source described, not named, opening the sentence.
      // "Además, según el ministro, …", "Ainda segundo o diretor, …": one adverb may open the sentence before it.
      const opensSentence = source.index === 0 || /^\s*\p{Lu}\p{Ll}+,?\s+$/u.test(sentence.slice(0, source.index));
      const describedMatch = opensSentence ? DESCRIBED_SOURCE.exec(after) : null;
      const described = describedMatch?.[1];
      // "According to the report, …": a document says nothing of who wrote it.
      if (described && this.lexicon.reportNouns?.nouns.includes(described)) continue;
      // "Según la acusación fiscal, …": a description whose adjective names the body it comes from.
      const body = described
        ?.split(/\s+/)
        .slice(1)
        .map((word) => this.lexicon.bodyAdjectives?.[word])
        .find(Boolean);
      if (body) return body;
      if (described && !this.isGeneric(described)) {
        // "…, conformada por los abogados Raymond Colón y Daniel Pérez,": the people the description is made of.
        const rest = after.slice(describedMatch.index + describedMatch[0].length);
        const members = /^\s*\p{Ll}+\s+(?:por|by|par|von|pelos|pelas|por los|por las)\s+/u.exec(rest);
        const member =
          members &&
          this.nameCandidates(rest.slice(members[0].length, members[0].length + 80)).find(
            (c) =>
              this.looksLikePersonName(c.name) &&
              /^(?:\s*\p{Ll}+){0,3}\s*$/u.test(rest.slice(members[0].length, members[0].length + c.index)),
          );
        if (member) return this.canonical(member.name);
        // "Según el director del hospital, Juan Pérez, …": the person named in apposition after the description.
        const apposed = this.firstNameCandidate(rest.slice(0, 80));
        if (
          apposed &&
          /^\s*$/u.test(rest.slice(0, apposed.index)) &&
          /^\s*,/u.test(rest.slice(apposed.end)) &&
          this.looksLikePersonName(apposed.name) &&
          !this.isPlace(apposed.name)
        ) {
          this.speakerRole = described;
          return this.canonical(apposed.name);
        }
        // "Segundo o ministro, …": the one person named with that title.
        // "Para el titular de la cartera, …": a title standing for another, whose complement only restates the office
        // it stands for (no capital names which), is the one person named with that other title.
        const [head, ...complement] = described.split(/\s+/u);
        const holder =
          this.soleHolderOf(described) ??
          (complement.length && this.lexicon.titleSynonyms?.[head!] ? this.soleHolderOf(head!) : undefined);
        if (holder) return holder;
        // "Para la experta, …": a title standing alone is the person who spoke last, in this paragraph or the one
        // before, when the title can be theirs. Further on it is someone new, described ("Segundo o legista, …").
        const introduced =
          this.words.personTitles.has(described) && this.block - this.lastSpeakerBlock <= 1
            ? this.roleAnaphor(describedMatch[0].replace(/,\s*$/u, ''))
            : null;
        if (introduced && introduced === this.lastSpeaker) return introduced;
        // "Pour le néolibéralisme, …": an idea holds no view; only people and bodies are described sources.
        if (this.describesSource(described)) return described;
      }
    }
    return null;
  }

  /**
   * "Zum Vergleich gab es dem HDE zufolge rund 40.000 Schließungen": a source word that follows its noun
   * (`sourcePostpositions`) names what comes right before it, after an article.
   */
  private sourceBeforePostposition(before: string): string | null {
    const candidate = this.nameCandidates(before).pop();
    if (!candidate || !/^\s*$/u.test(before.slice(candidate.end))) return null;
    const article = trailingWord(before.slice(0, candidate.index).trimEnd())?.toLowerCase();
    if (!article || !(this.patterns.articles.has(article) || this.words.stopwords.has(article))) return null;
    if (this.isGeneric(candidate.name) || this.isCommonNoun(candidate.name) || this.isPlace(candidate.name))
      return null;
    return this.canonical(candidate.name);
  }

  /**
   * Whether `verb` stays a verb of saying in `sentence`: not when it is used for an act (`isAct`), which is then noted,
   * the first of the sentence, for `actingSubject`.
   */
  private saysUnlessActs(sentence: string, verb: PhraseHit, isAct: boolean): boolean {
    if (isAct) this.objectAct ??= { sentence, verb };
    return !isAct;
  }

  /**
   * Who acts in the sentence read last by a verb of saying used for an act on a thing ("Two parties rejected the bill"):
   * no speaker, but the subject the sentence is about. Null when no such act was read there.
   */
  protected actingSubject(): string | null {
    if (!this.objectAct) return null;
    const { speakerRole, describedRole, namedInSentence } = this;
    const subject = this.speakerOfVerb(this.objectAct.sentence, this.objectAct.verb, null);
    Object.assign(this, { speakerRole, describedRole, namedInSentence });
    return subject;
  }

  /**
   * "evidence of what Akin believes", "contrary to what Obama claimed": the verb's subject, at most five words, follows
   * a preposition and a free relative pronoun (`prepositionalFreeRelatives`), and no colon or quotation follows the
   * verb ("a summary of what she said: “…”" quotes her).
   */
  private inPrepositionalFreeRelative(sentence: string, verb: PhraseHit): boolean {
    const phrases = this.lexicon.prepositionalFreeRelatives;
    if (!phrases || this.unspaced) return false;
    const before = sentence.slice(Math.max(0, verb.index - 80), verb.index);
    const relative = findPhrases(before, phrases, false).at(-1);
    if (!relative) return false;
    const subject = before.slice(relative.end);
    return (
      /^\s+[^,;:.!?"“”«»„()]{1,50}$/u.test(subject) &&
      subject.trim().split(/\s+/u).length <= 5 &&
      !/[:"“”«»„]/u.test(sentence.slice(verb.end))
    );
  }

  /**
   * Whether `before` (the text up to a verb) ends with a lower-case noun and an English relative pronoun for things,
   * then at most adverbs and auxiliaries ("a patch that ", "a case that instantly ", "the engine, which has "): the
   * pronoun is the verb's subject. A noun of people, a body or a document ("the agency that said", "a report which
   * found"), or one describing a name, names a source of its own, and is left to the other rules.
   */
  private thingRelativeSubject(before: string): boolean {
    if (!this.thingRelative) return false;
    const lead = this.withoutVerbFillers(before.slice(-80)).replace(/\s\p{Ll}+ly\s*$/u, ' ');
    const relative = this.thingRelative.exec(lead);
    const noun = relative?.[1];
    // "an article by New York magazine that claimed": a noun after a capitalised word describes a name, which may speak.
    if (!noun || /\p{Lu}[\p{L}’'.-]*\s*$/u.test(lead.slice(0, relative.index))) return false;
    const singular = noun.replace(/s$/u, '');
    return ![noun, singular].some(
      (word) =>
        this.describesSource(word) ||
        (this.lexicon.reportNouns?.nouns.includes(word) ?? false) ||
        this.words.stopwords.has(word) ||
        this.patterns.complementizers.has(word),
    );
  }

  /**
   * Whether a verb deciding on requests has one as its object (`after`) ("rejected the request", "había rechazado el pedido",
   * "rechazó este jueves el pedido de …"): at most a short time phrase, then an article and the request noun, with at
   * most one adjective between them.
   */
  private decidesOnRequest(verb: PhraseHit, after: string): boolean {
    const decisions = this.lexicon.requestDecisions;
    const last = verb.phrase.toLowerCase().split(/\s+/u).pop() ?? '';
    if (!decisions?.verbs.includes(last)) return false;
    const requests = decisions.nouns;
    const words = /^(?:\s+\p{Ll}+){1,5}/u.exec(after)?.[0].trim().split(/\s+/u) ?? [];
    const articles = this.patterns.articles;
    const article = words.findIndex((word) => articles.has(word));
    // "agregó que presentará un recurso", "said that if the motion fails": a clause, not the verb's object.
    const between = words.slice(0, Math.max(article, 0));
    if (between.some((word) => this.words.stopwords.has(word) || this.patterns.complementizers.has(word))) return false;
    return (
      article >= 0 &&
      article <= 2 &&
      (requests.includes(words[article + 1] ?? '') || requests.includes(words[article + 2] ?? ''))
    );
  }

  /**
   * "she posted the image on her page": a verb of `objectActVerbs` with an article, a possessive or a number opening its
   * object, and no quotation, colon or complementizer after it in the sentence, tells what was posted, not words.
   */
  private postsObject(verb: PhraseHit, after: string): boolean {
    if (!this.lexicon.objectActVerbs?.includes(verb.phrase.toLowerCase())) return false;
    const next = /^\s+([\p{L}\d]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    const opensObject =
      this.patterns.articles.has(next) || this.lexicon.possessiveDeterminers?.includes(next) || /^\d/u.test(next);
    const words = after.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
    return opensObject && !/[:"“”«»„]/u.test(after) && !words.some((word) => this.patterns.complementizers.has(word));
  }

  /**
   * Whether a verb found is the report noun of the same spelling (`reportNouns.nouns`, or its plural): one of
   * `reportNouns.nounPrepositions` right after it, and an article before it with at most two lower-case words between
   * ("the explosive reports of", "new claims of"). "The BBC reports of" keeps its verb, with its subject between.
   */
  private isReportNoun(sentence: string, verb: PhraseHit): boolean {
    const report = this.lexicon.reportNouns;
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(verb.end))?.[1];
    if (!report?.nounPrepositions?.includes(next ?? '')) return false;
    const word = verb.phrase.toLowerCase();
    if (!report.nouns.includes(word) && !report.nouns.includes(word.replace(/s$/u, ''))) return false;
    const words = sentence
      .slice(Math.max(0, verb.index - 60), verb.index)
      .trim()
      .split(/\s+/u)
      .slice(-3);
    const article = words.findLastIndex((before) => this.patterns.articles.has(before.toLowerCase()));
    return (
      article !== -1 &&
      words
        .slice(article + 1)
        .every((between) => /^\p{Ll}[\p{Ll}-]*$/u.test(between) && !this.words.stopwords.has(between))
    );
  }

  /**
   * Whether `before` (the text up to the sentence's first verb) is a group no one names and nothing else: at most a
   * coordinator or a sentence opener (with its comma), then at most two lower-case words before one of
   * `genericSubjects` ("Critics", "But many industry analysts", "However, critics").
   */
  private unnamedGroupOpens(before: string): boolean {
    const words = before
      .trim()
      .replace(/^(\p{L}+),\s+/u, '$1 ')
      .split(/\s+/u);
    if (
      words.length > 4 ||
      !words.every((word, at) => (at === 0 ? /^\p{L}[\p{Ll}-]*$/u : /^\p{Ll}[\p{Ll}-]*$/u).test(word))
    )
      return false;
    const lower = words.map((word) => word.toLowerCase());
    const group = COORDINATORS.has(lower[0]!) || this.words.sentenceStarters.has(lower[0]!) ? lower.slice(1) : lower;
    return group.length > 0 && group.length <= 3 && this.isGeneric(group.at(-1)!);
  }

  /** The subject of one reporting verb of the sentence (see attributedSpeaker), or null. */
  private speakerOfVerb(sentence: string, verb: PhraseHit, namedBefore: string | null): string | null {
    // "a-t-il ajouté", "avait-il prévenu": the pronoun is inside the verb phrase.
    const inside = PRONOUN_IN_VERB.exec(verb.phrase) ?? INVERTED_PRONOUN.exec(sentence.slice(verb.end, verb.end + 9));
    if (inside) return this.resolvePronoun(inside[1]);
    // "führte er weiter aus": a separable verb holds its pronoun subject between the verb and the particle.
    const held = verb.phrase.includes(' ')
      ? verb.phrase.split(/\s+/u).find((word) => this.words.personPronouns.has(word.toLowerCase()))
      : undefined;
    if (held) return this.resolvePronoun(held);
    const asClause = this.asClauseSubject(sentence, verb);
    if (asClause) return asClause;
    const incise = this.dashIncise(sentence, verb);
    // With no subject inside the dashes it is the sentence's own subject ("Rafael Pérez, primer secretario, repasó el
    // debate, que —reconoció— …"), else the speaker going on, who spoke in this paragraph or the one before: further
    // back the aside's subject is someone the text has not kept.
    if (incise !== undefined)
      return (
        incise ??
        (this.openingActor(sentence.slice(0, verb.index)) || null) ??
        this.namedInSentence ??
        namedBefore ??
        (this.block - this.lastSpeakerBlock <= 1 ? this.lastSpeaker : null)
      );
    // "X, a Y student, says" → X; "…, said Superintendent Robert Runcie" → Robert Runcie; then the
    // subject right before the verb.
    // "…, pasaron a TCP, dijo González": a name right after a verb that follows a comma is the subject, even
    // when what comes before looks like an apposition.
    // "Opposition lawmakers, however, said Yoon must go": a comma closing an aside after the subject opens no inverted
    // clause; the subject before the aside is read first.
    const asideBefore =
      /,\s*$/u.test(sentence.slice(0, verb.index)) &&
      !/,\s*$/u.test(this.withoutVerbFillers(sentence.slice(0, verb.index)));
    const invertedFirst =
      !asideBefore &&
      /[,”"»“«]\s*$/u.test(sentence.slice(0, verb.index)) &&
      // The subject then closes the clause ("dijo González.", "dijo el gremialista,"); "claims Spacey “…”" has an object.
      CLOSING_SUBJECT.test(sentence.slice(verb.end));
    // "…, dice el documento, …", "…, says the report.": the document after the verb is its subject, and it names no
    // one; the subject of the clause before is not who speaks.
    const documentAfter = /^\s+(\p{L}+)\s+(\p{L}+)\s*(?:[,.;!?]|$)/u.exec(sentence.slice(verb.end));
    if (
      invertedFirst &&
      documentAfter &&
      DEFINITE_ARTICLE.test(documentAfter[1]!) &&
      (this.lexicon.reportNouns?.nouns.includes(documentAfter[2]!.toLowerCase()) ?? false)
    )
      return null;
    // "Algo que ya había adelantado Monsalve y que reiteró Siches": in a relative clause the subject follows its verb.
    const relativeSubject = this.invertedRelativeSubject(sentence, verb);
    // "Algo que ya había adelantado Monsalve y que reiteró Siches …": of coordinated relatives, the last tells who says
    // it now; the one before recalls who said it first.
    if (relativeSubject) {
      const coordinated = /^[^,;:.!?"“”«»]{0,80}?\s(\p{Ll}+)\s+\p{Ll}+\s/u.exec(sentence.slice(verb.end));
      const next =
        coordinated && COORDINATORS.has(coordinated[1]!.toLowerCase())
          ? findPhrases(sentence, this.lexicon.reportingVerbs, false).find((hit) => hit.index > verb.end)
          : undefined;
      return (next && this.invertedRelativeSubject(sentence, next)) ?? relativeSubject;
    }
    // "Mahmoud Othman, a lawmaker, told Xinhua": who is told listens.
    const toListener = this.lexicon.listenerVerbs?.includes(verb.phrase.toLowerCase()) ?? false;
    const titled = this.titledAppositionSubject(sentence.slice(0, verb.index));
    if (titled) return titled;
    const speaker = toListener
      ? (this.appositiveSubjectOf(sentence, verb) ?? this.subjectOf(sentence, verb, namedBefore))
      : invertedFirst
        ? (this.invertedSubjectOf(sentence, verb, namedBefore) ??
          this.appositiveSubjectOf(sentence, verb) ??
          this.subjectOf(sentence, verb, namedBefore))
        : asideBefore
          ? (this.appositiveSubjectOf(sentence, verb) ??
            this.subjectOf(sentence, verb, namedBefore) ??
            this.invertedSubjectOf(sentence, verb, namedBefore))
          : (this.appositiveSubjectOf(sentence, verb) ??
            this.invertedSubjectOf(sentence, verb, namedBefore) ??
            this.subjectOf(sentence, verb, namedBefore));
    // "The agency would not describe the malfunction, saying …": a participle of saying after a comma has the subject
    // opening the clause it hangs on.
    const gerund = this.lexicon.gerundEndings?.some((ending) => verb.phrase.toLowerCase().endsWith(ending)) ?? false;
    if (!speaker && gerund && /,\s*$/u.test(sentence.slice(0, verb.index)))
      return this.participleSubject(sentence.slice(0, verb.index));
    // "… when speaking with the Independent saying:", "She spoke to the BBC, saying …": the one spoken to, right
    // before the participle, is not its subject; the clause's is.
    if (speaker && gerund && this.spokenToBefore(sentence.slice(0, verb.index), speaker))
      return this.participleSubject(sentence.slice(0, verb.index));
    // "Der Kläger sieht darin eine Verletzung …": a role or a body described by a common noun, nothing else before the
    // verb. (A title is one of the people named: the role readers find them by.)
    const described = speaker ? undefined : this.patterns.describedSubject?.exec(sentence.slice(0, verb.index))?.[1];
    if (described && !this.isTitleWord(described) && !this.isGeneric(described)) return described;
    // "Gestern sagte Anna Müller, dass …": with no subject before the verb, a person right after it.
    if (!speaker && !toListener && subjectMayFollowVerb(this.lexicon, this.lang))
      return (
        this.personRightAfterVerb(sentence, verb) ??
        // German puts the subject right after the verb when another word opens the clause (verb second); elsewhere a
        // body after the verb is as often its object ("desde que concluyó el Congreso").
        (this.lexicon.verbSecond
          ? (this.organizationRightAfterVerb(sentence, verb) ??
            this.titleRightAfterVerb(sentence, verb) ??
            this.nounSubjectRightAfterVerb(sentence, verb) ??
            this.complementClauseSubject(sentence.slice(0, verb.index)))
          : null)
      );
    // "Wörtlich meinte Petra Steger:": where the subject may follow the verb, one capitalised word alone before it,
    // opening the sentence and no one known, is as often an adverb or an object; a person's full name right after the
    // verb is the subject.
    if (
      speaker &&
      !toListener &&
      subjectMayFollowVerb(this.lexicon, this.lang) &&
      !/\s/u.test(speaker) &&
      sentence.slice(0, verb.index).trim() === speaker &&
      !this.isPerson(speaker)
    ) {
      const after = this.personRightAfterVerb(sentence, verb);
      if (after && /\s/u.test(after)) return after;
    }
    // "Vor zwei Jahren erklärte das Bundesverfassungsgericht, …": a capitalised noun in an adverbial opening the clause
    // (a preposition first) is no subject; verb second, the subject follows the verb.
    if (speaker && this.lexicon.verbSecond && this.inOpeningAdverbial(sentence.slice(0, verb.index), speaker)) {
      const after = this.organizationRightAfterVerb(sentence, verb) ?? this.personRightAfterVerb(sentence, verb);
      if (after) return after;
    }
    return speaker;
  }

  /**
   * Whether `before` is only a prepositional phrase of place or time ("Vor zwei Jahren") ending with `speaker`, with no
   * verb of its own.
   */
  private inOpeningAdverbial(before: string, speaker: string): boolean {
    const words = before.trim().split(/\s+/u);
    const preposition = words[0]!.toLowerCase();
    return (
      words.length <= 4 &&
      (this.words.locativePrepositions.has(preposition) ||
        (this.lexicon.timePrepositions?.includes(preposition) ?? false)) &&
      words.at(-1) === speaker
    );
  }

  /**
   * "Es sollte darauf hingewiesen werden, daß das FBI bestätigte, daß …": a German subordinate clause puts its verb
   * last, so a complementizer, a definite article and a name right before the verb are that verb's subject. Only read
   * where no other subject was found: the main clause's speaker, if any, tells the sentence's source.
   */
  private complementClauseSubject(before: string): string | null {
    const clause = /(?:^|\s)(\p{L}+)\s+(\p{L}+)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)\s*$/u.exec(before);
    if (!clause || !this.patterns.complementizers.has(clause[1]!.toLowerCase()) || !DEFINITE_ARTICLE.test(clause[2]!))
      return null;
    const name = clause[3]!;
    if (this.isPlace(name) || this.isGeneric(name)) return null;
    return this.canonical(name);
  }

  /** Whether `verb` is written with a capital after a capitalised word, inside a parenthesis left open before it. */
  private closesTitleInParenthesis(sentence: string, verb: PhraseHit): boolean {
    if (!/^\p{Lu}/u.test(verb.phrase)) return false;
    const open = sentence.lastIndexOf('(', verb.index);
    return (
      open !== -1 &&
      !sentence.slice(open, verb.index).includes(')') &&
      /\p{Lu}[\p{L}*’'-]*\s+$/u.test(sentence.slice(open, verb.index))
    );
  }

  /**
   * "The Chief Secretary, Mr L.M. Goyal, said …", "The Commissioner, Ambala division, Mr Maha Singh, said …": a
   * person's name after an honorific or title, set off by commas right before the verb, is its subject; what comes
   * before it is the role it names.
   */
  private titledAppositionSubject(before: string): string | null {
    const apposed = /,\s*([^,;:!?"“”«»„()]{3,60}?)\s*,\s*$/u.exec(before)?.[1];
    if (!apposed) return null;
    const masked = this.maskHonorifics(apposed);
    const name = this.firstNameCandidate(masked);
    if (!name || name.end !== masked.length) return null;
    const lead = masked.slice(0, name.index).trim().split(/\s+/u).filter(Boolean);
    if (lead.length === 0 || lead.length > 2 || lead.some((word) => !this.isTitleWord(word))) return null;
    if (this.isPlace(name.name) || this.isGeneric(name.name)) return null;
    return this.canonical(name.name);
  }

  /**
   * Whether a belief verb that may link (`linkingBeliefVerbs`) is followed by no clause it holds: by neither its
   * complementizer nor anything opening a clause's subject (a pronoun, an article or determiner, a capitalised name),
   * but by a comparative, an adjective or "like" ("feels far heavier", "felt like a win").
   */
  private linksToQuality(verb: PhraseHit, after: string): boolean {
    if (!this.lexicon.linkingBeliefVerbs?.includes(verb.phrase.toLowerCase())) return false;
    const next = /^\s+([\p{L}’']+)/u.exec(after)?.[1];
    if (!next || /^\p{Lu}/u.test(next)) return false;
    const lower = next.toLowerCase();
    return !(
      this.patterns.complementizers.has(lower) ||
      this.patterns.articles.has(lower) ||
      this.words.stopwords.has(lower) ||
      this.words.personPronouns.has(lower) ||
      (this.lexicon.pluralPronouns?.includes(lower) ?? false) ||
      (this.lexicon.possessiveDeterminers?.includes(lower) ?? false) ||
      (this.lexicon.nounDeterminers?.includes(lower) ?? false)
    );
  }

  /**
   * The subject of the clause `before` a participle of saying, which the participle shares: the actor opening it ("She
   * spoke to Sky News, saying" → whom "she" means), read in that clause alone, and never the one spoken to.
   */
  private participleSubject(before: string): string | null {
    const actor = this.openingActor(before);
    return actor && !this.spokenToBefore(before, actor) ? actor : null;
  }

  /** Whether `before` closes on `name` after a verb of talking and its preposition, and at most an article. */
  private spokenToBefore(before: string, name: string): boolean {
    const phrases = this.lexicon.interlocutorPhrases;
    const at = before.lastIndexOf(name);
    if (!phrases || at === -1 || !/^\s*,?\s*$/u.test(before.slice(at + name.length))) return false;
    const words =
      before
        .slice(Math.max(0, at - 60), at)
        .toLowerCase()
        .match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length && this.patterns.articles.has(words.at(-1)!)) words.pop();
    const lead = words.join(' ');
    return phrases.some((phrase) => lead === phrase || lead.endsWith(` ${phrase}`));
  }

  /**
   * "Darüber hinaus mahnte der HDE-Präsident …": a definite article and a title right after the verb, with no name, is
   * the person last named with that title.
   */
  private titleRightAfterVerb(sentence: string, verb: PhraseHit): string | null {
    const subject = /^\s+(\p{L}+)\s+[\p{L}-]+/u.exec(sentence.slice(verb.end));
    return subject && DEFINITE_ARTICLE.test(subject[1]!) ? this.titleAnaphor(subject[0], true) : null;
  }

  /**
   * "…, wie Forschungsdirektor Joachim Mnich der Deutschen Presse-Agentur erläuterte.": where subordinate clauses put
   * the verb last, an "as" clause closing the sentence has it after its subject and any listener; the subject comes
   * first, a person's name after at most a title, or a pronoun. Null when the sentence is otherwise.
   */
  private asClauseSubject(sentence: string, verb: PhraseHit): string | null {
    if (!this.verbLastAsClause || !CLOSES_SENTENCE.test(sentence.slice(verb.end))) return null;
    const clause = this.verbLastAsClause.exec(sentence.slice(0, verb.index))?.[1];
    if (!clause) return null;
    const first = /^\p{L}+/u.exec(clause)?.[0] ?? '';
    if (this.words.personPronouns.has(first)) return this.resolvePronoun(first);
    const name = this.firstNameCandidate(clause);
    const lead = name ? clause.slice(0, name.index).trim().split(/\s+/u).filter(Boolean) : [];
    if (!name || lead.length > 2 || lead.some((word) => !this.isTitleWord(word) && !this.patterns.articles.has(word)))
      return null;
    // "Forschungsdirektor Joachim Mnich": the title capitalised with the name is no part of it.
    const words = name.name.split(/\s+/u);
    const person = words.length > 2 && this.isTitleWord(words[0]!) ? words.slice(1).join(' ') : name.name;
    if (!this.isPerson(person) && !this.looksLikePersonName(person)) return null;
    return this.canonical(person);
  }

  /**
   * Whether `verb` heads a reporting clause that closes the sentence after a comma: "…, the agency said in a
   * statement.", "…, dijo el ministro.", "…, a-t-il ajouté." Its subject sits between the comma and the verb (or
   * right after the verb), and nothing but adverbials follows it: no complementizer, no further clause. `previous`
   * is the reporting verb before it.
   */
  private closesSentence(sentence: string, verb: PhraseHit, previous: PhraseHit): boolean {
    const subject = /,\s*([^,;:!?"“”«»„]{1,80})?$/u.exec(sentence.slice(0, verb.index));
    // The comma comes after the verb before: "Jenkins-Hernandez said she felt …" is one clause.
    if (!subject || subject.index < previous.end) return false;
    // The subject opens with a name, an article or a pronoun ("the agency", "his lawyer"), not with a verb of its own
    // ("…, beating what analysts expected").
    const opening = /^[\p{L}’'-]+/u.exec(subject[1] ?? '')?.[0];
    if (
      opening &&
      !/^\p{Lu}/u.test(opening) &&
      !this.words.stopwords.has(opening.toLowerCase()) &&
      !this.words.personPronouns.has(opening.toLowerCase())
    )
      return false;
    const after = sentence.slice(verb.end);
    if (this.patterns.complementizerAfter?.test(after)) return false;
    if (/^[^,;:"“”«»„]{0,60}$/u.test(after)) return true;
    // "…, informó Raúl Ramírez, periodista de Última Hora.": the name after the verb, then their role in apposition.
    const apposed = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s*,([^,;:"“”«»„]{1,60})$/u.exec(after);
    return (
      apposed !== null &&
      !(apposed[1]!.match(/[\p{L}’'-]+/gu) ?? []).some((word) => this.patterns.complementizers.has(word.toLowerCase()))
    );
  }

  /**
   * "“Esto ya no es justicia”, lamenta, por su parte, Iris Avellaneda, presidenta de …": after the quotation that opens
   * the sentence, a comma, one to three lower-case words (the verb, whichever it is) and at most one aside between
   * commas, then a person's full name closing the clause. Null when the sentence ends otherwise. The comma may close the
   * quotation inside its marks ("…competition,” remembers Bhat.", "…dostal,\" píše na Twitter Gary Lineker."), as
   * English and Czech set it, and the name may be the surname of a person named before.
   */
  protected closingAttribution(sentence: string): string | null {
    // "Son bon équilibre … santé», résume quant à elle Francisca Joly-Gomez": or the sentence closes a quotation an
    // earlier sentence opened, its closing mark before any opening one.
    if (this.unspaced || !(/^[\s"“„«»]/u.test(sentence) || /^[^"“„«]*[»”]/u.test(sentence))) return null;
    const close = Math.max(...['”', '»', '"', '“', '«'].map((mark) => sentence.lastIndexOf(mark)));
    if (close < 1) return null;
    // "», résume quant à elle Francisca Joly-Gomez": the contrast the verb's subject is set in is no part of the lead.
    const tail = this.maskHonorifics(sentence.slice(close + 1)).replace(this.contrastingAside, '');
    const commaInside = /[,!?]\s*$/u.test(sentence.slice(0, close));
    const lead = (commaInside ? LEAD_AFTER_COMMA_INSIDE : LEAD_AFTER_COMMA).exec(tail);
    if (!lead) return null;
    // "…”, he told John Smith", "…”, declaró a Juan Pérez": a pronoun is the subject, a name after a preposition or an
    // article is the listener's or part of a role.
    const words = (lead[1]!.match(/[\p{L}’'-]+/gu) ?? []).map((word) => word.toLowerCase());
    if (words.some((word) => this.words.personPronouns.has(word))) return null;
    const last = words.at(-1)!;
    if (
      this.words.stopwords.has(last) ||
      this.words.locativePrepositions.has(last) ||
      this.words.listenerPrepositions.has(last)
    )
      return null;
    const rest = tail.slice(lead[0].length);
    const name = this.firstNameCandidate(rest);
    // "Francisca Joly-Gomez (2), professeure …": a note's number after the name is no part of the clause.
    if (!name || !/^\s*(?:\(\d{1,2}\))?\s*(?:[,.;!?]|$)/u.test(rest.slice(name.end))) return null;
    // "…“, freut sich unser Projektleiter Toni Wegscheider.": a title may come before the name.
    const title = rest.slice(0, name.index).trim();
    if (name.index !== 0 && !(/^\p{Lu}[\p{L}-]*$/u.test(title) && this.isTitleWord(title))) return null;
    // "« … », glisse Zineb, étudiante en littérature.": one capitalised word right after the verb is a first name.
    const firstName =
      /^\p{Lu}\p{Ll}+$/u.test(name.name) &&
      !this.isPlace(name.name) &&
      !this.words.sentenceStarters.has(name.name.toLowerCase()) &&
      !this.words.stopwords.has(name.name.toLowerCase());
    if (!(this.looksLikePersonName(name.name) || this.isPerson(name.name) || firstName) || this.isGeneric(name.name))
      return null;
    return this.canonical(name.name);
  }

  /** "Ministerin Schulze: „…“" — a name, then a colon and a quotation. */
  protected colonLeadIn(sentence: string): string | null {
    if (this.unspaced) return null;
    const lead = (this.lexicon.singleQuotedSpeech ? COLON_LEAD_IN_SINGLE : COLON_LEAD_IN).exec(sentence)?.[1];
    if (!lead) return null;
    // "Anders gesagt: „…“", "In other words: “…”": a lead-in restating what came before names no one.
    if (findPhrases(lead, this.lexicon.restatementMarkers, false).some((marker) => marker.index === 0)) return null;
    // "US historian Dr Tim Stanley summed up the difference between … for the Daily Telegraph: “…”": a longer lead-in
    // still names who speaks when the name opens it, as the subject of its verb.
    const length = lead.split(/\s+/).length;
    const subjectOnly = length > 14;
    if (length > 30) return null;
    // "Er freut sich, wieder zurück ins Rheinland zu kommen: „…“": a pronoun opening the lead-in is its subject.
    const opening = /^\s*(\p{L}+)\s/u.exec(lead)?.[1];
    if (opening && !subjectOnly && this.words.personPronouns.has(opening.toLowerCase()))
      return this.resolvePronoun(opening);
    const subjectPronoun = subjectOnly ? null : this.subjectOnlyPronounIn(lead);
    if (subjectPronoun) return this.resolvePronoun(subjectPronoun);
    const candidates = this.nameCandidates(lead).filter(
      (c) =>
        !this.isPlace(c.name) &&
        !this.isGeneric(c.name) &&
        !this.afterPreposition(lead, c.index) &&
        !this.capitalisedCommonNoun(lead, c),
    );
    // Of the names opening a long lead-in, the last is the subject's head ("US historian Dr Tim Stanley").
    const candidate = subjectOnly
      ? candidates
          .filter((c) => this.opensLeadAsSubject(lead, c))
          .filter((c) => this.isPerson(c.name) || (/\s/u.test(c.name) && this.looksLikePersonName(c.name)))
          .at(-1)
      : candidates[0];
    return candidate ? this.canonical(candidate.name) : null;
  }

  /**
   * Whether a name is the subject opening a lead-in: at most three words before it ("US historian Dr"), none a
   * preposition or pronoun, and a lower-case word or an apposition after it ("Rachel Stephens, senior analyst …, shared").
   */
  private opensLeadAsSubject(lead: string, candidate: NameCandidate): boolean {
    const before = lead.slice(0, candidate.index).match(/[\p{L}’'-]+/gu) ?? [];
    if (before.length > 3) return false;
    if (
      before.some((word) => {
        const lower = word.toLowerCase();
        return (
          this.words.locativePrepositions.has(lower) ||
          this.words.personPronouns.has(lower) ||
          this.lexicon.sourcePrepositions.some((phrase) => phrase.split(/\s+/)[0] === lower)
        );
      })
    )
      return false;
    return /^\s*(?:,|\p{Ll})/u.test(lead.slice(candidate.end));
  }

  /**
   * "“La désinformation …, rappelle Ana Sofia Cardenal, professeure …. Dans certains cas …”": a reporting verb set
   * between commas inside a quotation, its subject a name right after it, interrupts the quotation to say who speaks.
   */
  private isIncise(sentence: string, verb: PhraseHit): boolean {
    // "« … – observe-t-il dans un autre livre : … »": a pronoun set after the verb only ever interrupts what is said.
    if (INVERTED_PRONOUN.test(sentence.slice(verb.end, verb.end + 9)) || PRONOUN_IN_VERB.test(verb.phrase)) return true;
    if (this.unspaced || !/,\s*$/u.test(sentence.slice(Math.max(0, verb.index - 3), verb.index))) return false;
    const after = sentence.slice(verb.end, verb.end + 80);
    const name = this.firstNameCandidate(after);
    return (
      name !== undefined &&
      /^\s+(?:\p{Ll}+\s+){0,3}$/u.test(after.slice(0, name.index)) &&
      /^\s*[,.;]/u.test(after.slice(name.end)) &&
      this.looksLikePersonName(name.name)
    );
  }

  /**
   * "Nada —agregó— puede atentar contra …", "El cuadro –expresó el dirigente partidista- debe …": a reporting verb set
   * between dashes inside the sentence interrupts what is said to tell who says it; the words before it are the
   * statement, never its subject. The subject is the name or description after the verb, inside the dashes; null when
   * there is none (the speaker goes on); undefined when the verb is not set between dashes.
   */
  private dashIncise(sentence: string, verb: PhraseHit): string | null | undefined {
    if (this.unspaced || !/[\p{L}\p{N}”"»]\s*(?:—|–|\s-)\s*$/u.test(sentence.slice(0, verb.index))) return undefined;
    const inner = /^([^—–]{0,80}?)(?:—|–|-(?:\s|$))/u.exec(sentence.slice(verb.end));
    if (!inner) return undefined;
    // "—afirmó a Efe la ministra, Ana Ruiz—": whom it was said to comes before the subject.
    const subject = this.pastListenerPhrase(inner[1]!).trim();
    if (subject === '') return null;
    const name = this.firstNameCandidate(subject);
    if (name && !this.isPlace(name.name) && !this.isGeneric(name.name) && !this.afterPreposition(subject, name.index))
      return this.canonical(name.name);
    return this.titleAnaphor(subject, true) ?? this.roleAnaphor(subject, true) ?? null;
  }

  /**
   * The verbs of `sentence` known only by the complement clause they take, in a language whose lexicon says which words
   * before its complementizer are no verbs (`clauseConjunctions`): a lower-case word right before "que" ("razonó que",
   * "cobra que", "fait savoir qu’il"), outside quotations, not negated, and no noun (no article or preposition before it:
   * "la idea que" is a relative clause). Verbs the lexicon lists are read before, by attributedSpeaker.
   */
  private clauseVerbs(sentence: string, quoted: () => Array<readonly [number, number]>): PhraseHit[] {
    const conjunctions = this.lexicon.clauseConjunctions;
    if (!this.clauseVerb || !conjunctions) return [];
    return allMatches(this.clauseVerb, sentence)
      .map((match) => ({ index: match.index, end: match.index + match[1]!.length, phrase: match[1]! }))
      .filter((verb) => {
        const word = verb.phrase.toLowerCase();
        if (this.words.stopwords.has(word) || conjunctions.includes(word)) return false;
        if (quoted().some(([start, end]) => verb.index > start && verb.end < end)) return false;
        const previous = /([\p{L}’'ʼ]+)\s+$/u.exec(sentence.slice(0, verb.index))?.[1]?.toLowerCase() ?? '';
        // "Hoje, ele calcula que": a person pronoun is a subject; other function words make the word a noun.
        const pronoun = this.words.personPronouns.has(previous);
        if (this.patterns.articles.has(previous) || (this.words.stopwords.has(previous) && !pronoun)) return false;
        return !this.isNegated(sentence.slice(Math.max(0, verb.index - 40), verb.index));
      });
  }

  /**
   * The subject opening the clause that ends at a verb known only by its complement clause, when it is a person: a
   * person pronoun ("Hoje, ele calcula que"), a title or role standing for a person named before ("O parlamentar cobra
   * que", "el viceprimer ministro razonó que"), or a person already named ("Pacheco entende que"), with at most an
   * article before and auxiliaries or adverbs after. Anything else ("Cabe destacar que", "Algunas mediciones han
   * mostrado que") is not read as a source, since such a verb may as well be an act or an impersonal phrase.
   */
  private clauseOpeningSubject(before: string): string | null {
    const clause = this.withoutVerbFillers(before.split(/[,;:"“”«»„()]/u).pop() ?? '').trim();
    const words = clause.match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length === 0 || words.length > 6) return null;
    if (words.length === 1 && this.words.personPronouns.has(words[0].toLowerCase()))
      return this.resolvePronoun(words[0]);
    // "o bloco parlamentar Juntos pelo Brasil" made "Juntos" a holder of "parlamentar": only a person holds a role here.
    const role = this.titleAnaphor(clause) ?? this.roleAnaphor(clause);
    if (role) return this.isPerson(role) || this.looksLikePersonName(role) ? role : null;
    const name = this.firstNameCandidate(clause);
    if (!name || name.end !== clause.length) return null;
    const lead = clause.slice(0, name.index).trim().toLowerCase();
    if (lead && !this.patterns.articles.has(lead)) return null;
    const person = this.canonical(name.name);
    return this.isPerson(person) ? person : null;
  }

  /** Whether a negation closes `before` ("hasn't", "has not yet", "no"), so the verb after it reports nothing. */
  private isNegated(before: string): boolean {
    if (this.patterns.negations.size === 0) return false;
    const tail = /(?:^|\s)([\p{Ll}’'ʼ]+)(?:\s+([\p{Ll}’'ʼ]+))?\s+$/u.exec(before);
    if (!tail) return false;
    const [, first, second] = tail;
    if (!second) return this.patterns.negations.has(first!);
    return (
      this.patterns.negations.has(second) ||
      (this.patterns.negations.has(first!) && !this.patterns.notNegating.has(second))
    );
  }

  /**
   * "This is the front-page claim made on Saturday by sports daily AS", "la denuncia presentada por la Fiscalía": the
   * agent of something said, named after the preposition (after at most three lower-case words describing it).
   */
  private reportAgent(sentence: string, quoted: () => Array<readonly [number, number]>): string | null {
    const report = this.lexicon.reportNouns;
    if (!report || this.unspaced) return null;
    for (const noun of findPhrases(sentence, report.nouns, false)) {
      // Inside a quotation it is what was said.
      if (quoted().some(([start, end]) => noun.index > start && noun.end < end)) continue;
      // "Tras el anuncio del paro por parte de X, hubo temor": the report dates the clause, which X does not say.
      if (this.datingReport?.test(sentence.slice(Math.max(0, noun.index - 30), noun.index))) continue;
      const stretch = sentence.slice(noun.end, noun.end + 60);
      const agent = this.patterns.reportAgent?.exec(stretch);
      if (!agent) continue;
      const rest = stretch.slice(agent[0].length);
      const candidate = this.nameCandidates(rest).find(
        (c) => /^(?:\p{Ll}[\p{L}’'-]*\s+){0,3}$/u.test(rest.slice(0, c.index)) && !this.isPlace(c.name),
      );
      if (candidate && !this.isGeneric(candidate.name)) return this.canonical(candidate.name);
    }
    return null;
  }
}
