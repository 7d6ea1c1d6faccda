import type { TextBlock } from './blocks';
import { isHeadingTag } from './tags';
import { textWeight, wordsOf } from './text-measure';

/** A line says this much at least to be taken for a quotation lifted out of the text (a name or a label may recur). */
const MIN_LIFTED_WEIGHT = 6;
/** ...and this much at most: a pull quote or a caption is a sentence or two. */
const MAX_LIFTED_WEIGHT = 60;
/** A line of the story says this many times the lifted line's words at least (the quote and the text around it). */
const MIN_SOURCE_RATIO = 1.3;
/** The story's first prose line says this much at least: what comes before it is the header's (headline, standfirst). */
const MIN_PROSE_WEIGHT = 15;

/**
 * Lines lifted out of the story and set again beside it: a pull quote ("Just because it's digital
 * doesn't mean it always works") or a caption that repeats a sentence of the text, word for word,
 * inside a longer line of the story. The story says it once; the copy goes. Headings stay (a
 * section may be headed by its own first words), and so does what comes before the first prose
 * (the header's standfirst repeating the lede is the header's business).
 */
export function dropLiftedRepeats(kept: TextBlock[]): TextBlock[] {
  const firstProse = kept.findIndex((block) => textWeight(block.text) >= MIN_PROSE_WEIGHT);
  if (firstProse < 0) return kept;
  const words = kept.map((block) => wordsOf(block.text).join(' '));
  const lifted = new Set<TextBlock>();
  kept.forEach((block, index) => {
    if (index <= firstProse || isHeadingTag(block.element.tagName)) return;
    const weight = textWeight(block.text);
    if (weight < MIN_LIFTED_WEIGHT || weight > MAX_LIFTED_WEIGHT) return;
    const said = words[index]!;
    const source = words.findIndex(
      (other, at) =>
        at !== index &&
        !lifted.has(kept[at]!) &&
        other.length >= MIN_SOURCE_RATIO * said.length &&
        other.includes(said),
    );
    if (source >= 0) lifted.add(block);
  });
  return lifted.size ? kept.filter((block) => !lifted.has(block)) : kept;
}
