import type { ClaimLexicon } from './lexicon';
import { findPhrases, type PhraseHit } from './match';

/** Capitalised name runs such as "Sam Altman", "Jean-Luc de la Tour", "OpenAI". */
const NAME_RUN =
  /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|le|la|du|bin|al)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*/gu;

/** Chinese adverbs that can sit between a subject and its verb ("奥尔特曼还表示"). */
const ZH_ADVERBS =
  /(还|也|则|更|又|曾|进一步|同时|此前|随后|再次|再度|一再|多次|公开|明确|直接|最近|近日|昨日|今天|周一|周二|周三|周四|周五)+$/u;
const JA_HONORIFICS = /(氏|さん|様|CEO|CTO|社長|会長|教授|代表)+$/u;

interface NameCandidate {
  name: string;
  index: number;
  end: number;
}

/**
 * Tracks who is speaking through an article: the people named so far (so "Altman" resolves to
 * "Sam Altman"), the last person named (for "Ele"/"He"/"他"), and a speaker announced by a lead-in
 * such as "Ele afirmou:" for the quotation that follows.
 */
export class SpeakerTracker {
  private readonly people: string[] = [];
  private lastPerson: string | null = null;
  private leadInSpeaker: string | null = null;
  private readonly lexicon: ClaimLexicon;
  private readonly unspaced: boolean;
  private readonly lang: string;

  constructor(lexicon: ClaimLexicon, lang: string, unspaced: boolean) {
    this.lexicon = lexicon;
    this.lang = lang;
    this.unspaced = unspaced;
  }

