import { isUnspacedScript, lexiconFor, primaryLanguage, type ClaimLexicon } from './lexicon';
import { hasPhrase } from './match';

/** A block of the article text: a paragraph, heading or list item (one line of `article.text`). */
export interface Block {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  /** Offsets into the full text, whitespace trimmed (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** Index of the block it belongs to. */
  block: number;
  /** Position within its block and how many sentences the block has. */
  indexInBlock: number;
  blockSentenceCount: number;
  /** `wordCount(text, lang)` in the language it was segmented for: the stages after ask for it several times. */
  words: number;
  /**
   * A quotation that spans several sentences is kept as one, so its speaker is read from the whole ("“A. B. C,” she
   * said"): its own sentences, offsets into the full text as above, when there are two or more. A reader, and a
   * claim, take them one by one.
   */
  quoted?: ReadonlyArray<{ start: number; end: number }>;
}

/** The text split last and its blocks: segmentation, the story test and the claims each ask for them in turn. */
let lastSplit: { text: string; blocks: readonly Block[] } | null = null;

/**
 * Blocks are the lines of the text: paragraphs are separated by "\n\n", and a single line break
 * (page chrome, list items pasted as lines) is treated as a block boundary too. The array may be the one returned for
 * the same text before: read it, do not change it.
 */
export function splitBlocks(text: string): readonly Block[] {
  if (lastSplit?.text === text) return lastSplit.blocks;
  const blocks: Block[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = match.index + leading;
    blocks.push({ index: blocks.length, start, end: start + trimmed.length, text: trimmed });
  }
  lastSplit = { text, blocks };
  return blocks;
}

const segmenters = new Map<string, Intl.Segmenter>();

function isWellFormedTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

function sentenceSegmenter(lang: string): Intl.Segmenter {
  const key = primaryLanguage(lang) || 'en';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    // A malformed page language ("a", "??") must not break extraction: segment it as undetermined.
    const locale = isWellFormedTag(key) ? key : 'und';
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

interface Piece {
  start: number;
  end: number;
}

type QuotePairs = ReadonlyArray<readonly [string, string]>;

// Built once: the marks are asked for at every candidate sentence break.
const GERMAN_QUOTES: QuotePairs = [
  ['„', '“'],
  ['»', '«'],
];
const GERMAN_QUOTES_ENGLISH_WAY: QuotePairs = [
  ['“', '”'],
  ['»', '«'],
];
const CJK_QUOTES: QuotePairs = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
];
const OTHER_QUOTES: QuotePairs = [
  ['“', '”'],
  ['«', '»'],
];

/** Pairs of opening/closing quotation marks per language family; ASCII quotes are counted apart. */
function quotePairs(text: string, lang: string): QuotePairs {
  switch (primaryLanguage(lang)) {
    case 'de':
      // German closes „ with “, so “ only opens a quotation in text written the English way.
      return text.includes('„') ? GERMAN_QUOTES : GERMAN_QUOTES_ENGLISH_WAY;
    case 'zh':
    case 'ja':
      return CJK_QUOTES;
    default:
      return OTHER_QUOTES;
  }
}

function count(text: string, mark: string): number {
  let total = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) total++;
  return total;
}

