/**
 * Runs matchGlossary over every page of ../shared/corpus/readability-test-pages and the
 * human-written main texts of ../shared/corpus/extraction-dev (400 pages, zh and ja among them), prints the
 * glossary hits per page, and fails on any hit not listed as reviewed and right in
 * tests/glossary-gold/corpus-reviewed.json: on these pages, mostly about other subjects, every
 * other hit is a false term.
 *
 *   npm run glossary:corpus                 hits per page
 *   npm run glossary:corpus -- --context    also each occurrence with its surrounding text
 *   npm run glossary:corpus -- --readability  match the Readability article text instead of <article>/<main>/<body>
 *
 * Ends with a one-pass check: matching time for the whole corpus text once and doubled, against a
 * single plain regex scan of the same text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectBlocks } from '../lib/analysis/article/blocks';
import { extractArticle } from '../lib/analysis/article/extract';
import { matchGlossary } from '../lib/analysis/glossary';
import { detectLanguage, primarySubtag } from '../lib/shared/language';
import { listCorpusPages, readCorpusPage, scriptlessWindow } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const CORPUS_DIR = fileURLToPath(new URL('../../shared/corpus/readability-test-pages', import.meta.url));
/** News and web pages with their human-written main text, in en, de, es, fr, pt, zh, ja …: none is about AI. */
const EXTRACTION_DIR = fileURLToPath(new URL('../../shared/corpus/extraction-dev', import.meta.url));
const REVIEWED_FILE = fileURLToPath(new URL('../tests/glossary-gold/corpus-reviewed.json', import.meta.url));
const showContext = process.argv.includes('--context');
const useReadability = process.argv.includes('--readability');

if (!existsSync(CORPUS_DIR)) {
  console.error(
    `glossary:corpus: corpus folder not found at ${CORPUS_DIR} (expected ../shared/corpus/readability-test-pages next to the repository).`,
  );
  process.exit(1);
}

const window = scriptlessWindow('https://corpus.invalid/', { computedStyle: false });

/** <link> carries no text, and happy-dom would try to fetch preloads and stylesheets from the network. */
const withoutLinks = (html: string) => html.replace(/<link\b[^>]*>/gi, '');

function largestByText(elements: Iterable<Element>): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of elements) {
    const length = element.textContent?.length ?? 0;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}

