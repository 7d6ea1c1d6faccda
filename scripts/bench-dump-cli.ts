/**
 * npm run bench:dump-cli -- <folder>  (tsx scripts/bench-dump-cli.ts <folder>)
 *
 * Writes the CLI analysis of every corpus page, with and without sanitized article HTML, one JSON
 * file each (the clock-dependent fields blanked), so a speed change can be checked to leave every
 * output byte-identical: dump before and after, then `diff -r`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyzePage } from '../lib/analysis/analyze';
import { CORPUS_PAGES_DIR, listCorpusPages, parseHtml, readCorpusPage } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('give the folder to write the analyses to');
  if (!existsSync(CORPUS_PAGES_DIR))
    throw new Error(`The corpus is missing: expected ${CORPUS_PAGES_DIR} (../shared/corpus/readability-test-pages).`);
  mkdirSync(out, { recursive: true });
  const sanitizeWith = new JSDOM('').window;
  for (const slug of listCorpusPages()) {
    const url = `http://127.0.0.1:8931/corpus/${encodeURIComponent(slug)}/`;
    const html = readCorpusPage(slug);
    for (const sanitized of [false, true]) {
      const { window, document } = parseHtml(html, url);
      const analysis = analyzePage(document, url, { sanitizeWith: sanitized ? sanitizeWith : undefined });
      await window.happyDOM.close();
      const stable = { ...analysis, analyzedAt: '', timings: {} };
      writeFileSync(resolve(out, `${slug}${sanitized ? '.html' : ''}.json`), JSON.stringify(stable, null, 1));
    }
  }
  sanitizeWith.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-dump-cli: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
