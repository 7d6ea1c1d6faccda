import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

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
    await options.close();
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
