import { makeAnchor, type DisclaimerFlag } from '../../shared/types';
import { collectBlocks, type BlockRequest, type TextBlock } from '../../shared/text-blocks';
import { evaluateNormalizedText, type DisclaimerEvaluation } from './evaluate';
import { MatchingTexts } from '../../shared/matching-text';
import { collapseWhitespace } from '../../shared/text';

export { evaluateDisclaimerText, KIND_ORDER } from './evaluate';

/** Elements whose text can hold a disclaimer. */
const CANDIDATE_TAGS = new Set([
  'p',
  'div',
  'li',
  'section',
  'aside',
  'footer',
  'small',
  'blockquote',
  'td',
  'dd',
  'article',
  'header',
  'figcaption',
  'details',
  'center',
  'font',
  'span',
  'em',
  'i',
  'b',
  'strong',
]);

/** Longer than this, an element is a container of many things, not a disclaimer (its children are tried). */
const MAX_DISCLAIMER_LENGTH = 1500;
const MIN_DISCLAIMER_LENGTH = 6;

/** The blocks the detector reads (lib/analysis/analyze.ts collects them in one walk with the provenance finder's). */
export const DISCLAIMER_BLOCKS: BlockRequest = { tags: CANDIDATE_TAGS, maxLength: MAX_DISCLAIMER_LENGTH };

/**
 * Evaluates texts once each: one analysis asks about the article's blocks (are they boilerplate?)
 * and then about the page's blocks, which are mostly the same paragraphs again.
 */
export class DisclaimerReader {
  private readonly byRawText = new Map<string, DisclaimerEvaluation | null>();
  private readonly byText = new Map<string, DisclaimerEvaluation | null>();

  /** `texts`: shared with the other readers of the same blocks (the provenance finder). */
  constructor(private readonly texts: MatchingTexts = new MatchingTexts()) {}

  evaluate(rawText: string): DisclaimerEvaluation | null {
    let evaluation = this.byRawText.get(rawText);
    if (evaluation !== undefined) return evaluation;
    const { text, lower } = this.texts.of(rawText);
    evaluation = this.byText.get(text);
    if (evaluation === undefined) {
      evaluation = evaluateNormalizedText(text, lower);
      this.byText.set(text, evaluation);
    }
    this.byRawText.set(rawText, evaluation);
    return evaluation;
  }

  /** Whether `text` is, by itself, a third-party / no-endorsement / not-advice disclaimer. */
  isDisclaimer(text: string): boolean {
    return this.evaluate(text)?.qualifies ?? false;
  }
}

/** Whether `text` is, by itself, a third-party / no-endorsement / not-advice disclaimer. */
export function isDisclaimerText(text: string): boolean {
  return new DisclaimerReader().isDisclaimer(text);
}

interface Candidate {
  text: string;
  evaluation: DisclaimerEvaluation;
}

function isBetter(candidate: Candidate, best: Candidate | null): boolean {
  if (!best) return true;
  const byKinds = candidate.evaluation.kinds.length - best.evaluation.kinds.length;
  if (byKinds !== 0) return byKinds > 0;
  return candidate.text.length < best.text.length;
}

/**
 * Find the page's third-party-content disclaimer in any block element, inside the article or
 * around it. Picks the block stating the most concepts, then the tightest one. `articleText` (the
 * isolated article's text) decides `location`. `blocks`: the body's DISCLAIMER_BLOCKS, when already collected;
 * `reader`: one that may already know some of their texts.
 */
export function detectDisclaimer(
  doc: Document,
  articleText?: string,
  blocks?: readonly TextBlock[],
  reader: DisclaimerReader = new DisclaimerReader(),
): DisclaimerFlag | null {
  const body = doc.body;
  if (!body) return null;
  let best: Candidate | null = null;
  for (const { text, spacedText } of blocks ?? collectBlocks(body, CANDIDATE_TAGS, MAX_DISCLAIMER_LENGTH)) {
    if (text.length < MIN_DISCLAIMER_LENGTH) continue;
    const evaluation = reader.evaluate(spacedText);
    if (!evaluation?.qualifies) continue;
    const candidate = { text, evaluation };
    if (isBetter(candidate, best)) best = candidate;
  }
  if (!best) return null;

  const bodyText = collapseWhitespace(body.textContent ?? '');
  const start = Math.max(0, bodyText.indexOf(best.text));
  const inArticle = articleText !== undefined && collapseWhitespace(articleText).includes(best.text);
  return {
    found: true,
    kinds: best.evaluation.kinds,
    text: best.text,
    location: inArticle ? 'article' : 'page',
    lang: best.evaluation.lang,
    host: best.evaluation.host,
    anchor: makeAnchor(bodyText, start, start + best.text.length),
  };
}
