import type { ClaimLexicon } from '../lexicon';
import { ORG_SUFFIX, ZH_PERSON_SHAPED } from './cjk-patterns';
import { type LexiconPatterns, type LexiconWords, patternsOf } from './lexicon-patterns';
import { CONCEPT_ACRONYMS, LEADING_DEFINITE_ARTICLE, ROMANCE } from './multilingual';
import { APOSTROPHES, BRAND_CAPITALS, trailingWord } from './text';

type Gender = 'f' | 'm';

export interface NameCandidate {
  name: string;
  index: number;
  end: number;
}

/** The one person of a title's holders, when there is only one. */
export function soleHolder(holders: ReadonlySet<string> | undefined): string | undefined {
  return holders?.size === 1 ? [...holders][0] : undefined;
}

/** What the tracker remembers of the article read so far: its people, their titles and genders, its organizations. */
export abstract class ArticleMemory {
  protected readonly people: string[] = [];
  /** How often each known person was named in full or spoke, to tell apart two people with one surname. */
  private readonly mentions = new Map<string, number>();
  /** Every word of the names in `people`, so a lone surname is checked against them only when it could match. */
  protected readonly personWords = new Set<string>();
  /** The names found in the sentence being read (see namesIn). */
  protected namesOf: { sentence: string; names: NameCandidate[] } | null = null;
  /** People who spoke or were named as a subject, most recent first, for resolving "he"/"she"/"他". */
  protected readonly recent: string[] = [];
  protected readonly genders = new Map<string, Gender>();
  /** The people named with each title ("inspector" → Álvaro Álvarez), for "el inspector dijo". */
  protected readonly titleHolders = new Map<string, Set<string>>();
  /** The words of each titled person's role ("presidente de la Asamblea Legislativa"), lower-cased. */
  protected readonly roleWords = new Map<string, Set<string>>();
  /**
   * The titles someone unnamed was brought in by with an indefinite article ("quoted a spokesman for the retailer"),
   * with the paragraph: "the spokesman" soon after is that one, until someone is named with the title.
   */
  protected readonly unnamedTitleBlocks = new Map<string, number>();
  /** Bodies someone unnamed spoke for ("a spokesman for Acme"): organizations, never who "she" stands for. */
  protected readonly bodies = new Set<string>();
  /**
   * Organizations named by a name opening with an organization word ("Organización Meteorológica Mundial"), by that
   * word, with the paragraph naming them last: "la organización" soon after is that one (see `organizationOpenedBy`).
   */
  private readonly organizationsByNoun = new Map<string, { name: string; block: number }>();
  /** Acronyms defined in the text: "Bundesagentur für Arbeit (BA)" → BA. */
  protected readonly acronyms = new Map<string, string>();
  /**
   * The role the sentence gives its speaker, kept as context ("Superintendent" in "said Superintendent
   * Robert Runcie", "a Broward County high school student", "執行長"); null when it gives none.
   */
  speakerRole: string | null = null;
  /** The people the sentence read before named, in the order named: "esta última" is the last of them. */
  protected previousPeople: string[] = [];
  /** The speaker of the sentence read just before (null when nobody spoke in it), and its paragraph. */
  protected previousSpeaker: string | null = null;
  protected previousSpeakerBlock = -2;
  /** Who spoke last, and in which block: a quotation that goes on in the next sentence is still theirs. */
  protected lastSpeaker: string | null = null;
  protected lastSpeakerBlock = -2;
  /** The paragraph of the sentence being read. */
  protected block = -1;
  protected namedInSentence: string | null = null;
  /** The person opening the sentence being read as the subject of its verb ("Graciela Lois … cree que …"), if any. */
  protected clauseSubjectPerson: string | null = null;
  /** Every first-and-last name the text has shown, titled or not ("Mike Huckabee"), for "When Huckabee became …, he said". */
  protected readonly namesSeen = new Set<string>();
  /** The rest of the paragraph after the sentence being read, where a relative described in it may be named. */
  protected following = '';
  /** The organization named last, for "the company said", "la empresa", "同社". */
  protected lastOrganization: string | null = null;
  /**
   * What "it said" stands for: the organization named last, or a later subject opening its sentence that is no
   * person ("Opera wants …", "The Old Vic has set up …").
   */
  protected itAntecedent: string | null = null;
  protected readonly lexicon: ClaimLexicon;
  protected readonly unspaced: boolean;
  protected readonly lang: string;
  protected readonly patterns: LexiconPatterns;
  protected readonly words: LexiconWords;
  /**
   * The names the story is published under, lower-cased without an article: the page's site name, and a name credited
   * after a slash ("(Ellen M. Banner / The Seattle Times)"). The newspaper telling the story is never the organization
   * "the company" stands for.
   */
  private readonly publications = new Set<string>();

