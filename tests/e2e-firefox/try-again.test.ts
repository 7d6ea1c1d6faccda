import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFirefoxWithExtension, POLL, type ExtensionApi, type FirefoxWithExtension } from './harness';

/** The extension API in an extension page, with the background page's window (Firefox's MV3 background is a page). */
declare const chrome: ExtensionApi & {
  runtime: { getBackgroundPage(): Promise<Window & { DOMParser: typeof DOMParser }> };
};

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await openFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
});

/**
 * Breaks the analyzer (the background page's DOMParser throws) or mends it: the analysis fails
 * where it runs in Firefox, in the background.
 */
function analyzerDown(down: boolean): Promise<void> {
  return firefox.inExtension(async (breakIt) => {
    const background = await chrome.runtime.getBackgroundPage();
    const proto = background.DOMParser.prototype as DOMParser & { realParse?: DOMParser['parseFromString'] };
    proto.realParse ??= proto.parseFromString;
    proto.parseFromString = breakIt
      ? () => {
          throw new Error('E2E: the analyzer is down');
        }
      : proto.realParse;
  }, down);
}

const status = (panel: Page) =>
  panel.$eval('[data-testid="status"]', (element) => element.getAttribute('data-status')).catch(() => null);
const count = (target: Page, selector: string) => target.$$eval(selector, (elements) => elements.length);

describe('"Try again" after a failed analysis, in Firefox', () => {
  it('analyzes the page again in place, keeping the page and the reader’s highlight', async () => {
    const url = firefox.serveFixture('gate-seed');
    const page = await firefox.openPage(url);
    const tabId = await firefox.tabIdOf(url);
    const panel = await firefox.openPanel(tabId);
    await expect.poll(() => status(panel), POLL).toBe('ready');

    // A highlight of the reader's, on the page.
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('Altman revisitou que a OpenAI'),
      )!;
      getSelection()!.selectAllChildren(paragraph);
    });
    const added = await firefox.inExtension(
      (id) => chrome.tabs.sendMessage(id, { type: 'highlight-selection', colour: 'green' }, { frameId: 0 }),
      tabId,
    );
    expect(added).toMatchObject({ ok: true });
    await expect.poll(() => count(panel, '[data-testid="highlight"]'), POLL).toBe(1);
    await page.evaluate(() => void ((window as unknown as Record<string, unknown>).sameDocument = true));

    await analyzerDown(true);
    await firefox.inExtension((id) => chrome.tabs.sendMessage(id, { type: 'analyze-again' }, { frameId: 0 }), tabId);
    await expect.poll(() => status(panel), POLL).toBe('error');

    // Once more while it is still down: said in the panel, the focus still on "Try again".
    await panel.focus('[data-testid="retry"]');
    await panel.keyboard.press('Enter');
    await expect.poll(() => count(panel, '[data-testid="retry-outcome"]'), POLL).toBe(1);
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('retry');

    await analyzerDown(false);
    await panel.keyboard.press('Enter');
    await expect.poll(() => status(panel), POLL).toBe('ready');
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).sameDocument === true)).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('marginalia-hl-green'))).toBe(true);
    await expect.poll(() => count(panel, '[data-testid="highlight"]'), POLL).toBe(1);
    expect(await firefox.errorsSeen()).toEqual([]);
  });
});
