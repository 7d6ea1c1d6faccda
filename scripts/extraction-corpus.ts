/**
 * The extraction-dev corpus as the extraction scripts read it: ../shared/corpus/extraction-dev,
 * beside the checkout and never in it, laid out as <dataset>/<slug>/{source.html, meta.json,
 * expected.txt | expected.json}, with the dev/test split of each page in a committed file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Split } from './extraction-scoring';

const ROOT = resolve(import.meta.dirname, '..');
export const EXTRACTION_CORPUS = resolve(ROOT, '../shared/corpus/extraction-dev');
export const EXTRACTION_SPLIT_FILE = join(ROOT, 'scripts/eval-extraction-split.tsv');

export interface ExtractionPage {
  dataset: string;
  slug: string;
  lang: string;
  url: string;
  dir: string;
}

/** Every page with a source.html, by dataset then slug; `fail` is told when the corpus is absent. */
export function listExtractionPages(fail: (message: string) => never): ExtractionPage[] {
  if (!existsSync(EXTRACTION_CORPUS) || !statSync(EXTRACTION_CORPUS).isDirectory()) {
    fail(
      `no corpus at ${EXTRACTION_CORPUS}. It is not part of the repository: it lives beside the checkout as ` +
        `../shared/corpus/extraction-dev (in a worktree, link ../shared to it).`,
    );
  }
  const pages: ExtractionPage[] = [];
  for (const dataset of readdirSync(EXTRACTION_CORPUS).sort()) {
    const datasetDir = join(EXTRACTION_CORPUS, dataset);
    if (!statSync(datasetDir).isDirectory()) continue;
    for (const slug of readdirSync(datasetDir).sort()) {
      const dir = join(datasetDir, slug);
      if (!existsSync(join(dir, 'source.html'))) continue;
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { lang?: string; url?: string };
      pages.push({
        dataset,
        slug,
        lang: meta.lang ?? 'und',
        url: meta.url || `https://extraction-dev.invalid/${dataset}/${slug}/`,
        dir,
      });
    }
  }
  return pages;
}

/** The split of each page, keyed `<dataset>/<slug>`, as the committed split file says. */
export function readExtractionSplits(): Map<string, Split> {
  const splits = new Map<string, Split>();
  for (const line of readFileSync(EXTRACTION_SPLIT_FILE, 'utf8').split('\n')) {
    const [dataset, slug, split] = line.split('\t');
    if (!dataset || dataset.startsWith('#') || (split !== 'dev' && split !== 'test')) continue;
    splits.set(`${dataset}/${slug}`, split);
  }
  return splits;
}
