/**
 * npm run eval:article-robustness -- [--only <slug prefix>] [--perturbation <name>] [--verbose]
 *
 * Whether the article survives the ways real sites differ in markup: every dev-split page of
 * ../shared/corpus/extraction-dev with a full expected text is read as it is and once under each
 * perturbation of tests/article-robustness/perturb.ts (paragraphs as <div>/<section>, bare text
 * with <br>, <span>s, one sentence per paragraph, list items, extra wrappers, a comment thread
 * or a related-stories box beside the story). Prints, per perturbation, the articles lost that the
 * page as it is gave, the mean token F1 against the page as it is, and the pages whose F1 fell by
 * more than DROP_TO_REPORT. Test-split pages are never read.
 *
 * Exits 1 when a perturbation loses an article the page as it is gave, 2 when the corpus is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../lib/analysis/article/extract';
import { scriptlessWindow, writePage } from '../tests/fixtures/load';
import { PERTURBATIONS, type Perturbation } from '../tests/article-robustness/perturb';
import { listExtractionPages, readExtractionSplits } from './extraction-corpus';
import { scoreTokens, truthIsArticle } from './extraction-scoring';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

/** A fall in a page's F1 worth naming. */
const DROP_TO_REPORT = 0.05;

function fail(message: string): never {
  console.error(`\n*** eval:article-robustness: ${message}\n`);
  process.exit(2);
}

interface DevPage {
  name: string;
  lang: string;
  url: string;
  html: string;
  truth: string;
}

function devPages(only?: string): DevPage[] {
  const splits = readExtractionSplits();
  const pages: DevPage[] = [];
  for (const page of listExtractionPages(fail)) {
    const expected = join(page.dir, 'expected.txt');
    if (splits.get(`${page.dataset}/${page.slug}`) !== 'dev' || !existsSync(expected)) continue;
    if (only && !page.slug.startsWith(only)) continue;
    pages.push({
      name: `${page.dataset}/${page.slug}`,
      lang: page.lang,
      url: page.url,
      html: readFileSync(join(page.dir, 'source.html'), 'utf8'),
      truth: readFileSync(expected, 'utf8'),
    });
  }
  if (pages.length === 0) fail('no dev page with expected.txt matches');
  return pages;
}

async function extractText(page: DevPage, perturbation: Perturbation | null): Promise<string> {
  const window = scriptlessWindow(page.url, { computedStyle: false });
  try {
    const doc = writePage(window, page.html);
    perturbation?.apply(doc, page.lang);
    return extractArticle(doc)?.text ?? '';
  } finally {
    await window.happyDOM.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      perturbation: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const perturbations = PERTURBATIONS.filter((p) => !values.perturbation || p.name === values.perturbation);
  if (perturbations.length === 0) fail(`no perturbation named ${values.perturbation}`);
  const pages = devPages(values.only);

  const base = new Map<string, { f1: number; found: boolean }>();
  for (const page of pages) {
    const text = await extractText(page, null);
    base.set(page.name, { f1: scoreTokens(text, page.truth, page.lang).f1, found: !!text.trim() });
  }
  const baseMean = pages.reduce((sum, page) => sum + base.get(page.name)!.f1, 0) / pages.length;
  console.log(`${pages.length} dev pages, as they are: mean F1 ${baseMean.toFixed(3)}`);
  console.log(`${'perturbation'.padEnd(22)} ${'F1'.padStart(6)} ${'drop'.padStart(6)} lost  fell>${DROP_TO_REPORT}`);

  let lostAny = false;
  for (const perturbation of perturbations) {
    let sum = 0;
    const lost: string[] = [];
    const fell: string[] = [];
    for (const page of pages) {
      const text = await extractText(page, perturbation);
      const f1 = scoreTokens(text, page.truth, page.lang).f1;
      sum += f1;
      const before = base.get(page.name)!;
      if (before.found && !text.trim() && truthIsArticle(page.truth, page.lang)) lost.push(page.name);
      else if (before.f1 - f1 > DROP_TO_REPORT) fell.push(`${page.name} ${before.f1.toFixed(3)}→${f1.toFixed(3)}`);
    }
    const mean = sum / pages.length;
    lostAny ||= lost.length > 0;
    console.log(
      `${perturbation.name.padEnd(22)} ${mean.toFixed(3).padStart(6)} ${(baseMean - mean).toFixed(3).padStart(6)} ` +
        `${String(lost.length).padStart(4)}  ${fell.length}`,
    );
    for (const name of lost) console.log(`    LOST ${name}`);
    if (values.verbose) for (const line of fell) console.log(`    fell ${line}`);
  }
  if (lostAny) {
    console.error('\n*** eval:article-robustness: a perturbation lost an article the page as it is gave');
    process.exit(1);
  }
}

await main();
