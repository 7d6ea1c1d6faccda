/**
 * A speaker's turn opening a paragraph: a name, a bracketed age or role, a colon ("马金鹏（１４岁）：…", "Maria Held
 * (34): …"). Vox pops and panels print what each person said so; the paragraph is that person's.
 */
const TURN =
  /^\s*([\p{sc=Han}·]{2,6}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})\s?[（(][^（）()\n:：。.!?]{1,24}[）)]\s?[：:]\s*\S/u;

/** Paragraphs opened by a turn from which a page reads as turns of speech (one may be a heading or a chance). */
const MIN_TURNS = 2;

/** The speaker whose turn opens `text`, or null. */
export function turnSpeaker(text: string): string | null {
  return TURN.exec(text)?.[1] ?? null;
}

/** The speaker of each paragraph opened by a turn, by paragraph index, when at least two are; otherwise none. */
export function speakerTurns(blocks: readonly { index: number; text: string }[]): Map<number, string> {
  const turns = new Map<number, string>();
  for (const block of blocks) {
    const speaker = turnSpeaker(block.text);
    if (speaker) turns.set(block.index, speaker);
  }
  return turns.size >= MIN_TURNS ? turns : new Map<number, string>();
}
