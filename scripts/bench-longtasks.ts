/**
 * npm run bench:longtasks -- [--slugs a,b | --pages N] [--fresh] [--threshold MS] [--no-build]
 *
 * What the long tasks of the reader-felt measure (`npm run bench`) are made of. Each page is
 * loaded in a fresh tab with the E2E build under a trace (V8's compile events included) and with
 * the page's `PerformanceObserver('longtask')`, then without the extension over the same window.
 * For every main-thread task of the page over the threshold (wall), in both arms: its wall and
 * thread time, whether it holds the extension's work (a script event from the extension's origin
 * or a `marginalia:*` measure), and its own time split by trace event. Style and layout that our
 * script forced (UpdateLayoutTree / Layout events whose stack names the extension) are listed
 * too, since they run inside a task without one of our measures.
 *
 * --fresh launches a new browser for each page, so that every page is the first one the
 * extension sees (cold service worker, offscreen document, code caches).
 *
 * --build DIR: another build of the extension (e.g. main's, `E2E=1 npx wxt build` in a worktree).
 *
 * --felt R: no trace; the reader-felt loads of `npm run bench` (with, then without, untraced),
 * R rounds over the pages, and per page how many rounds had a long task added.
 *
 * --extraction dev|test: instead of the benchmark's corpus, the 30 largest pages of the
 * extraction-dev corpus (../shared/corpus/extraction-dev), alternately in a dev half (1st, 3rd…
 * largest) and a test half: large news pages the benchmark does not load.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusPages, readCorpusPage, readFixturePage } from '../tests/fixtures/load';
import { buildExtension, BenchBrowser, PlainBrowser } from './bench/browser';
import { TRACE_CATEGORIES, cpuOf, topLevelTasks, type TraceEvent } from './bench/trace';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/readability-test-pages');
const EXTRACTION = resolve(ROOT, '../shared/corpus/extraction-dev');
const CATEGORIES = [...TRACE_CATEGORIES, 'v8', 'disabled-by-default-v8.compile', 'blink', 'loading'];

interface TraceEventWithStack extends TraceEvent {
  args?: TraceEvent['args'] & {
    beginData?: { url?: string; stackTrace?: Array<{ url?: string; functionName?: string }> };
  };
}

/** The renderer main thread that parsed `url`. */
function pageThread(trace: readonly TraceEventWithStack[], url: string): { pid: number; tid: number } | null {
  const parse = trace.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url));
  return parse ? { pid: parse.pid, tid: parse.tid } : null;
}

/**
 * The page's tasks over the threshold and the extension's over a quarter of it; then the thread
 * time of the page's tasks that came after `afterMs` (from the start of the HTML parse): with
 * the extension, from its script's evaluation on; without, from the same moment. The benchmark's
 * pages run no script, so that work is the rendering our changes to the page caused (or the
 * page's own late work, which the arm without the extension shows).
 */
