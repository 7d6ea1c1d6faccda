import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { readInPanel } from './read-in-panel';

let browser: ExtensionBrowser;
let englishUrl: string;
let portugueseUrl: string;

beforeAll(async () => {
  browser = await launchWithExtension();
  englishUrl = await browser.serveFixture('verge-altman-compute');
  portugueseUrl = await browser.serveFixture('tecnoblog-altman-agentes');
});

afterAll(async () => {
  await browser?.close();
});

const read = (url: string) => readInPanel(browser, url);

describe('the reader’s library in the built extension', () => {
  it('lists what Altman said on an earlier page, in another language, under “Earlier from …”', async () => {
    const first = await read(englishUrl);
    // Kept by the background just after the analysis; "Forget this page" appears once it is.
    await expect.poll(() => first.panel.getByTestId('forget-page').count(), { timeout: 10_000 }).toBe(1);
    await first.panel.close();
    await first.page.close();

    const second = await read(portugueseUrl);
    const items = second.panel.getByTestId('speaker-history-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const urls = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-url')));
    expect(new Set(urls)).toEqual(new Set([englishUrl]));
    expect(await second.panel.getByTestId('speaker-history').first().textContent()).toMatch(/Earlier from .*Altman/);
    const texts = await items.allTextContents();
    expect(texts.some((text) => text.includes('far more compute'))).toBe(true);
    // A prediction carries the date it was made, so the reader can check it later.
    const prediction = second.panel.locator('[data-testid="speaker-history-item"][data-kind="prediction"]');
    expect(await prediction.first().textContent()).toMatch(/Predicted on .*2026/);
    await second.panel.close();
    await second.page.close();
    expect(browser.errors).toEqual([]);
  });

  it('finds claims from both sites when the library is searched for the person', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('library-search').fill('Altman');
    const claims = options.locator('[data-testid="search-result"][data-kind="claim"]');
    await expect.poll(() => claims.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const urls = await claims.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-url')));
    expect(new Set(urls)).toEqual(new Set([englishUrl, portugueseUrl]));

    // Diacritic-insensitive, and filters narrow it down.
    await options.getByTestId('library-search').fill('inteligencia artificial');
    await expect
      .poll(async () =>
        (
          await options.getByTestId('search-result').evaluateAll((n) => n.map((e) => e.getAttribute('data-url')))
        ).includes(portugueseUrl),
      )
      .toBe(true);
    await options.getByTestId('library-search').fill('Altman');
    await options.getByTestId('filter-lang').selectOption('en');
    await expect
      .poll(
        async () => new Set(await claims.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-url')))),
      )
      .toEqual(new Set([englishUrl]));
    expect(await options.getByTestId('library-usage').textContent()).toMatch(/Storage used/);
    await options.close();
    expect(browser.errors).toEqual([]);
  });

  it('opens a result at its sentence, and forgets a page from the panel', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('library-search').fill('compute');
    const result = options.locator(`[data-testid="search-result"][data-kind="claim"][data-url="${englishUrl}"]`);
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const opened = browser.context.waitForEvent('page');
    await result.first().locator('button').click();
    const page = await opened;
    await page.waitForURL(englishUrl);
    // The reveal scrolls the page and paints a flash highlight on the sentence.
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('marginalia-flash')), { timeout: 20_000, interval: 50 })
      .toBe(true);

    const panel = await browser.openPanel(await browser.tabIdOf(englishUrl));
    await expect.poll(() => panel.getByTestId('forget-page').count(), { timeout: 15_000 }).toBe(1);
    await panel.getByTestId('forget-page').click();
    // The reader's highlights go too: the panel asks first.
    await panel.getByTestId('forget-page-confirm').click();
    await expect.poll(() => panel.getByTestId('forget-page-status').textContent()).toMatch(/removed/);
    await options.getByTestId('library-search').fill('Altman');
    await options.getByTestId('filter-lang').selectOption('');
    const claims = options.locator('[data-testid="search-result"][data-kind="claim"]');
    await expect
      .poll(
        async () => new Set(await claims.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-url')))),
      )
      .toEqual(new Set([portugueseUrl]));
    await panel.close();
    await page.close();
    await options.close();
  });
});