  /** Speaker of a sentence, updating the context; `null` when it is not attributed. */
  speakerOf(sentence: string): string | null {
    const pending = this.leadInSpeaker;
    this.leadInSpeaker = null;
    this.notePeople(sentence);
    let speaker = this.attributedSpeaker(sentence);
    if (!speaker && pending && /^[\s"“„«»「『]/u.test(sentence)) speaker = pending;
    if (speaker && /[:：]\s*$/u.test(sentence)) this.leadInSpeaker = speaker;
    if (speaker && !this.unspaced && this.looksLikePersonName(speaker)) this.rememberPerson(speaker);
    if (speaker && this.couldBePerson(speaker)) this.lastPerson = speaker;
    return speaker;
  }

  /** The full form of a name already seen ("Altman" → "Sam Altman"). */
  canonical(name: string): string {
    const parts = this.unspaced ? [name] : name.split(/\s+/);
    const longer = this.people.find((person) => {
      if (this.unspaced) return person.length > name.length && name.length >= 2 && person.includes(name);
      const tokens = person.split(/\s+/);
      return parts.every((part) => tokens.includes(part));
    });
    return longer ?? name;
  }

  /** Known people, and subjects that do not look like organisations (no acronym or inner capitals). */
  private couldBePerson(name: string): boolean {
    if (this.isPerson(name)) return true;
    if (this.unspaced) return !/[A-Za-z]/.test(name);
    return !/\p{Lu}{2}|\p{Ll}\p{Lu}/u.test(name);
  }

  private isPerson(name: string): boolean {
    return this.people.includes(this.canonical(name));
  }

  private rememberPerson(name: string): void {
    const known = this.people.indexOf(name);
    if (known !== -1) this.people.splice(known, 1);
    // Most recent first, so a surname resolves to the person named last.
    this.people.unshift(name);
  }

  /** Registers names that the text presents as people: multi-word names and names next to a title. */
  private notePeople(sentence: string): void {
    if (this.unspaced) {
      for (const match of sentence.matchAll(/[\p{sc=Han}\p{sc=Katakana}ー]{1,8}·[\p{sc=Han}\p{sc=Katakana}ー]{1,8}/gu))
        this.rememberPerson(match[0]);
      for (const title of this.lexicon.personTitles) {
        for (const match of sentence.matchAll(
          new RegExp(
            `${title}([\\p{sc=Han}\\p{sc=Katakana}ー·]{2,10}?)(?=[表说称指强透坦介宣承警解补回提声直写认相觉看深判还也则]|$)`,
            'gu',
          ),
        )) {
          if (match[1]) this.rememberPerson(match[1]);
        }
      }
      for (const match of sentence.matchAll(
        /([\p{sc=Katakana}ー・]{2,}|[\p{sc=Han}]{2,4})(?:氏|さん|社長|会長|教授)/gu,
      )) {
        if (match[1]) this.rememberPerson(match[1]);
      }
      return;
    }
    // A multi-word name is a person when a job title stands right before it ("CEO Tim Cook",
    // "O CEO da OpenAI, Sam Altman,") or in an apposition after it ("Marcus Lee, an analyst").
    for (const candidate of this.nameCandidates(sentence)) {
      if (!this.looksLikePersonName(candidate.name)) continue;
      const wordsBefore =
        sentence
          .slice(Math.max(0, candidate.index - 40), candidate.index)
          .toLowerCase()
          .match(/[\p{L}-]+/gu) ?? [];
      const after = sentence.slice(candidate.end, candidate.end + 60);
      const wordsAfter = /^\s*,/u.test(after) ? (after.toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(0, 4) : [];
      const titled = [...wordsBefore.slice(-4), ...wordsAfter].some((word) => this.lexicon.personTitles.includes(word));
      if (titled) this.rememberPerson(candidate.name);
    }
  }

  /** A multi-word name with no word that is all capitals (acronyms mark organisations: "US AI Safety"). */
  private looksLikePersonName(name: string): boolean {
    const tokens = name.split(/\s+/).filter((token) => /^\p{Lu}/u.test(token));
    if (tokens.length < 2 || tokens.length > 4) return false;
    if (name.split(/\s+/).some((token) => this.lexicon.organizationWords.includes(token.toLowerCase()))) return false;
    return tokens.every(
      (token) => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(token) && !this.lexicon.sentenceStarters.includes(token.toLowerCase()),
    );
  }

  private nameCandidates(text: string): NameCandidate[] {
    const candidates: NameCandidate[] = [];
    for (const match of text.matchAll(NAME_RUN)) {
      let name = match[0];
      let index = match.index;
      // Drop a leading function word capitalised only because it opens the sentence ("O CEO", "The").
      const first = name.split(/\s+/)[0]!;
      if (
        this.lexicon.sentenceStarters.includes(first.toLowerCase()) ||
        this.lexicon.stopwords.includes(first.toLowerCase())
      ) {
        const rest = name.slice(first.length).trimStart();
        index += name.length - rest.length;
        name = rest;
      }
      // Leading job titles are not part of the name ("Professor Alan Whitby", "Vorstandschefin Anna Kessler").
      let tokens = name.split(/\s+/);
      while (tokens.length > 1 && this.lexicon.personTitles.includes(tokens[0]!.toLowerCase()))
        tokens = tokens.slice(1);
      // German capitalises nouns: in a long run only the last two words can be the name.
      if (this.lang === 'de' && tokens.length > 2) tokens = tokens.slice(-2);
      const trimmed = tokens.join(' ');
      if (trimmed !== name) {
        index += name.lastIndexOf(trimmed);
        name = trimmed;
      }
      if (!name) continue;
      if (this.lexicon.personPronouns.includes(name.toLowerCase())) continue;
      if (this.lexicon.personTitles.includes(name.toLowerCase())) continue;
      candidates.push({ name, index, end: index + name.length });
    }
    return candidates;
  }

  private resolvePronoun(): string | null {
    return this.lastPerson;
  }

  private attributedSpeaker(sentence: string): string | null {
    const verbs = [
      ...findPhrases(sentence, this.lexicon.reportingVerbs, this.unspaced),
      ...findPhrases(sentence, this.lexicon.beliefVerbs, this.unspaced),
    ].sort((a, b) => a.index - b.index);
    if (this.unspaced) return this.unspacedSpeaker(sentence, verbs);
    for (const verb of verbs) {
      // "a-t-il ajouté": the pronoun is inside the verb phrase.
      if (/-t-(il|elle)(?![\p{L}])/iu.test(verb.phrase)) return this.resolvePronoun();
      const speaker = this.subjectOf(sentence, verb) ?? this.invertedSubjectOf(sentence, verb);
      if (speaker) return speaker;
    }
    for (const source of findPhrases(sentence, this.lexicon.sourcePrepositions, false)) {
      // "para"/"pour"/"für" mean "according to" only when they open the sentence.
      if (source.phrase.length <= 4 && source.index > 0) continue;
      const after = sentence.slice(source.end);
      const candidate = this.nameCandidates(after).find((c) => c.index <= 2);
      if (candidate) return this.canonical(candidate.name);
    }
    return null;
  }

  private isGeneric(name: string): boolean {
    return this.lexicon.genericSubjects.includes(name.toLowerCase());
  }

  private isPassive(before: string): boolean {
    const lastWord = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
    return lastWord !== undefined && this.lexicon.passiveAuxiliaries.includes(lastWord);
  }

  private subjectOf(sentence: string, verb: PhraseHit): string | null {
    const windowStart = Math.max(0, verb.index - 120);
    const before = sentence.slice(windowStart, verb.index);
    if (this.isPassive(before)) return null;
    const pronoun = new RegExp(
      `(?<![\\p{L}])(${this.lexicon.personPronouns.join('|')})(?:\\s+[\\p{L}-]+){0,2}\\s*$`,
      'iu',
    ).exec(before);
    if (pronoun) return this.resolvePronoun();
    // Names inside a quotation that closes before the verb are what was said, not who said it.
    const quoteClose = Math.max(...['”', '»', '“', '"', '」'].map((mark) => before.lastIndexOf(mark)));
    // Names in a parenthesis are asides, not the subject.
    const asides = [...before.matchAll(/\([^()]*\)/gu)].map(
      (match) => [match.index, match.index + match[0].length] as const,
    );
    const candidates = this.nameCandidates(before).filter(
      (c) => c.end > quoteClose && !asides.some(([start, end]) => c.index >= start && c.end <= end),
    );
    const people = candidates.filter((c) => this.isPerson(c.name));
    const nearestPerson = people[people.length - 1] ?? candidates.filter((c) => this.looksLikePersonName(c.name)).pop();
    if (nearestPerson) return this.canonical(nearestPerson.name);
    const nearest = candidates[candidates.length - 1];
    // Otherwise only a name directly before the verb, at most two words away ("Google said",
    // "Nvidia on Monday said"), is the subject; further back it is usually something else.
    if (!nearest) return null;
    const between = before.slice(nearest.end);
    if (/[,.;:()]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 2) return null;
    if (this.isGeneric(nearest.name)) return null;
    return nearest.name;
  }

  /** "…, said Huang." / "„…“, sagte er." — a reporting clause after the statement. */
  private invertedSubjectOf(sentence: string, verb: PhraseHit): string | null {
    if (!/[,”"»“«」]$/u.test(sentence.slice(0, verb.index).trimEnd())) return null;
    const after = sentence.slice(verb.end, verb.end + 60);
    // '"…", dijo.' — a subjectless reporting verb after a quotation refers to the last person named.
    if (/^\s*[.!]?\s*$/u.test(after)) return this.resolvePronoun();
    const pronoun = new RegExp(`^\\s+(${this.lexicon.personPronouns.join('|')})(?![\\p{L}])`, 'iu').exec(after);
    if (pronoun) return this.resolvePronoun();
    const candidate = this.nameCandidates(after).find((c) => /^[\s,]*$/u.test(after.slice(0, c.index)));
    return candidate ? this.canonical(candidate.name) : null;
  }

  private unspacedSpeaker(sentence: string, verbs: PhraseHit[]): string | null {
    for (const verb of verbs) {
      const speaker =
        this.lang === 'ja' ? this.japaneseSubject(sentence) : this.chineseSubject(sentence.slice(0, verb.index));
      if (speaker) return speaker;
    }
    for (const source of findPhrases(sentence, this.lexicon.sourcePrepositions, true)) {
      const text = this.lang === 'ja' ? sentence.slice(0, source.index) : sentence.slice(source.end);
      const name =
        this.lang === 'ja'
          ? this.stripJapaneseSubject(text.split(/[、。]/u).pop() ?? '')
          : /^[^，,。：:]{2,12}?(?=[，,:：称表])/u.exec(text)?.[0];
      if (name) return this.canonical(name);
    }
    return null;
  }

  private chineseSubject(before: string): string | null {
    let clause = (before.split(/[，,。：:；;“”「」\s]/u).pop() ?? '').replace(ZH_ADVERBS, '');
    if (!clause) return null;
    if (this.lexicon.personPronouns.some((pronoun) => clause.endsWith(pronoun))) return this.resolvePronoun();
    for (const title of this.lexicon.personTitles) {
      const at = clause.lastIndexOf(title);
      if (at !== -1 && at + title.length < clause.length) clause = clause.slice(at + title.length);
    }
    if (clause.length < 2 || clause.length > 12) return null;
    if (this.lexicon.genericSubjects.some((generic) => clause.startsWith(generic))) return null;
    if (this.lexicon.passiveAuxiliaries.some((auxiliary) => clause.includes(auxiliary))) return null;
    return this.canonical(clause);
  }

  private japaneseSubject(sentence: string): string | null {
    const topic = /^(.{1,30}?)(?:は|が)/u.exec(sentence.replace(/^[^「」]*?、/u, (m) => (/(は|が)/u.test(m) ? m : '')));
    if (!topic?.[1]) return null;
    return this.stripJapaneseSubject(topic[1]);
  }

  private stripJapaneseSubject(raw: string): string | null {
    let subject = raw.split(/[、「」]/u).pop() ?? '';
    subject = subject.slice(subject.lastIndexOf('の') + 1).replace(JA_HONORIFICS, '');
    if (!subject) return null;
    if (this.lexicon.personPronouns.includes(subject)) return this.resolvePronoun();
    if (subject.length > 15 || this.lexicon.genericSubjects.includes(subject)) return null;
    return this.canonical(subject);
  }
}
