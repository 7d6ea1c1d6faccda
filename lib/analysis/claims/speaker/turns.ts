import { type LexiconWordList, wordSetOf } from '../lexicon';
import type { ClaimLexicon } from '../lexicon/types';

/** A paragraph that is only a name set in capitals, with its title ("PRESIDENT GEORGE W. BUSH", "DIANE SAWYER"). */
const NAME_LINE = /^\s*(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,4})\s*$/u;

/** Turns a transcript needs before its name lines are read as turns: two speakers, each heading twice. */
const MIN_TURNS = 4;

/**
 * The paragraphs a heading in capitals gives to whoever it names: a transcript's turns, else a press review's
 * excerpts under their bylines (`bylineTurns`).
 */
export function transcriptTurns(
  blocks: readonly { text: string }[],
  lexicon: ClaimLexicon,
): ReadonlyMap<number, string> {
  const turns = speakerTurns(blocks, lexicon);
  return turns.size > 0 ? turns : bylineTurns(blocks, lexicon);
}

/**
 * The turns of a transcript printed with each speaker's name alone on a line in capitals, their words in the paragraph
 * after it ("DIANE SAWYER" / "(Off Camera) Is it "yet"?" / "PRESIDENT GEORGE W. BUSH" / "Yeah. Look, …"): the
 * paragraph after each name line, mapped to that name without its title ("George W. Bush"). Empty unless
 * some name heads at least two turns and the page holds `MIN_TURNS` of them: a lone line in capitals is a heading.
 */
function speakerTurns(blocks: readonly { text: string }[], lexicon: ClaimLexicon): ReadonlyMap<number, string> {
  const names = blocks.map((block) => nameLine(block.text, lexicon));
  const heads = new Map<string, number>();
  for (const name of names) if (name) heads.set(name, (heads.get(name) ?? 0) + 1);
  const turns = new Map<number, string>();
  if ([...heads.values()].reduce((sum, count) => sum + count, 0) < MIN_TURNS) return turns;
  names.forEach((name, index) => {
    // A name heading once is no speaker of a transcript; nor one with no words after it.
    if (name && (heads.get(name) ?? 0) >= 2 && index + 1 < blocks.length && !names[index + 1])
      turns.set(index + 1, name);
  });
  return turns;
}

/** The name a paragraph holds alone in capitals, written as a name, or null. */
function nameLine(text: string, lexicon: ClaimLexicon): string | null {
  const line = NAME_LINE.exec(text)?.[1];
  if (!line) return null;
  const words = line.split(/\s+/u).map((word) => word.charAt(0) + word.slice(1).toLowerCase());
  // The name after any title ("President George W. Bush" → "George W. Bush"): at least a first name and a surname.
  let first = 0;
  while (first < words.length && lexicon.personTitles.includes(words[first]!.toLowerCase())) first++;
  return words.length - first >= 2 ? words.slice(first).join(' ') : null;
}

/**
 * A press review's byline in capitals: who wrote (a name, or a word like "EDITORIAL"), a locative preposition of the
 * language, and the publication, whose country may come first in the genitive ("AMOS GILBOA IN ISRAEL'S MA'ARIV").
 */
const BYLINE = /^\s*(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,9})\s*$/u;

/** Bylines a page needs before they are read as a press review's: one heading is a section title. */
const MIN_BYLINES = 3;

/**
 * The paragraphs of a press review printed with each excerpt under a byline in capitals ("ALI JARADAT IN PALESTINIAN
 * AL-AYYAM" / "The Arabs have failed …"): the paragraph after each byline, mapped to its writer ("Ali Jaradat"), or
 * to the publication when no person signs it ("EDITORIAL IN SAUDI ARABIA'S SAUDI GAZETTE" → "Saudi Gazette"). Empty
 * unless the page holds `MIN_BYLINES` of them.
 */
