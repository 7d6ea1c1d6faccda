/**
 * npx tsx scripts/article-margins.ts <dev|readability|fixtures> [--all]
 *
 * How close each page sits to the article decision's boundary (lib/analysis/article/decision.ts):
 * per page, every reading's decision (without chrome, as is, without listings), the measures it
 * judged (prose weight, sentences, link density, listing and card shares) and its margin
 * (decisionMargin: 1 is on the boundary). Sorted by margin, nearest first; `--all` prints every
 * page instead of the 25 nearest articles and every page without one.
 *
 *   dev          the dev split of ../shared/corpus/extraction-dev (never the test split)
 *   readability  ../shared/corpus/readability-test-pages (expected `readerable` beside)
 *   fixtures     tests/fixtures/pages
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decisionMargin, type ArticleDecision } from '../lib/analysis/article/decision';
import type { ReadingName } from '../lib/analysis/article/extract';
import { FIXTURE_PAGES_DIR, scriptlessWindow, writePage } from '../tests/fixtures/load';
import { extractWithMargin } from './extraction-margin';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared/corpus');

interface MarginPage {
  name: string;
  path: string;
  url: string;
  note: string;
}

function fail(message: string): never {
  console.error(`article-margins: ${message}`);
  process.exit(2);
}

function devPages(): MarginPage[] {
  const corpus = join(SHARED, 'extraction-dev');
  if (!existsSync(corpus)) fail(`no corpus at ${corpus} (link ../shared beside the checkout)`);
  const pages: MarginPage[] = [];
  for (const line of readFileSync(join(ROOT, 'scripts/eval-extraction-split.tsv'), 'utf8').split('\n')) {
    const [dataset, slug, split] = line.split('\t');
    if (!dataset || !slug || dataset.startsWith('#') || split !== 'dev') continue;
    const dir = join(corpus, dataset, slug);
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { url?: string };
    const url = meta.url || `https://extraction-dev.invalid/${dataset}/${slug}/`;
    pages.push({ name: `${dataset}/${slug}`, path: join(dir, 'source.html'), url, note: '' });
  }
  return pages;
}

function readabilityPages(): MarginPage[] {
  const corpus = join(SHARED, 'readability-test-pages');
  if (!existsSync(corpus)) fail(`no corpus at ${corpus} (link ../shared beside the checkout)`);
  return readdirSync(corpus)
    .filter((slug) => existsSync(join(corpus, slug, 'source.html')))
    .map((slug) => {
      const metaPath = join(corpus, slug, 'expected-metadata.json');
      const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { readerable?: boolean }) : {};
      const note = typeof meta.readerable === 'boolean' ? `readerable=${meta.readerable}` : '';
      return { name: slug, path: join(corpus, slug, 'source.html'), url: `https://corpus.invalid/${slug}/`, note };
    });
}

function fixturePages(): MarginPage[] {
  return readdirSync(FIXTURE_PAGES_DIR)
    .filter((slug) => existsSync(join(FIXTURE_PAGES_DIR, slug, 'page.html')))
    .map((slug) => {
      const meta = JSON.parse(readFileSync(join(FIXTURE_PAGES_DIR, slug, 'meta.json'), 'utf8')) as { url: string };
      return { name: slug, path: join(FIXTURE_PAGES_DIR, slug, 'page.html'), url: meta.url, note: '' };
    });
}

const SHORT_NAMES: Record<ReadingName, string> = {
  'without-chrome': '1',
  'as-is': '2',
  'without-listings': '3',
  'without-threads': '4',
};

function describe(reading: ReadingName, decision: ArticleDecision | null): string {
  if (!decision) return `${SHORT_NAMES[reading]}:none`;
  const verdict = decision.isArticle ? (decision.whole ? 'ARTICLE(whole)' : 'ARTICLE') : `no:${decision.reason}`;
  return (
    `${SHORT_NAMES[reading]}:${verdict} w${Math.round(decision.weight)} s${decision.sentences} ` +
    `ld${decision.linkDensity.toFixed(2)} ls${decision.listingShare.toFixed(2)} cs${decision.cardShare.toFixed(2)} ` +
    `m${decisionMargin(decision).toFixed(2)}`
  );
}

async function main(): Promise<void> {
  const [source, flag] = process.argv.slice(2);
  const pages =
    source === 'dev'
      ? devPages()
      : source === 'readability'
        ? readabilityPages()
        : source === 'fixtures'
          ? fixturePages()
          : fail('give dev, readability or fixtures (the test split is never read here)');
  const rows: { margin: number; article: boolean; line: string }[] = [];
  for (const page of pages) {
    const window = scriptlessWindow(page.url, { computedStyle: false });
    try {
      writePage(window, readFileSync(page.path, 'utf8'));
      const readings: string[] = [];
      const { article, margin } = extractWithMargin(window.document as unknown as Document, (reading, decision) =>
        readings.push(describe(reading, decision)),
      );
      rows.push({
        margin,
        article: article !== null,
        line: `${page.name.slice(0, 56).padEnd(56)} ${(article ? 'article' : 'none').padEnd(8)} ${page.note.padEnd(16)} ${readings.join(' | ')}`,
      });
    } finally {
      await window.happyDOM.close();
    }
  }
  rows.sort((a, b) => a.margin - b.margin);
  const shown =
    flag === '--all'
      ? rows
      : [...rows.filter((row) => !row.article), ...rows.filter((row) => row.article).slice(0, 25)];
  for (const row of shown) console.log(row.line);
  const articles = rows.filter((row) => row.article).length;
  console.log(
    `\n${articles} of ${rows.length} pages have an article; readings: 1 without declared chrome, 2 as is, 3 without listings`,
  );
}

await main();
