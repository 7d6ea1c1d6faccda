import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERM_TEXTS } from '../../lib/analysis/glossary/texts';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { pointOnText } from './in-page';

/** The extension API inside the browser (panel and worker evaluate). */
declare const chrome: {
  i18n: { getUILanguage(): string };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  // A reader whose browser speaks Brazilian Portuguese, on an English article.
  browser = await launchWithExtension({ uiLanguage: 'pt_BR' });
  const url = await browser.serveFixture('late-article');
  page = await browser.context.newPage();
  await page.goto(url);
  panel = await browser.openPanel(await browser.tabIdOf(url));
  await panel.getByTestId('article-title').waitFor(POLL);
});

afterAll(async () => {
  await browser?.close();
});

describe('definitions in the reader’s language', () => {
  it('shows the panel’s own UI language, and the article’s language once the reader chooses it', async () => {
    expect(await panel.evaluate(() => chrome.i18n.getUILanguage())).toBe('pt-BR');
    const card = panel.locator('[data-testid="glossary-entry"][data-term-id="open-weights"]');
    await card.waitFor(POLL);
    const definition = card.locator('.glossary-term-definition');
    await expect.poll(() => definition.textContent(), POLL).toBe(TERM_TEXTS['open-weights']!.pt.definition);
    expect(await definition.getAttribute('lang')).toBe('pt');
    await panel.screenshot({ path: 'test-results/definitions-pt-BR-panel.png', fullPage: true });

    // The option, set as the options page sets it: the cached analysis switches without a new run.
    await browser.worker.evaluate(() => chrome.storage.local.set({ 'definition-source': 'article' }));
    await expect.poll(() => definition.textContent(), POLL).toBe(TERM_TEXTS['open-weights']!.en.definition);
    await browser.worker.evaluate(() => chrome.storage.local.set({ 'definition-source': 'interface' }));
    await expect.poll(() => definition.textContent(), POLL).toBe(TERM_TEXTS['open-weights']!.pt.definition);
    expect(browser.errors).toEqual([]);
  });

  it('shows the term card on the page in the content script’s UI language', async () => {
    const box = await page.evaluate(pointOnText, { snippet: 'open-weight', length: 4 });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const host = page.locator('marginalia-term-card[data-term-id="open-weights"]');
    await host.waitFor(POLL);
    // The card's text sits in a closed shadow root; the screenshot shows which language it is in.
    await page.screenshot({ path: 'test-results/definitions-pt-BR-term-card.png' });
    expect(browser.errors).toEqual([]);
  });
});
