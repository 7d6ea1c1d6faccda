/**
 * The options page as it looks. Its "Import a library or highlights file" is a file input under a label made to
 * look like the browser's buttons beside it. Chromium computes the system colour ButtonBorder as
 * black (white in dark mode) but paints its buttons with a grey edge (none in dark mode), so a
 * label drawn with ButtonBorder stood out as if focused. Compared here as painted: the edge's
 * colour and the height, light and dark.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { placeholdersCutOff } from './placeholders';
import { readInPanel } from './read-in-panel';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ viewport: { width: 800, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

/** The painted colours of a control's left edge and inside, halfway down, and its height. */
async function painted(page: Page, control: Locator): Promise<{ edge: string; inside: string; height: number }> {
  const png = (await control.screenshot()).toString('base64');
  const height = (await control.boundingBox())!.height;
  const colours = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const middle = Math.floor(image.height / 2);
    const at = (x: number) => [...context.getImageData(x, middle, 1, 1).data].slice(0, 3).join(',');
    return { edge: at(0), inside: at(4) };
  }, png);
  return { ...colours, height };
}

describe('the options page’s import button', () => {
  it.each(['light', 'dark'] as const)('looks like the export buttons beside it (%s)', async (scheme) => {
    const options = await browser.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const exportButton = options.getByTestId('library-export-zip');
    await exportButton.waitFor({ timeout: 10_000 });
    const importButton = options.locator('label.file-button', { has: options.getByTestId('library-import') });
    const [button, label] = [await painted(options, exportButton), await painted(options, importButton)];
    expect(label).toEqual(button);
    await options.close();
    expect(browser.errors).toEqual([]);
  });
});

describe('the options page in a narrow window', () => {
  it('breaks a refused import’s English detail (an address) rather than widening the page', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 320, height: 800 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Read, but a Web Annotation collection of another context: the detail names the one expected.
    await options.getByTestId('library-import').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"@context":"https://example.org/other-context","type":"AnnotationCollection"}'),
    });
    const detail = options.locator('.error-detail code');
    await detail.waitFor({ timeout: 10_000 });
    expect(await detail.textContent()).toMatch(/https?:\/\/\S{20,}/);
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await detail.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await options.close();
    expect(browser.errors).toEqual([]);
  });
});

describe('the options page in a phone-wide window', () => {
  it('shows each search field’s hint whole (the other UI languages: ui-languages.test.ts)', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 360, height: 800 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('library-search').waitFor({ timeout: 10_000 });
    await options.getByTestId('highlights-library').locator('summary').click();
    await options.getByTestId('highlights-search').waitFor({ timeout: 10_000 });
    expect(await placeholdersCutOff(options)).toEqual([]);
    await options.close();
    expect(browser.errors).toEqual([]);
  });
});

describe('italics in the library', () => {
  it('keeps a Chinese speaker upright (no slant faked for a font without italics) and a Latin one italic', async () => {
    for (const slug of ['zh-exchange-news', 'gate-seed']) {
      const { page, panel } = await readInPanel(browser, await browser.serveFixture(slug));
      await expect.poll(() => panel.getByTestId('forget-page').count(), { timeout: 10_000 }).toBe(1);
      await panel.close();
      await page.close();
    }
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    /** Whether the speaker under a search result looks different set upright. */
    const slanted = async (query: string, speaker: string) => {
      await options.getByTestId('library-search').fill(query);
      const detail = options.locator('.lib__detail', { hasText: speaker }).first();
      await detail.waitFor({ timeout: 10_000 });
      const asSet = await detail.screenshot();
      await detail.evaluate((element) => ((element as HTMLElement).style.fontStyle = 'normal'));
      const upright = await detail.screenshot();
      return !asSet.equals(upright);
    };
    expect(await slanted('人工智能初创公司', '人工智能初创公司')).toBe(false);
    expect(await slanted('Altman', 'Sam Altman')).toBe(true);
    await options.close();
    expect(browser.errors).toEqual([]);
  });
});
