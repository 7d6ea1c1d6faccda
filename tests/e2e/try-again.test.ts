import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixturePage } from '../fixtures/load';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/** The extension API inside the background worker and the panel (evaluate). */
declare const chrome: {
  offscreen: { createDocument(options: object): Promise<void>; closeDocument(): Promise<void> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    get(tabId: number): Promise<unknown>;
    sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
    updateContentScripts(scripts: Array<{ id: string; matches: string[] }>): Promise<void>;
  };
};
declare const globalThis: {
  realCreateDocument?: (options: object) => Promise<void>;
  realTabsGet?: (tabId: number) => Promise<unknown>;
} & Record<string, unknown>;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Breaks the analyzer (Chrome's offscreen document cannot be made, the one there is closed) or
 * mends it: the analysis fails the way a crashed analyzer makes it fail, in the background.
 */
async function analyzerDown(down: boolean): Promise<void> {
  await browser.worker.evaluate(async (breakIt) => {
    globalThis.realCreateDocument ??= chrome.offscreen.createDocument.bind(chrome.offscreen);
    chrome.offscreen.createDocument = breakIt
      ? () => Promise.reject(new Error('E2E: the analyzer is down'))
      : globalThis.realCreateDocument;
    if (breakIt) await chrome.offscreen.closeDocument().catch(() => undefined);
  }, down);
}

/** Makes the background's reading of a tab fail, or mends it. */
async function tabsGetFails(failing: boolean): Promise<void> {
  await browser.worker.evaluate((breakIt) => {
    globalThis.realTabsGet ??= chrome.tabs.get.bind(chrome.tabs);
    chrome.tabs.get = breakIt ? () => Promise.reject(new Error('E2E: the tab cannot be read')) : globalThis.realTabsGet;
  }, failing);
}

/** How an error detail's paragraph looks: its colour and size. */
const detailLook = (element: Locator) =>
  element.evaluate((node) => {
    const style = getComputedStyle(node.closest('p')!);
    return { color: style.color, fontSize: style.fontSize };
  });

const status = (panel: Page) => panel.getByTestId('status').getAttribute('data-status');
/** Set in the page's own world: gone if the page is loaded again. */
const markDocument = (page: Page) =>
  page.evaluate(() => void ((globalThis as Record<string, unknown>).sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (globalThis as Record<string, unknown>).sameDocument === true);
const focusedTestId = (panel: Page) =>
  panel.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className);

/** Presses "Try again" the way a keyboard reader does. */
async function tryAgain(panel: Page): Promise<void> {
  await panel.getByTestId('retry').focus();
  await panel.keyboard.press('Enter');
}

describe('"Try again" after a failed analysis, in Chromium', () => {
  it('analyzes a site Marginalia runs on by itself again in place, keeping the page and the reader’s highlight', async () => {
    const url = await browser.serveFixture('gate-seed');
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('ready');

    // A highlight of the reader's, painted on the page.
    await page.locator('p', { hasText: 'Altman revisitou que a OpenAI' }).first().click({ clickCount: 3 });
    const added = await browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'highlight-selection', colour: 'green' }, { frameId: 0 }),
      tabId,
    );
    expect(added).toMatchObject({ ok: true });
    await expect.poll(() => panel.getByTestId('highlight').count()).toBe(1);
    await markDocument(page);

    // The next analysis of the page fails.
    await analyzerDown(true);
    await browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'analyze-again' }, { frameId: 0 }),
      tabId,
    );
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');

    await analyzerDown(false);
    await tryAgain(panel);
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('ready');
    expect(await sameDocument(page)).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('marginalia-hl-green'))).toBe(true);
    await expect.poll(() => panel.getByTestId('highlight').count()).toBe(1);
    // Its button gone with the failure, the focus is at the top of the panel, not lost.
    expect(await focusedTestId(panel)).toBe('panel');
    expect(browser.errors).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('keeps Marginalia on a page started from the toolbar: no reload, so no new click is needed', async () => {
    // The build may script [::1] but declares no content script for it; the background would run
    // on it by itself as on a site the reader allowed, so that is taken back: [::1] is now a page
    // Marginalia runs on only when started (toolbar button, shortcut), as activeTab lets it.
    await browser.worker.evaluate(async (host) => {
      for (const script of await chrome.scripting.getRegisteredContentScripts()) {
        const matches = (script.matches ?? []).filter((match) => match !== host);
        if (matches.length > 0) await chrome.scripting.updateContentScripts([{ id: script.id, matches }]);
      }
    }, 'http://[::1]/*');
    const url = 'http://[::1]/news/openai-altman-compute';
    await browser.serve(url, readFixturePage('verge-altman-compute').html);
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    const panel = await browser.openPanel(tabId);
    // The panel first says "no tab" until the background has told it which tab it is beside.
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('not-run');
    await markDocument(page);

    // Started as the toolbar button starts it, with the analyzer down.
    await analyzerDown(true);
    await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'run-on-tab', tabId: id }), tabId);
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');

    // Failing again: said in the panel, and the reader is still on "Try again".
    await tryAgain(panel);
    await expect.poll(() => panel.getByTestId('retry-outcome').count(), { timeout: 15_000 }).toBe(1);
    expect(await status(panel)).toBe('error');
    expect(await panel.getByTestId('retry-outcome').getAttribute('role')).toBe('alert');
    expect(await focusedTestId(panel)).toBe('retry');

    // The run cannot even be asked for (the background cannot read the tab): the browser's English
    // under the sentence looks as the failed analysis's own English does, muted, not in the alert's red.
    await tabsGetFails(true);
    await tryAgain(panel);
    const retryDetail = panel.getByTestId('retry-outcome').locator('code[lang="en"]');
    await expect.poll(() => retryDetail.textContent(), { timeout: 15_000 }).toBe('E2E: the tab cannot be read');
    const analysisDetail = panel.getByTestId('status').locator('code[lang="en"]');
    expect(await detailLook(retryDetail)).toEqual(await detailLook(analysisDetail));
    expect(await detailLook(retryDetail)).not.toEqual(
      await detailLook(panel.getByTestId('retry-outcome').locator('p').first()),
    );
    await tabsGetFails(false);

    await analyzerDown(false);
    await tryAgain(panel);
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('ready');
    expect(await panel.getByTestId('claim').count()).toBeGreaterThan(0);
    expect(await sameDocument(page)).toBe(true);
    expect(browser.errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});
