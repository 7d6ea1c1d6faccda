import { extractArticleWithQuotes } from './article/extract';
import { analyzeClaims, type ClaimsResult } from './claims';
import { DISCLAIMER_BLOCKS, DisclaimerReader, detectDisclaimer } from './disclaimer';
import { matchGlossary } from './glossary';
import { findProvenance, isProvenanceLine, PROVENANCE_BLOCKS } from './provenance';
import { canonicalHrefOf } from '../shared/canonical';
import { MatchingTexts } from '../shared/matching-text';
import { collectBlockSets, type TextBlock } from '../shared/text-blocks';
import type { sanitizeHtml } from '../shared/sanitize';
import { makeAnchor, type Claim, type PageAnalysis } from '../shared/types';

export interface AnalyzeOptions {
  /** How many key claims to keep. */
  maxClaims?: number;
  /** Keep the article HTML, sanitized by DOMPurify on this window (see extractArticle). */
  sanitizeWith?: Parameters<typeof sanitizeHtml>[1];
  /** Clock for the stage timings. */
  now?: () => number;
}

/** A `<code>` outside `<pre>` this long is a command line, not a word set in monospace. */
const MIN_INLINE_CODE_LENGTH = 20;

/** Blocks of code or commands in the page's body: `<pre>`, and long `<code>` elements outside one. */
function countCodeBlocks(doc: Document): number {
  let count = 0;
  for (const element of Array.from(doc.body?.querySelectorAll('pre, code') ?? [])) {
    if (element.tagName.toLowerCase() === 'pre') count++;
    else if (!element.closest('pre') && (element.textContent ?? '').trim().length >= MIN_INLINE_CODE_LENGTH) count++;
  }
  return count;
}

/**
 * The whole analysis of one page. `doc` is never modified: Readability reads a clone.
 * Pure apart from the clock; the same input gives the same output.
 */
export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  const now = options.now ?? (() => performance.now());
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const started = now();
    try {
      return run();
    } finally {
      timings[stage] = Math.round((now() - started) * 100) / 100;
    }
  };

  // Disclaimers and "first published by" lines are kept out of the article text, but a
  // disclaimer that sat inside the article is still reported as being there.
  const droppedFromArticle: string[] = [];
  // Both detectors read the same texts: each is normalized for matching once.
  const matchingTexts = new MatchingTexts();
  const disclaimerReader = new DisclaimerReader(matchingTexts);
  const isBoilerplate = (text: string) => {
    const boilerplate = disclaimerReader.isDisclaimer(text) || isProvenanceLine(text, matchingTexts);
    if (boilerplate) droppedFromArticle.push(text);
    return boilerplate;
  };
  const extracted = time('article', () =>
    extractArticleWithQuotes(doc, { isBoilerplate, sanitizeWith: options.sanitizeWith }),
  );
  const article = extracted?.article ?? null;
  const { claims, story, noStoryRule }: ClaimsResult = article
    ? time('claims', () => {
        // The header lines repeat the story (its headline, byline and standfirst): claims come from the story itself,
        // anchored in the whole text.
        const storyStart = article.storyStart;
        const found = analyzeClaims(article.text.slice(storyStart), article.lang, {
          max: options.maxClaims,
          publication: article.siteName,
          lead: article.text.slice(0, storyStart),
          hints: { byline: article.byline, publishedTime: article.publishedTime, codeBlocks: countCodeBlocks(doc) },
          quoted: (extracted?.quoted ?? [])
            .filter((range) => range.start >= storyStart)
            .map((range) => ({ start: range.start - storyStart, end: range.end - storyStart })),
        });
        return { ...found, claims: found.claims.map((claim) => anchoredIn(article.text, storyStart, claim)) };
      })
    : { claims: [], story: false };
  const glossary = article ? time('glossary', () => matchGlossary(article.text, article.lang)) : [];
  // One walk of the body gives both detectors their blocks (timed with the disclaimer).
  let provenanceBlocks: TextBlock[] = [];
  const disclaimer = time('disclaimer', () => {
    const [disclaimerBlocks = [], lineBlocks = []] = doc.body
      ? collectBlockSets(doc.body, [DISCLAIMER_BLOCKS, PROVENANCE_BLOCKS])
      : [];
    provenanceBlocks = lineBlocks;
    return detectDisclaimer(
      doc,
      article ? [article.text, ...droppedFromArticle].join('\n\n') : undefined,
      disclaimerBlocks,
      disclaimerReader,
    );
  });
  const provenance = time('provenance', () => findProvenance(doc, url, provenanceBlocks, matchingTexts));

  return {
    schema: 1,
    url,
    analyzedAt: new Date().toISOString(),
    article,
    claims,
    story,
    ...(noStoryRule && { noStoryRule }),
    glossary,
    disclaimer,
    provenance,
    canonical: canonicalHrefOf(doc),
    timings,
  };
}

/** A claim found in `text` from `offset` on, anchored in the whole of `text`. */
function anchoredIn(text: string, offset: number, claim: Claim): Claim {
  if (offset === 0) return claim;
  return { ...claim, anchor: makeAnchor(text, claim.anchor.start + offset, claim.anchor.end + offset) };
}