export function bylineTurns(blocks: readonly { text: string }[], lexicon: ClaimLexicon): ReadonlyMap<number, string> {
  // The page's words in lower case, gathered only once a line in capitals may be a signed byline: most pages have none.
  let lowerCaseWords: ReadonlySet<string> | undefined;
  const lowerCaseWordsOfPage = (): ReadonlySet<string> =>
    (lowerCaseWords ??= new Set(
      blocks.flatMap((block) => block.text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []),
    ));
  const bylines = blocks.map((block) => byline(block.text, lexicon, lowerCaseWordsOfPage));
  const turns = new Map<number, string>();
  if (bylines.filter(Boolean).length < MIN_BYLINES) return turns;
  bylines.forEach((source, index) => {
    if (source && index + 1 < blocks.length && !bylines[index + 1]) turns.set(index + 1, source);
  });
  return turns;
}

/** Capitalised words written as a name: "AL-HAYAT AL-JADIDAH" → "Al-Hayat Al-Jadidah". */
function asName(words: readonly string[]): string {
  return words
    .map((word) =>
      word.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase()),
    )
    .join(' ');
}

/**
 * A word of a name in capitals: letters, or letters joined by hyphens or apostrophes ("AL-RASHED", "O'NEILL", "D'ARCY"),
 * or an initial ("W.").
 */
const NAME_WORD = /^(?:\p{Lu}{2,}|\p{Lu}+(?:['’-]\p{Lu}+)+|\p{Lu}\.)$/u;

/** Lists of the language's common words: a word on one of them is no part of a writer's name. */
const COMMON_WORD_LISTS: readonly LexiconWordList[] = [
  'stopwords',
  'sentenceStarters',
  'personTitles',
  'personPronouns',
  'organizationWords',
  'placeWords',
  'genericSubjects',
  'memberNouns',
  'modalVerbs',
  'reportingVerbs',
  'pastTenseWords',
  'calendarNames',
];

/**
 * Whether the words before a byline's preposition are a person's name ("AHMAD DAHBUR"), not a subhead's sentence
 * ("PROTESTS ERUPT IN CAIRO"): two to four name-shaped words, none of them a common word of the language, nor one the
 * page writes in lower case elsewhere (a name is never written so; "the protests" is).
 */
function isWriterName(
  words: readonly string[],
  lexicon: ClaimLexicon,
  lowerCaseWords: () => ReadonlySet<string>,
): boolean {
  if (words.length < 2 || words.length > 4) return false;
  return words.every((word) => {
    if (!NAME_WORD.test(word)) return false;
    const lower = word.toLowerCase();
    return !lowerCaseWords().has(lower) && !COMMON_WORD_LISTS.some((list) => wordSetOf(lexicon, list).has(lower));
  });
}

/** The writer or publication a byline paragraph names, or null. */
function byline(text: string, lexicon: ClaimLexicon, lowerCaseWords: () => ReadonlySet<string>): string | null {
  const line = BYLINE.exec(text)?.[1];
  if (!line) return null;
  const words = line.split(/\s+/u);
  const at = words.findIndex((word, index) => index > 0 && lexicon.locativePrepositions.includes(word.toLowerCase()));
  if (at === -1 || at === words.length - 1) return null;
  const writer = words.slice(0, at);
  if (writer.length >= 2) return isWriterName(writer, lexicon, lowerCaseWords) ? asName(writer) : null;
  // "EDITORIAL IN EGYPT'S AL-AKHBAR", "EDITORIAL IN ISRAEL'SJERUSALEM POST": an unsigned piece is its publication's,
  // named after its country in the genitive, so that no heading of a place ("PROTESTS IN CAIRO") reads as one.
  const genitive = words
    .slice(at + 1)
    .join(' ')
    .split(/['’]S(?=\s|\p{Lu})/u);
  return genitive.length > 1 ? asName(genitive.at(-1)!.trim().split(/\s+/u)) : null;
}