/** A final stop, then the space French sets before closing marks, then the marks: "… solide. »". */
const SPACED_CLOSING_MARKS = /[.!?…][\s\u00a0\u202f]+[»”"’]+$/u;

/** Whether `text` ends like prose with a space before its closing quotation marks ("… solide. »"). */
export function endsWithSpacedClosingMarks(text: string): boolean {
  return SPACED_CLOSING_MARKS.test(text);
}

/** Whether a quotation opened in `text` is still open at its end. */
export function hasOpenQuote(text: string, lang: string): boolean {
  for (const [open, close] of quotePairs(text, lang)) {
    if (open === close) continue;
    if (count(text, open) > count(text, close)) return true;
  }
  return count(text, '"') % 2 === 1;
}

/**
 * Whether `text` closes a quotation it did not open: more closing marks than opening ones, or an odd number of ASCII
 * quotes. `opening` is the text that opened it, which tells the German „…“ pairing from the English “…”.
 */
export function closesQuotation(text: string, lang: string, opening: string): boolean {
  for (const [open, close] of quotePairs(`${opening}${text}`, lang)) {
    if (open === close) continue;
    if (count(text, close) > count(text, open)) return true;
  }
  return count(text, '"') % 2 === 1;
}

function endsWithAbbreviation(text: string, abbreviations: string[]): boolean {
  const trimmed = text.trimEnd();
  return abbreviations.some((abbreviation) => {
    if (!trimmed.endsWith(abbreviation)) return false;
    const before = trimmed.charAt(trimmed.length - abbreviation.length - 1);
    return before === '' || !/[\p{L}\p{N}]/u.test(before);
  });
}

/** Whether a multi-part abbreviation ("EE. UU.", "z. B.") straddles the break between two pieces. */
function splitsAbbreviation(current: string, next: string, abbreviations: readonly string[]): boolean {
  let head: string | undefined;
  let joined = '';
  return abbreviations.some((abbreviation) => {
    if (!abbreviation.includes(' ')) return false;
    // Only a multi-part abbreviation needs the two pieces joined.
    if (head === undefined) {
      head = current.trimEnd();
      joined = `${head} ${next.trimStart()}`;
    }
    const at = joined.indexOf(abbreviation, Math.max(0, head.length - abbreviation.length));
    return at !== -1 && at < head.length && at + abbreviation.length > head.length;
  });
}

function firstWord(text: string): string {
  const match = /^[\s"“„«»(]*([\p{L}\p{N}'’-]+)/u.exec(text);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Whether the piece after a boundary clearly continues the previous sentence. */
function continuesSentence(next: string, lang: string): boolean {
  const trimmed = next.trimStart();
  if (/^\p{Ll}/u.test(trimmed)) return true;
  if (/^[,;:)\]»”]/u.test(trimmed)) return true;
  // Japanese: 「…。」と述べた — the quotative particle belongs to the quoted sentence.
  if (primaryLanguage(lang) === 'ja' && /^(と|って)/u.test(trimmed)) return true;
  return false;
}

/** Longest attribution, in characters, that closes a Chinese quotation as a sentence of its own ("肖冰说。"). */
const MAX_ATTRIBUTION_CHARS = 16;

/**
 * Chinese: "“……。”肖冰说。" — the segmenter ends a sentence inside the quotation, and the short
 * piece after it, a name and a reporting verb closing the sentence, is who said it.
 */
function attributesClosedQuote(current: string, next: string, lang: string, lexicon: ClaimLexicon): boolean {
  if (primaryLanguage(lang) !== 'zh' || !/[”」』]\s*$/u.test(current)) return false;
  const piece = next.trim().replace(/[。！？!?]$/u, '');
  if (piece.length === 0 || piece.length > MAX_ATTRIBUTION_CHARS || /[。！？!?“”「」『』，,]/u.test(piece))
    return false;
  return lexicon.reportingVerbs.some((verb) => piece.endsWith(verb) || piece.endsWith(`${verb}道`));
}

/** Most words of an attribution that closes a quotation ending in a question or an exclamation. */
const MAX_ATTRIBUTION_WORDS = 20;

/**
 * '“Why do you have to be so dressy?” Ms. Jean, a former senior official, said in an interview.': a quotation closed
 * by a question or exclamation mark ends a sentence for the segmenter, but a short unquoted piece after it with a
 * reporting verb says who spoke it and belongs to it.
 */
function attributesQuestionOrExclamation(current: string, next: string, lang: string, lexicon: ClaimLexicon): boolean {
  if (isUnspacedScript(lang) || !/[?!¡¿]["”»’“]+\s*$/u.test(current)) return false;
  const piece = next.trim();
  if (/["“”„«»]/u.test(piece) || wordCount(piece, lang) > MAX_ATTRIBUTION_WORDS) return false;
  return hasPhrase(piece, lexicon.reportingVerbs, false);
}

/** Single letters each followed by a stop, two or more at the end of a piece: an initialism ("T.N.T.", "a.k.a."). */
const ENDS_WITH_INITIALISM = /(?:^|[^\p{L}\p{N}.])(?:\p{L}\.){2,}$/u;

/**
 * One capital letter and its stop at the end of a piece: a name's initial ("said C. Eugene Steuerle", "chief, U. Reneé
 * Hall"). Where it ends a sentence ("vitamin D. The …") the next word opens one, as after the other ambiguous stops.
 */
const ENDS_WITH_INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;

/** A number of one to three digits and a stop at the end of a piece: an ordinal where a language writes them so. */
const ENDS_WITH_ORDINAL_STOP = /(?:^|[\s(])\d{1,3}\.$/u;

/**
 * Whether `current` ends with a stop that may only mark a shortening: a listed ambiguous abbreviation, an initialism,
 * or an ordinal number in a language that writes ordinals with a stop ("am 25. Juni", "im 19. Jahrhundert").
 */
function endsWithAmbiguousStop(current: string, lang: string, lexicon: ClaimLexicon): boolean {
  if (endsWithAbbreviation(current, lexicon.ambiguousAbbreviations)) return true;
  if (isUnspacedScript(lang)) return false;
  const trimmed = current.trimEnd();
  return (
    ENDS_WITH_INITIALISM.test(trimmed) ||
    ENDS_WITH_INITIAL.test(trimmed) ||
    (lexicon.ordinalStop === true && ENDS_WITH_ORDINAL_STOP.test(trimmed))
  );
}

/**
 * Why the piece `next` joins `current`, or null: it goes on with the same sentence, or it is a further sentence of a
 * quotation `current` left open (one piece for the speaker, its sentences kept apart in `Sentence.quoted`).
 */
function joinOf(current: string, next: string, lang: string, lexicon: ClaimLexicon): 'sentence' | 'quotation' | null {
  if (endsWithAbbreviation(current, lexicon.titleAbbreviations)) return 'sentence';
  if (attributesClosedQuote(current, next, lang, lexicon)) return 'sentence';
  if (
    splitsAbbreviation(current, next, lexicon.titleAbbreviations) ||
    splitsAbbreviation(current, next, lexicon.ambiguousAbbreviations)
  )
    return 'sentence';
  if (endsWithAmbiguousStop(current, lang, lexicon)) {
    const word = firstWord(next);
    return word !== '' && !lexicon.sentenceStarters.includes(word) ? 'sentence' : null;
  }
  if (continuesSentence(next, lang)) return 'sentence';
  return hasOpenQuote(current, lang) && !quotesWrittenText(current, lang, lexicon) ? 'quotation' : null;
}

const writingLeadIns = new WeakMap<ClaimLexicon, RegExp | null>();

/** Whether the quotation still open at the end of `current` was opened by a verb of writing right before its mark. */
function quotesWrittenText(current: string, lang: string, lexicon: ClaimLexicon): boolean {
  let pattern = writingLeadIns.get(lexicon);
  if (pattern === undefined) {
    const verbs = lexicon.writingVerbs;
    const before = isUnspacedScript(lang) ? '' : '(?<![\\p{L}\\p{N}])';
    pattern = verbs?.length ? new RegExp(`${before}(?:${verbs.join('|')})\\s*[:：,，]?\\s*["“„«»「]`, 'iu') : null;
    writingLeadIns.set(lexicon, pattern);
  }
  return pattern !== null && pattern.test(current);
}

/** Longest run of segmenter pieces glued back together by the quote repair. */
const MAX_JOINED_PIECES = 8;

/** Most characters handed to the segmenter at once: its cost per call is high, and per sentence it grows with length. */
const MAX_SEGMENTED_CHARS = 2000;

/**
 * The segmenter's pieces of each block, offsets into the full text. Consecutive blocks are segmented together, joined
 * by line breaks: a sentence always ends at a line break (UAX #29, SB4) and no rule looks past one, so each block gets
 * the pieces it would get alone, without a call of its own.
 */
function segmenterPieces(blocks: readonly Block[], lang: string): Piece[][] {
  const segmenter = sentenceSegmenter(lang);
  const pieces: Piece[][] = blocks.map(() => []);
  for (let first = 0; first < blocks.length;) {
    let last = first;
    let length = blocks[first]!.text.length;
    while (last + 1 < blocks.length && length + 1 + blocks[last + 1]!.text.length <= MAX_SEGMENTED_CHARS) {
      last++;
      length += 1 + blocks[last]!.text.length;
    }
    const joined = blocks
      .slice(first, last + 1)
      .map((block) => block.text)
      .join('\n');
    // The block the segments are in, and where it starts in `joined`.
    let at = first;
    let offset = 0;
    for (const { segment, index } of segmenter.segment(joined)) {
      while (index >= offset + blocks[at]!.text.length + 1) {
        offset += blocks[at]!.text.length + 1;
        at++;
      }
      const block = blocks[at]!;
      // The line break after the block goes with its last segment.
      const end = Math.min(index + segment.length, offset + block.text.length);
      if (joined.slice(index, end).trim())
        pieces[at]!.push({ start: block.start + index - offset, end: block.start + end - offset });
    }
    first = last + 1;
  }
  return pieces;
}

/** A full stop and the opening quotation marks or brackets after it: "终身学习。“", "生态建设工作。（" */
const STOP_THEN_OPENING_QUOTE = /[。！？][“「『（《〈【]+$/u;

/** A lower-case word, its stop and, glued to them, marks that may open a quotation: "in trouble.“". */
const GLUED_OPENING_MARK = /^[“„«»]$/u;
const GLUED_STOP_THEN_MARKS = /(?:^|[\s(])\p{Ll}{2,}\.([^\s\p{L}\p{N}]+)$/u;

/**
 * The marks glued after a stop that open the next sentence, or 0. Chinese and Japanese: "。“", "。（". Elsewhere, a
 * quotation glued to the sentence before ("in trouble.“We will cut it,” he said"): the segmenter leaves its opening
 * mark behind too, and the quotation then looks unclosed and joins the two back. Only marks that open a quotation in
 * the language, and none that close one ("…gescheitert.“" in German closes „…“).
 */
function openingMarksAtEnd(piece: string, next: string, lang: string): number {
  if (isUnspacedScript(lang)) {
    const match = STOP_THEN_OPENING_QUOTE.exec(piece);
    return match ? match[0].length - 1 : 0;
  }
  // Most pieces end with no mark: the last character tells, before the pattern reads the piece.
  if (!GLUED_OPENING_MARK.test(piece.charAt(piece.length - 1))) return 0;
  const marks = GLUED_STOP_THEN_MARKS.exec(piece)?.[1];
  if (!marks || !/^\p{Lu}/u.test(next)) return 0;
  const pairs = quotePairs(`${piece}${next}`, lang);
  const opens = (mark: string) => pairs.some(([open]) => open === mark) && !pairs.some(([, close]) => close === mark);
  return [...marks].every(opens) ? marks.length : 0;
}

/**
 * Chinese and Japanese: Intl.Segmenter counts an opening mark right after a full stop as closing that sentence
 * (UAX #29 takes “ and （ for a Close), so "…终身学习。“我学的是声乐…”" leaves the quotation's opening mark behind and
 * the quotation then looks unclosed, and "…工作。（详情请点击链接：" ends the sentence with the bracket. The same
 * in other languages when a quotation is glued to the stop before it. The marks open the next sentence: they are moved
 * there.
 */
function moveOpeningQuotesForward(text: string, pieces: readonly Piece[], lang: string): Piece[] {
  const moved = pieces.map((piece) => ({ ...piece }));
  for (let index = 0; index + 1 < moved.length; index++) {
    const piece = moved[index]!;
    const next = moved[index + 1]!;
    if (piece.end !== next.start) continue;
    const marks = openingMarksAtEnd(text.slice(piece.start, piece.end), text.slice(next.start, next.end), lang);
    if (!marks) continue;
    piece.end -= marks;
    next.start -= marks;
  }
  return moved;
}

/**
 * A full stop with no space after it between a lower-case word of two or more letters and a capitalised word ("in
 * trouble.The minister said"): two sentences glued, by the page or by inline elements set as blocks by a style sheet.
 * The segmenter keeps them together (UAX #29, SB7, takes "trouble.The" for an abbreviation). The word before opens at a
 * space, a quotation mark or a bracket, so a domain ("news.bbc.Com"), a path or a name written with capitals inside
 * ("OpenAI.com", "St.Louis", "U.S.The") never matches; the word after ends at no bracket, underscore or stop before a letter (code:
 * "string.Format(", "socket.SOCK_STREAM").
 */
// The stop comes first so the engine looks behind only at stops, not at every character of the text.
const GLUED_SENTENCES = /\.(?<=(?:^|[\s"'“‘„«([])\p{Ll}{2,}\.)(?=\p{Lu}\p{Ll}+(?![\p{L}\p{N}_(/@]|\.[\p{L}\p{N}]))/gu;

/**
 * Whether `word` and a stop is one of the lexicon's abbreviations, whatever its case ("vgl.", "No."). Not
 * `endsWithAbbreviation`, which compares case as written: GLUED_SENTENCES only takes a lower-case word before its stop,
 * so a listed abbreviation written with a capital ("No.", "Nr.") is found here only without case, while at the end of a
 * segmenter's piece the case tells it from a word ("said no." ends a sentence). Made one, either check would cut
 * differently.
 */
function isListedAbbreviation(word: string, lexicon: ClaimLexicon): boolean {
  const written = `${word}.`.toLowerCase();
  return [...lexicon.titleAbbreviations, ...lexicon.ambiguousAbbreviations].some(
    (abbreviation) => abbreviation.toLowerCase() === written,
  );
}

/** The pieces cut after each stop that glues two sentences (`GLUED_SENTENCES`); none in Chinese or Japanese. */
function cutGluedSentences(text: string, pieces: readonly Piece[], lang: string, lexicon: ClaimLexicon): Piece[] {
  if (isUnspacedScript(lang)) return [...pieces];
  const cut: Piece[] = [];
  for (const piece of pieces) {
    const pieceText = text.slice(piece.start, piece.end);
    let start = piece.start;
    for (const match of pieceText.matchAll(GLUED_SENTENCES)) {
      const word = /\p{Ll}+$/u.exec(pieceText.slice(0, match.index))?.[0] ?? '';
      if (isListedAbbreviation(word, lexicon)) continue;
      const end = piece.start + match.index + 1;
      cut.push({ start, end });
      start = end;
    }
    cut.push({ start, end: piece.end });
  }
  return cut;
}

/** A piece of a block and, when it joins a quotation's sentences, the offsets where one of them ends and the next starts. */
interface JoinedPiece extends Piece {
  cuts: number[];
}

function segmentBlock(text: string, blockPieces: readonly Piece[], lang: string, lexicon: ClaimLexicon): JoinedPiece[] {
  const joined: JoinedPiece[] = [];
  let joinedCount = 0;
  for (const piece of moveOpeningQuotesForward(text, cutGluedSentences(text, blockPieces, lang, lexicon), lang)) {
    const previous = joined[joined.length - 1];
    const join =
      previous && joinedCount < MAX_JOINED_PIECES
        ? joinOf(text.slice(previous.start, previous.end), text.slice(piece.start, piece.end), lang, lexicon)
        : null;
    if (previous && join) {
      if (join === 'quotation') previous.cuts.push(piece.start);
      previous.end = piece.end;
      joinedCount++;
    } else {
      joined.push({ ...piece, cuts: [] });
      joinedCount = 1;
    }
  }
  // After the abbreviations are mended: the attribution "Ms. Jean … said" was two pieces.
  return joined.reduce<JoinedPiece[]>((kept, piece) => {
    const previous = kept[kept.length - 1];
    if (
      previous &&
      attributesQuestionOrExclamation(
        text.slice(previous.start, previous.end),
        text.slice(piece.start, piece.end),
        lang,
        lexicon,
      )
    ) {
      previous.end = piece.end;
      previous.cuts.push(...piece.cuts);
    } else kept.push(piece);
    return kept;
  }, []);
}

/** `text` from `start` to `end` without the white space at either end, as offsets. */
function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  const raw = text.slice(start, end);
  return { start: start + (raw.length - raw.trimStart().length), end: end - (raw.length - raw.trimEnd().length) };
}

/**
 * Sentences of `text` from Intl.Segmenter, with the repairs it needs for news text: no break after
 * titles and known abbreviations ("Dr.", "Sr.", "U.S." before a name), none before a lower-case
 * continuation, and a quotation that spans several sentences kept as one (its sentences listed in `quoted`).
 */
export function segmentSentences(text: string, lang: string): Sentence[] {
  const lexicon = lexiconFor(lang);
  const sentences: Sentence[] = [];
  const blocks = splitBlocks(text);
  const segmented = segmenterPieces(blocks, lang);
  for (const block of blocks) {
    const pieces = segmentBlock(text, segmented[block.index]!, lang, lexicon);
    pieces.forEach((piece, indexInBlock) => {
      const { start, end } = trimmedSpan(text, piece.start, piece.end);
      const sentence = text.slice(start, end);
      const bounds = [piece.start, ...piece.cuts, piece.end];
      const quoted = bounds
        .slice(1)
        .map((to, at) => trimmedSpan(text, bounds[at]!, to))
        .filter((span) => span.end > span.start);
      sentences.push({
        start,
        end,
        text: sentence,
        block: block.index,
        indexInBlock,
        blockSentenceCount: pieces.length,
        words: wordCount(sentence, lang),
        ...(quoted.length > 1 ? { quoted } : {}),
      });
    });
  }
  return sentences;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The length in code units of the character starting at `at` (or, `backwards`, ending there) when it is a letter or a
 * number, a surrogate pair being one character; 0 when it is neither or there is none.
 */
export function wordCharacterWidth(text: string, at: number, backwards: boolean): number {
  const code = text.charCodeAt(backwards ? at - 1 : at);
  if (Number.isNaN(code)) return 0;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 32) >= 0x61 && (code | 32) <= 0x7a) ? 1 : 0;
  const pairedCode = backwards ? text.charCodeAt(at - 2) : text.charCodeAt(at + 1);
  const pair = backwards
    ? code >= 0xdc00 && code <= 0xdfff && pairedCode >= 0xd800 && pairedCode <= 0xdbff
    : code >= 0xd800 && code <= 0xdbff && pairedCode >= 0xdc00 && pairedCode <= 0xdfff;
  const width = pair ? 2 : 1;
  return LETTER_OR_NUMBER.test(backwards ? text.slice(at - width, at) : text.slice(at, at + width)) ? width : 0;
}

/** ' . - and ’: they join letters into one word ("don't", "U.S.", "e-mail"). */
function isWordJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2e || code === 0x2d || code === 0x2019;
}

/**
 * The words of `text` as `/[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu` matches them, counted without making them: one per run of
 * letters, numbers and the joiners ' ’ . - that holds a letter or a number.
 */
function countWords(text: string, atMost = Infinity): number {
  let words = 0;
  let counted = false;
  for (let at = 0; at < text.length; at++) {
    const width = wordCharacterWidth(text, at, false);
    if (width) {
      if (!counted && ++words >= atMost) return words;
      counted = true;
      at += width - 1;
    } else if (!isWordJoiner(text.charCodeAt(at))) counted = false;
  }
  return words;
}

/** `wordCount(text, lang) >= count`, without counting the words past `count`. */
export function hasWords(text: string, lang: string, count: number): boolean {
  return isUnspacedScript(lang) ? wordCount(text, lang) >= count : countWords(text, count) >= count;
}

/** Number of words, counting characters in two-character units for unspaced scripts. */
export function wordCount(text: string, lang: string): number {
  if (isUnspacedScript(lang)) {
    const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    return Math.ceil(letters / 2);
  }
  return countWords(text);
}
