import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness';

/** Opens a curated page (Marginalia runs there by itself) and waits until its side panel shows the analysis. */
export async function readInPanel(browser: ExtensionBrowser, url: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.tabIdOf(url);
  const panel = await browser.openPanel(tabId);
  await expect
    .poll(() => panel.getByTestId('status').first().getAttribute('data-status'), { timeout: 20_000 })
    .toBe('ready');
  return { page, panel };
}