function describe(
  trace: readonly TraceEventWithStack[],
  url: string,
  origin: string | null,
  thresholdMs: number,
  afterMs: number | null,
): { lines: string[]; startMs: number | null } {
  const thread = pageThread(trace, url);
  if (!thread) return { lines: ['  (page thread not found in the trace)'], startMs: null };
  const onThread = trace
    .filter((e) => e.pid === thread.pid && (e.tid === thread.tid || e.cat.includes('blink.user_timing')))
    .sort((a, b) => a.ts - b.ts);
  const complete = onThread.filter((e) => e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const stackIsOurs = (e: TraceEventWithStack) =>
    origin !== null &&
    [...(e.args?.beginData?.stackTrace ?? []), ...(e.args?.data?.stackTrace ?? [])].some((f) =>
      f.url?.startsWith(origin),
    );
  const isOurs = (e: TraceEventWithStack) => {
    if (origin === null) return false;
    if (e.cat.includes('blink.user_timing')) return e.name.startsWith('marginalia:');
    const scriptUrl = e.args?.data?.url ?? e.args?.fileName ?? e.args?.url;
    return Boolean(scriptUrl?.startsWith(origin)) || stackIsOurs(e);
  };
  const parse = complete.find((e) => e.name === 'ParseHTML');
  const t0 = parse?.ts ?? complete[0]?.ts ?? 0;
  const lines: string[] = [];
  const tasks = topLevelTasks(complete);
  const evaluation = complete.find((e) => e.name === 'EvaluateScript' && isOurs(e));
  const startMs = afterMs ?? (evaluation ? (evaluation.ts - t0) / 1000 : null);
  const late = { cpu: 0, count: 0, longest: 0, byEvent: new Map<string, number>() };
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = complete.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= end);
    const ours = onThread.some((e) => e.ts >= task.ts && e.ts <= end && isOurs(e));
    const forced = inside.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stackIsOurs(e));
    // Self thread time by event name.
    const self = new Map<string, number>();
    const stack: Array<{ event: TraceEvent; nested: number }> = [];
    const close = (open: { event: TraceEvent; nested: number }) =>
      self.set(open.event.name, (self.get(open.event.name) ?? 0) + cpuOf(open.event) - open.nested);
    for (const event of inside) {
      while (stack.length > 0 && event.ts >= stack.at(-1)!.event.ts + stack.at(-1)!.event.dur!) close(stack.pop()!);
      if (stack.length > 0) stack.at(-1)!.nested += cpuOf(event);
      stack.push({ event, nested: 0 });
    }
    while (stack.length > 0) close(stack.pop()!);
    if (!ours && startMs !== null && (task.ts - t0) / 1000 >= startMs) {
      late.cpu += cpuOf(task);
      late.count++;
      late.longest = Math.max(late.longest, cpuOf(task));
      for (const [name, ms] of self) late.byEvent.set(name, (late.byEvent.get(name) ?? 0) + ms);
    }
    if (task.dur! / 1000 < (ours ? thresholdMs / 4 : thresholdMs) && forced.every((e) => e.dur! / 1000 < 5)) continue;
    const top = [...self]
      .filter(([, ms]) => ms >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ');
    const measures = [
      ...new Set(
        onThread
          .filter((e) => e.ts >= task.ts && e.ts <= end && e.name.startsWith('marginalia:'))
          .map((e) => e.name.slice(11)),
      ),
    ];
    const scripts = [
      ...new Set(
        inside
          .filter((e) => e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile')
          .map((e) => (e.args?.data?.url ?? e.args?.fileName ?? '').replace(/^chrome-extension:\/\/[a-z]+/, 'ext:'))
          .filter(Boolean),
      ),
    ];
    const alongside = ours ? '' : busyElsewhere(trace, thread, task);
    lines.push(
      `  at ${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms  wall ${(task.dur! / 1000).toFixed(1).padStart(6)}  cpu ${cpuOf(task).toFixed(1).padStart(6)}  ${ours ? 'OURS' : 'page'}${measures.length ? ` [${measures.join('+')}]` : ''}${scripts.length ? ` scripts: ${scripts.join(' ')}` : ''}`,
      `      ${top}`,
      ...(alongside ? [`      meanwhile elsewhere (thread ms): ${alongside}`] : []),
      ...forced.map(
        (e) =>
          `      forced by our script: ${e.name} ${(e.dur! / 1000).toFixed(1)} ms (${(
            e.args?.beginData?.stackTrace ?? []
          )
            .slice(0, 3)
            .map((f) => f.functionName || '?')
            .join(' < ')})`,
      ),
    );
  }
  const forcedAll = complete.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stackIsOurs(e));
  if (origin !== null)
    lines.push(
      `  style/layout forced by our script, whole load: ${forcedAll.length} events, ${forcedAll.reduce((s, e) => s + cpuOf(e), 0).toFixed(1)} ms thread time`,
    );
  if (startMs !== null)
    lines.push(
      `  page tasks from ${startMs.toFixed(0)} ms on: ${late.count}, thread time ${late.cpu.toFixed(1)} ms, longest ${late.longest.toFixed(1)} ms; ${[
        ...late.byEvent,
      ]
        .filter(([, ms]) => ms >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
        .join(', ')}`,
    );
  return { lines, startMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      slugs: { type: 'string' },
      pages: { type: 'string', default: '6' },
      fresh: { type: 'boolean', default: false },
      threshold: { type: 'string', default: '40' },
      'no-build': { type: 'boolean', default: false },
      'no-plain': { type: 'boolean', default: false },
      felt: { type: 'string' },
      extraction: { type: 'string' },
      /** Another build of the extension (e.g. main's, built aside) instead of this one's. */
      build: { type: 'string' },
    },
  });
  const all = listCorpusPages(CORPUS);
  const step = all.length / Math.max(1, Number(values.pages));
  const chosen = values.slugs
    ? values.slugs.split(',')
    : Array.from({ length: Number(values.pages) }, (_, i) => all[Math.floor(i * step)]!);
  const buildDir = values.build ? resolve(values.build) : resolve(ROOT, '.output/chrome-mv3-e2e');
  if (!values['no-build'] && !values.build) buildExtension(ROOT);
  const pages = values.extraction
    ? largestExtractionPages(values.extraction)
    : chosen.map((slug) => {
        if (slug === 'gate-seed') return { ...readFixturePage('gate-seed'), slug };
        return {
          slug,
          url: `http://127.0.0.1:8931/corpus/${encodeURIComponent(slug)}/`,
          html: readCorpusPage(slug, CORPUS),
        };
      });
  if (values.felt) return feltRounds(pages, Number(values.felt), buildDir);
  const threshold = Number(values.threshold);
  let browser: BenchBrowser | null = null;
  const plain = values['no-plain'] ? null : await PlainBrowser.launch();
  try {
    for (const page of pages) {
      if (values.fresh || !browser) {
        await browser?.close();
        browser = await BenchBrowser.launch(buildDir);
      }
      const scriptUrl = browser.scriptUrl;
      const origin = `chrome-extension://${new URL(scriptUrl).host}/`;
      const run = await browser.tracedLoad(page.url, page.html, CATEGORIES);
      console.log(
        `\n${page.slug} (${(page.html.length / 1024).toFixed(0)} KB) with the extension: ${run.outcome}; observer's long tasks: ${run.longTasks.map(([at, d]) => `${d.toFixed(0)} ms at ${at.toFixed(0)}`).join(', ') || 'none'}`,
      );
      const withExtension = describe(run.trace, page.url, origin, threshold, null);
      for (const line of withExtension.lines) console.log(line);
      if (plain) {
        const bare = await plain.tracedLoad(page.url, page.html, Math.max(0, run.windowMs - 300), CATEGORIES);
        console.log(
          `${page.slug} without: observer's long tasks: ${bare.longTasks.map(([at, d]) => `${d.toFixed(0)} ms at ${at.toFixed(0)}`).join(', ') || 'none'}`,
        );
        for (const line of describe(bare.trace, page.url, null, threshold, withExtension.startMs).lines)
          console.log(line);
      }
    }
  } finally {
    await browser?.close();
    await plain?.close();
  }
}

