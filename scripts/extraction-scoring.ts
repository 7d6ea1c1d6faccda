/**
 * Scoring of extracted main text against human ground truth, as the extraction-dev corpus
 * README prescribes: NFC, whitespace tokens (characters for zh/ja), multiset overlap per page;
 * snippet pages (expected.json) as TP/FP/FN counts following trafilatura's protocol.
 */
import { createHash } from 'node:crypto';

/** Languages written without spaces, whose tokens are single characters. */
const CHARACTER_TOKEN_LANGS = new Set(['zh', 'ja']);

// Python's str.split() splits on the separators U+001C–U+001F and U+0085 as well as on \s.
// eslint-disable-next-line no-control-regex -- those separators are the point
const WHITESPACE = /[\s\x1c-\x1f\x85]+/gu;

export function tokenize(text: string, lang: string): string[] {
  const normalized = text.normalize('NFC');
  if (CHARACTER_TOKEN_LANGS.has(lang)) return Array.from(normalized.replace(WHITESPACE, ''));
  return normalized.split(WHITESPACE).filter(Boolean);
}

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreTokens(output: string, truth: string, lang: string): TokenScore {
  const produced = tokenize(output, lang);
  const expected = tokenize(truth, lang);
  if (produced.length === 0 || expected.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const remaining = new Map<string, number>();
  for (const token of expected) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of produced) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      remaining.set(token, left - 1);
    }
  }
  if (overlap === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / produced.length;
  const recall = overlap / expected.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

export interface SnippetTruth {
  with: string[];
  without: string[];
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const collapse = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

export function scoreSnippets(output: string, truth: SnippetTruth): SnippetCounts {
  const text = collapse(output);
  const found = (snippet: string) => text.length > 0 && text.includes(collapse(snippet));
  const tp = truth.with.filter(found).length;
  const fp = truth.without.filter(found).length;
  return { tp, fn: truth.with.length - tp, fp, tn: truth.without.length - fp };
}

export function snippetScore(counts: SnippetCounts): TokenScore {
  const precision = counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Ground truth long enough that a reader sees an article: 300 characters, 150 in zh/ja. */
export function truthIsArticle(truth: string, lang: string): boolean {
  const length = truth.replace(/\s+/gu, CHARACTER_TOKEN_LANGS.has(lang) ? '' : ' ').trim().length;
  return length >= (CHARACTER_TOKEN_LANGS.has(lang) ? 150 : 300);
}

export type Split = 'dev' | 'test';

/** Share of every dataset that is tuned on; the rest is the held-out test split. */
export const DEV_SHARE = 0.6;

/**
 * The dev/test split, stratified per dataset: within each dataset the pages are ordered by the
 * SHA-256 of "dataset/slug" and the first 60% (rounded up) are dev. Deterministic and blind to
 * page content.
 */
export function assignSplits(pages: { dataset: string; slug: string }[]): Map<string, Split> {
  const byDataset = new Map<string, { key: string; hash: string }[]>();
  for (const { dataset, slug } of pages) {
    const key = `${dataset}/${slug}`;
    const hash = createHash('sha256').update(key).digest('hex');
    const list = byDataset.get(dataset) ?? [];
    list.push({ key, hash });
    byDataset.set(dataset, list);
  }
  const splits = new Map<string, Split>();
  for (const list of byDataset.values()) {
    list.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    const devCount = Math.ceil(list.length * DEV_SHARE);
    list.forEach(({ key }, index) => splits.set(key, index < devCount ? 'dev' : 'test'));
  }
  return splits;
}
