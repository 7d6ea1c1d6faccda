import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { isTextInViewport, pointOnText } from './in-page';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  browser = await launchWithExtension();
  const url = await browser.serveFixture('gate-seed');
  page = await browser.context.newPage();
  await page.goto(url);
  panel = await browser.openPanel(await browser.tabIdOf(url));
  await panel.getByTestId('article-title').waitFor(POLL);
});

afterAll(async () => {
  await browser?.close();
});

/** Whether the page's text `snippet` is inside the viewport. */
const inViewport = (target: Page, snippet: string) => target.evaluate(isTextInViewport, snippet);

describe('key claims in the panel', () => {
  it('lists typed, attributed claims and scrolls the page to the one clicked', async () => {
    const claims = panel.getByTestId('claim');
    await expect.poll(() => claims.count(), POLL).toBeGreaterThan(3);
    const kinds = await claims.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(
      kinds.every((kind) => ['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact'].includes(kind ?? '')),
    ).toBe(true);
    const speakers = await claims.evaluateAll((items) => items.map((item) => item.getAttribute('data-speaker')));
    expect(speakers).toContain('Sam Altman');

    const texts = await claims.allTextContents();
    const last = texts.length - 1;
    const snippet = (
      (await browser.tabState(await browser.tabIdOf(page.url()))) as { analysis: { claims: Array<{ text: string }> } }
    ).analysis.claims[last]!.text.slice(0, 40);
    expect(await inViewport(page, snippet)).toBe(false);
    await claims.nth(last).click();
    await expect.poll(() => inViewport(page, snippet), POLL).toBe(true);

    const first = (
      (await browser.tabState(await browser.tabIdOf(page.url()))) as { analysis: { claims: Array<{ text: string }> } }
    ).analysis.claims[0]!.text.slice(0, 40);
    await claims.nth(0).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => inViewport(page, first), POLL).toBe(true);
    expect(browser.errors).toEqual([]);
  });
});

describe('AI terms', () => {
  it('defines scaling laws in the panel and on hover over the page', async () => {
    const card = panel.locator('[data-testid="glossary-entry"][data-term-id="scaling-laws"]');
    await card.waitFor(POLL);
    expect(await card.textContent()).toMatch(/scaling/i);

    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.evaluate(pointOnText, { snippet: 'lei de escalabilidade', length: 5 });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const host = page.locator('marginalia-term-card[data-term-id="scaling-laws"]');
    await host.waitFor(POLL);
    // The card is in a closed shadow root: the page sees a host and nothing inside it.
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    const rect = await host.boundingBox();
    expect(rect?.width).toBeGreaterThan(200);
    expect(rect!.y + rect!.height).toBeLessThan(900);
    expect(rect!.y).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/term-card.png', caret: 'initial' });
    await page.mouse.move(5, 5);
    await expect.poll(() => host.count(), POLL).toBe(0);

    // Clicking the card flashes every place the term occurs: both spellings on the seed page.
    await card.click();
    const flashed = () =>
      page.evaluate(() =>
        [...((CSS.highlights.get('marginalia-flash') as unknown as Set<Range>) ?? [])].map((r) => r.toString()),
      );
    await expect.poll(flashed, POLL).toEqual(['lei de escalabilidade', 'Lei de Escalonamento']);
  });
});

describe('disclaimer and provenance', () => {
  it('flags the seed page’s third-party-content disclaimer and brings it into view', async () => {
    const flag = panel.getByTestId('disclaimer-flag');
    await flag.waitFor(POLL);
    expect((await flag.getAttribute('data-kinds'))?.split(' ').sort()).toEqual([
      'informational-only',
      'no-endorsement',
      'not-advice',
      'third-party',
    ]);
    expect(await panel.getByTestId('provenance').textContent()).toContain('ABMedia');
    expect(await panel.getByTestId('provenance').locator('a').getAttribute('href')).toBe(
      'https://abmedia.io/openai-altman-vertical-integration',
    );

    const snippet = 'Esta página pode conter conteúdo de terceiros';
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(page, snippet)).toBe(false);
    await flag.getByRole('button', { name: /show on (the )?page/i }).click();
    await expect.poll(() => inViewport(page, snippet), POLL).toBe(true);
  });

  it('raises no flag on a story without a disclaimer', async () => {
    const url = await browser.serveFixture('busy-ticker');
    const other = await browser.context.newPage();
    await other.goto(url);
    const otherPanel = await browser.openPanel(await browser.tabIdOf(url));
    await otherPanel.getByTestId('article-title').waitFor(POLL);
    expect(await otherPanel.getByTestId('disclaimer-flag').count()).toBe(0);
    expect(await otherPanel.getByTestId('provenance').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });
});
