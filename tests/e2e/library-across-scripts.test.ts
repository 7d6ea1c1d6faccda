import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { readInPanel } from './read-in-panel';

let browser: ExtensionBrowser;
let spanishUrl: string;
let japaneseUrl: string;

beforeAll(async () => {
  browser = await launchWithExtension();
  spanishUrl = await browser.serveFixture('gate-es-huang-chips');
  japaneseUrl = await browser.serveFixture('binance-square-ja-huang');
});

afterAll(async () => {
  await browser?.close();
});

const read = (url: string) => readInPanel(browser, url);

describe('the library across scripts: Jensen Huang in Spanish, ジェンスン・フアン in Japanese', () => {
  it('lists what he said on the Spanish page under "Earlier from …" on the Japanese one', async () => {
    const first = await read(spanishUrl);
    await expect.poll(() => first.panel.getByTestId('forget-page').count(), { timeout: 10_000 }).toBe(1);
    await first.panel.close();
    await first.page.close();

    const second = await read(japaneseUrl);
    const items = second.panel.getByTestId('speaker-history-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const urls = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-url')));
    expect(new Set(urls)).toEqual(new Set([spanishUrl]));
    const texts = await items.allTextContents();
    expect(texts.some((text) => text.includes('transformación industrial'))).toBe(true);
    await second.panel.close();
    await second.page.close();
    expect(browser.errors).toEqual([]);
  });

  it('finds his claims from both sites when the library is searched for "Huang"', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('library-search').fill('Huang');
    const claims = options.locator('[data-testid="search-result"][data-kind="claim"]');
    await expect
      .poll(
        async () => new Set(await claims.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-url')))),
        { timeout: 10_000 },
      )
      .toEqual(new Set([spanishUrl, japaneseUrl]));
    await options.close();
    expect(browser.errors).toEqual([]);
  });
});
