import type { ClaimLexicon, PronounsOutsideWords } from './lexicon';
import { hasLexicon, isUnspacedScript, lexiconFor, wordSet } from './lexicon';
import { escapeRegExp } from '../../shared/text';
import type { NoStoryRule } from '../../shared/types';
import { findPhrases, hasPhrase, phraseUnion } from './match';
import {
  hasWords,
  segmentSentences,
  splitBlocks,
  endsWithSpacedClosingMarks,
  wordCharacterWidth,
  type Block,
  type Sentence,
} from './segment';

/** What the page says about itself besides its text, when known. */
export interface StoryHints {
  byline?: string | null;
  publishedTime?: string | null;
  /** Blocks of code or commands on the page (`<pre>`, long `<code>`): documentation and how-tos show them. */
  codeBlocks?: number;
}

export interface StoryFeatures {
  /** Sentences of running prose (not headings, list items or captions). */
  prose: number;
  /** Shares of prose sentences: reported speech, the reader addressed, the writer narrating, selling. */
  reported: number;
  address: number;
  firstPerson: number;
  /** Share of prose sentences where the writer is one person ("I", not "we"): a diary's voice. Absent: not read. */
  singularWriter?: number;
  commerce: number;
  past: number;
  blocks: number;
  /** Share of blocks that are not prose: headings, list items, table cells, step lines. */
  fragments: number;
  /** A dateline or news-agency opening ("LONDON —", "(EFE).-", "本报讯"). */
  dateline: boolean;
  /**
   * Blocks of dialogue: a quotation standing alone as a block, nobody named around it, beside another block that opens
   * with a quotation (an exchange of lines, as fiction writes it). Their count and their share of the blocks.
   */
  dialogue: number;
  dialogueShare: number;
  /** Share of prose sentences with a digit: a date, a figure, a time, an age. */
  numbers: number;
  /**
   * Shares of the sentences of prose blocks, short ones included ("Alas!"), that end on an exclamation mark and on a
   * question mark: rhetoric's voice. Absent: not read.
   */
  exclamations?: number;
  questions?: number;
  /**
   * Share of the paragraphs (blocks of eight words or more that end a sentence, or that carry a marker) with a numbered
   * citation marker set against a word ("islands.[17]", "Hermite[3]", "[n 4]"): the footnotes of an encyclopedia entry.
   * Absent: not read.
   */
  citations?: number;
  /** Sections headed "1. …", "2. …", "3. …" in order, each followed by prose: a list of tips or steps as a text. */
  numberedSections: number;
  /**
   * Whether the language has a lexicon of its own. Without one the text is read with the English words, and the
   * shares of the reader addressed, the writer's "I" and the past tense mean nothing ("I" is Italian's "the"). Absent:
   * it has one.
   */
  lexicon?: boolean;
}

/**
 * A numbered citation marker set right against the word or stop it follows ("…islands.[17]", "Hermite[3]", "[n 4]"),
 * as wikis print their footnotes in every language; a paper's "[3]" stands after a space, and news cites no footnotes.
 */
const CITATION_MARKER = /[^\s[\]]\[(?:\d{1,3}|n \d{1,3})\]/u;

/**
 * A block that ends a sentence, with the footnote markers a wiki sets after its stop ("…in 1242.[3]", "…。[5][6]") or a
 * page reference after them ("[3]:p. 7").
 */
