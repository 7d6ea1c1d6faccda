import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixturePage } from '../fixtures/load';
import { NON_ARTICLE_FIXTURES } from '../fixtures/non-article';
import { launchWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Opens fixture `slug` and its panel, runs `check` on the panel, and closes both. These fixtures live on sites where
 * Marginalia does not run by itself; the end-to-end build runs on the loopback host, so each page is served there, path
 * and query kept.
 */
async function inPanelOf(slug: string, check: (panel: Page) => Promise<void>): Promise<void> {
  const fixture = readFixturePage(slug);
  const real = new URL(fixture.url);
  const url = `http://127.0.0.1${real.pathname}${real.search}`;
  await browser.serve(url, fixture.html);
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    try {
      await check(panel);
    } finally {
      await panel.close();
    }
  } finally {
    await page.close();
  }
  expect(browser.errors).toEqual([]);
}

describe('pages without an article, in Chromium', () => {
  it.each(NON_ARTICLE_FIXTURES)('the panel says there is no article on %s', async (slug) => {
    await inPanelOf(slug, async (panel) => {
      await expect.poll(() => panel.getByTestId('no-article').isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await panel.getByTestId('status').getAttribute('data-status')).toBe('no-article');
      expect(await panel.getByTestId('article-title').count()).toBe(0);
      expect(await panel.getByTestId('reader-copy').count()).toBe(0);
    });
  });
});

describe('an article that is no news story, in Chromium', () => {
  it('the claims section says which kind of page it reads as', async () => {
    await inPanelOf('howto-guide', async (panel) => {
      const empty = panel.getByTestId('claims-empty');
      await expect.poll(() => empty.isVisible(), { timeout: 15_000 }).toBe(true);
      // The article is there and shown; only the claims are withheld, with the reason.
      expect(await panel.getByTestId('article-title').textContent()).toContain('How to run a language model');
      expect(await empty.getAttribute('data-not-a-story')).toBe('guide');
      expect(await empty.textContent()).toMatch(/guide or instructions to the reader/);
      expect(await panel.getByTestId('claim').count()).toBe(0);
    });
  });
});
