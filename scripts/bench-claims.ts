/**
 * Times key-claim extraction against Readability on the largest corpus page (wikipedia-2), in the
 * same run: Readability's parse of a fresh clone of the page, then findClaims over the article
 * text built from Readability's output. Prints the medians and the ratio claims / Readability.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { collectBlocks } from '../lib/analysis/article/blocks';
import { findClaims } from '../lib/analysis/claims';
import { scriptlessWindow } from '../tests/fixtures/load';
import { median } from './bench/stats';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const REPETITIONS = 5;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagePath = resolve(repoRoot, '../shared/corpus/readability-test-pages/wikipedia-2/source.html');

if (!existsSync(pagePath)) {
  console.error(`bench:claims: corpus page not found at ${pagePath}.`);
  console.error('The shared corpus must sit beside the repository (../shared/corpus/readability-test-pages).');
  process.exit(2);
}

const html = readFileSync(pagePath, 'utf8');
const window = scriptlessWindow('https://en.wikipedia.org/wiki/Benchmark', { computedStyle: false });
const source = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const lang = (source.documentElement.getAttribute('lang') ?? 'en').split('-')[0]!;

function parseClone(): string {
  const clone = source.cloneNode(true) as Document;
  const start = performance.now();
  const article = new Readability(clone).parse();
  readabilityTimes.push(performance.now() - start);
  if (!article?.content) throw new Error('Readability found no article on the benchmark page.');
  return article.content;
}

const readabilityTimes: number[] = [];
const claimTimes: number[] = [];
let articleText = '';
let claimCount = 0;

// One untimed round to warm the JIT and the segmenter caches, then the measured rounds.
for (let round = 0; round <= REPETITIONS; round++) {
  const content = parseClone();
  if (round === 0) {
    readabilityTimes.length = 0;
    const container = source.createElement('div');
    container.innerHTML = content;
    articleText = collectBlocks(container)
      .map((block) => block.text)
      .join('\n\n');
    findClaims(articleText, lang);
    continue;
  }
  const start = performance.now();
  claimCount = findClaims(articleText, lang).length;
  claimTimes.push(performance.now() - start);
}

const readabilityMedian = median(readabilityTimes);
const claimsMedian = median(claimTimes);
console.log(
  `Page: wikipedia-2 (${(html.length / 1024).toFixed(0)} KB HTML, article text ${articleText.length} chars, lang ${lang})`,
);
console.log(`Repetitions: ${REPETITIONS}`);
console.log(`Readability parse (median): ${readabilityMedian.toFixed(1)} ms`);
console.log(`findClaims (median):        ${claimsMedian.toFixed(1)} ms  (${claimCount} claims)`);
console.log(`Ratio findClaims / Readability: ${(claimsMedian / readabilityMedian).toFixed(3)}`);
await window.happyDOM.close();
