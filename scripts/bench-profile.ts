/**
 * npm run bench:profile -- [--pages N | --slugs a,b] [--runs R] [--no-build] [--top K] [--events]
 *
 * Where the content script's main-thread time goes, by function: V8's sampling profiler (every
 * 50 µs) over each page's load and first analysis, in Chromium with the E2E build, on the seed
 * fixture and N corpus pages. Samples are summed by function (self time) for the content
 * script's own functions, and the rest of the thread's samples by kind (garbage collection,
 * program, the page's other code). Reports, never gates: a guide to what to measure next with
 * `npm run bench:startup`.
 *
 * With --events, a trace instead of the profiler: the thread time of the extension's tasks by
 * trace event, V8's compile and parse events included (what the profiler cannot tell apart from
 * running the function being compiled).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload, type SourceMapping } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusPages, readCorpusPage, readFixturePage } from '../tests/fixtures/load';
import { buildExtension, BenchBrowser } from './bench/browser';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/readability-test-pages');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '12' },
      runs: { type: 'string', default: '2' },
      top: { type: 'string', default: '40' },
      'no-build': { type: 'boolean', default: false },
      /** Comma-separated corpus pages instead of every k-th. */
      slugs: { type: 'string' },
      events: { type: 'boolean', default: false },
    },
  });
  const slugs = listCorpusPages(CORPUS);
  const wanted = Math.min(Number(values.pages), slugs.length);
  const step = slugs.length / Math.max(1, wanted);
  const chosen = values.slugs
    ? values.slugs.split(',')
    : Array.from({ length: wanted }, (_, i) => slugs[Math.floor(i * step)]!);
  if (!values['no-build']) buildExtension(ROOT, { E2E: '1', SOURCEMAP: '1' });
  const seed = readFixturePage('gate-seed');
  const pages = [
    { url: seed.url, html: seed.html },
    ...chosen.map((slug) => ({
      url: `http://127.0.0.1:8931/corpus/${encodeURIComponent(slug)}/`,
      html: readCorpusPage(slug, CORPUS),
    })),
  ];
  const mapFile = resolve(ROOT, '.output/chrome-mv3-e2e/content-scripts/content.js.map');
  const sourceMap = existsSync(mapFile)
    ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload)
    : null;
  /** Where a function of the bundle was written: its source file, line and name, when the map says. */
  const origin = (line: number, column: number, name: string) => {
    // Both 0-based here; an empty object when the map has nothing there.
    const found = sourceMap?.findEntry(line, column);
    // Segments of the bundle's own glue map to no source.
    if (!found || !('originalSource' in found) || !(found.originalSource as string | undefined))
      return `${name} content.js:${line + 1}:${column + 1}`;
    const position: SourceMapping & { name?: string } = found;
    return `${position.name ?? name} ${position.originalSource.replace(/^(\.\.\/)+/, '')}:${position.originalLine + 1}`;
  };
  const browser = await BenchBrowser.launch(resolve(ROOT, '.output/chrome-mv3-e2e'));
  const selfMs = new Map<string, number>();
  let loads = 0;
  if (values.events) {
    try {
      for (let run = 0; run < Number(values.runs); run++)
        for (const page of pages) {
          for (const [name, ms] of await browser.traceEventsOfPage(page.url, page.html))
            selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
          loads++;
        }
    } finally {
      await browser.close();
    }
    const rows = [...selfMs].sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
    const compiling = rows.filter(([name]) => /compile|parse|preparse|FlushInstructionCache/i.test(name));
    console.log(
      `thread time of the extension's tasks per page load, ms (mean over ${loads} loads; V8 trace categories on): total ${(total / loads).toFixed(2)}, of which compiling and parsing ${(compiling.reduce((sum, [, ms]) => sum + ms, 0) / loads).toFixed(2)}`,
    );
    for (const [name, ms] of rows.slice(0, Number(values.top)))
      console.log(`${(ms / loads).toFixed(3).padStart(8)}  ${name}`);
    return;
  }
  try {
    for (let run = 0; run < Number(values.runs); run++)
      for (const page of pages) {
        const profile = (await browser.profilePage(page.url, page.html)) as Profile;
        loads++;
        const byId = new Map(profile.nodes.map((node) => [node.id, node]));
        const parentOf = new Map<number, ProfileNode>();
        for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
        const isOurs = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
        const nameOf = (node: ProfileNode) =>
          isOurs(node)
            ? `[ours] ${origin(node.callFrame.lineNumber, node.callFrame.columnNumber, node.callFrame.functionName || '(anonymous)')}`
            : node.callFrame.url
              ? '(the page or the benchmark)'
              : node.callFrame.functionName || '(no name)';
        profile.samples.forEach((id, i) => {
          const leaf = byId.get(id)!;
          // A browser function our code called (sendMessage, outerHTML…) is charged to its caller, named.
          let caller: ProfileNode | undefined = leaf;
          while (caller && !isOurs(caller) && !caller.callFrame.url) caller = parentOf.get(caller.id);
          const key =
            caller && caller !== leaf && isOurs(caller) ? `${nameOf(caller)} → ${nameOf(leaf)}` : nameOf(leaf);
          selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
        });
      }
  } finally {
    await browser.close();
  }
  const rows = [...selfMs].sort((a, b) => b[1] - a[1]);
  const ours = rows.filter(([key]) => key.startsWith('[ours]'));
  console.log(`self time per page load, ms (mean over ${loads} loads), V8 sampling profiler:`);
  console.log(`  content script total ${(ours.reduce((sum, [, ms]) => sum + ms, 0) / loads).toFixed(2)}`);
  for (const [key, ms] of rows.slice(0, Number(values.top)))
    console.log(`${(ms / loads).toFixed(3).padStart(8)}  ${key}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:profile: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
