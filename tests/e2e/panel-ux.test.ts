/**
 * What a reader meets in a narrow side panel and on the options page: the way from the panel to
 * the library, the options page's column, and Japanese lines that do not start with a character
 * Japanese typesetting never puts at the start of a line.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backdropLuminance, contrastOf } from './contrast';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { readInPanel } from './read-in-panel';

/**
 * The lines of text in a page's buttons, labels and paragraphs that start with a character that
 * JIS X 4051 keeps off the start of a line: the prolonged sound mark, small kana, closing
 * punctuation and the iteration marks.
 */
async function linesStartingBadly(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const noStart =
      /[ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿ、。，．）」』】〕〉》”’・：；？！ゝゞヽヾ々〻]/u;
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      let previousTop: number | null = null;
      for (let index = 0; index < text.length; index++) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        // A character lower than the one before it starts a new line.
        if (previousTop !== null && rect.top > previousTop + 2 && noStart.test(text[index]!)) {
          bad.push(`"${text.slice(Math.max(0, index - 6), index)}⏎${text.slice(index, index + 6)}"`);
        }
        previousTop = rect.top;
      }
    }
    return bad;
  });
}

describe('the panel and the options page, in English', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('links from the panel to the library, which opens the options page in a tab', async () => {
    const url = await browser.serveFixture('gate-seed');
    const { panel } = await readInPanel(browser, url);
    const link = panel.getByTestId('open-library');
    expect(await link.textContent()).toBe('Library and settings');
    const opened = browser.context.waitForEvent('page');
    await link.focus();
    await panel.keyboard.press('Enter');
    const options = await opened;
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('definition-language').count(), { timeout: 10_000 }).toBe(1);
    expect(browser.errors).toEqual([]);
  });

  it('passes the glossary in one Tab stop: the focused term, its source, then on past the list', async () => {
    const url = await browser.serveFixture('gate-seed');
    const { panel } = await readInPanel(browser, url);
    const terms = panel.locator('.glossary-items .glossary-term-head');
    expect(await terms.count()).toBeGreaterThan(2);
    await terms.first().focus();
    const stopsAfterTheTerm: string[] = [];
    for (let presses = 0; presses < 10; presses++) {
      await panel.keyboard.press('Tab');
      const stop = await panel.evaluate(() =>
        document.activeElement?.closest('.glossary-items') ? document.activeElement.tagName : null,
      );
      if (!stop) break;
      stopsAfterTheTerm.push(stop);
    }
    // At most its source link; then the focus is out of the list.
    expect(stopsAfterTheTerm.filter((tag) => tag !== 'A')).toEqual([]);
    expect(stopsAfterTheTerm.length).toBeLessThanOrEqual(1);
    await terms.first().focus();
    await panel.keyboard.press('ArrowDown');
    expect(await terms.nth(1).evaluate((term) => term === document.activeElement)).toBe(true);
    await panel.keyboard.press('End');
    expect(await terms.last().evaluate((term) => term === document.activeElement)).toBe(true);
    expect(browser.errors).toEqual([]);
  });

  it('keeps the definitions setting in the library’s column, one choice a line, in a narrow window', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const fieldset = options.getByTestId('definition-language');
    const title = options.locator('#lib-title');
    await expect.poll(() => title.count(), { timeout: 10_000 }).toBe(1);
    const setting = (await fieldset.boundingBox())!;
    const library = (await title.boundingBox())!;
    expect(setting.x).toBeCloseTo(library.x, 0);
    expect(setting.x + setting.width).toBeLessThanOrEqual(400 - library.x + 0.5);
    const [interfaceChoice, articleChoice] = await fieldset.locator('label').all();
    const first = (await interfaceChoice!.boundingBox())!;
    const second = (await articleChoice!.boundingBox())!;
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 0.5);
    expect(browser.errors).toEqual([]);
  });
});

describe('the options page’s two export and import areas, in English', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 800, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('are worded alike, each saying what it covers: the whole library, or the highlights', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const libraryFiles = options.locator('.lib__files');
    await expect.poll(() => libraryFiles.count(), { timeout: 10_000 }).toBe(1);
    await options.getByTestId('highlights-library').locator('summary').click();
    const highlightsFiles = options.locator('.library-export');
    await expect.poll(() => highlightsFiles.count(), { timeout: 10_000 }).toBe(1);
    const wording = (area: typeof libraryFiles) =>
      area.evaluate((element) => ({
        heading: element.querySelector('h2, h3')?.textContent,
        importLabel: element.querySelector<HTMLElement>('label.file-button')?.innerText,
      }));
    expect(await wording(libraryFiles)).toEqual({
      heading: 'Export and import the library',
      importLabel: 'Import a library or highlights file',
    });
    expect(await wording(highlightsFiles)).toEqual({
      heading: 'Export and import all highlights',
      importLabel: 'Import a highlights file',
    });
    expect(await highlightsFiles.getAttribute('aria-label')).toBe('Export and import all highlights');
    // The bar holds the import button too, and its group's name says so.
    expect(await highlightsFiles.getByRole('group').getAttribute('aria-label')).toBe('Export and import');
    expect(browser.errors).toEqual([]);
    await options.close();
  });
});

