import type { ClaimLexicon } from '../lexicon/types';

/** A paragraph that is only a name set in capitals, with its title ("PRESIDENT GEORGE W. BUSH", "DIANE SAWYER"). */
const NAME_LINE = /^\s*(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,4})\s*$/u;

/** Turns a transcript needs before its name lines are read as turns: two speakers, each heading twice. */
const MIN_TURNS = 4;

/**
 * The turns of a transcript printed with each speaker's name alone on a line in capitals, their words in the paragraph
 * after it ("DIANE SAWYER" / "(Off Camera) Is it "yet"?" / "PRESIDENT GEORGE W. BUSH" / "Yeah. Look, …"): the
 * paragraph after each name line, mapped to that name without its title ("George W. Bush"). Empty unless
 * some name heads at least two turns and the page holds `MIN_TURNS` of them: a lone line in capitals is a heading.
 */
export function transcriptTurns(
  blocks: readonly { text: string }[],
  lexicon: ClaimLexicon,
): ReadonlyMap<number, string> {
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
