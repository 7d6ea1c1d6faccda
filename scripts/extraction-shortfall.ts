/**
 * npx tsx scripts/extraction-shortfall.ts [--all]
 *
 * Pages where our article is much shorter than Readability's: ours under half of it while
 * Readability's is long (over 1,500 characters, 600 in Chinese or Japanese). Readability runs
 * twice, on the happy-dom page our analysis reads (parseHtml, as `npm run analyze` and
 * eval:claims-real load pages) and on jsdom's, whose parser follows the HTML standard: a page short
 * against the second only is one the DOM emulation parsed wrong, not one our rules lost. Each
 * flagged page is a lead to read, not a loss: Readability often takes a listing or comments
 * along. `--all` prints every page.
 *
 * Reads the dev split of ../shared/corpus/extraction-dev and ../shared/corpus/readability-test-pages,
 * never the test split.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzePage } from '../lib/analysis/analyze';
import { CORPUS_PAGES_DIR, listCorpusPages, parseHtml } from '../tests/fixtures/load';
import { listExtractionPages, readExtractionSplits } from './extraction-corpus';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const CHARACTER_LANGS = new Set(['zh', 'ja']);
const LONG_TEXT = 1500;
const LONG_CHARACTER_TEXT = 600;
const SHORTFALL = 0.5;

interface ShortfallPage {
  name: string;
  lang: string;
  url: string;
  path: string;
}

function fail(message: string): never {
  console.error(`extraction-shortfall: ${message}`);
  process.exit(2);
}

function pages(): ShortfallPage[] {
  const splits = readExtractionSplits();
  const dev = listExtractionPages(fail)
    .filter((page) => splits.get(`${page.dataset}/${page.slug}`) === 'dev')
    .map((page) => ({
      name: `${page.dataset}/${page.slug}`,
      lang: page.lang,
      url: page.url,
      path: join(page.dir, 'source.html'),
    }));
  if (!existsSync(CORPUS_PAGES_DIR)) fail(`no corpus at ${CORPUS_PAGES_DIR}`);
  const readability = listCorpusPages().map((slug) => ({
    name: `readability/${slug}`,
    lang: 'und',
    url: `https://corpus.invalid/${slug}/`,
    path: join(CORPUS_PAGES_DIR, slug, 'source.html'),
  }));
  return [...dev, ...readability];
}

const measure = (text: string) => text.replace(/\s+/gu, ' ').trim().length;

async function main(): Promise<void> {
  const all = process.argv.includes('--all');
  const quiet = new VirtualConsole();
  let flagged = 0;
  console.log('page\tlang\tours\treadability\treadability-jsdom\tshort against');
  const list = pages();
  for (const page of list) {
    const html = readFileSync(page.path, 'utf8');
    const ours = parseHtml(html, page.url);
    const theirs = parseHtml(html, page.url);
    const browserlike = new JSDOM(html, { url: page.url, virtualConsole: quiet }).window;
    try {
      const ourLength = measure(analyzePage(ours.document, page.url).article?.text ?? '');
      const lengths = {
        readability: measure(new Readability(theirs.document).parse()?.textContent ?? ''),
        'readability-jsdom': measure(new Readability(browserlike.document).parse()?.textContent ?? ''),
      };
      const long = CHARACTER_LANGS.has(page.lang) ? LONG_CHARACTER_TEXT : LONG_TEXT;
      const against = Object.entries(lengths)
        .filter(([, length]) => length > long && ourLength < SHORTFALL * length)
        .map(([system]) => system);
      if (against.length) flagged++;
      if (against.length || all) {
        const row = [page.name, page.lang, ourLength, lengths.readability, lengths['readability-jsdom']];
        console.log([...row, against.join(',') || '-'].join('\t'));
      }
    } finally {
      browserlike.close();
      await Promise.all([ours.window.happyDOM.close(), theirs.window.happyDOM.close()]);
    }
  }
  console.log(`${flagged} of ${list.length} pages short against Readability`);
}

await main();