  constructor(lexicon: ClaimLexicon, lang: string, unspaced: boolean, publication: string | null = null) {
    this.lexicon = lexicon;
    this.lang = lang;
    this.unspaced = unspaced;
    this.patterns = patternsOf(lexicon);
    this.words = this.patterns.words;
    if (publication) this.publications.add(publicationKey(publication));
  }

  /**
   * Notes the publications a sentence credits: a photo credited "(Photographer / Newspaper)", or the end of such a
   * credit when the sentence was cut at an initial ("Ellen M. | Banner / The Seattle Times)").
   */
  protected notePublications(sentence: string): void {
    // A credit holds a slash: most sentences need no search.
    if (!sentence.includes('/')) return;
    for (const credit of sentence.matchAll(/(?:\(|^\s*)[^()/]{2,60}\s\/\s([^()/]{2,60})\)/gu))
      this.publications.add(publicationKey(credit[1]!));
  }

  /**
   * Notes the organizations the sentence names by a name whose first word is an organization word, in a language that
   * puts the noun first ("Organización Meteorológica Mundial", "Ministério da Saúde", "Fiscalía de la Nación").
   */
  protected noteOrganizationNames(sentence: string): void {
    if (this.unspaced || !ROMANCE.has(this.lang)) return;
    const names =
      /(?<!\p{L})(\p{Lu}[\p{Ll}\p{M}]+)(?:\s+(?:(?:de|del|da|do|dos|das|des|du|di|della)\s+(?:(?:la|las|los|le|les|l['’])\s*)?)?\p{Lu}[\p{L}\p{M}-]+)+/gu;
    for (const match of sentence.matchAll(names)) {
      const noun = match[1]!.toLowerCase();
      if (this.words.organizationWords.has(noun))
        this.organizationsByNoun.set(noun, { name: match[0], block: this.block });
    }
  }

  /**
   * "la organización" after "la Organización Meteorológica Mundial, parte de la ONU": an anaphor whose noun opens the
   * name of an organization named in its paragraph or the one before is that organization, even when another was named
   * after it. Null when none is.
   */
  protected organizationOpenedBy(anaphor: string): string | null {
    for (const word of (anaphor.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).slice(-2).reverse()) {
      const named = this.organizationsByNoun.get(word);
      if (named && this.block >= 0 && this.block - named.block <= 1) return named.name;
    }
    return null;
  }

  /** Whether the name is the publication's own ("Seattle Times" on The Seattle Times' site). */
  protected isPublication(name: string): boolean {
    return this.publications.has(publicationKey(name));
  }

  /** Remembers the organization "the company" stands for next, unless it is the publication telling the story. */
  protected rememberOrganization(name: string): void {
    if (!this.isPublication(name)) this.lastOrganization = name;
  }

  /** The people named with a title or with the title it stands for ("el Mandatario" → the "presidente"). */
  protected holdersOf(title: string): Set<string> | undefined {
    const synonym = this.lexicon.titleSynonyms?.[title];
    return this.titleHolders.get(title) ?? (synonym ? this.titleHolders.get(synonym) : undefined);
  }

  /** The one person named with a title, when only one is ("Segundo o ministro, …" after "o ministro Fulano"). */
  protected soleHolderOf(title: string): string | undefined {
    return soleHolder(this.holdersOf(title));
  }

  protected titleHoldersInclude(name: string): boolean {
    for (const holders of this.titleHolders.values()) if (holders.has(name)) return true;
    return false;
  }

  /** A name made an organization by an acronym ("BMZ", "OFAG") or an organization word ("Agency", "政府"). */
  protected isOrganization(name: string): boolean {
    if (this.unspaced)
      return this.lexicon.organizationWords.some((word) => name.endsWith(word)) || ORG_SUFFIX.test(name);
    if (this.bodies.has(name)) return true;
    if (this.isPerson(name) || this.isPlace(name)) return false;
    return name.split(/\s+/).some(
      (token) =>
        // An acronym, not a word set in capitals ("ADVERTISEMENT" above an ad).
        (/^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(token) && !CONCEPT_ACRONYMS.has(token)) ||
        BRAND_CAPITALS.test(token) ||
        this.words.organizationWords.has(token.toLowerCase()),
    );
  }

  /** A lone organization word ("Ministerium", "Government"): a common noun, not the name of one. */
  protected isCommonNoun(name: string): boolean {
    // French, Spanish and Portuguese write common nouns in lower case: "la Commission" is a name.
    if (ROMANCE.has(this.lang)) return false;
    return !/\s/u.test(name) && this.words.organizationWords.has(name.toLowerCase());
  }

  /** The full form of a name already seen ("Altman" → "Sam Altman", "BA" → "Bundesagentur für Arbeit"). */
  canonical(name: string): string {
    const expanded = this.acronyms.get(name);
    if (expanded) return expanded;
    const parts = this.unspaced ? [name] : name.split(/\s+/);
    // Every word of every person is in personWords: a word that is not is in nobody's name.
    if (!this.unspaced && !parts.every((part) => this.personWords.has(part))) return name;
    const matches = this.people.filter((person) => {
      if (this.unspaced) return person.length > name.length && name.length >= 2 && person.includes(name);
      const tokens = person.split(/\s+/);
      return parts.every((part) => tokens.includes(part));
    });
    // Two people with one surname ("Andrea Constand", then her mother "Gianna Constand"): the surname alone means the
    // one the story keeps naming, and between equals the one named last.
    let longer = matches[0];
    for (const person of matches.slice(1))
      if ((this.mentions.get(person) ?? 0) > (this.mentions.get(longer!) ?? 0)) longer = person;
    return longer ?? name;
  }

  /** Known people, and subjects that do not look like organisations (no acronym or inner capitals). */
  protected couldBePerson(name: string): boolean {
    if (this.isPerson(name)) return true;
    if (this.unspaced) return !/[A-Za-z]/.test(name) && (this.lang !== 'zh' || ZH_PERSON_SHAPED.test(name));
    if (this.namesNoOne(name)) return false;
    return !/\p{Lu}{2}|\p{Ll}\p{Lu}/u.test(name);
  }

  /** An organization ("Acme Corp"), a description in lower case ("acusación fiscal") or a group: no one "she" means. */
  private namesNoOne(name: string): boolean {
    if (this.unspaced) return false;
    if (this.bodies.has(name) || !/^\p{Lu}/u.test(name) || this.isOrganization(name)) return true;
    // "Opposition lawmakers", "Biden administration officials": a group described by a plural noun is "they".
    return this.isGroupDescription(name);
  }

  /** A person known, or a name shaped like a person's. */
  protected isPersonSpeaker(name: string): boolean {
    return this.isPerson(name) || this.looksLikePersonName(name);
  }

  /** A subject headed by a noun of `groupSources` ("Opposition lawmakers", "Police"): people, but no one person. */
  private isGroupDescription(name: string): boolean {
    const head = name.split(/\s+/).pop()?.toLowerCase();
    return head !== undefined && (this.lexicon.groupSources?.includes(head) ?? false);
  }

  protected noteRecent(name: string): void {
    const known = this.recent.indexOf(name);
    if (known !== -1) this.recent.splice(known, 1);
    this.recent.unshift(name);
    if (this.recent.length > 12) this.recent.pop();
  }

  /** A gender from a word just before the name ("Mrs", "Frau", "a ministra", "女士" after it). */
  protected noteGender(name: string, before: string, after: string): void {
    if (this.genders.has(name)) return;
    const lower = before.toLowerCase().replace(/[.,]/g, ' ').trimEnd();
    const near = this.unspaced ? after.slice(0, 3) : lower;
    const marks = (markers: string[]) =>
      markers.some((marker) =>
        this.unspaced
          ? near.startsWith(marker)
          : lower.endsWith(` ${marker}`) || lower === marker || lower.endsWith(` ${marker} `),
      );
    if (marks(this.lexicon.femaleMarkers)) this.genders.set(name, 'f');
    else if (marks(this.lexicon.maleMarkers)) this.genders.set(name, 'm');
  }

  protected isPlace(name: string): boolean {
    if (this.unspaced) return this.lexicon.placeWords.some((word) => name.endsWith(word)) && name.length <= 4;
    const tokens = name.split(/\s+/);
    // "Michigan State Coach Mark Dantonio": a title inside the run is followed by the person; the place before it is
    // their team or office.
    const title = tokens.findLastIndex((token, index) => index > 0 && this.words.personTitles.has(token.toLowerCase()));
    const named = title > 0 && title < tokens.length - 1 ? tokens.slice(title + 1) : tokens;
    // "The Wall Street Journal", "State Department": where the head noun comes last (not in the Romance languages),
    // a place word followed by another capitalised word only qualifies that word's name.
    return named.some(
      (token, index) =>
        this.words.placeWords.has(token.toLowerCase()) &&
        (ROMANCE.has(this.lang) || !/^\p{Lu}/u.test(named[index + 1] ?? '')),
    );
  }

  protected isPerson(name: string): boolean {
    return this.people.includes(this.canonical(name));
  }

  /** Whether `word` closes the full name of a person named before ("Dean" after "Howard Dean"). */
  protected surnameOfKnownPerson(word: string): boolean {
    if (this.unspaced) return false;
    const closes = (name: string) => /\s/u.test(name) && name.split(/\s+/).at(-1) === word;
    return this.people.some(closes) || [...this.namesSeen].some(closes);
  }

  protected rememberPerson(name: string): void {
    this.mentions.set(name, (this.mentions.get(name) ?? 0) + 1);
    for (const word of name.split(/\s+/)) this.personWords.add(word);
    const known = this.people.indexOf(name);
    if (known !== -1) this.people.splice(known, 1);
    // Most recent first, so a surname resolves to the person named last.
    this.people.unshift(name);
  }

  /** A multi-word name with no word that is all capitals (acronyms mark organisations: "US AI Safety"). */
  protected looksLikePersonName(name: string): boolean {
    const words = name.split(/\s+/);
    const tokens = words.filter((token) => /^\p{Lu}/u.test(token));
    if (tokens.length < 2 || tokens.length > 4 || this.bodies.has(name)) return false;
    // "Con Edison officials", "Google engineers": a lower-case noun closing the run is what the names qualify, a
    // description of people, not a name ("Luis de Miranda" keeps its particle inside).
    if (/^\p{Ll}/u.test(words.at(-1)!)) return false;
    if (words.some((token) => this.words.organizationWords.has(token.toLowerCase()))) return false;
    // "Große Aufregung", "Forum Leistung": a noun phrase, its noun's ending none a name has.
    const commonNoun = this.patterns.commonNounWord;
    if (commonNoun && tokens.some((token) => commonNoun.test(token))) return false;
    if (this.isPlace(name)) return false;
    // "Miembro del Buró Político", "Presidente de la Asamblea": a title or member noun heading a phrase is a role.
    const head = words[0] ?? '';
    if (
      tokens.length < words.length &&
      (this.isTitleWord(head) || this.lexicon.memberNouns?.includes(head.toLowerCase()))
    )
      return false;
    return tokens.every(
      (token) => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(token) && !this.words.sentenceStarters.has(token.toLowerCase()),
    );
  }

  /**
   * "Aber: «Gemessen an …»", "But: “It will …”": a quotation the sentence opens after no more than a connector and a
   * colon, nobody named before it, is a quotation opening the sentence as one right at its start is.
   */
  protected opensQuoteAfterConnector(sentence: string): boolean {
    if (this.unspaced) return false;
    const lead = /^\s*([\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s*:\s*["“„«»]/u.exec(sentence)?.[1];
    return (
      lead !== undefined && lead.split(/\s+/u).every((word) => this.words.sentenceStarters.has(word.toLowerCase()))
    );
  }

  /** The most recent person the pronoun can stand for: same gender, or one not known yet (then learnt). */
  protected resolvePronoun(pronoun = ''): string | null {
    const lower = pronoun.toLowerCase();
    const wanted: Gender | null = !lower
      ? null
      : this.lexicon.femalePronouns.includes(lower)
        ? 'f'
        : this.words.personPronouns.has(lower)
          ? 'm'
          : null;
    // "he" and "she" stand for one person: not for an organization or a group that spoke since ("the officials said").
    const match = this.recent.find((name) => {
      const known = this.genders.get(name);
      return (!wanted || !known || known === wanted) && (!wanted || this.isPerson(name) || !this.namesNoOne(name));
    });
    if (match && wanted && !this.genders.has(match)) this.genders.set(match, wanted);
    return match ?? null;
  }

  /**
   * A job title, or in German a compound ending in one ("Diözesancaritasdirektor", "Handball-Geschäftsführer"):
   * German writes the field and the title as one word.
   */
  protected isTitleWord(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.words.personTitles.has(lower)) return true;
    if (!this.lexicon.capitalisesNouns) return false;
    for (let at = 1; at <= lower.length - 5; at++) if (this.words.personTitles.has(lower.slice(at))) return true;
    return false;
  }

  protected isGeneric(name: string): boolean {
    return this.words.genericSubjects.has(name.toLowerCase());
  }

  /** Whether the word right before a name makes it a modifier ("in London", "de Chile", "aus Bern"). */
  protected afterPreposition(text: string, index: number): boolean {
    const head = text.slice(0, index).trimEnd();
    let word = trailingWord(head, APOSTROPHES)?.toLowerCase();
    // "présent à l’AG": an elided article between the preposition and the name.
    if (word !== undefined && /^l['’]$/u.test(word)) word = trailingWord(head.slice(0, -word.length))?.toLowerCase();
    return word !== undefined && this.words.locativePrepositions.has(word);
  }
}

/** A publication's name as compared: lower case, without a leading article ("The Seattle Times" → "seattle times"). */
function publicationKey(name: string): string {
  return name.replace(LEADING_DEFINITE_ARTICLE, '').trim().toLowerCase();
}