function pageText(html: string): { text: string; pageLang: string | null } {
  const doc = new window.DOMParser().parseFromString(withoutLinks(html), 'text/html') as unknown as Document;
  const pageLang = primarySubtag(doc.documentElement.getAttribute('lang'));
  if (useReadability) return { text: extractArticle(doc)?.text ?? '', pageLang };
  const root = largestByText(doc.querySelectorAll('article')) ?? doc.querySelector('main') ?? doc.body;
  if (!root) return { text: '', pageLang };
  return {
    text: collectBlocks(root)
      .map((block) => block.text)
      .join('\n\n'),
    pageLang,
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** A page's main text as people wrote it down: expected.txt, or the snippets it must contain. */
function humanMainText(dir: string): string {
  if (existsSync(join(dir, 'expected.txt'))) return readFileSync(join(dir, 'expected.txt'), 'utf8');
  if (!existsSync(join(dir, 'expected.json'))) return '';
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { with?: string[] };
  return (expected.with ?? []).join('\n\n');
}

const slugs = listCorpusPages(CORPUS_DIR);
if (slugs.length === 0) {
  console.error(`glossary:corpus: no <slug>/source.html pages under ${CORPUS_DIR}.`);
  process.exit(1);
}

/** Per page, the terms whose hits were read in context and judged right. */
const reviewed = new Map(
  Object.entries(JSON.parse(readFileSync(REVIEWED_FILE, 'utf8')) as Record<string, string[] | string>).filter(
    (pair): pair is [string, string[]] => Array.isArray(pair[1]),
  ),
);
const falseTerms: string[] = [];
const termTotals = new Map<string, number>();
const texts: { text: string; lang: string }[] = [];
let pagesWithHits = 0;
let matchMs = 0;

for (const slug of slugs) {
  const { text, pageLang } = pageText(readCorpusPage(slug, CORPUS_DIR));
  const lang = detectLanguage(text, pageLang);
  texts.push({ text, lang });
  const started = performance.now();
  const entries = matchGlossary(text, lang);
  matchMs += performance.now() - started;
  if (entries.length === 0) {
    console.log(`${slug} [${lang}] ${text.length} chars: -`);
    continue;
  }
  pagesWithHits++;
  const summary = entries.map(
    (entry) => `${entry.termId}×${entry.count} (${entry.forms.map((form) => JSON.stringify(form)).join(', ')})`,
  );
  console.log(`${slug} [${lang}] ${text.length} chars: ${summary.join('; ')}`);
  for (const entry of entries) {
    if (!(reviewed.get(slug) ?? []).includes(entry.termId)) {
      const first = entry.occurrences[0];
      const where = first ? ` …${oneLine(text.slice(Math.max(0, first.start - 50), first.end + 50))}…` : '';
      falseTerms.push(`${slug}: ${entry.termId} (${entry.forms.join(', ')})${where}`);
    }
    termTotals.set(entry.termId, (termTotals.get(entry.termId) ?? 0) + entry.count);
    if (!showContext) continue;
    for (const { start, end } of entry.occurrences) {
      console.log(
        `    ${entry.termId}: …${oneLine(text.slice(Math.max(0, start - 60), start))}[${text.slice(start, end)}]${oneLine(text.slice(end, end + 60))}…`,
      );
    }
  }
}

const totalChars = texts.reduce((sum, { text }) => sum + text.length, 0);
console.log(
  `\n${slugs.length} pages, ${pagesWithHits} with glossary hits; ${totalChars} chars matched in ${matchMs.toFixed(1)} ms.`,
);
console.log(
  `Hits per term: ${
    [...termTotals]
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `${id} ${n}`)
      .join(', ') || 'none'
  }`,
);

// The same check on the main text of the extraction set's pages (Chinese news, German, Spanish,
// French and Portuguese news …), written by people, so no page chrome decides the result.
if (!existsSync(join(EXTRACTION_DIR, 'index.tsv'))) {
  console.error(`glossary:corpus: ${EXTRACTION_DIR}/index.tsv not found (expected ../shared/corpus/extraction-dev).`);
  process.exit(1);
}
const extractionRows = readFileSync(join(EXTRACTION_DIR, 'index.tsv'), 'utf8').trim().split('\n').slice(1);
const extractionLangs = new Map<string, number>();
let extractionHits = 0;
for (const row of extractionRows) {
  const [dataset = '', slug = '', lang = 'en'] = row.split('\t');
  const text = humanMainText(join(EXTRACTION_DIR, dataset, slug));
  if (!text) continue;
  extractionLangs.set(lang, (extractionLangs.get(lang) ?? 0) + 1);
  const page = `extraction-dev/${dataset}/${slug}`;
  for (const entry of matchGlossary(text, lang)) {
    extractionHits++;
    if ((reviewed.get(page) ?? []).includes(entry.termId)) continue;
    const first = entry.occurrences[0];
    const where = first ? ` …${oneLine(text.slice(Math.max(0, first.start - 50), first.end + 50))}…` : '';
    falseTerms.push(`${page} [${lang}]: ${entry.termId} (${entry.forms.join(', ')})${where}`);
  }
}
console.log(
  `extraction-dev: ${[...extractionLangs.values()].reduce((a, b) => a + b, 0)} main texts ` +
    `(${[...extractionLangs].map(([lang, n]) => `${lang} ${n}`).join(', ')}), ${extractionHits} glossary hits.`,
);

if (falseTerms.length > 0) {
  console.error(`\nglossary:corpus: FAILED — ${falseTerms.length} hit(s) not reviewed as right (false terms):`);
  for (const line of falseTerms) console.error(`  ${line}`);
  console.error(`If a hit is right, add its term to the page in ${REVIEWED_FILE}.`);
  process.exitCode = 1;
} else {
  console.log('False terms: 0 (every hit is one reviewed as right).');
}

// One-pass check: the cost of matching all forms should grow with the text, like one regex scan does.
/** Fastest of several runs after a warm-up: the minimum is the figure least disturbed by other load on the machine. */
function time(run: () => void): number {
  run();
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
const joined = texts.map(({ text }) => text).join('\n\n');
const doubled = joined + '\n\n' + joined;
const baseline = (text: string) => () => void text.match(/\bscaling laws?\b/giu);
const glossary = (text: string) => () => void matchGlossary(text, 'en');
const once = time(glossary(joined));
const twice = time(glossary(doubled));
const regexOnce = time(baseline(joined));
console.log(
  `Scaling: ${(joined.length / 1e6).toFixed(2)} MB in ${once.toFixed(1)} ms, doubled ${twice.toFixed(1)} ms (×${(twice / once).toFixed(2)}); ` +
    `one plain regex scan ${regexOnce.toFixed(1)} ms (glossary/regex ×${(once / regexOnce).toFixed(1)}).`,
);
await window.happyDOM.close();