/**
 * Thread time of the other processes' and threads' tasks during `task` (their overlap), by
 * process and thread name: what competed for the machine's cores while the page's task ran.
 */
function busyElsewhere(
  trace: readonly TraceEventWithStack[],
  thread: { pid: number; tid: number },
  task: TraceEvent,
): string {
  const names = new Map<string, string>();
  for (const e of trace)
    if (e.ph === 'M' && (e.name === 'process_name' || e.name === 'process_labels' || e.name === 'thread_name'))
      names.set(
        `${e.name}:${e.pid}:${e.name === 'thread_name' ? e.tid : ''}`,
        e.args?.name ?? (e.args as { labels?: string } | undefined)?.labels ?? '',
      );
  const end = task.ts + task.dur!;
  const byThread = new Map<string, number>();
  const others = trace.filter(
    (e) =>
      e.ph === 'X' &&
      e.dur !== undefined &&
      !(e.pid === thread.pid && e.tid === thread.tid) &&
      e.ts < end &&
      e.ts + e.dur > task.ts,
  );
  const groups = new Map<string, TraceEvent[]>();
  for (const e of others) groups.set(`${e.pid}:${e.tid}`, [...(groups.get(`${e.pid}:${e.tid}`) ?? []), e]);
  for (const [key, events] of groups) {
    const [pid, tid] = key.split(':');
    const label = `${names.get(`process_name:${pid}:`) ?? pid}${names.get(`process_labels:${pid}:`) ? ` (${names.get(`process_labels:${pid}:`)})` : ''}/${names.get(`thread_name:${pid}:${tid}`) ?? tid}`;
    let cpu = 0;
    for (const t of topLevelTasks(events)) {
      const overlap = Math.min(end, t.ts + t.dur!) - Math.max(task.ts, t.ts);
      cpu += cpuOf(t) * (overlap / t.dur!);
    }
    if (cpu >= 0.5) byThread.set(label, (byThread.get(label) ?? 0) + cpu);
  }
  return [...byThread]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([label, ms]) => `${label} ${ms.toFixed(1)}`)
    .join(', ');
}

