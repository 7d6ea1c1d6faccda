/**
 * npm run analyze -- <file.html> [--url <url>] [--format json|md] [--html]
 * Prints the PageAnalysis of a saved page, computed by the same lib/ code the extension runs,
 * under happy-dom with scripts off. With no file, analyzes the bundled seed fixture.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { analyzePage } from '../lib/analysis/analyze';
import { toMarkdown } from '../lib/shared/highlights/export';
import { parseHtml, readFixturePage } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(1);
}

function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<(!doctype\s+html|html|head|body|p|div|article|main|title)\b/i.test(text.slice(0, 65_536));
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'json' },
        html: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

if (values.format !== 'json' && values.format !== 'md') fail(`unknown --format "${values.format}" (use json or md)`);
if (positionals.length > 1) fail('give one HTML file');

let html: string;
let url: string;
const file = positionals[0];
if (file === undefined) {
  const seed = readFixturePage('gate-seed');
  html = seed.html;
  url = values.url ?? seed.url;
} else {
  const path = resolve(file);
  try {
    if (!statSync(path).isFile()) fail(`${file} is not a file`);
    html = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? (error as Error).message})`);
  }
  if (!looksLikeHtml(html)) fail(`${file} is not an HTML page`);
  url = values.url ?? `file://${path}`;
}
if (!/^(https?|file):/i.test(url)) fail(`--url must be an http(s) URL, got "${url}"`);

const { document, window } = parseHtml(html, url);
const analysis = analyzePage(document, url, {
  sanitizeWith: values.html ? new JSDOM('').window : undefined,
});
await window.happyDOM.close();

if (values.format === 'md') {
  const page = {
    pageKey: url,
    title: analysis.article?.title ?? document.title,
    highlights: [],
    author: analysis.article?.byline,
  };
  process.stdout.write(toMarkdown(page, analysis));
} else {
  process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
}
