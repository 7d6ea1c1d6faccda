/**
 * The benchmark's Chromium half: the E2E build of the extension in Debian's Chromium (through
 * the e2e harness), pages served by request routing with their scripts removed and a
 * `script-src 'none'` policy, so that everything on the page's main thread besides the
 * browser's own work is ours or the benchmark's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/harness';
import { TRACE_CATEGORIES, extensionWork, type TraceEvent } from './trace';
import type { ReanchorTiming } from './reanchor-page';

const READABILITY_SOURCE = readFileSync(
  join(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js'),
  'utf8',
);
const STAGES = ['serialize', 'index', 'anchor', 'paint'] as const;
const SETTLE_MS = 300;
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
  /** From the content script's User Timing measures, summed per stage (`index` may come in slices). */
  stages: Partial<Record<(typeof STAGES)[number], number>>;
  readabilityMs: number | null;
  /** extensionMs / readabilityMs. */
  ratio: number | null;
}

/** Page HTML without its scripts: the page runs nothing, even where the policy header is ignored. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/?>/gi, '');
}

export class BenchBrowser {
  private constructor(
    readonly ext: ExtensionBrowser,
    private readonly contentScriptUrl: string,
  ) {}

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
      const readabilityMs = await readabilityParseMs(page);
      const extensionMs = work?.totalMs ?? null;
      return {
        slug,
        url,
        htmlBytes: Buffer.byteLength(html),
        outcome,
        longestTaskMs: work?.longestTaskMs ?? null,
        longestTaskCause: work?.longestTaskCause ?? null,
        extensionMs,
        stages,
        readabilityMs,
        ratio: extensionMs !== null && readabilityMs ? extensionMs / readabilityMs : null,
      };
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
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="claim"]')) return;
          window.firstClaimAt = Date.now();
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      })()`);
      await page.goto(url, { waitUntil: 'load' });
      await panel.getByTestId('claim').first().waitFor({ timeout: ANALYSIS_TIMEOUT_MS });
      await panel.waitForFunction(() => (window as unknown as { firstClaimAt?: number }).firstClaimAt !== undefined);
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
  async reanchor(url: string, html: string, count: number): Promise<ReanchorTiming & { readabilityMs: number | null }> {
    await this.serveScriptless(url, html);
    const page = await this.ext.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const script = await bundleReanchor();
      const timing = await page.evaluate<ReanchorTiming>(
        `(() => { ${script}\n; return __marginaliaBench.reanchor(${count}, 7); })()`,
      );
      return { ...timing, readabilityMs: await readabilityParseMs(page) };
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

  close(): Promise<void> {
    return this.ext.close();
  }
}

export async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ result: T; trace: TraceEvent[] }> {
  const trace: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => trace.push(...(event.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
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
    return performance.now() - started;
  })()`);
  return typeof ms === 'number' ? ms : null;
}

let bundled: Promise<string> | null = null;

function bundleReanchor(): Promise<string> {
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