/** The 30 largest pages of the extraction-dev corpus, the odd ranks ('dev') or the even ones ('test'). */
function largestExtractionPages(half: string): Array<{ slug: string; url: string; html: string }> {
  if (half !== 'dev' && half !== 'test') throw new Error(`--extraction takes dev or test, not "${half}"`);
  if (!existsSync(EXTRACTION)) throw new Error(`No extraction corpus at ${EXTRACTION} (../shared missing?)`);
  const sized = readFileSync(join(EXTRACTION, 'index.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [dataset, slug] = line.split('\t');
      const file = join(EXTRACTION, dataset!, slug!, 'source.html');
      return { slug: `${dataset}/${slug}`, file, bytes: statSync(file).size };
    })
    .sort((a, b) => b.bytes - a.bytes || a.slug.localeCompare(b.slug))
    .slice(0, 30);
  return sized
    .filter((_, i) => i % 2 === (half === 'dev' ? 0 : 1))
    .map((page) => ({
      slug: page.slug,
      url: `http://127.0.0.1:8931/extraction/${page.slug.split('/').map(encodeURIComponent).join('/')}/`,
      html: readFileSync(page.file, 'utf8'),
    }));
}

/** The benchmark's untraced with/without loads, `rounds` times over the pages. */
async function feltRounds(
  pages: ReadonlyArray<{ slug: string; url: string; html: string }>,
  rounds: number,
  buildDir: string,
) {
  const browser = await BenchBrowser.launch(buildDir);
  const added = new Map<string, number>();
  try {
    // Both browsers started and warm before the first compared load (see BenchBrowser.prepareFelt).
    await browser.prepareFelt(pages[0]!.url, pages[0]!.html);
    for (let round = 0; round < rounds; round++) {
      let count = 0;
      for (const page of pages) {
        const run = await browser.feltLoad(page.slug, page.url, page.html);
        const isAdded = run.with.longTasks > run.without.longTasks;
        if (isAdded) count++;
        added.set(page.slug, (added.get(page.slug) ?? 0) + (isAdded ? 1 : 0));
        console.log(
          `round ${round + 1} ${page.slug}: long tasks ${run.without.longTasks} → ${run.with.longTasks} (holding our measure ${run.with.longTasksWithOurMeasure}), longest ${run.without.longestMs.toFixed(0)} → ${run.with.longestMs.toFixed(0)} ms, TBT ${run.without.blockingMs.toFixed(0)} → ${run.with.blockingMs.toFixed(0)} ms${isAdded ? '  ADDED' : ''}`,
        );
      }
      console.log(`round ${round + 1}: ${count} of ${pages.length} pages with a long task added`);
    }
  } finally {
    await browser.close();
  }
  const always = [...added].filter(([, n]) => n === rounds).map(([slug]) => slug);
  const ever = [...added].filter(([, n]) => n > 0).map(([slug]) => `${slug} (${added.get(slug)}/${rounds})`);
  console.log(`\npages with a long task added in some round: ${ever.join(', ') || 'none'}`);
  console.log(`in every round: ${always.join(', ') || 'none'}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:longtasks: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
