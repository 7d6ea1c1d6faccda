/**
 * npm run bench:serialize -- [--pages N] [--corpus DIR]
 *
 * What leaving the code of scripts and the rules of style sheets out of the page's HTML
 * (lib/page/serialize.ts) saves, and a check that it changes nothing the analysis finds: each
 * page of the readability corpus (../shared/corpus/readability-test-pages, scripts included, as
 * served by the site) is parsed in happy-dom, serialized whole (outerHTML) and with the cut, and
 * both are analyzed (analyzePage, as the CLI does). Prints the bytes saved and every page whose
 * analysis differs (timings and the time of analysis aside); exits non-zero if any does.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzePage } from '../lib/analysis/analyze';
import { cutOf, serializeSteps } from '../lib/page/serialize';
import { listCorpusPages, parseHtml, readCorpusPage } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');

/** The analysis as JSON, without what differs from one run to the next. */
function analysisOf(html: string, url: string): string {
  const { window, document } = parseHtml(html, url);
  try {
    const { timings: _timings, analyzedAt: _analyzedAt, ...analysis } = analyzePage(document, url);
    return JSON.stringify(analysis);
  } finally {
    void (window as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus/readability-test-pages') },
    },
  });
  if (!existsSync(values.corpus)) throw new Error(`The corpus is missing: expected ${values.corpus}.`);
  const slugs = listCorpusPages(values.corpus).slice(0, values.pages ? Number(values.pages) : undefined);
  let wholeBytes = 0;
  let cutBytes = 0;
  const differing: string[] = [];
  for (const slug of slugs) {
    const url = `http://127.0.0.1:8931/corpus/${encodeURIComponent(slug)}/`;
    const { window, document } = parseHtml(readCorpusPage(slug, values.corpus), url);
    const whole = document.documentElement.outerHTML;
    const out: string[] = [];
    for (const _ of serializeSteps(document.documentElement, out, undefined, cutOf(document.documentElement)));
    const cut = out.join('');
    await (window as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();
    wholeBytes += whole.length;
    cutBytes += cut.length;
    const same = analysisOf(whole, url) === analysisOf(cut, url);
    if (!same) differing.push(slug);
    console.log(
      `${slug.padEnd(40)} ${(whole.length / 1024).toFixed(0).padStart(6)} KB → ${(cut.length / 1024).toFixed(0).padStart(6)} KB${same ? '' : '  ANALYSIS DIFFERS'}`,
    );
  }
  console.log(
    `\n${slugs.length} pages: ${(wholeBytes / 1024).toFixed(0)} KB whole, ${(cutBytes / 1024).toFixed(0)} KB with scripts' code and style rules left out (${((1 - cutBytes / wholeBytes) * 100).toFixed(0)}% less); analysis differs on ${differing.length}${differing.length ? `: ${differing.join(', ')}` : ''}`,
  );
  if (differing.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:serialize: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
