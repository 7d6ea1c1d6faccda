import { primarySubtag } from '../../shared/language';
import { makeAnchor, type Claim } from '../../shared/types';
import {
  arguedPage,
  exclusionOf,
  kindOf,
  sentenceFeatures,
  writersGeneralization,
  type SentenceFeatures,
} from './classify';
import { isUnspacedScript, lexiconFor } from './lexicon';
import { allMatches } from './match';
import { isReferenceLine } from './references';
import { selectClaims } from './rank';
import {
  closesQuotation,
  hasOpenQuote,
  segmentSentences,
  splitBlocks,
  hasWords,
  wordCount,
  type Block,
  type Sentence,
} from './segment';
import { SpeakerTracker } from './speaker';
import { transcriptTurns } from './speaker/turns';
import { bareInterviewAnswers, interviewAnswers, storyDecision, type NoStoryRule, type StoryHints } from './story';

export { segmentSentences } from './segment';
export { readsAsStory, type StoryHints } from './story';

export interface FindClaimsOptions {
  /** How many claims to return at most (8 by default). */
  max?: number;
  /** What the page says about itself (byline, date), to tell a story from a page that is not one. */
  hints?: StoryHints;
  /** The name the page is published under (its site name): the newspaper is never the organization a story quotes. */
  publication?: string | null;
  /**
   * Stretches of `text` the page set as a block quotation (a <blockquote>: a quoted post, statement or testimony), as
   * character offsets. Every sentence of a paragraph inside one is quoted speech. None by default.
   */
  quoted?: ReadonlyArray<{ start: number; end: number }>;
  /**
   * The page's header lines before `text` (headline, standfirst): a lead naming whom an interview is with ("nous publions
   * une conversation avec François Héran") gives the answers their speaker. None by default.
   */
  lead?: string;
}

export interface ClaimsResult {
  claims: Claim[];
  /** False when the article does not read as a story (a deal, a how-to, docs): then there are no claims. */
  story: boolean;
  /** The rule that judged the article no story (see `storyDecision`): the kind of page it reads as. Absent for a story. */
  noStoryRule?: NoStoryRule;
}

export const DEFAULT_MAX_CLAIMS = 8;
/** Candidates scoring below this are plain narration, listed only while the panel has room left (see FILL_SCORE). */
const MIN_SCORE = 0.4;
/**
 * Candidates from this score up fill the places the better ones leave empty: on a short story nearly every sentence
 * that states something is a claim a reader underlines (on the labelled dev pages, 9 in 10 of the ones that filled in).
 */
const FILL_SCORE = 0.3;
/**
 * On a story too short to fill a panel with candidates from FILL_SCORE up, the weaker statements down to this score are
 * candidates too (a short sentence, one alone in its paragraph): there the reader underlines nearly every sentence
 * that states something. TUNE panel recall 0.841 → 0.848, precision unchanged.
 */
const SHORT_STORY_FILL_SCORE = 0.15;

/**
 * The most a view the writer holds in the first person scores (see candidateOf): on the labelled dev pages about half
 * of these are underlined, against 7 in 10 of the other candidates, so they fill the places the story's statements
 * leave, below MIN_SCORE.
 */
const NARRATED_VIEW_SCORE = 0.35;

/**
 * What each sentence of a quotation spanning several loses but the best one: about what the quote and speaker bonuses
 * give, so it ranks with plain narration. Without it the quotation's sentences crowded the panel (TUNE panel recall
 * 0.834 → 0.815 with every one at full score, 0.825 at 0.15 less).
 */
const QUOTATION_SENTENCE_PENALTY = 0.4;

/** What an attributed claim gains in score. */
const SPEAKER_WEIGHT = 0.25;

/**
 * What a figure gains, and what it gains in Chinese and Japanese text: there a name earns no entity bonus (Han names have
 * no capitals, and namedEntityCount finds only Latin words and katakana), so the figure is most often the only checkable
 * thing the sentence shows. On the dev zh pages the figures' gold rate is 0.82, against 0.67 for all candidates.
 */
