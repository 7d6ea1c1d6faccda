/**
 * npm run bench:startup -- [--pages N | --slugs a,b] [--runs R] [--no-build] [--compare BUILD_DIR]
 *
 * A quick A/B of the content script's cost on the page, without the rest of `npm run bench`:
 * the seed fixture and N corpus pages spread over the corpus (every k-th), each loaded R times in
 * turn under a trace, in Chromium with the E2E build. Per page, the median over the runs of the
 * start-up task, the extension's total main-thread time and Readability's parse (thread time,
 * scripts/bench/trace.ts), and their ratio; then the medians over pages. Reports, never gates.
 *
 * With --compare, another build of the extension (e.g. main's, copied aside after
 * `E2E=1 npx wxt build`) is loaded in a second browser and each page is loaded in both in turn,
 * alternating which goes first, so that the machine's load falls on both alike; the summary then
 * gives both builds' figures and their ratio, page by page.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusPages, readCorpusPage, readFixturePage } from '../tests/fixtures/load';
import { buildExtension, BenchBrowser, type PageRun } from './bench/browser';
import { LoadSamples, describeConditions } from './bench/machine';
import { median } from './bench/stats';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/readability-test-pages');

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '12' },
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      compare: { type: 'string' },
      /** Comma-separated corpus pages instead of every k-th. */
      slugs: { type: 'string' },
    },
  });
  const slugs = listCorpusPages(CORPUS);
  const wanted = Math.min(Number(values.pages), slugs.length);
  const step = slugs.length / Math.max(1, wanted);
  const chosen = values.slugs
    ? values.slugs.split(',')
    : Array.from({ length: wanted }, (_, i) => slugs[Math.floor(i * step)]!);
  const runs = Number(values.runs);
  if (!values['no-build']) buildExtension(ROOT);

  const seed = readFixturePage('gate-seed');
  const pages = [
    { slug: 'gate-seed', url: seed.url, html: seed.html },
    ...chosen.map((slug) => ({
      slug,
      url: `http://127.0.0.1:8931/corpus/${encodeURIComponent(slug)}/`,
      html: readCorpusPage(slug, CORPUS),
    })),
  ];
  const builds = [
    { name: 'this build', dir: resolve(ROOT, '.output/chrome-mv3-e2e') },
    ...(values.compare ? [{ name: 'compared build', dir: resolve(values.compare) }] : []),
  ];
  const browsers: BenchBrowser[] = [];
  const byBuild = builds.map(() => new Map<string, PageRun[]>());
  const load = new LoadSamples();
  try {
    for (const build of builds) browsers.push(await BenchBrowser.launch(build.dir));
    for (let run = 0; run < runs; run++)
      for (const [p, page] of pages.entries()) {
        const order = browsers.map((_, i) => i);
        if ((run + p) % 2 === 1) order.reverse();
        load.take();
        for (const b of order) {
          const result = await browsers[b]!.runPage(page.slug, page.url, page.html);
          byBuild[b]!.set(page.slug, [...(byBuild[b]!.get(page.slug) ?? []), result]);
        }
      }
  } finally {
    for (const browser of browsers) await browser.close();
  }
  for (const [b, build] of builds.entries()) {
    if (builds.length > 1) console.log(`\n== ${build.name} (${build.dir})`);
    report(pages, byBuild[b]!, runs);
  }
  if (builds.length > 1) compare(pages, byBuild[0]!, byBuild[1]!);
  console.log(describeConditions(load.conditions()));
  const errors = browsers
    .flatMap((browser) => browser.errors())
    .filter((error) => !/Content Security Policy|Not allowed to load local resource/.test(error));
  if (errors.length > 0) console.log(`errors seen in the browser:\n  ${errors.join('\n  ')}`);
}

