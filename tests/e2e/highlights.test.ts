import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { contrastOf } from './contrast';

/** The extension API inside the background worker (worker.evaluate). */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown> };
  storage: {
    local: {
      QUOTA_BYTES: number;
      getBytesInUse(keys: null): Promise<number>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
};

const FIRST = 'Altman revisitou que a OpenAI';
const SECOND = 'O mundo questiona por que usar GPUs';
const THIRD = 'Altman reconheceu que, no início';
const NOTE = 'Scaling laws, in his words';

let browser: ExtensionBrowser;
let url: string;

beforeAll(async () => {
  browser = await launchWithExtension();
  url = await browser.serveFixture('gate-seed');
});

afterAll(async () => {
  await browser?.close();
});

async function openSeed(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

/** Selects a whole paragraph the way a reader does (a real triple click). */
async function selectParagraph(page: Page, startsWith: string): Promise<string> {
  const paragraph = page.locator('p', { hasText: startsWith }).first();
  await paragraph.click({ clickCount: 3 });
  return ((await paragraph.textContent()) ?? '').trim();
}

/** The selection bar's host; its closed shadow root is out of reach, so it is driven by position. */
async function selectionBar(page: Page) {
  const host = page.locator('[data-marginalia-ui="highlighter"]');
  await expect.poll(() => host.count(), { timeout: 10_000 }).toBe(1);
  const box = (await host.boundingBox())!;
  return { host, box };
}

const painted = (page: Page, colour = 'yellow') =>
  page.evaluate((name) => CSS.highlights.has(name), `marginalia-hl-${colour}`);
const panelItems = (panel: Page) => panel.getByTestId('highlight');

async function download(panel: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('the reader’s own highlights in the built extension', () => {
  let quote = '';
  let exportedJson = '';

  it('highlights a selection with a note, never covering it, and finds it again after a reload', async () => {
    const page = await openSeed();
    quote = await selectParagraph(page, FIRST);
    const { box } = await selectionBar(page);
    const selectionBox = await page.evaluate(() => {
      const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { top: rect.top + scrollY, bottom: rect.bottom + scrollY };
    });
    // Below the selection's box (or above it): never on top of the selected text.
    expect(box.y >= selectionBox.bottom || box.y + box.height <= selectionBox.top).toBe(true);

    // The last button of the first row opens the note field; Enter saves the highlight.
    await page.mouse.click(box.x + box.width - 16, box.y + 16);
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Enter');
    await expect.poll(() => painted(page), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => document.getSelection()?.isCollapsed ?? true)).toBe(true);

    await page.reload();
    await expect.poll(() => painted(page), { timeout: 10_000 }).toBe(true);
    const tabId = await browser.tabIdOf(url);
    await expect
      .poll(async () =>
        Number(
          await browser.worker.evaluate(
            (id) =>
              (
                globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
              ).chrome.action.getBadgeText({ tabId: id }),
            tabId,
          ),
        ),
      )
      .toBe(1);

    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panelItems(panel).count(), { timeout: 15_000 }).toBe(1);
    expect((await panelItems(panel).first().locator('.highlights-quote').textContent())?.replace(/\s+/g, ' ')).toBe(
      quote.replace(/\s+/g, ' '),
    );
    expect(await panel.getByTestId('highlight-note').textContent()).toBe(NOTE);
    expect(await panel.getByTestId('highlight-orphans').count()).toBe(0);
    await panel.close();
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('exports Markdown and JSON-LD from the panel', async () => {
    const page = await openSeed();
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panelItems(panel).count(), { timeout: 15_000 }).toBe(1);

    const markdown = await download(panel, 'export-markdown');
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.text).toMatch(/^---\ntitle: "OpenAI CEO Altman: Vertical integration/);
    expect(markdown.text).toContain(`url: "${url}"`);
    expect(markdown.text).toContain('## Highlights');
    expect(markdown.text).toContain(`> ${quote.slice(0, 40)}`);
    expect(markdown.text).toContain(`**Note:** ${NOTE}`);
    expect(markdown.text).toContain('## Key claims');

    const json = await download(panel, 'export-json');
    expect(json.name).toMatch(/\.json$/);
    const collection = JSON.parse(json.text);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    const [annotation] = collection.first.items;
    expect(annotation.target.source).toBe(url);
    expect(annotation.target.selector[0].exact.replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    expect(annotation.body.value).toBe(NOTE);
    exportedJson = json.text;
    await panel.close();
    await page.close();
  });

  it('imports: a malformed file changes nothing and says why; the same file twice adds nothing', async () => {
    const page = await openSeed();
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panelItems(panel).count(), { timeout: 15_000 }).toBe(1);
    const input = panel.getByTestId('import-json');
    const status = panel.getByTestId('export-status');
    // One button, "Import a highlights file": the file input lies invisible over it, without its cut-off "No file chosen".
    expect(await input.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    expect(await panel.locator('.file-button').innerText()).toBe('Import a highlights file');
    const [control, chooser] = await Promise.all([panel.locator('.file-button').boundingBox(), input.boundingBox()]);
    expect(chooser).toEqual(control);
    // Reached by Tab like the buttons beside it, with the same focus ring.
    await panel.getByTestId('copy-csv').focus();
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-json');
    expect(await panel.locator('.file-button').evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
      'solid',
    );

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "AnnotationCollection", "first": '),
    });
    // Not JSON: the one case where "could not read this file" is true.
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Nothing was imported\.\n+Marginalia could not read this file: it is not valid JSON\.\n/);
    expect(await status.getAttribute('role')).toBe('alert');
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await contrastOf(panel.locator('[data-testid="export-status"]'), 'text')).toBeGreaterThanOrEqual(4.5);
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await contrastOf(panel.locator('[data-testid="export-status"]'), 'text')).toBeGreaterThanOrEqual(4.5);

    const foreign = JSON.parse(exportedJson);
    foreign.first.items[0].target.selector = [{ type: 'CssSelector', value: 'p' }];
    await input.setInputFiles({
      name: 'foreign.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(foreign)),
    });
    await expect
      .poll(() => status.innerText())
      .toMatch(
        /^Nothing was imported\.\n+The file was read, but part of it is not valid, so none of it was accepted\.\n[^]*selector/,
      );

    // Well-formed JSON that is no highlights export was read: it says so, not that it could not be read.
    await input.setInputFiles({
      name: 'person.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ type: 'Person', name: 'Ada' })),
    });
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Nothing was imported\.\n+The file was read, but it is not a highlights export\.\n/);
    expect(await status.innerText()).not.toMatch(/could not read/);

    for (let round = 0; round < 2; round++) {
      await input.setInputFiles({
        name: 'export.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exportedJson),
      });
      await expect.poll(() => status.textContent()).toBe('Imported 0 new highlights (1 was already here).');
    }
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await contrastOf(panel.locator('[data-testid="export-status"]'), 'text')).toBeGreaterThanOrEqual(4.5);
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await panelItems(panel).count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('loses nothing when two tabs of the page add highlights at the same moment, and both repaint', async () => {
    const first = await openSeed();
    await expect.poll(() => painted(first), { timeout: 10_000 }).toBe(true);
    const second = await openSeed();
    await expect.poll(() => painted(second), { timeout: 10_000 }).toBe(true);
    const [firstTab, secondTab] = await browser.worker.evaluate(async (target) => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } } }
      ).chrome.tabs.query({});
      return tabs.filter((tab) => tab.url === target).map((tab) => tab.id);
    }, url);
    await selectParagraph(first, SECOND);
    await selectParagraph(second, THIRD);

    const replies = await browser.worker.evaluate(
      ([a, b]) =>
        Promise.all([
          chrome.tabs.sendMessage(a!, { type: 'highlight-selection', colour: 'green' }, { frameId: 0 }),
          chrome.tabs.sendMessage(b!, { type: 'highlight-selection', colour: 'blue' }, { frameId: 0 }),
        ]),
      [firstTab, secondTab],
    );
    expect(replies).toMatchObject([{ ok: true }, { ok: true }]);
    // Each tab paints its own new highlight and the other tab's one.
    for (const page of [first, second]) {
      await expect
        .poll(() => Promise.all([painted(page, 'green'), painted(page, 'blue'), painted(page, 'yellow')]), {
          timeout: 10_000,
        })
        .toEqual([true, true, true]);
    }
    const panel = await browser.openPanel(secondTab!);
    await expect.poll(() => panelItems(panel).count(), { timeout: 15_000 }).toBe(3);
    await panel.close();
    await first.close();
    await second.close();
  });

  it('says clearly when storage is full and keeps every highlight', async () => {
    const page = await openSeed();
    const tabId = await browser.tabIdOf(url);
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panelItems(panel).count(), { timeout: 15_000 }).toBe(3);

    // Highlights live in IndexedDB, whose quota is a share of the disk: make every write in the
    // background fail the way a full disk does (QuotaExceededError) instead of filling the disk.
    await browser.worker.evaluate(() => {
      const store = (globalThis as unknown as { IDBObjectStore: { prototype: Record<string, unknown> } }).IDBObjectStore
        .prototype;
      const saved = { add: store.add, put: store.put };
      (globalThis as unknown as { __restoreWrites: () => void }).__restoreWrites = () => Object.assign(store, saved);
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      store.add = full;
      store.put = full;
    });
    await selectParagraph(page, 'Quanto ao modelo de operação');
    await panel.getByTestId('highlight-selection').click();
    await expect
      .poll(() => panel.getByTestId('highlights-error').textContent(), { timeout: 10_000 })
      .toMatch(/storage for Marginalia is full/);
    expect(await panelItems(panel).count()).toBe(3);

    await browser.worker.evaluate(() => (globalThis as unknown as { __restoreWrites: () => void }).__restoreWrites());
    await panel.getByTestId('highlight-selection').click();
    await expect.poll(() => panelItems(panel).count(), { timeout: 10_000 }).toBe(4);
    expect(await panel.getByTestId('highlights-error').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('deletes from the panel with undo, by keyboard, and the page repaints each time', async () => {
    const page = await openSeed();
    await expect.poll(() => painted(page, 'green'), { timeout: 10_000 }).toBe(true);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panelItems(panel).count(), { timeout: 15_000 }).toBe(4);
    const green = panel.locator('[data-testid="highlight"].highlights-colour-green');
    const focused = () =>
      panel.evaluate(() => {
        const element = document.activeElement;
        return `${element?.closest('[data-testid="highlight"]')?.className ?? ''} ${element?.getAttribute('data-testid') ?? element?.className}`;
      });
    await green.getByTestId('highlight-delete').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panelItems(panel).count()).toBe(3);
    await expect.poll(() => painted(page, 'green')).toBe(false);
    // The deleted item's button is gone: Undo has the focus, then the highlight it brings back.
    expect(await focused()).toBe(' highlight-undo');
    // Readable in a dark browser too: the notice, the count beside the title.
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await contrastOf(panel.locator('.highlights-undo'), 'text')).toBeGreaterThanOrEqual(4.5);
    expect(await contrastOf(panel.locator('.highlights-count'), 'text')).toBeGreaterThanOrEqual(4.5);
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await contrastOf(panel.locator('.highlights-count'), 'text')).toBeGreaterThanOrEqual(4.5);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panelItems(panel).count()).toBe(4);
    await expect.poll(() => painted(page, 'green')).toBe(true);
    await expect.poll(focused).toMatch(/highlights-colour-green .*highlights-select/);
    // Tab reaches the checked colour, whose focus ring is the panel's accent, not the black of its check mark.
    await panel.keyboard.press('Tab');
    expect(await focused()).toMatch(/highlights-colour-green .*highlights-swatch highlights-colour-green/);
    expect(await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineColor)).toBe('rgb(36, 85, 214)');
    await panel.close();
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('lists the page in the options library, where delete and undo go through the background', async () => {
    const page = await openSeed();
    await expect.poll(() => painted(page), { timeout: 10_000 }).toBe(true);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('highlights-library').locator('summary').click();
    const pages = options.getByTestId('library-page');
    await expect.poll(() => pages.count(), { timeout: 10_000 }).toBe(1);
    expect(await pages.first().textContent()).toContain('OpenAI CEO Altman');

    await options.getByTestId('library-delete').click();
    await expect.poll(() => pages.count()).toBe(0);
    // The open tab of that page hears about it and unpaints.
    await expect.poll(() => painted(page)).toBe(false);
    await options.getByTestId('library-undo').click();
    await expect.poll(() => pages.count()).toBe(1);
    await expect.poll(() => painted(page)).toBe(true);
    await options.close();
    await page.close();
    expect(browser.errors).toEqual([]);
  });

  it('forgetting the page from the panel takes its highlights off the panel and the page too', async () => {
    const page = await openSeed();
    await expect.poll(() => painted(page), { timeout: 10_000 }).toBe(true);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panelItems(panel).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => panel.getByTestId('forget-page').count(), { timeout: 15_000 }).toBe(1);
    await panel.getByTestId('forget-page').click();
    await panel.getByTestId('forget-page-confirm').click();
    await expect.poll(() => panel.getByTestId('forget-page-status').count()).toBe(1);
    await expect.poll(() => panelItems(panel).count()).toBe(0);
    await expect.poll(() => painted(page)).toBe(false);
    await panel.close();
    await page.close();
    expect(browser.errors).toEqual([]);
  });
});
