import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { backdropLuminance, contrastOf } from './contrast';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built extension in Chromium', () => {
  it('isolates the seed story and shows it in the panel bound to its tab', async () => {
    const url = await browser.serveFixture('gate-seed');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));

    await expect
      .poll(() => panel.getByTestId('article-title').textContent(), { timeout: 15_000 })
      .toBe(
        'OpenAI CEO Altman: Vertical integration of R&D, products, and AI infrastructure to create personalized AI.',
      );
    expect(await panel.getByTestId('article-site').textContent()).toBe('Gate');
    expect(await panel.getByTestId('article-lang').getAttribute('data-lang')).toBe('pt');
    expect(await panel.getByTestId('status').getAttribute('data-status')).toBe('ready');

    const reader = panel.getByTestId('reader-copy');
    await reader.locator('summary').click();
    const text = await reader.textContent();
    expect(text).toContain('Altman afirmou que o centro de dados da OpenAI');
    for (const chrome of ['Recompensa', 'Ver original', 'Esta página pode conter', 'Negocie criptomoedas', '0/400'])
      expect(text).not.toContain(chrome);
    expect(browser.errors).toEqual([]);
  });

  it('shows a focus ring a reader can see (3:1), light or dark, on claims, terms and the disclaimer', async () => {
    const url = await browser.serveFixture('gate-seed');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panel.getByTestId('claim').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const ringContrast = () => contrastOf(panel.locator(':focus'), 'ring');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      // By keyboard, so the ring is the one a keyboard reader sees.
      await panel.getByTestId('claim').first().focus();
      await panel.keyboard.press('ArrowDown');
      expect(await ringContrast(), `claim, ${scheme}`).toBeGreaterThanOrEqual(3);
      await panel.locator('.glossary-term-head').first().focus();
      await panel.keyboard.press('Shift+Tab');
      await panel.keyboard.press('Tab');
      expect(await ringContrast(), `term, ${scheme}`).toBeGreaterThanOrEqual(3);
      await panel.locator('.disclaimer-flag__show').focus();
      await panel.keyboard.press('Shift+Tab');
      await panel.keyboard.press('Tab');
      expect(await ringContrast(), `disclaimer, ${scheme}`).toBeGreaterThanOrEqual(3);
    }
    await panel.close();
    await page.close();
  });

  it('rings the options page’s controls by keyboard as the panel’s, in the scheme’s accent (3:1), light or dark', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('library-forget-all').waitFor({ timeout: 10_000 });
    const ring = () =>
      options.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      for (const testId of ['library-search', 'library-export-json', 'library-forget-all']) {
        // Reached by Tab from the control before it, so the ring is the keyboard's.
        await options.getByTestId(testId).focus();
        await options.keyboard.press('Shift+Tab');
        await options.keyboard.press('Tab');
        expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(testId);
        // Was the browser's thin default ring (auto 1px), unlike the panel's.
        expect(await ring(), `${testId}, ${scheme}`).toBe('solid 2px');
        expect(await contrastOf(options.locator(':focus'), 'ring'), `${testId}, ${scheme}`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(browser.errors).toEqual([]);
    await options.close();
  });

  it('follows the dark scheme on the options page too, its text at 4.5:1 or more, as in the light one', async () => {
    // A kept page, so the library lists results (their kind and page lines) as well.
    const url = await browser.serveFixture('gate-seed');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panel.getByTestId('claim').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('library-search').fill('Altman');
    await expect.poll(() => options.getByTestId('search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await options.getByTestId('highlights-library').locator('summary').click();
    await expect.poll(() => options.locator('.library-empty').count()).toBe(1);
    const texts = [
      '.lib__title',
      '.lib__summary',
      '.lib__hint',
      '[data-testid="definition-language"] legend',
      '[data-testid="definition-language"] label',
      '.lib__filters legend',
      '.lib__kind',
      '.lib__text',
      '.lib__page-title',
      '.lib__subtitle',
      '.lib__buttons button',
      '.lib__danger',
      '[data-testid="highlights-library"] > summary',
      '.library-empty',
    ];
    for (const scheme of ['dark', 'light'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      const backdrop = await backdropLuminance(options.locator('.lib__title'));
      if (scheme === 'dark') expect(backdrop, 'the page is dark').toBeLessThan(0.05);
      else expect(backdrop, 'the page is light').toBeGreaterThan(0.8);
      for (const selector of texts) {
        expect(await contrastOf(options.locator(selector), 'text'), `${selector}, ${scheme}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
    expect(browser.errors).toEqual([]);
    await options.close();
    await panel.close();
    await page.close();
  });

  it('shows the panel and the options page at their own text size, not the 75 % Chromium gives extension pages', async () => {
    const url = await browser.serveFixture('market-table');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panel.getByTestId('no-article').isVisible(), { timeout: 15_000 }).toBe(true);
    const fontSize = (target: typeof panel, selector: string) =>
      target
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).fontSize);
    expect(await fontSize(panel, '[data-testid="no-article"]')).toBe('14px');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('definition-language').count()).toBe(1);
    expect(await fontSize(options, '[data-testid="definition-language"] legend')).toBe('16px');
    expect(await fontSize(options, '.lib__keeping, .lib__filters')).toBe('16px');
    // Every part of the page starts at the same left edge as the library's title.
    const left = (selector: string) =>
      options
        .locator(selector)
        .first()
        .evaluate((element) => Math.round(element.getBoundingClientRect().left));
    const edge = await left('.lib__title');
    expect(await left('[data-testid="definition-language"]')).toBe(edge);
    expect(await left('[data-testid="highlights-library"] > summary')).toBe(edge);
    await options.close();
    await panel.close();
    await page.close();
  });

  it('keeps a title and a claim holding words longer than the panel is wide inside the panel', async () => {
    const address = `https://example.com/${'verylongpathsegment'.repeat(8)}`;
    const title = `Supercalifragilistic${'x'.repeat(80)} model launch`;
    const sentences = [
      `"We will need far more compute than anyone expects, and the notes are at ${address}," Sam Altman, chief executive of OpenAI, said on Tuesday.`,
      'The company said it would spend 40 billion dollars on new data centers in 2027, according to a statement published on Monday.',
      'Analysts expect the model to reach 500 million weekly users by the end of next year, double its current audience.',
      'OpenAI plans to open a research office in Tokyo next spring, where about two hundred engineers will work on inference chips.',
      `Critics said the claims were hard to verify; the full transcript is at ${address} for reference.`,
    ];
    const url = 'https://www.theverge.com/ai/2026/10/12/long-words';
    await browser.serve(
      url,
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${sentences
        .map((sentence) => `<p>${sentence}</p>`)
        .join('')}</article></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await panel.setViewportSize({ width: 360, height: 900 });
    await expect.poll(() => panel.getByTestId('claim').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await panel.locator('.claims-text', { hasText: 'verylongpath' }).count()).toBeGreaterThan(0);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    await panel.close();
    await page.close();
  });

  it('says there is no article on an exchange market table', async () => {
    const url = await browser.serveFixture('market-table');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));

    await expect.poll(() => panel.getByTestId('no-article').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await panel.getByTestId('article-title').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });
});
