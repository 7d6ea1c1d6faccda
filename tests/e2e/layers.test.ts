import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixturePage } from '../fixtures/load';
import { launchWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

const registry = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('marginalia-')).sort());
// Playwright hides the caret for screenshots by styling text fields, which would show in the markup.
const screenshot = (page: Page) => page.screenshot({ caret: 'initial' });
const serialized = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
// While something is painted, the elements around the painted text carry the painter's mark (the
// scope of its ::highlight() rules): the page's text and structure are untouched.
const withoutPaintedMarks = (html: string) => html.replaceAll(' data-marginalia-painted=""', '');
const POLL = { timeout: 20_000 };

describe('annotation layers on the page', () => {
  it('paints each layer without touching the page’s markup but for its marks, toggles layer by layer, and remembers it after a reload', async () => {
    // The same page where the extension does not run: what "untouched" looks like.
    const seed = readFixturePage('gate-seed');
    await browser.serve('https://example.org/gate-seed', seed.html);
    const baseline = await browser.context.newPage();
    await baseline.goto('https://example.org/gate-seed');
    const untouchedHtml = await serialized(baseline);
    const untouchedShot = await screenshot(baseline);

    const url = await browser.serveFixture('gate-seed');
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect
      .poll(() => registry(page), POLL)
      .toEqual(['marginalia-claims', 'marginalia-disclaimer', 'marginalia-terms']);
    expect(await serialized(page)).toContain('data-marginalia-painted');
    expect(withoutPaintedMarks(await serialized(page))).toBe(untouchedHtml);
    expect((await screenshot(page)).equals(untouchedShot)).toBe(false);

    const panel = await browser.openPanel(await browser.tabIdOf(url));
    const toggle = (name: string) => panel.getByTestId(`toggle-${name}`);
    await expect.poll(() => toggle('claims').getAttribute('aria-pressed'), POLL).toBe('true');
    // The keyboard way, where a keyboard reader finds it: on screen (not in a tooltip) and on its button.
    await expect
      .poll(() => panel.getByTestId('layers-shortcut').textContent(), POLL)
      .toBe(
        'Alt+Shift+L turns everything off or on. Shortcuts can be changed on the browser’s extension shortcuts page.',
      );
    expect(await toggle('all').getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+L');

    await toggle('claims').click();
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer', 'marginalia-terms']);
    expect(await toggle('claims').getAttribute('aria-pressed')).toBe('false');
    await toggle('terms').click();
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer']);
    await toggle('terms').click();
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer', 'marginalia-terms']);
    expect(withoutPaintedMarks(await serialized(page))).toBe(untouchedHtml);

    await page.reload();
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer', 'marginalia-terms']);

    await panel.reload();
    await expect.poll(() => toggle('claims').getAttribute('aria-pressed'), POLL).toBe('false');

    await toggle('all').click();
    await expect.poll(() => registry(page), POLL).toEqual([]);
    expect(await toggle('all').getAttribute('data-all-off')).toBe('true');
    expect(await toggle('all').textContent()).toBe('All on');
    expect(await serialized(page)).toBe(untouchedHtml);
    expect((await screenshot(page)).equals(untouchedShot)).toBe(true);

    await toggle('all').click();
    await expect
      .poll(() => registry(page), POLL)
      .toEqual(['marginalia-claims', 'marginalia-disclaimer', 'marginalia-terms']);
    expect(browser.errors).toEqual([]);
  });

  it('starts a new analysis after single-page-app navigation', async () => {
    const url = await browser.serveFixture('spa-news');
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    const title = async () =>
      ((await browser.tabState(tabId)) as { analysis?: { article?: { title: string } } } | null)?.analysis?.article
        ?.title;
    await expect.poll(title, POLL).toBe('Chip startup raises $400 million to build inference accelerators');

    await page.click('#next');
    await expect.poll(title, POLL).toBe('Utilities warn AI data centres will strain the grid by 2028');
    const state = (await browser.tabState(tabId)) as { url: string };
    expect(state.url).toBe('https://www.theblock.co/post/ai-energy');
    await expect.poll(() => registry(page), POLL).toContain('marginalia-claims');
  });

  it('paints claims of an article whose paragraphs arrive late', async () => {
    const url = await browser.serveFixture('late-article');
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => registry(page), POLL).toContain('marginalia-claims');
    const painted = await page.evaluate(() => {
      const highlight = CSS.highlights.get('marginalia-claims') as unknown as Set<Range>;
      return [...highlight].map((range) => range.toString());
    });
    expect(painted.join(' ')).toMatch(/Open models are now good enough|71% on a widely used coding benchmark/);
  });

  it('does not re-analyze when only a node outside the article keeps changing', async () => {
    const url = await browser.serveFixture('busy-ticker');
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    const analyzedAt = async () =>
      ((await browser.tabState(tabId)) as { analysis?: { analyzedAt: string } } | null)?.analysis?.analyzedAt;
    await expect.poll(analyzedAt, POLL).toBeTruthy();
    const first = await analyzedAt();
    await page.waitForTimeout(4000);
    expect(await analyzedAt()).toBe(first);
    expect(await page.locator('#btc').textContent()).not.toBe('115000.00');
  });
});
