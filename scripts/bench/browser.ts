/**
 * The benchmark's Chromium half: the E2E build of the extension in Debian's Chromium (through
 * the e2e harness), pages served by request routing with their scripts removed and a
 * `script-src 'none'` policy, so that everything on the page's main thread besides the
 * browser's own work is ours or the benchmark's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import {
  chromiumPath,
  launchWithExtension,
  QUIET_CHROMIUM_FLAGS,
  type ExtensionBrowser,
} from '../../tests/e2e/harness';
import { TRACE_CATEGORIES, extensionSelfTimeByEvent, extensionWork, measuredTaskCpuMs, type TraceEvent } from './trace';
import type { ReanchorTiming } from './reanchor-page';

const READABILITY_SOURCE = readFileSync(
  join(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js'),
  'utf8',
);
const STAGES = ['serialize', 'send', 'index', 'anchor', 'paint'] as const;
const SETTLE_MS = 300;
/** The control's window after the load: SETTLE_MS plus about the median load → painted. */
const IDLE_WINDOW_MS = SETTLE_MS + 60;

/** The same page on a loopback address the extension's content script does not match. */
/** `wxt build` in `root` for a benchmark: the end-to-end build unless `env` says otherwise. */
export function buildExtension(root: string, env: Record<string, string> = { E2E: '1' }): void {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export function idleUrl(url: string): string {
  const moved = new URL(url);
  moved.hostname = '127.0.0.2';
  return moved.href;
}
const ANALYSIS_TIMEOUT_MS = 30_000;

export interface PageRun {
  slug: string;
  url: string;
  htmlBytes: number;
  outcome: 'painted' | 'error' | 'unsupported' | 'timeout';
  /** From the trace: the extension's longest task and its total main-thread time. */
  longestTaskMs: number | null;
  longestTaskCause: string | null;
  extensionMs: number | null;
  /** The task that evaluated the content script (compile + evaluation, main() included), and the session's first task. */
  startup: { taskMs: number; compileMs: number; evaluateMs: number } | null;
  firstSliceMs: number | null;
  /** From the content script's User Timing measures, summed per stage (`index` may come in slices). */
  stages: Partial<Record<(typeof STAGES)[number], number>>;
  readabilityMs: number | null;
  /** extensionMs / readabilityMs. */
  ratio: number | null;
  /** Thread (CPU) times from the traces: the extension's (see ExtensionWork.cpu) and Readability's parse, and their ratio. */
  cpu: {
    longestTaskMs: number;
    totalMs: number;
    startupTaskMs: number;
    firstSliceMs: number | null;
    readabilityMs: number | null;
    ratio: number | null;
    /** ExtensionWork.renderingAfterBegin: the page's rendering tasks after the session began (mostly caused by our changes). */
    renderingAfterBegin: { longestMs: number; totalMs: number; tasks: number } | null;
  } | null;
  /** The extension's tasks: how many, and their thread time by what they were doing (ExtensionWork.cpuByCause). */
  tasks: number | null;
  cpuByCause: Record<string, number>;
}

/** Page HTML without its scripts: the page runs nothing, even where the policy header is ignored. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/?>/gi, '');
}

/** What the reader feels on one page load, from a `PerformanceObserver('longtask')` in the page. */
export interface FeltLoad {
  longTasks: number;
  /** Sum over long tasks of their time over 50 ms. */
  blockingMs: number;
  longestMs: number;
  /**
   * Long tasks that overlap one of the content script's `marginalia:*` measures: the ones that
   * certainly ran some of the extension's work (0 without the extension). The others are the
   * page's own tasks, or the script's evaluation, which has no measure.
   */
  longTasksWithOurMeasure: number;
  /** From the load event to the extension's last paint of its first analysis (with the extension only). */
  loadToPaintedMs: number | null;
}

export interface FeltRun {
  slug: string;
  with: FeltLoad;
  without: FeltLoad;
}

/** Registered before the page's own scripts (main world): every long task of the page's main thread, from the start. */
const LONG_TASK_RECORDER = `(() => {
  const tasks = (window.__benchLongTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Long tasks that began before `until` (ms on the page's clock). */
async function feltLoad(page: Page, until: number, loadToPaintedMs: number | null): Promise<FeltLoad> {
  const tasks = await page.evaluate<Array<[number, number]>>('window.__benchLongTasks || []');
  const measures = await page.evaluate<Array<[number, number]>>(
    `performance.getEntriesByType('measure').filter((m) => m.name.startsWith('marginalia:')).map((m) => [m.startTime, m.duration])`,
  );
  const longInWindow = tasks.filter(([start]) => start < until);
  const inWindow = longInWindow.map(([, duration]) => duration);
  return {
    longTasks: inWindow.length,
    longTasksWithOurMeasure: longInWindow.filter(([start, duration]) =>
      measures.some(([at, length]) => at <= start + duration && start <= at + length),
    ).length,
    blockingMs: inWindow.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    longestMs: inWindow.reduce((max, duration) => Math.max(max, duration), 0),
    loadToPaintedMs,
  };
}

/** Debian's Chromium with no extension, serving pages the way the extension's browser does. */
export class PlainBrowser {
  private readonly routes = new Map<string, string>();

  private constructor(
    readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<PlainBrowser> {
    const profile = mkdtempSync(join(tmpdir(), 'marginalia-bench-plain-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [...QUIET_CHROMIUM_FLAGS, '--disable-extensions'],
    });
    const plain = new PlainBrowser(context, profile);
    await context.addInitScript(LONG_TASK_RECORDER);
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      async (route) => {
        const body = plain.routes.get(route.request().url().split('#')[0]!);
        if (body === undefined) return route.abort('blockedbyclient');
        return route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
          body,
        });
      },
    );
    return plain;
  }

  serveScriptless(url: string, html: string): void {
    this.routes.set(url, withoutScripts(html));
  }

  /** The page loaded in a fresh tab under a trace, then `settleMs` more; the page's long tasks as its observer saw them. */
  async tracedLoad(
    url: string,
    html: string,
    settleMs: number,
    categories: readonly string[],
  ): Promise<{ trace: TraceEvent[]; longTasks: Array<[number, number]> }> {
    this.serveScriptless(url, html);
    const page = await this.context.newPage();
    try {
      const cdp = await this.context.newCDPSession(page);
      const { trace } = await traced(
        cdp,
        async () => {
          await page.goto(url, { waitUntil: 'load' });
          await page.waitForTimeout(settleMs);
        },
        categories,
      );
      return { trace, longTasks: await page.evaluate<Array<[number, number]>>('window.__benchLongTasks || []') };
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class BenchBrowser {
  private plain: PlainBrowser | null = null;

  private constructor(
    readonly ext: ExtensionBrowser,
    private readonly contentScriptUrl: string,
  ) {}

  /**
   * The page loaded with the extension, then without it (another browser, same serving), each in a
   * fresh tab without tracing: long tasks and total blocking time over the same window (from the
   * navigation to the extension's paint + settle time), and the extension's load → painted.
   */
  async feltLoad(slug: string, url: string, html: string, { idle = false } = {}): Promise<FeltRun> {
    const plain = this.plain ?? (await this.prepareFelt(url, html));
    // The control: the same browser and profile, the extension installed, but on a host outside
    // its matches, so nothing of ours runs on the page; the window is the load plus the settle time
    // and the median load → painted a painting run waits for.
    const visited = idle ? idleUrl(url) : url;
    await this.serveScriptless(visited, html);
    plain.serveScriptless(url, html);
    let until: number;
    let withExtension: FeltLoad;
    const page = await this.ext.context.newPage();
    try {
      await page.addInitScript(LONG_TASK_RECORDER);
      await page.goto(visited, { waitUntil: 'load' });
      if (idle) await page.waitForTimeout(IDLE_WINDOW_MS);
      const outcome = idle ? 'unsupported' : await this.waitForAnalysis(page, url);
      const timing = await page.evaluate<{ load: number; painted: number | null; now: number }>(`(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        const paints = performance.getEntriesByName('marginalia:paint');
        const painted = paints.length ? Math.max(...paints.map((p) => p.startTime + p.duration)) : null;
        return { load: navigation.loadEventEnd, painted, now: performance.now() };
      })()`);
      until = timing.now;
      withExtension = await feltLoad(
        page,
        until,
        outcome === 'painted' && timing.painted !== null ? timing.painted - timing.load : null,
      );
    } finally {
      await page.close();
    }
    const plainPage = await plain.context.newPage();
    try {
      await plainPage.goto(url, { waitUntil: 'load' });
      const now = await plainPage.evaluate<number>('performance.now()');
      if (until > now) await plainPage.waitForTimeout(until - now);
      return { slug, with: withExtension, without: await feltLoad(plainPage, until, null) };
    } finally {
      await plainPage.close();
    }
  }

  get scriptUrl(): string {
    return this.contentScriptUrl;
  }

  /**
   * Launch the browser without the extension and load one page in it, so that it is as warm as
   * the one with the extension. Done well before the first load that `feltLoad` compares: a
   * browser that has just started keeps the machine busy for a while, and that load would be
   * slowed by the benchmark rather than by the extension.
   */
  async prepareFelt(url: string, html: string): Promise<PlainBrowser> {
    if (this.plain) return this.plain;
    const plain = (this.plain = await PlainBrowser.launch());
    plain.serveScriptless(url, html);
    const warmUp = await plain.context.newPage();
    await warmUp.goto(url, { waitUntil: 'load' });
    await warmUp.close();
    return plain;
  }

  static async launch(buildDir: string): Promise<BenchBrowser> {
    // On a loaded machine the extension's service worker sometimes misses the harness's 30 s wait.
    const ext = await launchWithExtension({ buildDir }).catch((error: unknown) => {
      process.stderr.write(
        `launch failed (${error instanceof Error ? error.message : String(error)}), trying once more…\n`,
      );
      return launchWithExtension({ buildDir });
    });
    const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
      content_scripts: Array<{ js: string[] }>;
    };
    const script = manifest.content_scripts[0]!.js[0]!;
    return new BenchBrowser(ext, `chrome-extension://${ext.extensionId}/${script}`);
  }

  /** Serve `html` (scripts removed) at `url`, taking precedence over the harness's routes. */
  async serveScriptless(url: string, html: string): Promise<void> {
    const body = withoutScripts(html);
    await this.ext.context.route(url, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
        body,
      }),
    );
  }

  /** Load one page in a fresh tab under a trace; then time Readability on the same page. */
  async runPage(slug: string, url: string, html: string): Promise<PageRun> {
    await this.serveScriptless(url, html);
    const page = await this.ext.context.newPage();
    try {
      const cdp = await this.ext.context.newCDPSession(page);
      const events = await traced(cdp, async () => {
        await page.goto(url, { waitUntil: 'load' });
        return this.waitForAnalysis(page, url);
      });
      const outcome = events.result;
      const work = extensionWork(events.trace, this.contentScriptUrl);
      const stages = await page.evaluate(
        (names) => {
          const totals: Record<string, number> = {};
          for (const entry of performance.getEntriesByType('measure')) {
            const stage = entry.name.replace(/^marginalia:/, '');
            if (entry.name.startsWith('marginalia:') && names.includes(stage))
              totals[stage] = (totals[stage] ?? 0) + entry.duration;
          }
          return totals;
        },
        [...STAGES] as string[],
      );
      const readability = await traced(cdp, () => readabilityParseMs(page));
      const readabilityMs = readability.result;
      const readabilityCpuMs = measuredTaskCpuMs(readability.trace, 'bench:readability');
      const extensionMs = work?.totalMs ?? null;
      return {
        slug,
        url,
        htmlBytes: Buffer.byteLength(html),
        outcome,
        longestTaskMs: work?.longestTaskMs ?? null,
        longestTaskCause: work?.longestTaskCause ?? null,
        extensionMs,
        startup: work?.startup ?? null,
        firstSliceMs: work?.firstSliceMs ?? null,
        stages,
        readabilityMs,
        ratio: extensionMs !== null && readabilityMs ? extensionMs / readabilityMs : null,
        tasks: work?.tasks ?? null,
        cpuByCause: work?.cpuByCause ?? {},
        cpu: work
          ? {
              ...work.cpu,
              renderingAfterBegin: work.renderingAfterBegin,
              readabilityMs: readabilityCpuMs,
              ratio: readabilityCpuMs ? work.cpu.totalMs / readabilityCpuMs : null,
            }
          : null,
      };
    } finally {
      await page.close();
    }
  }

  /**
   * One page load and first analysis traced with V8's own categories too (compiles, parses, GC
   * phases): the thread time of the extension's tasks by trace event, self time (scripts/bench-profile.ts).
   */
  async traceEventsOfPage(url: string, html: string): Promise<Map<string, number>> {
    await this.serveScriptless(url, html);
    const page = await this.ext.context.newPage();
    try {
      const cdp = await this.ext.context.newCDPSession(page);
      const { trace } = await traced(cdp, async () => {
        await page.goto(url, { waitUntil: 'load' });
        await this.waitForAnalysis(page, url);
      }, [...TRACE_CATEGORIES, 'v8', 'disabled-by-default-v8.compile']);
      return extensionSelfTimeByEvent(trace, this.contentScriptUrl);
    } finally {
      await page.close();
    }
  }

  /**
   * One page load and first analysis in a fresh tab under a trace with `categories`, with the
   * page's long-task observer: what the long tasks of the reader-felt measure were made of.
   * Returns the time from navigation to the end of the analysis, to trace the page without the
   * extension over the same window.
   */
  async tracedLoad(
    url: string,
    html: string,
    categories: readonly string[],
  ): Promise<{
    trace: TraceEvent[];
    longTasks: Array<[number, number]>;
    outcome: PageRun['outcome'];
    windowMs: number;
  }> {
    await this.serveScriptless(url, html);
    const page = await this.ext.context.newPage();
    try {
      await page.addInitScript(LONG_TASK_RECORDER);
      const cdp = await this.ext.context.newCDPSession(page);
      const { trace, result: outcome } = await traced(
        cdp,
        async () => {
          await page.goto(url, { waitUntil: 'load' });
          return this.waitForAnalysis(page, url);
        },
        categories,
      );
      return {
        trace,
        outcome,
        longTasks: await page.evaluate<Array<[number, number]>>('window.__benchLongTasks || []'),
        windowMs: await page.evaluate<number>('performance.now()'),
      };
    } finally {
      await page.close();
    }
  }

  /** One page load and first analysis under V8's sampling profiler (scripts/bench-profile.ts). */
  async profilePage(url: string, html: string): Promise<{ nodes: unknown[]; samples: number[]; timeDeltas: number[] }> {
    await this.serveScriptless(url, html);
    const page = await this.ext.context.newPage();
    try {
      const cdp = await this.ext.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      await this.waitForAnalysis(page, url);
      const { profile } = await cdp.send('Profiler.stop');
      return profile as unknown as { nodes: unknown[]; samples: number[]; timeDeltas: number[] };
    } finally {
      await page.close();
    }
  }

  private async waitForAnalysis(page: Page, url: string): Promise<PageRun['outcome']> {
    const tabId = await this.ext.tabIdOf(url);
    const deadline = Date.now() + ANALYSIS_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const painted = await page.evaluate(() => performance.getEntriesByName('marginalia:paint').length > 0);
      if (painted) {
        await page.waitForTimeout(SETTLE_MS);
        return 'painted';
      }
      const state = (await this.ext.tabState(tabId)) as { status?: string } | null;
      if (state?.status === 'error' || state?.status === 'unsupported') {
        await page.waitForTimeout(SETTLE_MS);
        return state.status;
      }
      await page.waitForTimeout(50);
    }
    return 'timeout';
  }

  /**
   * Milliseconds from the page's load event to the side panel listing its first claim. The panel
   * is opened on the tab first (showing a page without an article), then the tab loads `url`.
   */
  async panelLatency(url: string, html: string): Promise<number | null> {
    await this.serveScriptless(url, html);
    // A page with no article (a URL the extension may see, so that its tab can be found).
    const start = 'http://127.0.0.1:8931/bench-start';
    await this.ext.serve(start, '<!doctype html><title>start</title><p>Start.</p>');
    const page = await this.ext.context.newPage();
    await page.goto(start);
    const panel = await this.ext.openPanel(await this.ext.tabIdOf(start));
    try {
      // A string, not a function: tsx would wrap named inner functions in a helper the panel lacks.
      await panel.evaluate(`(() => {
        window.firstClaimShown = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-testid="claim"]')) return;
            window.firstClaimAt = Date.now();
            observer.disconnect();
            resolve(true);
          });
          observer.observe(document, { childList: true, subtree: true });
        });
      })()`);
      // Waited for through the panel's own observer: a Playwright locator would compile Playwright's
      // injected script in the panel meanwhile, on the thread the offscreen document analyzes on.
      const shown = panel.evaluate('window.firstClaimShown');
      await page.goto(url, { waitUntil: 'load' });
      await Promise.race([
        shown,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('no claim in the panel')), ANALYSIS_TIMEOUT_MS).unref(),
        ),
      ]);
      const shownAt = await panel.evaluate(() => (window as unknown as { firstClaimAt: number }).firstClaimAt);
      const loadedAt = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return performance.timeOrigin + navigation.loadEventEnd;
      });
      return shownAt - loadedAt;
    } catch (error) {
      process.stderr.write(`panel latency: ${error instanceof Error ? error.message : String(error)}\n`);
      return null;
    } finally {
      await panel.close();
      await page.close();
    }
  }

  /** Store `count` highlights on the page at `url` and time re-anchoring them (lib/anchoring, bundled). */
  async reanchor(
    url: string,
    html: string,
    count: number,
  ): Promise<ReanchorTiming & { readabilityMs: number | null; cpuMs: number | null; readabilityCpuMs: number | null }> {
    await this.serveScriptless(url, html);
    const page = await this.ext.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const script = await bundleReanchor();
      await page.evaluate(
        `(() => { ${script}\n; window.__marginaliaBench = __marginaliaBench; __marginaliaBench.prepare(${count}, 7); })()`,
      );
      const cdp = await this.ext.context.newCDPSession(page);
      const reload = await traced(cdp, () => page.evaluate('window.__marginaliaBench.reload()'));
      const timing = await page.evaluate<ReanchorTiming>('window.__marginaliaBench.afterChange()');
      const readability = await traced(cdp, () => readabilityParseMs(page));
      return {
        ...timing,
        readabilityMs: readability.result,
        cpuMs: measuredTaskCpuMs(reload.trace, 'bench:reanchor'),
        readabilityCpuMs: measuredTaskCpuMs(readability.trace, 'bench:readability'),
      };
    } finally {
      await page.close();
    }
  }

  /** Errors seen in the browser, less the page's inline handlers refused by the benchmark's policy. */
  errors(): string[] {
    return this.ext.errors.filter(
      (error) =>
        !/inline event handler violates the following Content Security Policy directive 'script-src 'none''/.test(
          error,
        ),
    );
  }

  async close(): Promise<void> {
    await this.plain?.close();
    await this.ext.close();
  }
}

export async function traced<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
  categories: readonly string[] = TRACE_CATEGORIES,
): Promise<{ result: T; trace: TraceEvent[] }> {
  const trace: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => trace.push(...(event.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await run();
  } finally {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
  }
  return { result, trace };
}

/**
 * Readability's parse of the page as loaded, cold (its first run in this page, as the extension's
 * code is cold on each page), on a clone of the document as Readability requires.
 */
async function readabilityParseMs(page: Page): Promise<number | null> {
  const ms = await page.evaluate(`(() => {
    ${READABILITY_SOURCE}
    ;const started = performance.now();
    new Readability(document.cloneNode(true)).parse();
    performance.measure('bench:readability', { start: started });
    return performance.now() - started;
  })()`);
  return typeof ms === 'number' ? ms : null;
}

let bundled: Promise<string> | null = null;

export function bundleReanchor(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(import.meta.dirname, 'reanchor-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__marginaliaBench',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}