describe('the panel and the options page, in Japanese, 320 px wide', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ uiLanguage: 'ja', viewport: { width: 320, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts no line with a prolonged sound mark, a small kana or closing punctuation', async () => {
    const url = await browser.serveFixture('gate-seed');
    const { panel } = await readInPanel(browser, url);
    expect(await linesStartingBadly(panel)).toEqual([]);
    // Kept in the library once "Forget this page" shows: the options page then lists it too.
    await expect.poll(() => panel.getByTestId('forget-page').count(), { timeout: 10_000 }).toBe(1);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('search-result').count(), { timeout: 10_000 }).toBe(1);
    await options.getByTestId('highlights-library').locator('summary').click();
    expect(await linesStartingBadly(options)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});

describe('the panel’s buttons, dark and 320 px wide', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 320, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('look alike in the dark: the panel’s one button style, not the browser’s grey one', async () => {
    const url = await browser.serveFixture('gate-seed');
    const { panel } = await readInPanel(browser, url);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => panel.getByTestId('forget-page').count(), { timeout: 10_000 }).toBe(1);

    const unlike = await panel.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.cssText =
        'background: var(--panel-card); border: 1px solid var(--panel-border); color: var(--panel-fg)';
      document.body.append(probe);
      const look = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.backgroundColor} ${style.borderTopColor} ${style.color}`;
      };
      const expected = look(probe);
      probe.remove();
      // The quotes (links to the page) and the colour swatches have looks of their own.
      const controls = document.querySelectorAll(
        '[data-testid="highlights-section"] :is(button, label.file-button):not(.highlights-select, .highlights-swatch), .forget-page button',
      );
      return [...controls]
        .filter((control) => look(control) !== expected)
        .map((control) => `${control.textContent}: ${look(control)} (expected ${expected})`);
    });
    expect(unlike).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('show the highlights’ error in the scheme’s colours, dark in the dark, readable in both', async () => {
    const url = await browser.serveFixture('gate-seed');
    const { panel } = await readInPanel(browser, url);
    // Nothing is selected on the page: the panel's "Highlight selection" says so in its error box.
    await panel.getByTestId('highlight-selection').click();
    const error = panel.getByTestId('highlights-error');
    await expect.poll(() => error.count(), { timeout: 10_000 }).toBe(1);
    for (const scheme of ['dark', 'light'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const backdrop = await backdropLuminance(error);
      if (scheme === 'dark') expect(backdrop, 'the box is dark').toBeLessThan(0.05);
      else expect(backdrop, 'the box is light').toBeGreaterThan(0.8);
      expect(await contrastOf(error, 'text'), scheme).toBeGreaterThanOrEqual(4.5);
    }
    expect(browser.errors).toEqual([]);
  });

  it('keep each export button on one full-width line, its label whole', async () => {
    const url = await browser.serveFixture('gate-seed');
    const { panel } = await readInPanel(browser, url);
    const exportLayout = await panel.evaluate(() => {
      const bar = document.querySelector('[data-testid="highlights-section"] .export-bar')!;
      const range = document.createRange();
      const textWidth = (control: Element) => {
        range.selectNodeContents([...control.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!);
        return range.getBoundingClientRect().width;
      };
      return [...bar.querySelectorAll('button, label.file-button')].map((control) => {
        const style = getComputedStyle(control);
        const textHeight = control.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return {
          text: control.textContent,
          lines: Math.round(textHeight / parseFloat(style.lineHeight)),
          fullWidth: Math.abs(control.getBoundingClientRect().width - bar.getBoundingClientRect().width) < 1,
          // The text, not the control: the import's file input lies over its label's border on purpose.
          cut:
            textWidth(control) >
            control.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) + 0.5,
        };
      });
    });
    expect(exportLayout.length).toBe(7);
    expect(exportLayout.filter((control) => control.lines !== 1 || !control.fullWidth || control.cut)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
