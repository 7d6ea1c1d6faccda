/**
 * Every page of ../shared/corpus/readability-test-pages in Chromium with the end-to-end build:
 * served on the loopback host with the page's own scripts off by CSP, each must reach a final
 * state with no error in any extension context. Part of the shared suite (`npm run test:shared`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/harness';
import { CORPUS_PAGES_DIR, listCorpusPages, readCorpusPage } from '../fixtures/load';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ viewport: { width: 1100, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
});

/** Errors from the extension's own contexts, not the pages'. */
function extensionErrors(): string[] {
  return browser.errors.filter((error) => !/^pageerror https?:/.test(error) && !/^console https?:/.test(error));
}

describe('the real-page corpus in Chromium', () => {
  /**
   * Every page of ../shared/corpus/readability-test-pages, served on the loopback host (where the
   * end-to-end build runs its content script) with a CSP that keeps the page's own scripts off.
   */
  it(
    'analyzes every page with no error in any extension context',
    async () => {
      const slugs = listCorpusPages(CORPUS_PAGES_DIR);
      expect(slugs.length).toBeGreaterThan(100);
      const noScripts = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'">`;
      const page = await browser.context.newPage();
      const outcomes: Record<string, number> = {};
      const failures: string[] = [];
      let tabId: number | null = null;
      for (const slug of slugs) {
        const url = `http://127.0.0.1/corpus/${encodeURIComponent(slug)}/`;
        await browser.serve(url, noScripts + readCorpusPage(slug, CORPUS_PAGES_DIR));
        const errorsBefore = extensionErrors().length;
        await page.goto(url, { waitUntil: 'load' });
        tabId ??= await browser.tabIdOf(url);
        type SeenState = { status?: string; url?: string; message?: string } | null;
        let state = null as SeenState;
        const deadline = Date.now() + 30_000;
        while (Date.now() < deadline) {
          state = (await browser.tabState(tabId)) as SeenState;
          if (state?.url === url && state.status !== 'analyzing') break;
          await page.waitForTimeout(100);
        }
        const status = state?.url === url ? (state.status ?? 'none') : 'no answer in 30 s';
        outcomes[status] = (outcomes[status] ?? 0) + 1;
        if (status !== 'ready') failures.push(`${slug}: ${status}${state?.message ? ` (${state.message})` : ''}`);
        for (const error of extensionErrors().slice(errorsBefore)) failures.push(`${slug}: ${error}`);
      }
      console.log(`corpus in Chromium: ${slugs.length} pages`, outcomes);
      expect(failures).toEqual([]);
    },
    20 * 60_000,
  );
});