const FIGURE_WEIGHT = { spaced: 0.15, unspaced: 0.25 };

/** A sentence that opens with a quotation mark: a quotation, whole or going on into the next sentence. */
const OPENS_QUOTATION = /^\s*["“„«»「『]/u;
/** A lead-in ending in a colon, then the quotation it opens ("Allardyce added: “…”", "他表示：“…”"). */
const LEAD_IN_QUOTATION = /^[^"“”„«»「」『』]+[:：]\s*["“„«»「『]/u;
/** A sentence closing on the end of a quotation. */
const CLOSES_QUOTATION = /["”»」』]\s*$/u;

/**
 * Whether `speaker` is named in `sentence` (not carried from before): the last word of the name, or for Chinese and
 * Japanese the name itself.
 */
function namesSpeaker(sentence: string, speaker: string, unspaced: boolean): boolean {
  return sentence.includes(unspaced ? speaker : (speaker.split(/\s+/).pop() ?? speaker));
}

function opensWithRetroactiveSource(text: string, openings: string[] | undefined): boolean {
  const lower = text.trimStart().toLowerCase();
  return (openings ?? []).some((opening) => lower.startsWith(opening));
}

/**
 * How to reach someone: an e-mail address, or a telephone number written as one (an international "+61 424 767 764",
 * or a trunk prefix 0 and its digits, "02382 59743", "050639010"). A sentence giving one is a contact line ("Zeugen …
 * werden gebeten, sich unter der Telefonnummer … zu melden", "send tip-offs to …"): nothing is claimed. Figures are not
 * written so: they open with another digit, and group thousands by three after it ("12 000 000").
 */
const CONTACT =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.\p{L}{2,}|(?<![\p{N}.,])(?:\+\d{1,3}(?: \d{2,4}){2,}|0\d{2,4}[ /]?\d{4,})(?![\p{N}.,])/u;

/**
 * Whether `text` gives a contact (see CONTACT). Each form holds an "@", a "+" or a "0": most sentences hold none and
 * need no search. The address's name is read from where its run of characters starts (the lookbehind), not from every
 * character inside it: V8 otherwise tries each word of the sentence once per letter (12× slower over the corpus).
 */
function givesContact(text: string): boolean {
  return CONTACT_MARK.test(text) && CONTACT.test(text);
}
const CONTACT_MARK = /[@+0]/;

/** A paragraph that opens a quotation and leaves it open is this long at least: a stray mark opens nothing. */
const MIN_RUNNING_QUOTE_WORDS = 8;
/** Paragraphs a quotation left open may run on through: past that, the mark was a typo. */
const MAX_RUNNING_QUOTE_BLOCKS = 6;
const OPENS_WITH_QUOTE = /^\s*["“„«»]/u;
/** A lead-in that opens a quotation and ends its paragraph there ('told the Northern Echo: "'). */
const ENDS_WITH_OPENED_QUOTE = /[:：,]\s*["“„«]\s*$/u;

/**
 * A statement quoted over several paragraphs, the way press releases and German reports print it: the first paragraph
 * opens the quotation and leaves it open, the next ones carry no mark until one closes it. For each paragraph after
 * the opening one, the offset in the article text where the quotation ends (its end when it runs on).
 */
function runningQuotations(blocks: readonly Block[], lang: string): Map<number, number> {
  const inside = new Map<number, number>();
  let opening: string | null = null;
  // Paragraphs inside the open quotation, kept only once a later paragraph closes it (an unclosed mark is a typo).
  let pending: Block[] = [];
  // 'Jewell told the Northern Echo: "' closing a paragraph: the next one is the speech it opens, whether or not a mark
  // closes it (British papers open each further paragraph of the quotation anew).
  let leadIn = false;
  for (const block of blocks) {
    const continuesLeadIn = leadIn && !OPENS_WITH_QUOTE.test(block.text);
    leadIn = ENDS_WITH_OPENED_QUOTE.test(block.text);
    if (continuesLeadIn) {
      inside.set(block.index, block.end);
      opening = null;
      continue;
    }
    if (opening !== null) {
      // A paragraph that opens a quotation of its own, or a heading, ends the run.
      if (
        OPENS_WITH_QUOTE.test(block.text) ||
        !/[.!?…]["”»“«]?$/u.test(block.text) ||
        pending.length >= MAX_RUNNING_QUOTE_BLOCKS
      ) {
        opening = null;
      } else if (closesQuotation(block.text, lang, opening)) {
        for (const carried of pending) inside.set(carried.index, carried.end);
        const close = block.text.search(/["”“»«]/u);
        inside.set(block.index, block.start + close + 1);
        opening = null;
        continue;
      } else {
        pending.push(block);
        continue;
      }
    }
    if (
      OPENS_WITH_QUOTE.test(block.text) &&
      hasOpenQuote(block.text, lang) &&
      hasWords(block.text, lang, MIN_RUNNING_QUOTE_WORDS)
    ) {
      opening = block.text;
      pending = [];
    }
  }
  return inside;
}

/** A line introducing a block quotation by naming its author alone: a handle ("@timkeller:"). */
const HANDLE_LEAD_IN = /^@([\p{L}\p{N}_.]+)\s?[:：]$/u;
/**
 * The line an embedded post closes with, naming its author: a dash (or what a mis-decoded page left of it), the
 * display name, the handle in brackets and the date ("— Peter Wittkamp🐬 (@diktator) 25. September 2018",
 * "— Presidencia Cuba (@PresidenciaCuba) April 26, 2022"). Group 1: the display name.
 */
const POST_SIGNATURE =
  /^\s*[^\p{L}\p{N}\s]{1,3}\s*(\p{L}[^()\n]{0,60}?)\s*\(@[\p{L}\p{N}_]+\)\s*[^()\n]{0,40}\d{4}\s*$/u;

/**
 * The author a post's signature names (see `POST_SIGNATURE`), as a name: without the emoji and hashtags that decorate
 * a display name, its words split where they were run together ("RobertHabeck"); null when no name is left.
 */
export function postAuthor(blockText: string): string | null {
  const display = POST_SIGNATURE.exec(blockText)?.[1];
  if (!display) return null;
  const words = display
    .replace(/#[\p{L}\p{N}_]+/gu, ' ')
    .replace(/(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll}{2})/gu, ' ')
    .match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu);
  return words?.length ? words.join(' ') : null;
}

/**
 * The author of each paragraph of an embedded post, named by the signature closing it further down the same block
 * quotation (see `POST_SIGNATURE`); the signature itself and paragraphs outside any signed post have none. Read once per
 * article, walking each block quotation from its end.
 */
function postAuthorsOf(blocks: readonly Block[], quotedBlocks: ReadonlySet<number>): Map<number, string> {
  const authors = new Map<number, string>();
  let signedBy: string | null = null;
  for (let index = blocks.length - 1; index >= 0; index--) {
    if (!quotedBlocks.has(index)) {
      signedBy = null;
      continue;
    }
    const signature = postAuthor(blocks[index]!.text);
    if (signature) signedBy = signature;
    else if (signedBy) authors.set(index, signedBy);
  }
  return authors;
}

/**
 * A paragraph of a block quotation opening with who says it, as a transcript or a thread prints it ("Perle: No, I
 * don't believe it", "@timkeller: Unfair to …"): a handle, or one to three capitalised words.
 */
const SPEAKER_LABEL = /^(?:@([\p{L}\p{N}_.]+)|(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}))[:：]\s+\S/u;

/** The paragraphs lying wholly inside one of the quoted stretches (see FindClaimsOptions.quoted); bad ranges are ignored. */
function quotedBlocksOf(blocks: readonly Block[], quoted: FindClaimsOptions['quoted'], length: number): Set<number> {
  const ranges = (quoted ?? []).filter(
    ({ start, end }) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length,
  );
  const inside = new Set<number>();
  if (!ranges.length) return inside;
  for (const block of blocks)
    if (ranges.some((range) => block.start >= range.start && block.end <= range.end)) inside.add(block.index);
  return inside;
}

/** FNV-1a, as 8 hex digits: a stable id from a claim's position and text. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Latin words and runs of katakana in Chinese and Japanese text, capitalised words inside a sentence elsewhere. */
const UNSPACED_NAME = /[A-Za-z][A-Za-z0-9]+|[\p{sc=Katakana}ー]{3,}/gu;
const SPACED_NAME = /(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}\p{N}-]+/gu;

/** Distinct names other than the speaker's: a claim about named things is easier to check. */
function namedEntityCount(text: string, speaker: string | null, unspaced: boolean): number {
  const speakerParts = new Set((speaker ?? '').split(/\s+/));
  const names = new Set<string>();
  for (const match of allMatches(unspaced ? UNSPACED_NAME : SPACED_NAME, text)) {
    if (!speakerParts.has(match[0])) names.add(match[0]);
  }
  return names.size;
}

/** A score as a claim carries it: three decimals. */
function roundedScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** The score of a claim whose speaker is found after it was scored (see scoreOf). */
function withSpeakerFound(score: number): number {
  return roundedScore(Math.min(1, score + SPEAKER_WEIGHT));
}

function scoreOf(
  features: SentenceFeatures,
  speaker: string | null,
  isLead: boolean,
  entities: number,
  unspaced: boolean,
): number {
  let score = 0.3 + 0.05 * Math.min(2, entities);
  if (speaker) score += SPEAKER_WEIGHT;
  if (features.directQuote) score += 0.15;
  if (features.figure) score += unspaced ? FIGURE_WEIGHT.unspaced : FIGURE_WEIGHT.spaced;
  if (features.plan || features.prediction) score += 0.1;
  if (features.belief) score += 0.1;
  if (isLead) score += 0.1;
  if (features.standalone) score -= 0.25;
  if (features.restatement) score -= 0.15;
  if (features.words < 10 || features.words > 70) score -= 0.1;
  return Math.max(0, Math.min(1, score));
}

/**
 * The key claims of an article: attributed statements, figures, plans, predictions, opinions and
 * factual assertions, typed, attributed and anchored in `text` (the article's plain text, blocks
 * separated by "\n\n"). Deterministic and offline.
 */
export function findClaims(text: string, lang: string, options: FindClaimsOptions = {}): Claim[] {
  return analyzeClaims(text, lang, options).claims;
}

/** The key claims and whether the article is a story at all; pages that are not stories get none. */
export function analyzeClaims(text: string, lang: string, options: FindClaimsOptions = {}): ClaimsResult {
  const sentences = segmentSentences(text, lang);
  const noStoryRule = storyDecision(text, lang, options.hints, sentences);
  if (noStoryRule) return { claims: [], story: false, noStoryRule };
  return { claims: claimsOf(text, lang, options, sentences), story: true };
}

function claimsOf(text: string, lang: string, options: FindClaimsOptions, sentences: readonly Sentence[]): Claim[] {
  const max = options.max ?? DEFAULT_MAX_CLAIMS;
  const lexicon = lexiconFor(lang);
  const unspaced = isUnspacedScript(lang);
  const blocks = splitBlocks(text);
  const quotedUntil = unspaced ? new Map<number, number>() : runningQuotations(blocks, lang);
  const interview = interviewAnswers(blocks, lexicon, text);
  const bareInterview = interview.questions.size ? null : bareInterviewAnswers(blocks, lexicon, options.lead);
  const turns = unspaced ? new Map<number, string>() : transcriptTurns(blocks, lexicon);
  const quotedBlocks = quotedBlocksOf(blocks, options.quoted, text.length);
  const postAuthors = postAuthorsOf(blocks, quotedBlocks);
  // Who spoke last in each paragraph outside the block quotations: the line introducing one names its author.
  const blockSpeakers = new Map<number, string | null>();
  const speakers = new SpeakerTracker(lexicon, primarySubtag(lang) ?? '', unspaced, options.publication ?? null);
  const candidates: Array<Claim & { start: number; end: number; block: number }> = [];
  let leadBlock: number | null = null;
  // The sentence before, while it is a quotation nobody was named speaking in: "“…。”裴逸群表示。", "“… . … ,” said Doe".
  // Its claims: one, or one for each sentence of a quotation spanning several.
  type QuotedClaim = { part: Sentence; inQuotation: boolean; claim: (typeof candidates)[number] };
  let unattributedQuote: { sentence: Sentence; claims: QuotedClaim[]; opensStory: boolean } | null = null;
  // Whether anyone has been found speaking yet, and the paragraph of the sentence read last.
  let spokenYet = false;
  let previousBlock = -1;
  // The claims of a quotation running on over several paragraphs, read so far: the attribution closing it names who
  // says them all ("“… / … / …”, afirmó el ministro").
  let runningClaims: QuotedClaim[] = [];
  // Pages written one sentence per paragraph (broadcast news, many wire stories): a sentence alone in
  // its paragraph is then no sign of a sub-heading.
  const blockSizes = new Map(sentences.map((sentence) => [sentence.block, sentence.blockSentenceCount]));
  const singles = [...blockSizes.values()].filter((count) => count === 1).length;
  const oneSentenceParagraphs = blockSizes.size >= 4 && singles / blockSizes.size >= 0.7;
  const context = (blockText: string) => ({ lexicon, lang, unspaced, blockText });
  const blockTextOf = (sentence: Sentence) => blocks[sentence.block]?.text ?? sentence.text;
  const runsOn = (sentence: Sentence) => sentence.start < (quotedUntil.get(sentence.block) ?? -1);

  /**
   * The candidate for `part`, a whole sentence or one sentence of a quotation spanning several (`quotation`: the
   * quotation is direct speech, read from the whole), said by `speaker` (the actor standing in); null when none.
   */
  const candidateOf = (
    part: Sentence,
    speaker: string | null,
    attributedTo: string | null,
    quotation: { directQuote: boolean } | null,
  ): (typeof candidates)[number] | null => {
    const partContext = context(blockTextOf(part));
    const exclusion = quotation ? exclusionOf(part, partContext) : null;
    if (exclusion === 'furniture' || exclusion === 'boilerplate') return null;
    const ownFeatures = sentenceFeatures(part, partContext, Boolean(attributedTo), quotation ? exclusion : null);
    // A sentence of a quotation run on from an earlier paragraph, or of one spanning several sentences, is direct
    // speech however it reads. Its first person is the speaker's, no narration of the writer's.
    const speech =
      quotedBlocks.has(part.block) ||
      runsOn(part) ||
      Boolean(quotation?.directQuote) ||
      speakers.headsParagraph(part.block, speaker);
    // The writer holding a view in the first person ("I presume there were legal reasons …", "ce n’est pas notre santé
    // qui est en danger") argues, no narration of what they did: a reader underlines it, but below the story's own
    // statements (see NARRATED_VIEW_SCORE).
    const narratedView =
      !speech &&
      ownFeatures.exclusion === 'narration' &&
      (ownFeatures.view || ownFeatures.belief || ownFeatures.hedgeWord);
    const features =
      speech || narratedView
        ? {
            ...ownFeatures,
            directQuote: speech || ownFeatures.directQuote,
            exclusion: ownFeatures.exclusion === 'narration' ? null : ownFeatures.exclusion,
          }
        : ownFeatures;
    if (features.exclusion) return null;
    // The lead is the first paragraph of prose: more than one sentence, or a long one.
    if (leadBlock === null && (part.blockSentenceCount > 1 || features.words >= 25)) leadBlock = part.block;
    const scored = scoreOf(
      // A headline-like line ("OpenAI CEO Altman: Vertical integration …") stays one. The lead is prose however short
      // its paragraph: wire stories open with one long sentence.
      (oneSentenceParagraphs && features.words >= 12 && !/[:：]/u.test(part.text)) || part.block === leadBlock
        ? { ...features, standalone: false }
        : features,
      attributedTo,
      part.block === leadBlock,
      namedEntityCount(part.text, attributedTo, unspaced),
      unspaced,
    );
    const score = narratedView ? Math.min(scored, NARRATED_VIEW_SCORE) : scored;
    if (score < SHORT_STORY_FILL_SCORE) return null;
    // A person or organization's own scheduled act, told by the writer, is a plan ("Boric viajará el miércoles"); the
    // writer asserts it, so it keeps no speaker. Not a forecast ("X said he did not expect …"), a hedged guess ("Remain
    // Co. will probably just sit there"), a future held in a view ("arguant que … sera contrôlée") nor direct speech.
    const actsOwnPlan =
      features.prediction &&
      !features.heldFuture &&
      !features.forecast &&
      !features.hedgeWord &&
      !features.directQuote &&
      !attributedTo &&
      !features.plan &&
      speakers.opensWithActor(part.text);
    // "Das ergaben Recherchen des Recherchezentrums Correctiv": what the paragraph told before with nobody speaking is
    // that source's.
    if (speaker && !unspaced && opensWithRetroactiveSource(part.text, lexicon.retroactiveSources)) {
      for (const earlier of candidates)
        if (earlier.block === part.block && earlier.speaker === null) {
          earlier.speaker = speaker;
          earlier.score = withSpeakerFound(earlier.score);
        }
    }
    const candidate = {
      id: `claim-${hash(`${part.start}:${part.end}:${part.text}`)}`,
      text: part.text,
      kind: actsOwnPlan ? ('plan' as const) : kindOf(features, attributedTo !== null),
      speaker,
      ...(speaker && speakers.speakerRole ? { speakerRole: speakers.speakerRole } : {}),
      score: roundedScore(score),
      anchor: makeAnchor(text, part.start, part.end),
      start: part.start,
      end: part.end,
      block: part.block,
    };
    candidates.push(candidate);
    return candidate;
  };

  // A name is a label the story also names elsewhere, written as a name ("CLARK:" for the Clark it tells of); a word
  // alone before a colon otherwise is a note's ("Note:", "Update:").
  const readLabel = (blockText: string): string | null => {
    const label = unspaced ? null : SPEAKER_LABEL.exec(blockText);
    if (!label) return null;
    if (label[1]) return label[1];
    const name = label[2]!;
    const written = name.replace(/\p{Lu}[\p{Lu}.'’-]+/gu, (word) => word[0] + word.slice(1).toLowerCase());
    const mentions = text.split(written).length - 1 + (written === name ? 0 : text.split(name).length - 1);
    return mentions >= 2 ? name : null;
  };
  // Each paragraph's label is read once: it is asked for every sentence of a block quotation and, going back, for
  // every paragraph of the quotation before it, and each reading searches the whole text.
  const labels = new Map<string, string | null>();
  const labelOf = (blockText: string): string | null => {
    let label = labels.get(blockText);
    if (label === undefined) {
      label = readLabel(blockText);
      labels.set(blockText, label);
    }
    return label;
  };

  /**
   * The author of the block quotation holding paragraph `index`: named alone on the line introducing it ("@timkeller:"),
   * else whoever the paragraphs before it last had speak ("Clark said in a statement:"), else none.
   */
  const blockQuoteSpeaker = (index: number): string | null => {
    let before = index - 1;
    // A transcript's paragraphs are each said by the last one labelled.
    for (; before >= 0 && quotedBlocks.has(before); before--) {
      const label = labelOf(blocks[before]!.text);
      if (label) return label;
    }
    const intro = blocks[before];
    if (!intro) return null;
    const handle = HANDLE_LEAD_IN.exec(intro.text);
    if (handle) return handle[1]!;
    return blockSpeakers.get(before) ?? null;
  };

  /** Gives the claims of a quotation to the `speaker` named after it, typing anew those read with no speaker. */
  const attribute = (quoted: QuotedClaim[], speaker: string) => {
    for (const { part, inQuotation, claim: earlier } of quoted) {
      if (earlier.speaker === null) {
        const attributed = sentenceFeatures(part, context(blockTextOf(part)), true);
        earlier.kind = kindOf(runsOn(part) || inQuotation ? { ...attributed, directQuote: true } : attributed, true);
        earlier.score = withSpeakerFound(earlier.score);
      }
      earlier.speaker = speaker;
      delete earlier.speakerRole;
      if (speakers.speakerRole) earlier.speakerRole = speakers.speakerRole;
    }
  };

  for (const sentence of sentences) {
    const blockText = blockTextOf(sentence);
    // What rules a sentence out as a claim does not depend on who says it: known before its speaker, and a sentence
    // ruled out needs no features.
    const exclusion = exclusionOf(sentence, context(blockText));
    if (exclusion === 'furniture' || exclusion === 'boilerplate') continue;
    // A book cited or an epigraph's source, as the page prints them: no speaker is named there and nothing is claimed.
    if (isReferenceLine(blockText, lang, lexicon, unspaced)) continue;
    if (givesContact(sentence.text)) continue;
    const block = blocks[sentence.block];
    const following = block ? text.slice(sentence.end, block.end) : '';
    const quoteEnd = quotedUntil.get(sentence.block) ?? -1;
    const runningQuote = sentence.start >= quoteEnd ? null : sentence.end <= quoteEnd ? 'inside' : 'closes';
    // A quotation spanning several sentences is read whole for its speaker: the attribution closing it ("“A. B. C,”
    // she said") or the lead-in opening it is in one of them only, and it speaks for all.
    const found = speakers.speakerOf(sentence.text, sentence.block, following, runningQuote);
    // An interview printed as questions and answers: the interviewer's questions claim nothing, and every answer is
    // the interviewee's. The tracker still reads each sentence, so what it carries on stays right.
    if (interview.questions.has(sentence.block) || bareInterview?.questions.has(sentence.block)) continue;
    const inQuotedBlock = quotedBlocks.has(sentence.block);
    // A transcript's turn is its speaker's, unless a sentence of it names whom it quotes ("Cheney said, “…”").
    const turn = turns.get(sentence.block);
    const speaker = inQuotedBlock
      ? (labelOf(blocks[sentence.block]?.text ?? '') ??
        (turn ? (found ?? turn) : (blockQuoteSpeaker(sentence.block) ?? found)))
      : (interview.answers.get(sentence.block) ??
        found ??
        turn ??
        // An answer to a bare question names whom it quotes where it quotes anyone; the rest is the interviewee's.
        bareInterview?.answers.get(sentence.block) ??
        null);
    if (!inQuotedBlock) blockSpeakers.set(sentence.block, speaker);
    const quoteBefore = unattributedQuote;
    unattributedQuote = null;
    const opensBlock = sentence.block !== previousBlock;
    previousBlock = sentence.block;
    const spokeBefore = spokenYet;
    if (speaker) spokenYet = true;
    // "“你是不知道，……真的太棒了！”" then "年过五十，郭荣梅觉得…": a story opening on a quotation of its own paragraph, nobody
    // named, introduces who said it in the paragraph right after, whose first sentence names them speaking.
    const leadQuoteSpeaker =
      quoteBefore?.opensStory === true && opensBlock && sentence.block === quoteBefore.sentence.block + 1;
    // A quotation whose speaker is named only in the sentence after it, in the same paragraph, is theirs: the
    // attribution closing a quotation of several sentences, or following a whole one ("“…。”裴逸群表示。").
    if (
      speaker &&
      quoteBefore &&
      (quoteBefore.sentence.block === sentence.block || leadQuoteSpeaker) &&
      !speakers.speakerCarried &&
      !OPENS_QUOTATION.test(sentence.text) &&
      // "“… when appropriate.” Allardyce added: “I am disappointed …”": a lead-in opening a quotation of its own names
      // who speaks next, not who spoke before.
      !LEAD_IN_QUOTATION.test(sentence.text) &&
      namesSpeaker(sentence.text, speaker, unspaced)
    ) {
      attribute(quoteBefore.claims, speaker);
    }
    // A paragraph opening a quotation the next paragraphs run on with, and those paragraphs until the one closing it.
    const inRunningQuotation =
      runsOn(sentence) || (quotedUntil.has(sentence.block + 1) && OPENS_QUOTATION.test(blockText));
    if (!inRunningQuotation) runningClaims = [];
    // The attribution closing the quotation names who spoke in all of it, over whoever was carried on to its first
    // paragraphs; a sentence of it naming its own speaker keeps them.
    if (
      runningQuote === 'closes' &&
      speaker &&
      !speakers.speakerCarried &&
      namesSpeaker(sentence.text, speaker, unspaced)
    )
      attribute(
        runningClaims.filter(
          ({ claim }) => claim.speaker === null || !namesSpeaker(claim.text, claim.speaker, unspaced),
        ),
        speaker,
      );
    const quoteOpen = OPENS_QUOTATION.test(sentence.text) && (!speaker || speakers.speakerCarried);
    // An organization acting is no speaker, but the sentence is told of it as of one: its type and rank read it so.
    const attributedTo = speaker ?? speakers.actor;
    const claims: QuotedClaim[] = [];
    if (sentence.quoted) {
      const whole = sentenceFeatures(sentence, context(blockText), Boolean(attributedTo), exclusion);
      const quotation = { directQuote: whole.directQuote };
      for (const { start, end } of sentence.quoted) {
        const partText = text.slice(start, end);
        const part = { ...sentence, start, end, text: partText, words: wordCount(partText, lang) };
        const claim = candidateOf(part, speaker, attributedTo, quotation);
        if (claim) claims.push({ part, inQuotation: quotation.directQuote, claim });
      }
      // One quotation, one place on the panel, as when it was one sentence: its best sentence keeps its score, the
      // others rank below it, listed but no longer crowding out the rest of the story.
      const best = claims.reduce<QuotedClaim | null>(
        (top, quoted) => (!top || quoted.claim.score > top.claim.score ? quoted : top),
        null,
      );
      for (const quoted of claims)
        if (quoted !== best)
          quoted.claim.score = roundedScore(Math.max(0, quoted.claim.score - QUOTATION_SENTENCE_PENALTY));
    } else if (!exclusion || (inQuotedBlock && exclusion === 'narration')) {
      const claim = candidateOf(sentence, speaker, attributedTo, null);
      if (claim) claims.push({ part: sentence, inQuotation: false, claim });
    }
    // An embedded post is its author's words. Who posted it is told once its claims are weighed as before: a post is
    // no more a key claim of the story for being signed (on dev, weighed as attributed, a page's posts crowded its
    // own claims out of the panel).
    const postedBy = postAuthors.get(sentence.block) ?? null;
    if (postedBy)
      for (const { claim } of claims) {
        claim.speaker = postedBy;
        delete claim.speakerRole;
      }
    if (quoteOpen && claims.length > 0)
      unattributedQuote = {
        sentence,
        claims,
        opensStory:
          !spokeBefore &&
          !speaker &&
          OPENS_QUOTATION.test(blockText) &&
          CLOSES_QUOTATION.test(sentence.text) &&
          !/\S/u.test(following),
      };
    if (inRunningQuotation && runningQuote !== 'closes') runningClaims.push(...claims);
  }
  // On an argued page, what the writer states in general terms, nobody speaking, is their argument. The page is weighed
  // by the statements the panel fills from (FILL_SCORE up), as before a short story took weaker ones too.
  const statements = candidates.filter((candidate) => candidate.score >= FILL_SCORE);
  if (arguedPage(statements.map((candidate) => candidate.kind)))
    for (const candidate of candidates)
      if (
        candidate.kind === 'fact' &&
        candidate.speaker === null &&
        writersGeneralization(candidate.text, context(blocks[candidate.block]?.text ?? candidate.text))
      )
        candidate.kind = 'opinion';
  const shortStory = statements.length < DEFAULT_MAX_CLAIMS;
  const listed = shortStory ? candidates : statements;
  return selectClaims(listed, max, text.length, lexicon, unspaced, MIN_SCORE).map(
    ({ start: _start, end: _end, block: _block, ...claim }) => claim,
  );
}
