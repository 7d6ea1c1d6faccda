import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixturePage } from '../fixtures/load';
import { openFirefoxWithExtension, POLL, type ExtensionApi, type FirefoxWithExtension } from './harness';

declare const chrome: ExtensionApi;

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await openFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
});

/** The extension's highlight layers registered on the page, sorted. */
const registry = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('marginalia-')).sort());
const serialized = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
// While something is painted, the elements around the painted text carry the painter's mark (the
// scope of its ::highlight() rules): the page's text and structure are untouched.
const withoutPaintedMarks = (html: string) => html.replaceAll(' data-marginalia-painted=""', '');
const screenshot = async (page: Page) => Buffer.from(await page.screenshot());
const pressed = (panel: Page, layer: string) =>
  panel.$eval(`[data-testid="toggle-${layer}"]`, (button) => button.getAttribute('aria-pressed')).catch(() => null);
const toggle = async (panel: Page, layer: string) => (await panel.$(`[data-testid="toggle-${layer}"]`))!.click();

describe('annotation layers on the page in Firefox', () => {
  it('paints each layer without touching the page’s markup but for its marks, toggles layer by layer, and remembers it after a reload', async () => {
    // The same page where the extension does not run: what "untouched" looks like.
    const seed = readFixturePage('gate-seed');
    firefox.serve('https://example.org/gate-seed', seed.html);
    const baseline = await firefox.openPage('https://example.org/gate-seed');
    const untouchedHtml = await serialized(baseline);
    const untouchedShot = await screenshot(baseline);
    expect(await registry(baseline)).toEqual([]);
    // Firefox grants an MV3 add-on's host_permissions at install (as its install prompt does), never the
    // optional ones: the curated news sites run by themselves, any other site only when the reader asks.
    const granted = (origin: string) =>
      firefox.inExtension((origins) => chrome.permissions.contains({ origins }), [origin]);
    expect(await granted('https://www.gate.com/pt-br/news/*')).toBe(true);
    expect(await granted('https://example.org/*')).toBe(false);

    const url = firefox.serveFixture('gate-seed');
    const page = await firefox.openPage(url);
    await expect
      .poll(() => registry(page), POLL)
      .toEqual(['marginalia-claims', 'marginalia-disclaimer', 'marginalia-terms']);
    expect(await serialized(page)).toContain('data-marginalia-painted');
    expect(withoutPaintedMarks(await serialized(page))).toBe(untouchedHtml);
    expect((await screenshot(page)).equals(untouchedShot)).toBe(false);

    const panel = await firefox.openPanel(await firefox.tabIdOf(url));
    await expect.poll(() => pressed(panel, 'claims'), POLL).toBe('true');

    await toggle(panel, 'claims');
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer', 'marginalia-terms']);
    expect(await pressed(panel, 'claims')).toBe('false');
    await toggle(panel, 'terms');
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer']);
    await toggle(panel, 'terms');
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer', 'marginalia-terms']);
    expect(withoutPaintedMarks(await serialized(page))).toBe(untouchedHtml);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => registry(page), POLL).toEqual(['marginalia-disclaimer', 'marginalia-terms']);

    await firefox.reloadExtensionPage(panel);
    await expect.poll(() => pressed(panel, 'claims'), POLL).toBe('false');

    await toggle(panel, 'all');
    await expect.poll(() => registry(page), POLL).toEqual([]);
    // A plain button named for what it does next, marked while everything is off.
    expect(
      await panel.$eval('[data-testid="toggle-all"]', (button) => [
        button.getAttribute('data-all-off'),
        button.textContent,
      ]),
    ).toEqual(['true', 'All on']);
    expect(await serialized(page)).toBe(untouchedHtml);
    expect((await screenshot(page)).equals(untouchedShot)).toBe(true);

    await toggle(panel, 'all');
    await expect
      .poll(() => registry(page), POLL)
      .toEqual(['marginalia-claims', 'marginalia-disclaimer', 'marginalia-terms']);
    expect(await firefox.errorsSeen()).toEqual([]);
  });

  it('starts a new analysis after single-page-app navigation', async () => {
    const url = firefox.serveFixture('spa-news');
    const page = await firefox.openPage(url);
    const tabId = await firefox.tabIdOf(url);
    type SpaState = { url: string; analysis?: { article?: { title: string } } } | null;
    const title = async () => ((await firefox.tabState(tabId)) as SpaState)?.analysis?.article?.title;
    await expect.poll(title, POLL).toBe('Chip startup raises $400 million to build inference accelerators');

    await page.click('#next');
    await expect.poll(title, POLL).toBe('Utilities warn AI data centres will strain the grid by 2028');
    expect(((await firefox.tabState(tabId)) as SpaState)?.url).toBe('https://www.theblock.co/post/ai-energy');
    await expect.poll(() => registry(page), POLL).toContain('marginalia-claims');
    expect(await firefox.errorsSeen()).toEqual([]);
  });
});
