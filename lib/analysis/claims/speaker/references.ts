import { findPhrases } from '../match';
import { ORG_SUFFIX, ZH_ORG_SUBJECT } from './cjk-patterns';
import {
  COORDINATORS,
  DEFINITE_ARTICLE,
  GENITIVE_PREPOSITIONS,
  MEMBER_PREPOSITIONS,
  PRO_DROP,
  ROMANCE,
} from './multilingual';
import { soleHolder } from './memory';
import { NameReader } from './names';

/** What a title, a role, "the company" or "it" stands for, and the organization a sentence says acts. */
export abstract class ReferenceReader extends NameReader {
  /**
   * "Opera wants the Commission to …", "The Old Vic has set up …": a name opening the sentence as the subject of a
   * lower-case verb that is no person (not known as one, not a first and last name without an article before it).
   */
  protected openingThing(sentence: string): string | null {
    if (this.unspaced) return null;
    const first = this.firstNameCandidate(sentence.slice(0, 80));
    // Followed by a verb ("Opera wants", "The Old Vic has set up"), not by the noun it qualifies ("Mexican actor").
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(first?.end ?? 0))?.[1];
    if (!first || !next || !(/(?:s|ed)$/u.test(next) || this.words.modalVerbs.has(next) || next === 'will'))
      return null;
    const lead = sentence.slice(0, first.index).trim().toLowerCase();
    const article = lead !== '' && this.words.stopwords.has(lead) && !this.words.locativePrepositions.has(lead);
    if (lead !== '' && !article) return null;
    const name = first.name;
    // With an article before it ("The Harbour Board warned") it is no person even if it spoke as a name does.
    if (!article && (this.isPerson(name) || this.personWords.has(name))) return null;
    if (this.isPlace(name) || this.isGeneric(name)) return null;
    if (this.words.personPronouns.has(name.toLowerCase())) return null;
    if (!article && this.looksLikePersonName(name)) return null;
    return name;
  }

  /**
   * Whether the sentence opens with a person or an organization as its subject ("El presidente de Chile,
   * Gabriel Boric, viajará …", "Además de Punta Arenas, Boric se desplazará …"): what it will do is then
   * that actor's scheduled act, a plan, rather than a forecast.
   */
  opensWithActor(sentence: string): boolean {
    return this.openingActor(sentence) !== null;
  }

  /**
   * The actor `opensWithActor` finds, as a speaker: the person or organization named, or the one a title or an
   * organization noun stands for ("el Mandatario" → the person named last); "" when that one is not known.
   */
  openingActor(sentence: string): string | null {
    if (this.unspaced) return null;
    const head = sentence.slice(0, 90);
    // "Luego de ello, el Mandatario participará …", "El sindicato irá …": a title or an organization word after
    // the article, as the subject, stands for the actor named before.
    const described = /^(?:[^,;:.!?"“”«»]{0,30},\s*)?(\p{L}+)\s+(\p{L}+)\s+\p{Ll}/u.exec(head);
    if (
      described &&
      this.words.stopwords.has(described[1]!.toLowerCase()) &&
      !this.words.locativePrepositions.has(described[1]!.toLowerCase()) &&
      (this.words.personTitles.has(described[2]!.toLowerCase()) ||
        (this.words.organizationWords.has(described[2]!.toLowerCase()) && this.lastOrganization !== null) ||
        this.lexicon.organizationAnaphors.includes(`${described[1]} ${described[2]}`.toLowerCase()))
    )
      return this.words.personTitles.has(described[2]!.toLowerCase())
        ? (this.roleAnaphor(`${described[1]} ${described[2]}`) ?? '')
        : (this.lastOrganization ?? '');
    // "The Russian space agency would not …", "La agencia espacial rusa no quiso …": a definite article, an organization
    // word and up to two adjectives (before the noun, or after it in French, Spanish and Portuguese) stand for the
    // organization named last.
    const body = /^(?:[^,;:.!?"“”«»]{0,30},\s*)?(\p{L}+)\s+((?:[\p{L}-]+\s+){2,3})\p{Ll}/u.exec(head);
    if (body && this.lastOrganization && DEFINITE_ARTICLE.test(body[1]!)) {
      const words = body[2]!.trim().split(/\s+/u);
      const [noun, adjectives] = ROMANCE.has(this.lang)
        ? [words[0]!, words.slice(1)]
        : [words.at(-1)!, words.slice(0, -1)];
      if (
        this.words.organizationWords.has(noun.toLowerCase()) &&
        adjectives.every(
          (word) =>
            !this.words.stopwords.has(word.toLowerCase()) &&
            !this.words.organizationWords.has(word.toLowerCase()) &&
            (!ROMANCE.has(this.lang) || /^\p{Ll}/u.test(word)),
        )
      )
        return this.lastOrganization;
    }
    // "Indeed, he will ask the 27-year-old to lead the team out": a person pronoun as the subject, after at most an
    // opening phrase, stands for the person named last.
    const pronoun = /^(?:[^,;:.!?"“”«»]{0,30},\s*)?(\p{L}+)\s+\p{Ll}/u.exec(head)?.[1];
    if (pronoun && this.words.personPronouns.has(pronoun.toLowerCase())) return this.resolvePronoun(pronoun) ?? '';
    // "El miembro del Buró Político Roberto Morales Ojeda": the person closing a run that names the body first.
    const candidate = this.nameCandidates(head)
      .map((c) => this.personAtEndOfRun(head, c))
      .find(
        (c) =>
          !this.afterPreposition(head, c.index) &&
          // "El estudio de la CASIA": a name after "of (the)" belongs to the noun before it.
          !/(?:^|\s)(?:de|of|von|du|da|do|del|des|della|di)\s+(?:\p{L}{1,3}\s+|l[’'ʼ]\s*)?$/iu.test(
            head.slice(0, c.index),
          ) &&
          !this.isPlace(c.name) &&
          !this.isGeneric(c.name),
      );
    if (!candidate) return null;
    // The subject comes before any verb: only capitalised words, articles, titles and commas before it.
    const before = head.slice(0, candidate.index);
    const words = before.match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length > 6) return null;
    if (!/^[^.;:!?]*$/u.test(before)) return null;
    return this.isPerson(candidate.name) ||
      this.looksLikePersonName(candidate.name) ||
      this.isOrganization(candidate.name)
      ? this.canonical(candidate.name)
      : null;
  }

  /**
   * The organization an anaphor at `text`'s end stands for ("… the company" said), if one was named: the one opening
   * `sentence` as its subject when it closes the sentence's reporting clause (""ECIS welcomes the Commission's
   * announcement," the group said"), else the organization named last.
   */
  protected organizationAnaphor(text: string, sentence = '', verbIndex = 0): string | null {
    if (!this.endsWithOrganizationAnaphor(text)) return null;
    return (
      (sentence && this.openingOrganization(sentence, verbIndex)) ||
      this.organizationOpenedBy(text) ||
      this.lastOrganization
    );
  }

  private endsWithOrganizationAnaphor(text: string): boolean {
    const lower = text.toLowerCase().trimEnd();
    const hit = this.lexicon.organizationAnaphors.some(
      (anaphor) =>
        lower.endsWith(anaphor) && (this.unspaced || !/\p{L}/u.test(lower.charAt(lower.length - anaphor.length - 1))),
    );
    if (hit) return true;
    if (this.unspaced) return false;
    // "la cartera sanitaria detalló", "the Chinese company said": the anaphor with one adjective, after the noun in
    // French, Spanish and Portuguese, before it elsewhere.
    const words = lower.match(/[\p{L}’'-]+/gu)?.slice(-3) ?? [];
    if (words.length < 3 || /[,;:"“”«»()]\s*[\p{L}’'-]+\s+[\p{L}’'-]+\s+[\p{L}’'-]+$/u.test(lower)) return false;
    const [first, second, third] = words as [string, string, string];
    const adjectiveLast = ROMANCE.has(this.lang);
    const adjective = adjectiveLast ? third : second;
    if (this.words.stopwords.has(adjective) || !/^\p{Ll}+$/u.test(adjective)) return false;
    const phrase = adjectiveLast ? `${first} ${second}` : `${first} ${third}`;
    return this.lexicon.organizationAnaphors.includes(phrase);
  }

  /**
   * "Xamarin, a company that …, has received $12 million, the company announced": the name opening the sentence (or
   * the quotation it opens with), after at most an article, when it is no person and no place. The reporting clause,
   * whose verb is at `verbIndex`, comes after a comma that closes what the name opened.
   */
  private openingOrganization(sentence: string, verbIndex: number): string | null {
    if (this.unspaced) return null;
    const lead = /^[\s"“„«»']*(?:\p{L}{1,3}\s+)?/u.exec(sentence)![0];
    const first = this.firstNameCandidate(sentence.slice(0, 80));
    if (!first || first.index > lead.length || first.end >= sentence.lastIndexOf(',', verbIndex)) return null;
    const article = sentence.slice(0, first.index).replace(/[\s"“„«»']/gu, '');
    if (article && !DEFINITE_ARTICLE.test(article)) return null;
    const name = this.canonical(first.name);
    if (this.words.calendarNames.has(name)) return null;
    if (this.isPerson(name) || this.looksLikePersonName(name) || this.isPlace(name) || this.isGeneric(name))
      return null;
    if (this.words.personPronouns.has(name.toLowerCase()) || this.isCommonNoun(name)) return null;
    // Its verb or an apposition follows ("ECIS welcomes", "Xamarin, a company"), not the noun it qualifies.
    if (!/^\s*(?:,|\(|\s\p{Ll})/u.test(sentence.slice(first.end))) return null;
    // "Habrá una rebaja …, informó el gremio": one capitalised word opening the sentence before a lower-case one may be
    // any word put first; only a known body or an acronym is sure to be a name there.
    if (
      !/\s/u.test(name) &&
      !/^\p{Lu}{2,}/u.test(name) &&
      !this.isOrganization(name) &&
      !this.bodies.has(name) &&
      /^\s\p{Ll}/u.test(sentence.slice(first.end))
    )
      return null;
    return name;
  }

  /**
   * An organization that acts as the subject of a sentence nobody is quoted in ("Das BMZ stellt …",
   * "La Commission européenne a décidé …", "工信部发布…", "The company plans …"): the actor the claim
   * is attributed to. Only a subject that opens the sentence, after at most an article or a short setting.
   */
  protected organizationActor(sentence: string): string | null {
    if (this.unspaced) {
      const opening = sentence.replace(/^[^，,。「」]{1,60}[，,]/u, (lead) => (ORG_SUFFIX.test(lead) ? lead : ''));
      for (const anaphor of this.lexicon.organizationAnaphors)
        if ((sentence.startsWith(anaphor) || opening.startsWith(anaphor)) && this.lastOrganization)
          return this.lastOrganization;
      // "该公司预计，…": the anaphor opens the sentence, with no organization named before it.
      if (this.lexicon.organizationAnaphors.some((anaphor) => sentence.startsWith(anaphor))) return null;
      const subject =
        this.lang === 'ja'
          ? /^([^、。「」のはが]{0,12}?(?:社|省|庁|機構|協会|大学|研究所|政府|委員会|銀行|警察|本部|組合|裁判所))(?:は|が)/u.exec(
              opening,
            )?.[1]
          : ZH_ORG_SUBJECT.exec(opening)?.[1];
      // "一位市直机关干部": somebody unnamed; 干部 is a cadre, not a department.
      if (!subject || subject.length < 2 || /(一位|一名|某|干部|幹部)/u.test(subject)) return null;
      this.rememberOrganization(subject);
      return subject;
    }
    const words = sentence.match(/[\p{L}’'-]+/gu) ?? [];
    const leading = words.slice(0, 3).join(' ').toLowerCase();
    for (const anaphor of this.lexicon.organizationAnaphors) {
      if (!this.lastOrganization || !leading.startsWith(anaphor)) continue;
      // "La operadora de la red de gas de Ucrania (Gtsou)": a description of an organization named now, not an anaphor.
      const next = words[anaphor.split(/\s+/).length]?.toLowerCase();
      if (next && this.words.locativePrepositions.has(next)) break;
      return this.organizationOpenedBy(anaphor) ?? this.lastOrganization;
    }
    const candidate = this.firstNameCandidate(sentence);
    if (!candidate) return null;
    // Nothing before the name but an article ("Das", "La", "L’").
    const article = sentence
      .slice(0, candidate.index)
      .trim()
      .replace(/[’'ʼ]$/u, '')
      .toLowerCase();
    if (article && !this.words.stopwords.has(article) && !this.words.sentenceStarters.has(article))
      if (!/^\p{L}$/u.test(article)) return null;
    if (!this.isOrganization(candidate.name)) return null;
    // "Das Ministerium": a bare organization noun is an anaphor, not a name.
    if (this.isCommonNoun(candidate.name)) return null;
    // The organization must be the subject: a verb (a lower-case word) follows, not a preposition's object.
    const after = sentence.slice(candidate.end);
    const acronym = /^\s*\((\p{Lu}[\p{Lu}\d]{1,9})\)/u.exec(after)?.[1];
    const rest = after.replace(/^\s*\([^()]*\)/u, '').replace(/^[\s,]*(?:[\p{Ll}’'ʼ-]+\s+){0,3}?(?=\p{Ll})/u, ' ');
    if (!/^\s+\p{Ll}/u.test(rest)) return null;
    const name = acronym ?? candidate.name;
    this.rememberOrganization(name);
    return name;
  }

  /** Whether a source preposition cites someone unnamed who speaks for a body ("according to a spokesperson"). */
  protected citesUnnamedMember(sentence: string): boolean {
    if (this.unspaced) return false;
    return findPhrases(sentence, this.lexicon.sourcePrepositions, false).some((hit) => {
      const words = /^\s+(\p{L}+)\s+(\p{L}+)\s*(?:[,.;]|$)/u.exec(sentence.slice(hit.end));
      return (
        words !== null &&
        this.words.indefiniteArticles.has(words[1]!.toLowerCase()) &&
        this.words.memberNouns.has(words[2]!.toLowerCase())
      );
    });
  }

  /**
   * "el funcionario policial", "le ministre de la Santé": a definite article and a title with no name, standing
   * for the person last named with that title. At the end of `text` (the subject before its verb), or anywhere
   * in it when `inverted` (the subject after the verb).
   */
  protected titleAnaphor(text: string, inverted = false): string | null {
    if (this.unspaced || this.titleHolders.size === 0) return null;
    const words = text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length === 0 || words.length > 8) return null;
    // A capital past the first letter is a name, unless it opens a title ("et le Premier ministre").
    const capitalized = text.replace(/^\s*\p{Lu}/u, '').match(/\p{Lu}[\p{L}’'-]*/gu) ?? [];
    if (!inverted && capitalized.some((word) => !this.isTitleWord(word))) return null;
    for (const [index, word] of words.entries()) {
      // Only a title one person holds: "le ministre" is ambiguous beside a "Premier ministre".
      const holders = this.holdersOf(word);
      if (!holders || holders.size !== 1) continue;
      const holder = [...holders][0]!;
      // Right after a definite article ("le", "el", "the", "der", "o"), or the article elided ("l’ancien").
      const article = words[index - 1] ?? '';
      if (!this.words.stopwords.has(article) || this.words.locativePrepositions.has(article)) continue;
      // "a spokesperson for Google": an indefinite article brings in someone new.
      if (this.words.indefiniteArticles.has(article)) continue;
      return this.speakerGoingOn(holder);
    }
    return null;
  }

  /**
   * "“…”, resalta González. “…”, añade el investigador.", "“…”, destacou [Pacheco]. O senador reiterou …": a title standing
   * alone right after someone spoke, in their paragraph or the next, goes on with them rather than with another person
   * named with that title earlier (`holder`), unless the sentence before named that person. Spanish and Portuguese
   * take up the one speaking by a description of them.
   */
  private speakerGoingOn(holder: string): string {
    const previous = this.previousSpeaker;
    if (!PRO_DROP.has(this.lang) || !previous || previous === holder) return holder;
    if (this.block < 0 || this.block - this.previousSpeakerBlock > 1) return holder;
    if (!this.isPerson(previous) && !this.looksLikePersonName(previous)) return holder;
    if (this.previousPeople.includes(holder)) return holder;
    const [was, is] = [this.genders.get(previous), this.genders.get(holder)];
    return was && is && was !== is ? holder : previous;
  }

  /**
   * The title a subject described someone by in the sentence being read, when nobody named before holds it
   * (`unheldRole`): its speaker if no one else is found for it (see SpeakerTracker.speakerOf).
   */
  protected describedRole: string | null = null;

  /**
   * "El ministro de Salud dijo que …", "“…”, afirmou o senador.": a definite article and a title, with a complement
   * naming the office ("de Salud", "do Senado") or, after an inverted verb (`inverted`), an adverbial ("dijo el ministro
   * en una entrevista"): the one person named with that title (`holder`). With none, and nobody named yet, the title
   * itself (`role`), which the caller notes as `describedRole` so a speaker carried on from before still comes first.
   * Reads only. Measured on Spanish and Portuguese only.
   */
  protected unheldRole(text: string, inverted = false): { holder: string } | { role: string } | null {
    if (this.unspaced || !PRO_DROP.has(this.lang)) return null;
    // "El ministro de Salud le dijo", "O senador também disse": clitics and adverbs standing before the verb.
    const beforeVerb = this.lexicon.droppedSubjectClause?.clitics ?? [];
    const words = text.trim().match(/[\p{L}’'-]+/gu) ?? [];
    while (!inverted && words.length > 2 && beforeVerb.includes(words.at(-1)!.toLowerCase())) words.pop();
    const span = words.join(' ');
    const [article, title, next] = words.map((word) => word.toLowerCase());
    if (!article || !title || !this.lexicon.definiteArticles?.includes(article)) return null;
    if (!this.words.personTitles.has(title) || title.length < 3) return null;
    // "de Salud", "del Senado", "da Saúde": a genitive, an article at most, and capitalised words, ending the span.
    const office = /^(?:\S+\s+){2}(\S+)(?:\s+\S+)?(?:\s+\p{Lu}\S*)+$/u.exec(span);
    const complement = next !== undefined && GENITIVE_PREPOSITIONS.has(next) && office !== null;
    // "el convencional UDI e integrante de …": a name or another description goes on, not an adverbial.
    if (next !== undefined && !complement && (!inverted || !/^\p{Ll}/u.test(words[2]!) || COORDINATORS.has(next)))
      return null;
    // "el presidente de la Cámara de Comercio Carlos Ruiz": two capitalised words running may be a person's name, who
    // speaks, not the title.
    if (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(span)) return null;
    const holder = this.soleHolderOf(title);
    if (holder) return { holder };
    // Once people are named, a definite title may take up one of them under another title ("o presidente do Senado,
    // Rodrigo Pacheco" … "O parlamentar"): which one is not known, so nobody is named.
    if (this.people.length === 0) return { role: complement ? words.slice(1).join(' ') : words[1]! };
    return null;
  }

  /** The holder `unheldRole` finds in `text`; a title nobody holds is noted as `describedRole`. */
  protected heldRole(text: string, inverted = false): string | null {
    const read = this.unheldRole(text, inverted);
    if (read && 'role' in read) this.describedRole = read.role;
    return read && 'holder' in read ? read.holder : null;
  }

  /**
   * "Esta última ha compartido que …", "Este último afirmou": the subject means the person named last in the sentence
   * before, of the phrase's gender when theirs is known.
   */
  private latterAnaphor(text: string): string | null {
    const phrases = this.lexicon.latterAnaphors;
    if (!phrases || this.previousPeople.length === 0) return null;
    const phrase = (text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).join(' ');
    const gender = phrases.female.includes(phrase) ? 'f' : phrases.male.includes(phrase) ? 'm' : null;
    if (!gender) return null;
    return this.previousPeople.findLast((name) => (this.genders.get(name) ?? gender) === gender) ?? null;
  }

  /** Notes the people `sentence` names, in order, for a "this latter" in the sentence after it. */
  protected notePeopleNamed(sentence: string): void {
    if (this.unspaced || !this.lexicon.latterAnaphors) return;
    this.previousPeople = this.namesIn(sentence, 0, sentence.length)
      .filter((candidate) => !this.isPlace(candidate.name) && !this.isOrganization(candidate.name))
      .filter((candidate) => this.isPerson(candidate.name) || this.looksLikePersonName(candidate.name))
      .map((candidate) => this.canonical(candidate.name));
  }

  /** Whether `word` is a preposition opening the complement of a title ("of", "de", "en", "at"). */
  private opensComplement(word: string): boolean {
    const lower = word.toLowerCase();
    return (
      GENITIVE_PREPOSITIONS.has(lower) || MEMBER_PREPOSITIONS.has(lower) || this.words.locativePrepositions.has(lower)
    );
  }

  /**
   * "La secretaria de Estado, señaló", "dijo el gremialista", "el Mandatario": a definite article and a job title
   * standing alone as the subject. When no one person holds that title, it stands for the person named last.
   * `text` is the whole subject (before the verb) or, when `inverted`, what follows the verb.
   */
  protected roleAnaphor(text: string, inverted = false): string | null {
    const latter = this.latterAnaphor(text);
    if (latter) return latter;
    if (this.unspaced || this.recent.length === 0) return null;
    // "The 59-year-old mortgage lender": an age is a modifier of the description, no word of a name.
    const all =
      text
        .trim()
        .replace(/\b\d+-\p{L}+-\p{L}+/gu, '')
        .match(/[\p{L}’'-]+/gu) ?? [];
    // "La también representante de Alterna Design", "the former quarterback": adverbs and lower-case modifiers
    // between the article and the title (at most two) describe the same person; so does a complement after the title
    // opened by a preposition ("la experta en psicología organizacional", "el gerente del Instituto Superior"), when it
    // is the subject before the verb (after an inverted verb the words that follow are adverbials).
    const at = [1, 2, 3].find((index) => {
      const word = all[index]?.toLowerCase();
      return (
        word !== undefined &&
        this.words.personTitles.has(word) &&
        all.slice(1, index).every((modifier) => /^\p{Ll}/u.test(modifier) && !this.words.stopwords.has(modifier))
      );
    });
    const withComplement =
      !inverted && at !== undefined && all[at + 1] !== undefined && this.opensComplement(all[at + 1]!);
    const limit = withComplement ? 10 : inverted ? 7 : 5;
    const words = at === undefined ? all : [all[0]!, ...all.slice(at)];
    if (all.length < 2 || all.length > limit) return null;
    const [article, title] = [words[0]!.toLowerCase(), words[1]!.toLowerCase()];
    if (!this.words.stopwords.has(article) || this.words.locativePrepositions.has(article)) return null;
    // "A spokesperson for Google said": someone new, not the person named before.
    if (this.words.indefiniteArticles.has(article)) return null;
    if (!this.words.personTitles.has(title) || title.length < 3) return null;
    // "la diputada PS Emilia Nuyado": the title comes with a name, which is the subject.
    if (words[2] && /^\p{Lu}/u.test(words[2])) return null;
    // "…,” a spokesman for the retailer said. “…,” the spokesman added.": the one an indefinite article brought in,
    // unnamed, who spoke last in this paragraph or the one before, goes on; not someone named earlier.
    const unnamed = this.lastSpeaker;
    if (unnamed && this.block - this.lastSpeakerBlock <= 1 && unnamed.split(/\s+/u)[0] === title) return unnamed;
    // "… quoted a spokesman for the retailer. “…,” the spokesman added.": brought in unnamed, so named by the title.
    const introduced = this.unnamedTitleBlocks.get(title);
    if (introduced !== undefined && this.block >= 0 && this.block - introduced <= 1) return title;
    const holders = this.holdersOf(title);
    const holder = soleHolder(holders);
    if (holder) return this.speakerGoingOn(holder);
    // "el presidente de la Asamblea": the holder named with that complement ("presidente de la Asamblea Legislativa").
    const complement = words.slice(2).filter((word) => /^\p{Lu}/u.test(word));
    const described =
      holders && complement.length
        ? [...holders].find((name) => complement.every((word) => this.roleWords.get(name)?.has(word.toLowerCase())))
        : undefined;
    if (described) return described;
    // Several people hold the title ("el presidente" of the country and of the assembly): the one named last.
    const lastHolder = holders && this.recent.find((name) => holders.has(name));
    if (lastHolder) return lastHolder;
    const phrase = `${article} ${title}`;
    const gender = this.lexicon.femaleMarkers.includes(phrase)
      ? 'f'
      : this.lexicon.maleMarkers.includes(phrase)
        ? 'm'
        : null;
    const fits = (name: string) => {
      const known = this.genders.get(name);
      return this.couldBePerson(name) && (!gender || !known || known === gender);
    };
    // "the quarterback told reporters" after "the Super Bowl" was named: a person known as one, or a name that looks
    // like a person's, before any other name.
    return (
      this.recent.find((name) => fits(name) && this.isPerson(name)) ??
      this.recent.find((name) => fits(name) && this.looksLikePersonName(name)) ??
      this.recent.find(fits) ??
      null
    );
  }
}