/** Per page, this build's extension total over the compared build's (median over runs each), and the medians of both. */
function compare(
  pages: ReadonlyArray<{ slug: string }>,
  ours: Map<string, PageRun[]>,
  theirs: Map<string, PageRun[]>,
): void {
  const total = (runs: PageRun[] | undefined) => median((runs ?? []).filter((r) => r.cpu).map((r) => r.cpu!.totalMs));
  const ratioToReadability = (runs: PageRun[] | undefined) =>
    median((runs ?? []).filter((r) => r.cpu).map((r) => r.cpu!.ratio ?? NaN));
  const corpus = pages.filter((page) => page.slug !== 'gate-seed');
  const perPage = pages.map((page) => total(ours.get(page.slug)) / total(theirs.get(page.slug)));
  console.log(
    `\nA/B, thread time: extension total median ${ms(median(pages.map((p) => total(ours.get(p.slug)))))} ms (this) vs ${ms(median(pages.map((p) => total(theirs.get(p.slug)))))} ms (compared); this/compared per page, median ${median(perPage).toFixed(3)}× (${perPage.map((r) => r.toFixed(2)).join(' ')}); ratio to Readability median ${median(corpus.map((p) => ratioToReadability(ours.get(p.slug)))).toFixed(2)}× (this) vs ${median(corpus.map((p) => ratioToReadability(theirs.get(p.slug)))).toFixed(2)}× (compared)`,
  );
}

function report(
  pages: ReadonlyArray<{ slug: string; html: string }>,
  byPage: Map<string, PageRun[]>,
  runs: number,
): void {
  const header = [
    'page',
    'KB',
    'startup',
    'compile',
    'evaluate',
    '1st task',
    'serialize',
    'send',
    'index',
    'anchor',
    'paint',
    'tasks',
    'render after',
    'ext total',
    'Readability',
    'ratio',
  ];
  const rows: string[][] = [];
  const summary = {
    startup: [] as number[],
    startupMax: [] as number[],
    total: [] as number[],
    ratio: [] as number[],
    renderingMax: [] as number[],
  };
  for (const page of pages) {
    const results = (byPage.get(page.slug) ?? []).filter((r) => r.cpu);
    const startup = median(results.map((r) => r.cpu!.startupTaskMs));
    const total = median(results.map((r) => r.cpu!.totalMs));
    const readability = median(results.map((r) => r.cpu!.readabilityMs ?? NaN));
    const ratio = median(results.map((r) => r.cpu!.ratio ?? NaN));
    summary.startup.push(startup);
    summary.startupMax.push(Math.max(...results.map((r) => r.cpu!.startupTaskMs)));
    summary.total.push(total);
    summary.renderingMax.push(...results.map((r) => r.cpu!.renderingAfterBegin?.longestMs ?? NaN));
    if (page.slug !== 'gate-seed') summary.ratio.push(ratio);
    rows.push([
      page.slug,
      (Buffer.byteLength(page.html) / 1024).toFixed(0),
      ms(startup),
      ms(median(results.map((r) => r.startup!.compileMs))),
      ms(median(results.map((r) => r.startup!.evaluateMs))),
      ms(median(results.map((r) => r.cpu!.firstSliceMs ?? NaN))),
      ...(['serialize', 'send', 'index', 'anchor', 'paint'] as const).map((stage) =>
        ms(median(results.map((r) => r.stages[stage] ?? NaN))),
      ),
      String(median(results.map((r) => r.tasks ?? NaN))),
      ms(median(results.map((r) => r.cpu!.renderingAfterBegin?.longestMs ?? NaN))),
      ms(total),
      ms(readability),
      ratio.toFixed(2),
    ]);
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(
    'Thread (CPU) time, ms, median over runs; compile, evaluate and the stages (their marginalia:* measures, summed) are wall time; render after: the longest of the page’s rendering tasks after the session began (the restyle and repaint our changes cause)',
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nover ${pages.length} pages × ${runs} runs: start-up median ${ms(median(summary.startup))} ms, max ${ms(Math.max(...summary.startupMax))} ms; extension total median ${ms(median(summary.total))} ms; ratio to Readability median ${median(summary.ratio).toFixed(2)}× (corpus pages); page rendering task after the session began: max ${ms(Math.max(...summary.renderingMax.filter(Number.isFinite)))} ms`,
  );
  const causes = new Map<string, number[]>();
  for (const results of byPage.values())
    for (const result of results)
      for (const [cause, cpuMs] of Object.entries(result.cpuByCause))
        causes.set(cause, [...(causes.get(cause) ?? []), cpuMs]);
  const runCount = [...byPage.values()].reduce((sum, results) => sum + results.length, 0);
  console.log(
    `extension thread time by what its tasks did, mean per page run: ${[...causes]
      .sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0))
      .map(([cause, values]) => `${cause} ${ms(values.reduce((x, y) => x + y, 0) / runCount)}`)
      .join(', ')}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:startup: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
