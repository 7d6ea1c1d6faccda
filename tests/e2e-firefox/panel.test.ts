import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTextInViewport, pointOnText } from '../e2e/in-page';
import { openFirefoxWithExtension, POLL, type FirefoxWithExtension } from './harness';

/** Where the run leaves pictures of the panel and the painted page, for a person to look at. */
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/firefox');

let firefox: FirefoxWithExtension;
let url: string;
let page: Page;
let panel: Page;

type SeedState = { analysis: { claims: Array<{ text: string }> } };

beforeAll(async () => {
  firefox = await openFirefoxWithExtension();
  url = firefox.serveFixture('gate-seed');
  page = await firefox.openPage(url);
  panel = await firefox.openPanel(await firefox.tabIdOf(url));
});

afterAll(async () => {
  await firefox?.close();
});

const count = (target: Page, selector: string) => target.$$eval(selector, (elements) => elements.length);
const text = (target: Page, selector: string) =>
  target.$eval(selector, (element) => element.textContent ?? '').catch(() => null);

/** Whether the page's text `snippet` is inside the viewport (null when it is not on the page). */
const inViewport = (target: Page, snippet: string) => target.evaluate(isTextInViewport, snippet);

describe('the seed story in Firefox’s sidebar page', () => {
  it('shows the isolated article bound to its tab', async () => {
    await expect
      .poll(() => text(panel, '[data-testid="article-title"]'), POLL)
      .toBe(
        'OpenAI CEO Altman: Vertical integration of R&D, products, and AI infrastructure to create personalized AI.',
      );
    expect(await text(panel, '[data-testid="article-site"]')).toBe('Gate');
    expect(await panel.$eval('[data-testid="article-lang"]', (el) => el.getAttribute('data-lang'))).toBe('pt');
    expect(await panel.$eval('[data-testid="status"]', (el) => el.getAttribute('data-status'))).toBe('ready');

    // The reader copy is the story alone, without the exchange's page chrome.
    await (await panel.$('[data-testid="reader-copy"] summary'))!.click();
    const reader = (await text(panel, '[data-testid="reader-copy"]')) ?? '';
    expect(reader).toContain('Altman afirmou que o centro de dados da OpenAI');
    for (const chrome of ['Recompensa', 'Ver original', 'Esta página pode conter', 'Negocie criptomoedas', '0/400'])
      expect(reader).not.toContain(chrome);
    expect(await firefox.errorsSeen()).toEqual([]);
  });

  it('lists typed, attributed claims and scrolls the page to the one clicked', async () => {
    await expect.poll(() => count(panel, '[data-testid="claim"]'), POLL).toBeGreaterThan(3);
    const claims = await panel.$$eval('[data-testid="claim"]', (items) =>
      items.map((item) => ({ kind: item.getAttribute('data-kind'), speaker: item.getAttribute('data-speaker') })),
    );
    expect(
      claims.every(({ kind }) => ['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact'].includes(kind ?? '')),
    ).toBe(true);
    expect(claims.map(({ speaker }) => speaker)).toContain('Sam Altman');

    const stored = (await firefox.tabState(await firefox.tabIdOf(url))) as SeedState;
    const last = claims.length - 1;
    const lastSnippet = stored.analysis.claims[last]!.text.slice(0, 40);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(page, lastSnippet)).toBe(false);
    const items = await panel.$$('[data-testid="claim"]');
    await items[last]!.click();
    await expect.poll(() => inViewport(page, lastSnippet), POLL).toBe(true);

    const firstSnippet = stored.analysis.claims[0]!.text.slice(0, 40);
    await items[0]!.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => inViewport(page, firstSnippet), POLL).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot({ path: join(SCREENSHOTS, 'panel.png'), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'page.png') });
    expect(await firefox.errorsSeen()).toEqual([]);
  });

  it('defines scaling laws in the panel, on hover over the page, and flashes the term where it occurs', async () => {
    const entry = '[data-testid="glossary-entry"][data-term-id="scaling-laws"]';
    await expect.poll(() => count(panel, entry), POLL).toBe(1);
    expect(await text(panel, entry)).toMatch(/scaling/i);

    await page.evaluate(() => window.scrollTo(0, 0));
    const point = await page.evaluate(pointOnText, { snippet: 'lei de escalabilidade', length: 5 });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = 'marginalia-term-card[data-term-id="scaling-laws"]';
    await expect.poll(() => count(page, card), POLL).toBe(1);
    // The card is in a closed shadow root: the page sees a host and nothing inside it.
    expect(await page.$eval(card, (host) => host.shadowRoot === null)).toBe(true);
    const box = (await (await page.$(card))!.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(900);
    await page.mouse.move(5, 5);
    await expect.poll(() => count(page, card), POLL).toBe(0);

    // Clicking the panel's card flashes every place the term occurs: both spellings on the seed page.
    await (await panel.$(entry))!.click();
    const flashed = () =>
      page.evaluate(() =>
        [...((CSS.highlights.get('marginalia-flash') as unknown as Set<Range> | undefined) ?? [])].map((range) =>
          range.toString(),
        ),
      );
    await expect.poll(flashed, POLL).toEqual(['lei de escalabilidade', 'Lei de Escalonamento']);
    expect(await firefox.errorsSeen()).toEqual([]);
  });

  it('flags the third-party-content disclaimer, names the source, and brings the disclaimer into view', async () => {
    const flag = '[data-testid="disclaimer-flag"]';
    await expect.poll(() => count(panel, flag), POLL).toBe(1);
    expect((await panel.$eval(flag, (el) => el.getAttribute('data-kinds')))?.split(' ').sort()).toEqual([
      'informational-only',
      'no-endorsement',
      'not-advice',
      'third-party',
    ]);
    expect(await text(panel, '[data-testid="provenance"]')).toContain('ABMedia');
    expect(await panel.$eval('[data-testid="provenance"] a', (link) => link.getAttribute('href'))).toBe(
      'https://abmedia.io/openai-altman-vertical-integration',
    );

    const snippet = 'Esta página pode conter conteúdo de terceiros';
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(page, snippet)).toBe(false);
    const showOnPage = await panel.$$eval(`${flag} button`, (buttons) =>
      buttons.findIndex((button) => /show on (the )?page/i.test(button.textContent ?? '')),
    );
    expect(showOnPage).toBeGreaterThanOrEqual(0);
    await (await panel.$$(`${flag} button`))[showOnPage]!.click();
    await expect.poll(() => inViewport(page, snippet), POLL).toBe(true);
    expect(await firefox.errorsSeen()).toEqual([]);
  });

  it('says there is no article on an exchange market table', async () => {
    const marketUrl = firefox.serveFixture('market-table');
    await firefox.openPage(marketUrl);
    const marketPanel = await firefox.openPanel(await firefox.tabIdOf(marketUrl));
    await expect.poll(() => count(marketPanel, '[data-testid="no-article"]'), POLL).toBe(1);
    expect(await count(marketPanel, '[data-testid="article-title"]')).toBe(0);
    expect(await firefox.errorsSeen()).toEqual([]);
  });

  it('raises no flag on a story without a disclaimer', async () => {
    const otherUrl = firefox.serveFixture('busy-ticker');
    await firefox.openPage(otherUrl);
    const otherPanel = await firefox.openPanel(await firefox.tabIdOf(otherUrl));
    await expect.poll(() => count(otherPanel, '[data-testid="article-title"]'), POLL).toBe(1);
    expect(await count(otherPanel, '[data-testid="disclaimer-flag"]')).toBe(0);
    expect(await count(otherPanel, '[data-testid="provenance"]')).toBe(0);
    expect(await firefox.errorsSeen()).toEqual([]);
  });
});
