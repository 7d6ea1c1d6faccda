/**
 * Chinese and Japanese exchange pages end to end in Chromium: Gate in Simplified Chinese, OKX in
 * Traditional Chinese and Binance Square in Japanese (fixtures written for this), each served
 * under its real URL. The panel shows the article, claims, terms and the disclaimer naming the
 * right host; the page is painted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  { slug: 'zh-exchange-news', host: '交易所', term: '算力', source: '科技财经日报' },
  { slug: 'okx-zh-hant-news', host: 'OKX', term: 'GPU', source: '科技週報' },
  { slug: 'binance-square-ja', host: 'Binance', term: 'スケーリング則', source: 'テック経済新聞' },
];

describe('Chinese and Japanese exchange pages', () => {
  it.each(PAGES)('$slug: article, claims, terms, the disclaimer with its host, and paint', async (expected) => {
    const url = await browser.serveFixture(expected.slug);
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await panel.getByTestId('article-title').waitFor(POLL);

    await expect.poll(() => panel.getByTestId('claim').count(), POLL).toBeGreaterThanOrEqual(3);
    const speakers = await panel
      .getByTestId('claim')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-speaker')).filter(Boolean));
    expect(speakers.length).toBeGreaterThan(0);
    expect(await panel.getByTestId('glossary-entry').count()).toBeGreaterThanOrEqual(3);

    const flag = panel.getByTestId('disclaimer-flag');
    await flag.waitFor(POLL);
    expect(await flag.locator('.disclaimer-flag__sentence').textContent()).toContain(expected.host);
    expect(await panel.getByTestId('provenance').textContent()).toContain(expected.source);

    // Terms are painted on the page, CJK forms included.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const terms = CSS.highlights.get('marginalia-terms') as unknown as Set<Range> | undefined;
            return terms ? [...terms].map((range) => range.toString()) : [];
          }),
        POLL,
      )
      .toContain(expected.term);
    await page.close();
    await panel.close();
    expect(browser.errors).toEqual([]);
  });
});
