import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFirefoxWithExtension, POLL, type ExtensionApi, type FirefoxWithExtension } from './harness';

declare const chrome: ExtensionApi;

const PARAGRAPH = 'Altman revisitou que a OpenAI';
const NOTE = 'Scaling laws, in his words';

let firefox: FirefoxWithExtension;
let url: string;

beforeAll(async () => {
  firefox = await openFirefoxWithExtension();
  url = firefox.serveFixture('gate-seed');
});

afterAll(async () => {
  await firefox?.close();
});

const painted = (page: Page, colour = 'yellow') =>
  page.evaluate((name) => CSS.highlights.has(name), `marginalia-hl-${colour}`);
const highlightCount = (panel: Page) => panel.$$eval('[data-testid="highlight"]', (items) => items.length);
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Selects a whole paragraph the way a reader does (a real triple click); returns its text. */
async function selectParagraph(page: Page, startsWith: string): Promise<string> {
  const paragraph = await page.evaluateHandle(
    (start) => [...document.querySelectorAll('p')].find((p) => p.textContent?.trim().startsWith(start))!,
    startsWith,
  );
  await paragraph.click({ count: 3 });
  return squash(await paragraph.evaluate((p) => p.textContent));
}

describe('the reader’s own highlights in Firefox', () => {
  let quote = '';

  it('highlights a selection with a note, finds it again after a reload, and lists it in the panel', async () => {
    const page = await firefox.openPage(url);
    // The content script must be running before the selection, or no selection bar shows.
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('marginalia-claims')), POLL).toBe(true);
    quote = await selectParagraph(page, PARAGRAPH);
    expect(quote.length).toBeGreaterThan(40);

    // The selection bar's closed shadow root is out of reach: it is driven by position.
    const bar = '[data-marginalia-ui="highlighter"]';
    await expect.poll(() => page.$$eval(bar, (hosts) => hosts.length), POLL).toBe(1);
    const box = (await (await page.$(bar))!.boundingBox())!;
    const selection = await page.evaluate(() => {
      const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    });
    // Below the selection's box (or above it): never on top of the selected text.
    expect(box.y >= selection.bottom - 1 || box.y + box.height <= selection.top + 1).toBe(true);

    // The last button of the first row opens the note field; Enter saves the highlight.
    await page.mouse.click(box.x + box.width - 16, box.y + 16);
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Enter');
    await expect.poll(() => painted(page), POLL).toBe(true);
    expect(await page.evaluate(() => document.getSelection()?.isCollapsed ?? true)).toBe(true);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => painted(page), POLL).toBe(true);
    const tabId = await firefox.tabIdOf(url);
    await expect
      .poll(() => firefox.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId), POLL)
      .toBe('1');

    const panel = await firefox.openPanel(tabId);
    await expect.poll(() => highlightCount(panel), POLL).toBe(1);
    expect(squash(await panel.$eval('[data-testid="highlight"] .highlights-quote', (el) => el.textContent))).toBe(
      quote,
    );
    expect(await panel.$eval('[data-testid="highlight-note"]', (el) => el.textContent)).toBe(NOTE);
    expect(await panel.$$eval('[data-testid="highlight-orphans"]', (items) => items.length)).toBe(0);
    expect(await firefox.errorsSeen()).toEqual([]);
  });

  it('exports the highlight and its note as Markdown and JSON-LD from the panel', async () => {
    const panel = await firefox.openPanel(await firefox.tabIdOf(url));
    await expect.poll(() => highlightCount(panel), POLL).toBe(1);

    await (await panel.$('[data-testid="export-markdown"]'))!.click();
    const markdown = await firefox.waitForDownload(/\.md$/);
    expect(markdown.text).toMatch(/^---\ntitle: "OpenAI CEO Altman: Vertical integration/);
    expect(markdown.text).toContain(`url: "${url}"`);
    expect(markdown.text).toContain('## Highlights');
    expect(markdown.text).toContain(`> ${quote.slice(0, 40)}`);
    expect(markdown.text).toContain(`**Note:** ${NOTE}`);
    expect(markdown.text).toContain('## Key claims');

    await (await panel.$('[data-testid="export-json"]'))!.click();
    const json = await firefox.waitForDownload(/\.json$/);
    const collection = JSON.parse(json.text) as {
      first: {
        items: Array<{ target: { source: string; selector: Array<{ exact: string }> }; body: { value: string } }>;
      };
    };
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    const annotation = collection.first.items[0]!;
    expect(annotation.target.source).toBe(url);
    expect(squash(annotation.target.selector[0]!.exact)).toBe(quote);
    expect(annotation.body.value).toBe(NOTE);
    expect(await firefox.errorsSeen()).toEqual([]);
  });
});
