/**
 * npm run bench:profile-cli -- [--pages N] [--top K]
 *
 * Where the CLI's analysis time goes (issue 17's CLI budget): analyzePage on happy-dom documents
 * of the corpus pages `npm run bench -- --only cli` uses, under V8's sampling profiler (every
 * 100 µs). Each page is parsed first and analysed once unprofiled (so the profile holds warm code,
 * as the bench's fastest run does), then analysed again under the profiler. Samples inside
 * analyzePage are split four ways: Readability's parse, the clone of the document, our own code,
 * and the DOM calls our code makes (attributed to the lib/ function that made them); then the
 * inclusive time of each lib/ function. Garbage collection is not in it (V8 files it under no
 * function), though the bench's CPU time counts it. Reports, never gates; the profiler slows
 * everything, so compare shares, not milliseconds, and measure a change with the bench.
 */
import { Session } from 'node:inspector/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzePage } from '../lib/analysis/analyze';
import { listCorpusPages, parseHtml, readCorpusPage } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/readability-test-pages');
const LIB = `${resolve(ROOT, 'lib')}/`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

type Category = 'Readability' | 'clone' | 'ours (JS)' | 'ours (DOM calls)';

const isOurs = (node: ProfileNode) => node.callFrame.url.includes(LIB);
const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'}  ${node.callFrame.url.slice(node.callFrame.url.indexOf(LIB) + LIB.length)}`;

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

function top(totals: Map<string, number>, count: number, whole: number): string {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / whole).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');
}

function summarize(profile: Profile, count: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byCategory = new Map<Category, number>();
  const domCallsBy = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let whole = 0;
  for (const [i, sample] of profile.samples.entries()) {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    // Innermost frame first.
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) stack.push(byId.get(id)!);
    if (!stack.some((node) => node.callFrame.functionName === 'analyzePage' && isOurs(node))) continue;
    whole += ms;
    const seen = new Set<string>();
    for (const node of stack.filter(isOurs)) {
      const key = label(node);
      if (!seen.has(key)) add(inclusive, key, ms);
      seen.add(key);
    }
    let category: Category;
    if (stack.some((node) => node.callFrame.url.includes('@mozilla/readability'))) category = 'Readability';
    else if (stack.some((node) => node.callFrame.functionName === 'cloneNode' && !isOurs(node))) category = 'clone';
    else if (isOurs(stack[0]!)) category = 'ours (JS)';
    else {
      const caller = stack.find(isOurs);
      category = caller && stack[0]!.callFrame.url.includes('happy-dom') ? 'ours (DOM calls)' : 'ours (JS)';
      if (caller && category === 'ours (DOM calls)') add(domCallsBy, label(caller), ms);
    }
    byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
  }
  console.log(`analyzePage, ${whole.toFixed(0)} ms of samples:`);
  console.log(top(byCategory, 4, whole));
  console.log(`\nDOM calls by the lib/ function that made them:\n${top(domCallsBy, count, whole)}`);
  console.log(`\nInclusive time of lib/ functions:\n${top(inclusive, count, whole)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pages: { type: 'string' }, top: { type: 'string', default: '30' } } });
  if (!existsSync(CORPUS))
    throw new Error(`The corpus is missing: expected ${CORPUS} (../shared/corpus/readability-test-pages).`);
  const slugs = listCorpusPages(CORPUS).slice(0, values.pages === undefined ? undefined : Number(values.pages));
  const pages = slugs.map((slug) => {
    const url = `http://127.0.0.1:8931/corpus/${encodeURIComponent(slug)}/`;
    return { url, ...parseHtml(readCorpusPage(slug, CORPUS), url) };
  });
  for (const page of pages) analyzePage(page.document, page.url);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (const page of pages) analyzePage(page.document, page.url);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  for (const page of pages) await page.window.happyDOM.close();
  console.log(`${pages.length} corpus pages\n`);
  summarize(profile as Profile, Number(values.top));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:profile-cli: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