const ENDS_SENTENCE = /[.!?。！？…]["”»’」』)）]*(?:\[[^\]\s]{1,8}(?: \d{1,3})?\](?::\s?p+\.\s?\d+)?)*\s*$/u;

/** A block opening with a quotation mark. */
const OPENS_QUOTATION = /^["“„«»「『]/u;
const EXCLAIMS = /[!！][\s"”»’」』)）]*$/u;
const ASKS = /[?？][\s"”»’」』)）]*$/u;
const FINAL_PUNCTUATION = /[.!?。！？…]["”»’」』)）]*$/u;
const QUOTED = /"[^"]*"|“[^”“]*[”“]|„[^“]*“|«[^»]*»|»[^«]*«|「[^」]*」|『[^』]*』/gu;
const PRICE =
  /(?:[$€£¥]|R\$|US\$)\s?\d|\d[\d.,]*\s?(?:€|euros?|eur|dollars?|usd|reais|pesos|yuan|元|円|ドル)(?![\p{L}])/iu;
/**
 * A dateline opening a news story: a capitalised place and a dash ("LONDON —"), a place and a news agency in brackets
 * ("MUMBAI (Reuters) -", "(EFE).-"), a place, a date and an agency ("PARIS, 3 mars (AFP) -"), a place of capitalised
 * words and a date alone, the month before or after the day, with or without the year ("Mumbai, Jan 7 - ", "Berlin, 3.
 * März 2024 – "), or a Chinese agency opening ("本报讯", "新华社").
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu} .'-]{2,30}\s[—–-]{1,2}\s|\p{Lu}[\p{Lu} .'-]{1,30}\s?\(\p{Lu}[\p{L} .&/-]{1,20}\)\s?[.—–-]|\([A-Z]{2,6}\)\s?[.-]|[\p{Lu}\p{L} ]{2,30},\s[^\n]{0,40}\(\w+\)\s?[—–-]|\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*){0,3},\s(?:\p{L}{3,10}\.?\s\d{1,2}|\d{1,2}\.?\s\p{L}{3,10}\.?)(?:,?\s\d{4})?\s[—–-]{1,2}\s|本报讯|新华社|据.{1,10}报道|【.{1,12}】)/u;

/**
 * A paragraph opened by the name of whom it quotes, their age in brackets and a colon ("马金鹏（１４岁）：…", "Anna Berger
 * (34): …"): each answer of a vox pop or a street interview, as news prints them. The age tells a person's name from
 * a label ("注意：", "Tipp:"), and a Latin name has two words at least, so "Schritt (1):" numbers a step.
 */
const AGED_SPEAKER_LABEL =
  /^(?:\p{Script=Han}{2,4}[（(][^）)]{0,6}[0-9０-９]{1,3}\s?[岁歳][^）)]{0,6}[）)]|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2} \(\d{1,3}\))\s?[:：]/u;

/**
 * A paragraph headed by a label and a colon, as an interview prints its turns: a letter ("Q:", "A:", "P:", "R:", "F:"), a
 * word of asking or answering in any of the lexicons' languages ("Frage:", "Respuesta:", "问：", "答："), one to three
 * capitalised words or initials ("Girish:", "Anna Berger:", "GW:"), or two to four Han characters ("李金泽：").
 */
const TURN_LABEL =
  /^\s*((?:\p{Lu}[\p{Ll}'’.-]*)(?: \p{Lu}[\p{Ll}'’.-]*){0,2}|\p{Lu}{2,4}|\p{Script=Han}{1,4})\s?[:：]\s*(?=\S)/u;

/** Labels that mark the interviewer's question, across languages: asking is all they say. */
const QUESTION_LABELS = new Set([
  'Q',
  'P',
  'F',
  'D',
  'Frage',
  'Pregunta',
  'Question',
  'Pergunta',
  'Domanda',
  '问',
  '問',
]);

/** Labels that mark the interviewee's answer without naming them. */
const ANSWER_LABELS = new Set(['A', 'R', 'Antwort', 'Respuesta', 'Réponse', 'Answer', 'Resposta', 'Risposta', '答']);

/** Question-and-answer pairs, fewest, for a page to read as an interview: one labelled exchange may be a quoted line. */
const MIN_INTERVIEW_TURNS = 2;

/** Paragraphs without a label, at most, that go on with the answer before them (an answer of several paragraphs). */
const ANSWER_CONTINUATION = 3;

export interface InterviewAnswers {
  /** Blocks of the interviewer's questions: no claim of anyone's. */
  questions: ReadonlySet<number>;
  /**
   * Blocks of the answers, each to whom its label gives it: the name as the page writes it in full where the label is a
   * part of it ("Girish:" after "Girish Wagh"), the label itself otherwise, and null where the label names nobody ("A:").
   */
  answers: ReadonlyMap<number, string | null>;
}

/**
 * The turns of an interview printed as questions and answers: paragraphs headed by the interviewer's label ("Q:", "问：",
 * "记者：", or a label whose paragraphs end on a question mark, "Me:" asking "…?") and, after each, a paragraph headed by
 * another label (the interviewee's name or initials, "A:", "答："), which goes on in the unlabelled paragraphs after it.
 * Empty unless the page holds two such exchanges at least: a single "Name: …?" line is a quotation, not an interview.
 */
export function interviewAnswers(blocks: readonly Block[], lexicon: ClaimLexicon, text = ''): InterviewAnswers {
  const none: InterviewAnswers = { questions: new Set(), answers: new Map() };
  const labels = blocks.map((block) => TURN_LABEL.exec(block.text)?.[1] ?? null);
  if (labels.filter(Boolean).length < 2 * MIN_INTERVIEW_TURNS) return none;
  const interviewerWords = new Set([...QUESTION_LABELS, ...(lexicon.interviewerLabels ?? [])]);
  // Without a word of asking, the label whose paragraphs end on a question mark most often asks ("Me:" before "Girish:"),
  // where it does so twice at least and no other label as often.
  const asks = new Map<string, { questions: number; turns: number }>();
  blocks.forEach((block, index) => {
    const label = labels[index];
    if (!label) return;
    const tally = asks.get(label) ?? { questions: 0, turns: 0 };
    tally.turns++;
    if (/[?？][\s"”»’」』)）]*$/u.test(block.text)) tally.questions++;
    asks.set(label, tally);
  });
  const ranked = [...asks].sort(([, a], [, b]) => b.questions / b.turns - a.questions / a.turns);
  const [top, second] = ranked;
  const topAsker =
    top &&
    top[1].questions >= MIN_INTERVIEW_TURNS &&
    (!second || second[1].questions / second[1].turns < top[1].questions / top[1].turns)
      ? top[0]
      : null;
  const asking = (label: string) => interviewerWords.has(label) || label === topAsker;
  const questions = new Set<number>();
  const answers = new Map<number, string | null>();
  // Paragraphs after an answer are its continuation only where another question follows them: after the last answer the
  // writer takes the text back.
  let pending: number[] = [];
  let answering: string | null | undefined;
  let pairs = 0;
  let asked = false;
  blocks.forEach((block, index) => {
    const label = labels[index];
    // A turn is a sentence at least: "主持人：周立群教授" heads a programme, it asks nothing.
    const turn = label && FINAL_PUNCTUATION.test(block.text) ? label : null;
    if (turn && asking(turn)) {
      for (const continued of pending) answers.set(continued, answering ?? null);
      pending = [];
      questions.add(index);
      asked = true;
      answering = undefined;
      return;
    }
    if (turn && asked) {
      pairs++;
      asked = false;
      answering = ANSWER_LABELS.has(turn) ? null : fullNameOf(turn, text);
      answers.set(index, answering);
      return;
    }
    if (!label && answering !== undefined && pending.length < ANSWER_CONTINUATION) pending.push(index);
    else {
      answering = undefined;
      pending = [];
    }
  });
  return pairs >= MIN_INTERVIEW_TURNS ? { questions, answers } : none;
}

/** Paragraphs closing on a question, fewest, for a page to read as an interview printed with bare questions. */
const MIN_BARE_QUESTIONS = 3;

/** Characters, most, of a bare question of an interview: a longer paragraph closing on one is the writer's. */
const MAX_QUESTION_LENGTH = 400;

/**
 * The turns of an interview printed with bare questions, as a magazine sets them apart in bold or as headings: the lead
 * names the interviewee ("nous publions une conversation avec François Héran", "im Gespräch mit Anna Berger"), then
 * short paragraphs closing on a question mark, most of them speaking to the interviewee ("vous", "Sie"), each followed
 * by its answer. Every paragraph after a question, up to the next, is the interviewee's where no one else is named
 * speaking in it, so `answers` holds the speaker of a sentence that names none. Empty when the page is otherwise.
 */
export function bareInterviewAnswers(blocks: readonly Block[], lexicon: ClaimLexicon, lead = ''): InterviewAnswers {
  const none: InterviewAnswers = { questions: new Set(), answers: new Map() };
  const introducers = lexicon.interviewIntroducers;
  if (!introducers?.length) return none;
  const asks = (block: Block) =>
    block.text.length <= MAX_QUESTION_LENGTH &&
    /[?？][\s"”»’)）]*$/u.test(block.text) &&
    !/^[\s"“„«»]/u.test(block.text) &&
    TURN_LABEL.exec(block.text) === null;
  const first = blocks.findIndex(asks);
  if (first === -1) return none;
  let interviewee: string | null = null;
  for (const text of [lead, ...blocks.slice(0, first).map((block) => block.text)]) {
    for (const hit of findPhrases(text, introducers, false)) {
      const name = /^\s+(\p{Lu}[\p{Ll}’'-]+(?:[ -]\p{Lu}[\p{Ll}’'-]+){1,2})(?![\p{L}])/u.exec(text.slice(hit.end));
      if (name) interviewee ??= name[1]!;
    }
  }
  if (!interviewee) return none;
  const informal = wordSet(lexicon.readerAddress);
  const formal = new Set(lexicon.formalReaderAddress);
  // "vous", "votre"; "Sie", "Ihnen" as written inside the sentence, where the capital tells them from "sie" (she, they).
  const speaksToInterviewee = (text: string) =>
    (text.match(/[\p{L}’'-]+/gu) ?? []).some(
      (word, at) => informal.has(word.toLowerCase()) || (at > 0 && formal.has(word)),
    );
  const questions = new Set<number>();
  let addressed = 0;
  blocks.forEach((block, index) => {
    // A question followed by another is the writer's asking, not a turn of the interview.
    if (index < first || !asks(block) || (blocks[index + 1] && asks(blocks[index + 1]!))) return;
    questions.add(index);
    if (speaksToInterviewee(block.text)) addressed++;
  });
  if (questions.size < MIN_BARE_QUESTIONS || addressed * 2 < questions.size) return none;
  const answers = new Map<number, string | null>();
  blocks.forEach((_, index) => {
    if (index > first && !questions.has(index)) answers.set(index, interviewee);
  });
  return { questions, answers };
}

/** The name the text writes in full that begins with `label` ("Girish Wagh" for "Girish"), or the label. */
function fullNameOf(label: string, text: string): string {
  if (!/^\p{Lu}\p{Ll}/u.test(label) || /\s/u.test(label)) return label;
  const full = new RegExp(`(?<![\\p{L}])${escapeRegExp(label)}((?: \\p{Lu}[\\p{Ll}'’-]+){1,2})(?![\\p{L}:])`, 'u').exec(
    text,
  );
  return full ? label + full[1] : label;
}

/**
 * Whether a sentence narrates in the past tense: a past word of the lexicon, or a lower-case word with a
 * past ending ("erklärte", "anunció") that is not a look-alike ("bitte", "sollte") nor an attributive
 * adjective (a lower-case word before it and a capitalised noun after it: "die beste Methode").
 */
export function isPastTense(text: string, lexicon: ClaimLexicon, unspaced: boolean): boolean {
  // In an unspaced script the look-alikes are words that hold a past marker and narrate nothing ("了解": to know).
  const narrated = unspaced ? withoutPhrases(text, lexicon.pastTenseLookAlikes, true) : text;
  if (hasPhrase(narrated, lexicon.pastTenseWords, unspaced)) return true;
  if (lexicon.compoundPast && hasCompoundPast(text, lexicon)) return true;
  if (!lexicon.pastTenseEndings.length) return false;
  // Without the attributive-adjective test, which needs the words around, only the words with an ending are read.
  if (!lexicon.formalReaderAddress.length) return hasPastEnding(text, lexicon);
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((word, index) => {
    // The ending first: few words have one, and it is cheaper to check than the letters' case.
    if (word.length <= 4 || !lexicon.pastTenseEndings.some((ending) => word.endsWith(ending))) return false;
    if (!isPastForm(word, lexicon) || followsPresentPassive(words.slice(Math.max(0, index - 3), index), lexicon))
      return false;
    const next = words[index + 1] ?? '';
    const previous = words[index - 1] ?? '';
    return !(/^\p{Lu}\p{Ll}/u.test(next) && !/^\p{Lu}/u.test(previous));
  });
}

/** A word with a past ending that reads as a past form: all lower case, no look-alike, no superlative. */
function isPastForm(word: string, lexicon: ClaimLexicon): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (lexicon.pastTenseLookAlikes.includes(word)) return false;
  // Superlatives ("beste", "größte"), but not "-sste" ("musste", "wusste").
  return !(word.endsWith('ste') && !word.endsWith('sste') && lexicon.pastTenseLookAlikes.length);
}

/**
 * Whether a word of `text` (a run of letters and numbers, as `/[\p{L}\p{N}]+/gu` finds them) longer than four characters
 * ends with a past ending and reads as a past form: found from each place an ending ends a word, not by reading every
 * word.
 */
function hasPastEnding(text: string, lexicon: ClaimLexicon): boolean {
  for (const ending of lexicon.pastTenseEndings) {
    if (!ending) continue;
    for (let at = text.indexOf(ending); at !== -1; at = text.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (wordCharacterWidth(text, end, false)) continue;
      let start = at;
      for (let width = wordCharacterWidth(text, start, true); width; width = wordCharacterWidth(text, start, true))
        start -= width;
      const word = text.slice(start, end);
      if (word.length > 4 && isPastForm(word, lexicon) && !followsPresentPassive(wordsBefore(text, start), lexicon))
        return true;
    }
  }
  return false;
}

/**
 * Whether the word after `before` (the words just before it, in order, with nothing but spaces between them) is a
 * participle of the present passive: the lexicon's present auxiliary right before it, or before the adverbs between.
 */
function followsPresentPassive(before: readonly string[], lexicon: ClaimLexicon): boolean {
  const passive = lexicon.presentPassive;
  if (!passive) return false;
  let between = 0;
  for (let index = before.length - 1; index >= 0; index--) {
    const word = before[index]!.toLowerCase();
    if (passive.auxiliaries.includes(word)) return true;
    const adverb = passive.between.some((entry) =>
      entry.startsWith('-') ? word.length > entry.length && word.endsWith(entry.slice(1)) : entry === word,
    );
    if (!adverb || ++between > 2) return false;
  }
  return false;
}

/** The (at most three) words right before `start` in `text` that only spaces separate from it and each other. */
function wordsBefore(text: string, start: number): string[] {
  const tokens = text.slice(Math.max(0, start - 48), start).split(/\s+/u);
  // The last token is empty where a space stands right before `start`; otherwise punctuation does, and nothing counts.
  if (tokens.pop() !== '' || !tokens.length) return [];
  const words: string[] = [];
  for (let index = tokens.length - 1; index >= 0 && words.length < 3; index--) {
    if (!/^[\p{L}]+$/u.test(tokens[index]!)) break;
    words.unshift(tokens[index]!);
  }
  return words;
}

/** An auxiliary followed by a participle, with at most two of the lexicon's in-between words ("n'a pas encore été"). */
function hasCompoundPast(text: string, lexicon: ClaimLexicon): boolean {
  const compound = lexicon.compoundPast;
  if (!compound) return false;
  const auxiliaries = wordSet(compound.auxiliaries);
  const between = wordSet(compound.between);
  const notParticiples = wordSet(compound.notParticiples);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let index = 0; index < words.length - 1; index++) {
    if (!auxiliaries.has(words[index]!)) continue;
    let next = index + 1;
    while (next < words.length && next <= index + 2 && between.has(words[next]!)) next++;
    const word = words[next];
    if (!word || word.length < 2 || notParticiples.has(word)) continue;
    if (compound.participleEndings.some((ending) => word.endsWith(ending))) return true;
  }
  return false;
}

/** An instruction: the sentence (or a clause after "Dann", "Anschließend", "Now") opens with an imperative. */
function opensWithImperative(text: string, lexicon: ClaimLexicon, unspaced: boolean): boolean {
  const opening = text.trimStart().slice(0, 40);
  return findPhrases(opening, lexicon.imperativeOpenings, unspaced).some((hit) => hit.index === 0);
}

/** A form of address written with a capital inside the sentence ("Achten Sie", "Ihnen"). */
function addressesReaderFormally(text: string, lexicon: ClaimLexicon): boolean {
  if (!lexicon.formalReaderAddress.length) return false;
  const words = [...text.matchAll(/[\p{L}]+/gu)];
  return words.some((match, index) => index > 0 && lexicon.formalReaderAddress.includes(match[0]));
}

/**
 * "according to", "segundo", "laut"; those with another common meaning (the lexicon's ambiguousSourcePrepositions:
 * "per", "für", "pour") only where they open the sentence and a comma closes the source ("Für die Ministerin ist
 * klar, …"), not "Für die Installation braucht ihr …".
 */
function citesSource(text: string, lexicon: ClaimLexicon, unspaced: boolean): boolean {
  const ambiguous = wordSet(lexicon.ambiguousSourcePrepositions);
  const clauseOpening = lexicon.clauseOpeningSources ?? [];
  const sources = phraseUnion(lexicon, 'cited-sources', () => [
    ...lexicon.sourcePrepositions,
    ...(lexicon.basisPrepositions ?? []),
  ]);
  return findPhrases(text, sources, unspaced).some((hit) =>
    clauseOpening.includes(hit.phrase)
      ? opensClause(text, hit.index)
      : unspaced || !ambiguous.has(hit.phrase.toLowerCase()) || (hit.index === 0 && opensSourceClause(text, hit.end)),
  );
}

/** Punctuation that ends a clause, or a closing quotation mark or bracket before a new one. */
const CLAUSE_END = /[,，;；:：、。!！?？"”」』)）]\s*$/u;

/**
 * Whether `index` opens a clause: the sentence's start or after a clause's punctuation. A zh source word there names the
 * source ("据新华社报道，…", "根据统计，…"); inside a clause it is part of another word ("数据": data) or means "by, in
 * accordance with" ("店里会根据客人的人数…付钱").
 */
function opensClause(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return !before.trim() || CLAUSE_END.test(before);
}

/** After a short source word opening the sentence: a comma within the next few words. */
export function opensSourceClause(text: string, from: number): boolean {
  return /^[^,.;:!?]{1,60},/u.test(text.slice(from));
}

/**
 * The text with each phrase of `phrases` blanked out (a space in its place), found as every other lexicon phrase is
 * (`findPhrases`: plain substrings in unspaced scripts, elsewhere whole words in any case).
 */
export function withoutPhrases(text: string, phrases: string[], unspaced: boolean): string {
  const hits = findPhrases(text, phrases, unspaced);
  if (!hits.length) return text;
  let blanked = '';
  let from = 0;
  for (const hit of hits) {
    blanked += `${text.slice(from, hit.index)} `;
    from = hit.end;
  }
  return blanked + text.slice(from);
}

/** The text with the phrases that hold a reporting verb and report nothing ("称为": is called) blanked out. */
function withoutLookAlikes(text: string, lexicon: ClaimLexicon, unspaced: boolean): string {
  let spoken = withoutPhrases(text, lexicon.reportingLookAlikes ?? [], unspaced);
  const denoting = lexicon.denotingReportVerbs;
  if (!denoting) return spoken;
  for (const verb of denoting.verbs) {
    let kept = '';
    let rest = spoken;
    for (let at = rest.indexOf(verb); at >= 0; at = rest.indexOf(verb)) {
      const after = rest.slice(at + verb.length);
      const speaks = denoting.openers.some((opener) => after.startsWith(opener));
      kept += rest.slice(0, at) + (speaks ? verb : ' ');
      rest = after;
    }
    spoken = kept + rest;
  }
  return spoken;
}

/** Punctuation that closes a clause, for the words before a reporting verb in its own clause. */
const CLAUSE_BREAK = /[,，;；:：、。!！?？"“”「」『』()（）]/u;

/**
 * The text with the reporting verbs whose subject is the writer or the reader blanked out: the lexicon's pronoun among
 * the few characters before the verb in its clause ("我承认", "我要说明", "你听说过"). The writer confiding and the
 * reader told what they have heard report nobody's words; an advice post or a diary is full of them, news is not.
 */
function withoutPersonalReports(text: string, lexicon: ClaimLexicon, unspaced: boolean): string {
  const personal = lexicon.personalReportSubjects;
  if (!personal) return text;
  const hits = findPhrases(text, lexicon.reportingVerbs, unspaced);
  if (!hits.length) return text;
  let kept = '';
  let from = 0;
  for (const hit of hits) {
    const clause = text.slice(0, hit.index).split(CLAUSE_BREAK).at(-1) ?? '';
    const near = withoutPhrases(clause.slice(-personal.reach), personal.lookAlikes, unspaced);
    if (!hasPhrase(near, personal.pronouns, unspaced)) continue;
    kept += `${text.slice(from, hit.index)} `;
    from = hit.end;
  }
  return kept + text.slice(from);
}

/**
 * Characters the quotations of `text` add over a space each, leaving out those a lexicon word ties to the noun after
 * them ("“…”的问题"): a phrase quoted, not speech.
 */
function quotedSpeechLength(text: string, lexicon: ClaimLexicon): number {
  const links = lexicon.quotedPhraseLinks ?? [];
  let length = 0;
  for (const match of text.matchAll(QUOTED)) {
    const after = text.slice(match.index + match[0].length);
    if (!links.some((link) => after.startsWith(link))) length += match[0].length - 1;
  }
  return length;
}

/**
 * Whether a sentence sells: a price, a commerce word, or a word of selling with another common sense ("deal") beside a
 * word of buying or pricing.
 */
function sells(text: string, lexicon: ClaimLexicon, unspaced: boolean): boolean {
  if (PRICE.test(text) || hasPhrase(text, lexicon.commerceWords, unspaced)) return true;
  const ambiguous = lexicon.ambiguousCommerceWords ?? [];
  return (
    ambiguous.length > 0 &&
    hasPhrase(text, ambiguous, unspaced) &&
    hasPhrase(text, lexicon.commerceContext ?? [], unspaced)
  );
}

/**
 * The writer speaking in one of `writer`'s pronouns (the lexicon's writer pronouns, "我"; or as one person, "I"), not in
 * a word that only holds one ("我们", "我国").
 */
export function speaksAs(text: string, writer: PronounsOutsideWords | undefined, unspaced: boolean): boolean {
  if (!writer) return false;
  return hasPhrase(withoutPhrases(text, writer.lookAlikes, unspaced), writer.pronouns, unspaced);
}

/**
 * A block that ends with a colon and names whom the quotation after it comes from: a reporting verb, a source
 * preposition or a verb that introduces a quotation ("Ein Artikel erklärt es so:", "as the report puts it:").
 */
function introducesQuotation(text: string, lang: string, lexicon: ClaimLexicon, unspaced: boolean): boolean {
  if (!/[:：]$/u.test(text) || !hasWords(text, lang, 4)) return false;
  const spoken = withoutLookAlikes(text, lexicon, unspaced);
  return (
    hasPhrase(spoken, lexicon.reportingVerbs, unspaced) ||
    hasPhrase(spoken, lexicon.quotationIntroducers ?? [], unspaced) ||
    citesSource(spoken, lexicon, unspaced)
  );
}

/** A block that is a quotation and nothing else: no speaker, no narration around it (its punctuation aside). */
function isBareQuotation(text: string): boolean {
  if (!OPENS_QUOTATION.test(text)) return false;
  return !/[\p{L}\p{N}]/u.test(text.replace(QUOTED, ''));
}

/** Blocks of bare quotation beside another block that opens with a quotation: lines of dialogue. */
function dialogueBlocks(blocks: readonly Block[]): number {
  let count = 0;
  blocks.forEach((block, index) => {
    if (!isBareQuotation(block.text)) return;
    const previous = blocks[index - 1]?.text ?? '';
    const next = blocks[index + 1]?.text ?? '';
    if (OPENS_QUOTATION.test(previous) || OPENS_QUOTATION.test(next)) count++;
  });
  return count;
}

/**
 * A heading that opens with its number: "1. Das Hauptproblem", "2) Natural fabrics", "3、选择行业", "十二、没有一人…" (a
 * Chinese numeral and the enumeration comma), after any spaces or private-use glyphs an icon font left before it.
 */
const NUMBERED_HEADING = /^[\s\p{Co}]*(\d{1,2}|[一二三四五六七八九十]{1,3}(?=、))\s?[.)、．:]\s*[\p{L}\p{N}]/u;
const CHINESE_DIGITS = '一二三四五六七八九';

/** The value of "7", or of a Chinese numeral up to 99 ("七", "十二", "二十"); NaN for another. */
function headingNumber(number: string): number {
  if (/^\d+$/u.test(number)) return Number(number);
  const digit = (text: string) => CHINESE_DIGITS.indexOf(text) + 1;
  const [tens = '', units] = number.split('十');
  if (units === undefined) return digit(number) || NaN;
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

/** Characters from which a numbered line is an item of text rather than a heading. */
const MAX_HEADING_LENGTH = 80;

/**
 * The longest run of numbered headings counting up from 1, with prose between each and the next: sections of a list
 * written out ("1. …" and a paragraph, "2. …" and a paragraph), not a list of short items one after the other.
 */
function numberedSections(blocks: readonly Block[], proseIndexes: ReadonlySet<number>): number {
  let run = 0;
  let longest = 0;
  let proseSince = false;
  for (const block of blocks) {
    const number = NUMBERED_HEADING.exec(block.text)?.[1];
    // A paragraph longer than a heading counts as the section's text though it ends with no stop ("…(弗 5:2)").
    if (proseIndexes.has(block.index) || (!number && block.text.length > MAX_HEADING_LENGTH)) {
      proseSince = true;
      continue;
    }
    if (!number || block.text.length > MAX_HEADING_LENGTH || FINAL_PUNCTUATION.test(block.text)) continue;
    const value = headingNumber(number);
    if (value === 1) run = 1;
    else if (value === run + 1 && proseSince) run = value;
    else run = 0;
    proseSince = false;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Cited paragraphs, fewest, for a text to cite as an entry does: one is a paragraph quoted from a wiki. */
const MIN_CITED_PARAGRAPHS = 2;

/**
 * Share of the paragraphs that carry a citation marker (StoryFeatures.citations), 0 below MIN_CITED_PARAGRAPHS. A paragraph is a long block that ends a
 * sentence or is cited: the lines of an infobox, a filmography or a table are long blocks too, and they cite nothing (a
 * Chinese wiki biography's 2,500 blocks hold 66 paragraphs, 8 of them cited, and 160 such lines).
 */
function citedShare(blocks: readonly Block[], lang: string): number {
  let paragraphs = 0;
  let cited = 0;
  for (const block of blocks) {
    if (!hasWords(block.text, lang, 8)) continue;
    const marked = CITATION_MARKER.test(block.text);
    if (!marked && !ENDS_SENTENCE.test(block.text)) continue;
    paragraphs++;
    if (marked) cited++;
  }
  return cited < MIN_CITED_PARAGRAPHS ? 0 : shareOf(cited, paragraphs);
}

function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

/** `sentences`: the text's sentences when the caller has them already (`segmentSentences(text, lang)`). */
export function storyFeatures(
  text: string,
  lang: string,
  sentences: readonly Sentence[] = segmentSentences(text, lang),
): StoryFeatures {
  const lexicon: ClaimLexicon = lexiconFor(lang);
  const unspaced = isUnspacedScript(lang);
  const blocks = splitBlocks(text);
  const proseBlocks = blocks.filter(
    (block) =>
      (FINAL_PUNCTUATION.test(block.text) || endsWithSpacedClosingMarks(block.text)) && hasWords(block.text, lang, 8),
  );
  const proseIndexes = new Set(proseBlocks.map((block) => block.index));
  // A source introducing a quotation ("Ein Artikel erklärt es so:") is prose that reports, though it ends with a colon.
  const introductions = new Set(
    blocks
      .filter((block) => !proseIndexes.has(block.index) && introducesQuotation(block.text, lang, lexicon, unspaced))
      .map((block) => block.index),
  );
  const interview = interviewAnswers(blocks, lexicon, text);
  const labelledAnswers = new Set([
    ...blocks.filter((block) => AGED_SPEAKER_LABEL.test(block.text)).map((block) => block.index),
    ...interview.answers.keys(),
  ]);
  let prose = 0;
  let reported = 0;
  let address = 0;
  let impersonal = 0;
  let firstPerson = 0;
  let singularWriter = 0;
  let commerce = 0;
  let past = 0;
  let numbers = 0;
  let spokenSentences = 0;
  let exclamations = 0;
  let questions = 0;
  for (const sentence of sentences) {
    if (proseIndexes.has(sentence.block)) {
      spokenSentences++;
      if (EXCLAIMS.test(sentence.text)) exclamations++;
      else if (ASKS.test(sentence.text)) questions++;
    }
    if (introductions.has(sentence.block) && sentence.words >= 4) {
      prose++;
      reported++;
      continue;
    }
    if (!proseIndexes.has(sentence.block) || sentence.words < 5) continue;
    prose++;
    const unquoted = sentence.text.replace(QUOTED, ' ');
    const reportedOrPersonal = withoutLookAlikes(sentence.text, lexicon, unspaced);
    const spoken = withoutPersonalReports(reportedOrPersonal, lexicon, unspaced);
    // A quotation the writer says ("“Send me that,” I said") is the writer's own line, not a source's words: it counts
    // only where some reporting verb of the sentence has another subject, or none names who speaks.
    const reportingVerb = hasPhrase(spoken, lexicon.reportingVerbs, unspaced);
    const writerQuoted = !reportingVerb && hasPhrase(reportedOrPersonal, lexicon.reportingVerbs, unspaced);
    const quoted = !writerQuoted && quotedSpeechLength(sentence.text, lexicon) > 8;
    // A labelled answer is its speaker's words throughout, though no sentence of it names them again.
    const reports =
      quoted || reportingVerb || labelledAnswers.has(sentence.block) || citesSource(spoken, lexicon, unspaced);
    if (reports) reported++;
    if (
      hasPhrase(unquoted, lexicon.readerAddress, unspaced) ||
      addressesReaderFormally(unquoted, lexicon) ||
      opensWithImperative(unquoted, lexicon, unspaced)
    )
      address++;
    else if (hasPhrase(unquoted, lexicon.impersonalReaderAddress ?? [], unspaced)) impersonal++;
    // The writer's own pronouns outside reported speech: "他说，我们将…" is the speaker's "we", and so is an interviewee's
    // "I" in a labelled answer.
    const answer = labelledAnswers.has(sentence.block);
    if (
      !answer &&
      (hasPhrase(unquoted, lexicon.firstPerson, unspaced) ||
        (!reports && speaksAs(unquoted, lexicon.writerPronouns, unspaced)))
    )
      firstPerson++;
    if (!answer && speaksAs(unquoted, lexicon.singularWriter, unspaced)) singularWriter++;
    if (sells(sentence.text, lexicon, unspaced)) commerce++;
    if (isPastTense(unquoted, lexicon, unspaced)) past++;
    if (/[0-9０-９]/u.test(sentence.text)) numbers++;
  }
  const first = proseBlocks[0]?.text ?? '';
  const dialogue = dialogueBlocks(blocks);
  return {
    prose,
    reported: shareOf(reported, prose),
    // The impersonal "man sollte" instructs only where the text also speaks to the reader directly.
    address: shareOf(address > 0 ? address + impersonal : 0, prose),
    firstPerson: shareOf(firstPerson, prose),
    singularWriter: shareOf(singularWriter, prose),
    commerce: shareOf(commerce, prose),
    past: shareOf(past, prose),
    blocks: blocks.length,
    fragments: shareOf(blocks.length - proseBlocks.length, blocks.length),
    dateline: DATELINE.test(first),
    dialogue,
    dialogueShare: shareOf(dialogue, blocks.length),
    numbers: shareOf(numbers, prose),
    exclamations: shareOf(exclamations, spokenSentences),
    questions: shareOf(questions, spokenSentences),
    numberedSections: numberedSections(blocks, proseIndexes),
    citations: citedShare(blocks, lang),
    lexicon: hasLexicon(lang),
  };
}

/**
 * Whether the article reads as a story (news, a report, an interview, a review) rather than a
 * page that sells, instructs or documents: reported speech and third-person narration against
 * the reader addressed, prices and offers, and text made of steps and fragments.
 */
export function readsAsStory(
  text: string,
  lang: string,
  hints: StoryHints = {},
  sentences: readonly Sentence[] = segmentSentences(text, lang),
): boolean {
  return storyDecision(text, lang, hints, sentences) === null;
}

/** The rule that judges the article no story (`readsAsStory` false), or null where it reads as one. */
export function storyDecision(
  text: string,
  lang: string,
  hints: StoryHints = {},
  sentences: readonly Sentence[] = segmentSentences(text, lang),
): NoStoryRule | null {
  return noStoryRule(storyFeatures(text, lang, sentences), hints);
}

/**
 * Numbered sections from which a text that cites little is a list of tips or steps. No labelled story has two; the
 * tips guide that needed it has five.
 */
const MIN_NUMBERED_SECTIONS = 3;

/**
 * Numbered sections from which a text is a collection (of tips, answers or anecdotes told one after another) even where
 * its prose is sourced, unless it mostly reports: the labelled stories have 8 at most, a collection of anecdotes with
 * their dialogue 27.
 */
const MANY_NUMBERED_SECTIONS = 10;

/**
 * Prose sentences per numbered section from which the sections are the parts of a long report or paper ("一、…",
 * "二、…", each a page of text), not tips or steps written out: the labelled lists of tips have 10 at most, the
 * labelled reports in numbered parts 40 and more.
 */
const LONG_SECTION_PROSE = 20;

/**
 * Prose sentences, and the share of them with a digit, from which an unsigned, undated text is figures written out: the
 * labelled stories of 20 sentences or more have a digit in 0.67 of them at most, the unsigned and undated ones 0.58 (a
 * Baidu Baike entry 0.94, a maker's list of benchmark records 0.96).
 */
const TABULATED = { minProse: 20, minNumbers: 0.9 };

/** Code blocks from which a page that is not reporting reads as a tutorial or documentation. */
const MIN_CODE_BLOCKS = 3;

/**
 * Share of the paragraphs with a footnote marker from which a text is an encyclopedia entry: the wiki entries among the
 * labelled pages have 0.08 to 0.41 (a Chinese one 0.12, a Baidu Baike entry 0.095), every other page 0.03 at most.
 */
const ENCYCLOPEDIA_CITATIONS = 0.05;

/**
 * A long post with code on the page, where the writer speaks as an organisation's "we" (not a diary's "I") and hardly
 * anyone else speaks: an engineering post or documentation telling what the team built and uses. The labelled stories
 * with code quote others in 0.14 of their prose or more, or are short (11 sentences), or the writer is one person.
 */
const ENGINEERING = { minCodeBlocks: 1, minProse: 20, minFirstPerson: 0.1, maxReported: 0.1 };

/** Share of prose sentences with reported speech from which a page reads as reporting, whatever else it has. */
const REPORTED_SPEECH = 0.35;

/**
 * Share from which the prose is sourced: no page of steps, lists or instructions among the labelled ones reaches it
 * (they stay at 0.1 or below).
 */
const SOURCED_SPEECH = 0.15;

/** Sentences that report, fewest, for the prose to count as sourced: one among three is a remark, not sourcing. */
const MIN_SOURCED_SENTENCES = 2;

/** Share of prose sentences in the past from which the writer narrates what happened. */
const NARRATED = 0.5;

/**
 * Prose sentences, fewest, from which a text narrated in the past reads as a story even when most of its blocks are
 * fragments (kept link lists, captions, scores): the pages of steps or offers narrated in the past are short (13 prose
 * sentences at most among the labelled ones).
 */
const LONG_NARRATION = 20;

/**
 * Share of prose sentences in the past from which a text that turns to its reader now and then, or speaks in the
 * writer's "I" or "we", is an account of what happened (a review, a column, a reporter's account) rather than a guide or
 * a blog post. Read without the present passive ("is considered"), which guides and reference pages are full of: the
 * labelled English guides and shops that address their reader narrate in 0.39 of their prose at most (the diaries and
 * pages of fragments that narrate more are told by other rules), the reviews and reports that do in 0.43 and more. An
 * unsigned writer who is one person ("I") needs NARRATED: a diary.
 */
const NARRATED_ACCOUNT = 0.4;

/** Share of prose sentences addressing the reader from which a page instructs or sells to them. */
const ADDRESSED = 0.12;

/** Prose sentences, and shares of them reported and narrated in the past, of a text that explains rather than reports. */
const EXPLAINER = { minProse: 20, maxReported: 0.05, maxPast: 0.25 };

/**
 * Fiction's dialogue: at least this many bare quotations beside another quotation, this share of the blocks, and at
 * most this share of prose sentences with a digit. No labelled story has more than 4 such blocks (0.14 of its blocks),
 * and those with 2 or more have a digit in 0.08 of their prose or more; an interview's answers stand as bare
 * quotations too, but each under a heading, not beside each other.
 */
const FICTION = { minDialogue: 6, minDialogueShare: 0.1, maxNumbers: 0.02 };

/**
 * Shares of the sentences that exclaim and that ask, at least, in a text without figures for it to read as rhetoric: a
 * pamphlet of 1903 exclaims in 0.17 and asks in 0.14 of 717 sentences; of the labelled stories without figures, the one
 * that does both (0.13, 0.25) is signed and five sentences long.
 */
const RHETORIC = { minProse: 20, minExclamations: 0.1, minQuestions: 0.1, maxNumbers: 0.02 };

/**
 * Shares of prose sentences in the first person (at least) and in the past (below) from which an unsigned text is the
 * writer's own post: no labelled unsigned story of a language with a lexicon speaks of its writer in 0.3 of its prose
 * while narrating in under a quarter.
 */
const PERSONAL = { minFirstPerson: 0.3, maxPast: 0.25 };

/**
 * Share of the writer's first person, at least, that is "I" rather than "we" for an unsigned page to read as a diary
 * (a travel blog's 0.6, a site's about page 1.0) rather than an organisation's post (a product blog's 0.07).
 */
const DIARY_WRITER = 0.5;

export type { NoStoryRule };

/** Whether the features read as a story: no rule judges them otherwise. */
export function storyVerdict(features: StoryFeatures, hints: StoryHints = {}): boolean {
  return noStoryRule(features, hints) === null;
}

/** The rule that judges the text no story, or null where it reads as one. */
export function noStoryRule(features: StoryFeatures, hints: StoryHints = {}): NoStoryRule | null {
  // Too little running prose to judge a snippet; a page of many blocks and no prose is no story, unless it is signed and
  // its prose reports what someone said (a paywalled brief: a standfirst, a caption, a first paragraph).
  const signedReport = Boolean(hints.byline) && features.reported >= REPORTED_SPEECH;
  if (features.prose < 3)
    return features.blocks < 5 || features.fragments < 0.6 || signedReport ? null : 'fragments-without-prose';
  // Fiction: lines of dialogue exchanged with nobody named, and no date, figure or time anywhere in the prose. Its
  // quotations would otherwise read as reported speech.
  const fiction =
    features.dialogue >= FICTION.minDialogue &&
    features.dialogueShare >= FICTION.minDialogueShare &&
    features.numbers <= FICTION.maxNumbers;
  if (fiction && !features.dateline) return 'fiction';
  // Rhetoric: an unsigned text that exclaims and asks throughout, at length, and never gives a date or a figure in
  // digits (a pamphlet, a sermon, a rant). News dates what it reports and counts; its questions are quoted, its
  // exclamations rare.
  const rhetoric =
    features.prose >= RHETORIC.minProse &&
    (features.exclamations ?? 0) >= RHETORIC.minExclamations &&
    (features.questions ?? 0) >= RHETORIC.minQuestions &&
    features.numbers <= RHETORIC.maxNumbers;
  if (rhetoric && !hints.byline && !features.dateline && features.reported < REPORTED_SPEECH) return 'rhetoric';
  // An encyclopedia entry: its sentences carry footnote markers, whatever they report or narrate and however it is signed
  // ("Contributors to …") and dated (the entry's creation).
  if ((features.citations ?? 0) >= ENCYCLOPEDIA_CITATIONS && !features.dateline) return 'encyclopedia';
  // A dateline, or a byline with reported speech, is how news presents itself.
  if (features.dateline || signedReport) return null;
  const reporting = features.reported >= REPORTED_SPEECH;
  // Some of the prose reports what people said or cites a source, in more than one sentence.
  const sourced =
    features.reported >= SOURCED_SPEECH && Math.round(features.reported * features.prose) >= MIN_SOURCED_SENTENCES;
  // Code and commands to type: a tutorial or documentation, unless it mostly reports what people said or is a long
  // account of what happened (an essay on a software project's history quoting a few of its commands): a tutorial's
  // prose tells the reader what to do, in the present (the labelled ones narrate in under half their prose).
  const longNarration = features.prose >= LONG_NARRATION && features.past >= NARRATED;
  if ((hints.codeBlocks ?? 0) >= MIN_CODE_BLOCKS && !reporting && !longNarration) return 'code';
  // Fewer code blocks, a team's "we" telling what it built, and nobody else speaking: an engineering post.
  const singular = features.singularWriter ?? 0;
  // The writer is one person ("I") rather than a team or an organisation ("we").
  const oneWriter = singular > 0 && singular >= DIARY_WRITER * features.firstPerson;
  const team = features.firstPerson >= ENGINEERING.minFirstPerson && !oneWriter;
  if (
    (hints.codeBlocks ?? 0) >= ENGINEERING.minCodeBlocks &&
    features.prose >= ENGINEERING.minProse &&
    team &&
    features.reported < ENGINEERING.maxReported
  )
    return 'engineering-post';
  // Lists, steps, menus and specs: most blocks are not sentences. A news page whose text kept its link lists, captions
  // or ads has as many fragments, but its prose is sourced, or narrates at length what happened under a byline or a
  // date, or the page is signed and dated, as news presents itself, and does not speak to its reader (a sports story
  // among score tables): the signed and dated recipes and deal lists address their reader in a fifth of their prose and
  // more. Unsigned and undated, a long text among tables is a reference page (a guide to an industry's jobs and pay,
  // whose participles "integrated", "produced" read as a past).
  const presented = Boolean(hints.byline) && Boolean(hints.publishedTime) && features.address < ADDRESSED;
  const narratedAndPresented = longNarration && Boolean(hints.byline || hints.publishedTime);
  if (features.fragments >= 0.6 && !sourced && !narratedAndPresented && !presented) return 'fragments';
  // Numbered sections, each a tip or a step written out: a list made into a text, unless its prose is sourced or each
  // section runs to pages (the parts of a survey report or a paper).
  const longSections = features.prose >= LONG_SECTION_PROSE * features.numberedSections;
  if (features.numberedSections >= MIN_NUMBERED_SECTIONS && !sourced && !longSections) return 'numbered-sections';
  // Numbered sections that speak to the reader are a guide's steps or tips even where a few lines are quoted (what to
  // say in a meeting, the example a reader might hear): a sourced report in numbered parts tells nobody what to do.
  if (features.numberedSections >= MIN_NUMBERED_SECTIONS && features.address >= ADDRESSED && !reporting)
    return 'numbered-instructions';
  if (features.numberedSections >= MANY_NUMBERED_SECTIONS && !reporting) return 'many-numbered-sections';
  // A figure in nearly every sentence of a long text that nobody signs or dates: results, specs or prices written out
  // one item after another (a maker's benchmark records, a price list), not an account; news gives its figures in some
  // of its sentences, and presents itself.
  const tabulated = features.prose >= TABULATED.minProse && features.numbers >= TABULATED.minNumbers;
  if (tabulated && !hints.byline && !hints.publishedTime && !reporting) return 'tabulated';
  // Offers and prices, unless the writer narrates, in the past and to nobody in particular, what was paid and agreed
  // (a transfer fee, a takeover): a shop speaks to its reader in the present.
  const narratedDeal = features.past >= NARRATED && features.address < ADDRESSED;
  if (features.commerce >= 0.3 && !reporting && !narratedDeal) return 'commerce';
  // In a language without a lexicon only the page's structure, its figures and prices can be read: the rules below
  // weigh its words (the reader addressed, the writer's "I", the past tense), which another language's lexicon misreads.
  if (features.lexicon === false) return null;
  // Instructions to the reader, unless the text is an account of what happened (a review, a first-hand report): a shop
  // or a guide speaks to its reader in the present. Unsigned and undated, a writer narrating as "I" is keeping a diary
  // or a travel blog (their own lines quoted, tips for the reader after): the first-hand report this spares is signed,
  // or speaks as an organisation's "we".
  const unsigned = !hints.byline && !hints.publishedTime;
  const diary = unsigned && oneWriter;
  const narratedAccount = features.past >= NARRATED_ACCOUNT && !diary;
  if (features.address >= ADDRESSED && !sourced && !narratedAccount) return 'addressed';
  // Long prose in the present with nobody cited and nothing narrated: an explainer, a guide or a reference
  // entry. News reports what happened or what someone said, in a few sentences already.
  const explainer =
    features.prose >= EXPLAINER.minProse &&
    features.reported < EXPLAINER.maxReported &&
    features.past < EXPLAINER.maxPast;
  if (explainer) return 'explainer';
  // A writer talking about themselves in the present (a how-to or a diary blog) with nobody quoted: no
  // story. A review narrates what the writer did, in the past; signed, or told by an organisation's "we", in a good part
  // of its prose, and by one unsigned "I" in most of it.
  const firstPersonBlog =
    features.firstPerson >= 0.25 &&
    features.reported < 0.1 &&
    features.past < (hints.byline || !oneWriter ? NARRATED_ACCOUNT : NARRATED);
  if (firstPersonBlog && !features.dateline) return 'first-person-blog';
  // The writer's "I" in the present throughout, with no byline or dateline presenting it as news: a blog post or a
  // diary, even where it quotes others. A reporter's first person narrates, in the past.
  const personalPost =
    features.firstPerson >= PERSONAL.minFirstPerson && features.past < PERSONAL.maxPast && !hints.byline;
  if (personalPost && !features.dateline) return 'personal-post';
  return null;
}
