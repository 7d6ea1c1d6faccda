/**
 * npm run bench:first-claim -- [--runs R] [--no-build] [--compare BUILD_DIR] [--slug FIXTURE]
 *
 * `npm run bench`'s "seed page load → first claim in the panel", alone and split into its phases.
 * The panel is opened beside a page without an article, then that tab loads the seed fixture, as
 * in scripts/bench/browser.ts panelLatency. Every time is on the wall clock (epoch milliseconds;
 * every process of the browser reads the same clock) and given from the page's load event:
 *  - the page: its response and load events (navigation timing), the content script's evaluation
 *    (`marginalia:main`), its first task (`marginalia:begin`), serializing the page and the send
 *    (`marginalia:serialize`, `marginalia:send`);
 *  - the background: when it stored the tab's "analyzing" and "ready" states (a listener the
 *    benchmark adds to the service worker's storage.session.onChanged);
 *  - the analysis: its own stage timings (PageAnalysis.timings) and the end of the analysis
 *    (`analyzedAt`, taken when analyzePage returns);
 *  - the panel: when its storage listener saw the ready state, and when the first claim was in
 *    its document (MutationObserver).
 * Median per phase over the runs (the first run of each browser, which creates the offscreen
 * document, is given apart). With --compare, another build's browser is launched too and the
 * runs alternate between the two, so that the machine's load falls on both alike.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFixturePage } from '../tests/fixtures/load';
import { buildExtension, BenchBrowser, traced } from './bench/browser';
import { TRACE_CATEGORIES } from './bench/trace';
import { writeFileSync } from 'node:fs';
import { LoadSamples, describeConditions } from './bench/machine';
import { median } from './bench/stats';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');
const TIMEOUT_MS = 30_000;

interface Phases {
  [phase: string]: number;
}

declare const chrome: {
  storage: {
    session: {
      onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
    };
  };
  runtime: { getContexts(filter: object): Promise<unknown[]> };
};

/** One run on one browser: the phases in ms from the page's load event. */
async function firstClaim(
  browser: BenchBrowser,
  url: string,
  html: string,
  traceTo?: string,
  wait: 'observer' | 'locator' = 'observer',
): Promise<Phases | null> {
  const ext = browser.ext;
  await browser.serveScriptless(url, html);
  const start = 'http://127.0.0.1:8931/bench-start';
  await ext.serve(start, '<!doctype html><title>start</title><p>Start.</p>');
  const page = await ext.context.newPage();
  await page.goto(start);
  const tabId = await ext.tabIdOf(start);
  const offscreenBefore = await ext.worker.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
  );
  await ext.worker.evaluate((id) => {
    (globalThis as unknown as { __benchStates: Array<[string, number]> }).__benchStates = [];
    const key = `tab-state:${id}`;
    const self = globalThis as unknown as { __benchListening?: boolean; __benchKey?: string };
    self.__benchKey = key;
    if (self.__benchListening) return;
    self.__benchListening = true;
    chrome.storage.session.onChanged.addListener((changes) => {
      const change = changes[(globalThis as unknown as { __benchKey: string }).__benchKey];
      const status = (change?.newValue as { status?: string; url?: string } | undefined)?.status;
      if (status && (change?.newValue as { url?: string }).url?.includes('bench-start') === false)
        (globalThis as unknown as { __benchStates: Array<[string, number]> }).__benchStates.push([status, Date.now()]);
    });
  }, tabId);
  const panel = await ext.openPanel(tabId);
  try {
    await panel.evaluate(`(() => {
      window.__bench = {};
      const key = 'tab-state:${tabId}';
      chrome.storage.session.onChanged.addListener((changes) => {
        const value = changes[key]?.newValue;
        const status = value?.status;
        if (status && value.url !== '${start}' && !window.__bench[status]) window.__bench[status] = Date.now();
      });
      window.__benchClaimShown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="claim"]')) return;
          window.__bench.claim = Date.now();
          observer.disconnect();
          resolve(true);
        });
        observer.observe(document, { childList: true, subtree: true });
      });
    })()`);
    const navigate = async () => {
      if (wait === 'locator') {
        await page.goto(url, { waitUntil: 'load' });
        await panel.getByTestId('claim').first().waitFor({ timeout: TIMEOUT_MS });
        return;
      }
      // Waiting on the panel's own observer runs nothing of Playwright's in the panel meanwhile
      // (a locator compiles Playwright's injected script there, on the offscreen document's thread).
      const shown = panel.evaluate('window.__benchClaimShown');
      await page.goto(url, { waitUntil: 'load' });
      await Promise.race([
        shown,
        new Promise((_, reject) => setTimeout(() => reject(new Error('no claim shown')), TIMEOUT_MS).unref()),
      ]);
    };
    if (traceTo?.endsWith('.cpuprofile')) {
      // V8's sampling profile of the panel's thread (the offscreen document shares it).
      const cdp = await ext.context.newCDPSession(panel);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await navigate();
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(traceTo, JSON.stringify(profile));
    } else if (traceTo) {
      const cdp = await ext.context.newCDPSession(page);
      const { trace } = await traced(cdp, navigate, [
        ...TRACE_CATEGORIES,
        'v8',
        'disabled-by-default-v8.compile',
        'ipc',
        'extensions',
        'navigation',
        'loading',
        'blink',
      ]);
      writeFileSync(traceTo, JSON.stringify({ traceEvents: trace }));
    } else await navigate();
    await panel.waitForFunction(
      () => (window as unknown as { __bench: { claim?: number } }).__bench.claim !== undefined,
    );
    const inPanel = await panel.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
    // A string, not a function: tsx would wrap the named inner functions in a helper the page lacks.
    const inPage = await page.evaluate<Record<string, number | string>>(`(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const origin = performance.timeOrigin;
      const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('marginalia:'));
      const named = (name) => measures.filter((m) => m.name === 'marginalia:' + name);
      const at = (value) => (value === undefined ? NaN : origin + value);
      const end = (m) => (m ? m.startTime + m.duration : undefined);
      return {
        visibility: document.visibilityState,
        responseEnd: at(navigation.responseEnd),
        domContentLoaded: at(navigation.domContentLoadedEventEnd),
        load: at(navigation.loadEventEnd),
        scriptEvaluated: at(end(named('main')[0])),
        begin: at(named('begin')[0]?.startTime),
        serialized: at(end(named('serialize').at(-1))),
        sendStart: at(named('send')[0]?.startTime),
        sent: at(end(named('send')[0])),
      };
    })()`);
    const states = await ext.worker.evaluate(
      () => (globalThis as unknown as { __benchStates: Array<[string, number]> }).__benchStates,
    );
    const state = (await ext.tabState(tabId)) as {
      analysis?: { analyzedAt: string; timings?: Record<string, number> };
    } | null;
    const timings = state?.analysis?.timings ?? {};
    const analyzedAt = Date.parse(state?.analysis?.analyzedAt ?? '');
    const analysisMs = Object.values(timings).reduce((sum, value) => sum + value, 0);
    const stored = (status: string) => states.find(([s]) => s === status)?.[1] ?? NaN;
    const zero = inPage.load as number;
    const from = (value: number) => value - zero;
    const phases: Phases = {
      offscreenBefore,
      visible: inPage.visibility === 'visible' ? 1 : 0,
      'response end': from(inPage.responseEnd as number),
      'content script evaluated': from(inPage.scriptEvaluated as number),
      'first task (begin)': from(inPage.begin as number),
      serialized: from(inPage.serialized as number),
      'send returned': from(inPage.sent as number),
      '"analyzing" stored (background)': from(stored('analyzing')),
      'analysis start (analyzedAt - stages)': from(analyzedAt - analysisMs),
      'analysis end (analyzedAt)': from(analyzedAt),
      '"ready" stored (background)': from(stored('ready')),
      '"ready" seen (panel)': from(inPanel.ready ?? NaN),
      'first claim in the panel': from(inPanel.claim!),
    };
    for (const [stage, value] of Object.entries(timings)) phases[`  stage ${stage}`] = value;
    return phases;
  } catch (error) {
    process.stderr.write(`first claim: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  } finally {
    await panel.close();
    await page.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      compare: { type: 'string' },
      slug: { type: 'string', default: 'gate-seed' },
      /** Write each run's trace of every process (Perfetto / DevTools) to <prefix>-<build>-<run>.json. */
      trace: { type: 'string' },
      /** Alternate the wait for the claim between the panel's observer and a Playwright locator (as npm run bench did). */
      'ab-wait': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!values['no-build']) buildExtension(ROOT);
  const seed = readFixturePage(values.slug);
  const builds: Array<{ name: string; dir: string; wait: 'observer' | 'locator' }> = [
    { name: 'this build', dir: resolve(ROOT, '.output/chrome-mv3-e2e'), wait: 'observer' },
    ...(values.compare ? [{ name: 'compared build', dir: resolve(values.compare), wait: 'observer' as const }] : []),
    ...(values['ab-wait']
      ? [{ name: 'locator wait', dir: resolve(ROOT, '.output/chrome-mv3-e2e'), wait: 'locator' as const }]
      : []),
  ];
  const browsers: BenchBrowser[] = [];
  const byBuild = builds.map(() => [] as Phases[]);
  const load = new LoadSamples();
  try {
    for (const build of builds) browsers.push(await BenchBrowser.launch(build.dir));
    for (let run = 0; run <= runs; run++) {
      const order = browsers.map((_, i) => i);
      if (run % 2 === 1) order.reverse();
      load.take();
      for (const b of order) {
        const traceTo = values.trace
          ? `${values.trace}-${b}-${run}.${values.trace.includes('profile') ? 'cpuprofile' : 'json'}`
          : undefined;
        const phases = await firstClaim(browsers[b]!, seed.url, seed.html, traceTo, builds[b]!.wait);
        if (phases) byBuild[b]!.push(phases);
        process.stderr.write(
          `[${run}] ${builds[b]!.name}: first claim ${phases ? phases['first claim in the panel']!.toFixed(0) : '—'} ms\n`,
        );
      }
    }
  } finally {
    for (const browser of browsers) await browser.close();
  }
  const names = [...new Set(byBuild.flatMap((list) => list.flatMap((phases) => Object.keys(phases))))];
  const header = ['phase (ms from the load event)', ...builds.flatMap((b) => [`${b.name}: 1st`, 'median'])];
  const rows = names.map((name) => [
    name,
    ...byBuild.flatMap((list) => [
      (list[0]?.[name] ?? NaN).toFixed(1),
      median(list.slice(1).map((phases) => phases[name] ?? NaN)).toFixed(1),
    ]),
  ]);
  if (builds.length > 1) {
    const a = median(byBuild[0]!.slice(1).map((p) => p['first claim in the panel']!));
    const b = median(byBuild[1]!.slice(1).map((p) => p['first claim in the panel']!));
    rows.push(['first claim: this / compared', (a / b).toFixed(3), '', '', '']);
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const [b, list] of byBuild.entries())
    console.log(
      `${builds[b]!.name}: first claim per run ${list.map((p) => p['first claim in the panel']!.toFixed(0)).join(', ')}`,
    );
  console.log(describeConditions(load.conditions()));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:first-claim: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
