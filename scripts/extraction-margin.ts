/**
 * The margin of the article decision on a page, one definition for the scripts that report it
 * (eval-extraction --margins, article-margins): the decision of the last reading that found any
 * text, measured by decisionMargin (1 on the boundary), 0 when Readability found nothing.
 */
import { decisionMargin, type ArticleDecision } from '../lib/analysis/article/decision';
import { extractArticle, type ExtractOptions } from '../lib/analysis/article/extract';
import type { ArticleInfo } from '../lib/shared/types';

export interface MarginReading {
  article: ArticleInfo | null;
  margin: number;
}

/** Extracts the page's article and the margin of its decision; `onDecision` sees every reading's decision too. */
export function extractWithMargin(document: Document, onDecision?: ExtractOptions['onDecision']): MarginReading {
  let last: ArticleDecision | null = null;
  const article = extractArticle(document, {
    onDecision: (reading, decision) => {
      onDecision?.(reading, decision);
      if (decision) last = decision;
    },
  });
  return { article, margin: last ? decisionMargin(last) : 0 };
}
