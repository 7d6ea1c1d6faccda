/**
 * The panel where Marginalia cannot run, and the highlight lists while they load, in the built
 * extension with a non-English interface (Spanish), light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/** The extension API inside the background worker and the extension pages (evaluate). */
declare const chrome: {
  runtime: { sendMessage(...args: unknown[]): Promise<unknown> };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
    updateContentScripts(scripts: Array<{ id: string; matches: string[] }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
};

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ uiLanguage: 'es' });
});

afterAll(async () => {
  await browser?.close();
});

/** The list messages of the extension's pages answered only after a minute: a slow library. */
async function slowHighlightLists(): Promise<void> {
  await browser.context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const runtime = chrome.runtime;
    const answer = runtime.sendMessage.bind(runtime);
    const slow = ['highlights-list', 'highlights-list-all'];
    runtime.sendMessage = (...args: unknown[]) =>
      slow.includes((args[0] as { type?: string }).type ?? '')
        ? new Promise((resolve) => setTimeout(() => resolve(answer(...args)), 60_000))
        : answer(...args);
  });
}

describe('the panel where Marginalia cannot run', () => {
  it('says so and why on a PDF whose address it can see, offering nothing to run, light and dark', async () => {
    // [::1] may be scripted but runs Marginalia only when asked: the panel sees the address, and
    // nothing has run, as on a PDF of a site the reader allowed before it was started.
    await browser.worker.evaluate(async (host) => {
      for (let wait = 0; wait < 50 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; wait++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      for (const script of await chrome.scripting.getRegisteredContentScripts()) {
        const matches = (script.matches ?? []).filter((match) => match !== host);
        if (matches.length > 0) await chrome.scripting.updateContentScripts([{ id: script.id, matches }]);
        else await chrome.scripting.unregisterContentScripts({ ids: [script.id] });
      }
    }, 'http://[::1]/*');
    const url = 'http://[::1]/papers/scaling-laws.pdf';
    await browser.serve(url, '<!doctype html><title>PDF</title><p>PDF</p>');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const status = panel.getByTestId('status');
      await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('unsupported');
      expect(await status.innerText()).toContain('Marginalia no puede ejecutarse aquí.');
      expect(await panel.getByTestId('cannot-run-reason').innerText()).toContain('visores de PDF');
      expect(await panel.getByTestId('not-run-hint').count()).toBe(0);
      expect(await panel.getByTestId('always-run').count()).toBe(0);
      await panel.screenshot({ path: `test-results/panel-cannot-run-es-${scheme}.png` });
    }
    expect(browser.errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('highlight lists while they load', () => {
  it('say so in a visible, polite line in the panel and the library, light and dark', async () => {
    await slowHighlightLists();
    const url = await browser.serveFixture('verge-altman-compute');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('highlights-library').locator('summary').click();
    for (const [name, view] of [
      ['panel', panel],
      ['library', options],
    ] as const) {
      const line = view.getByTestId('loading-line');
      await expect
        .poll(async () => (await line.innerText()).trim(), { timeout: 15_000 })
        .toBe('Cargando los resaltados…');
      expect(await line.getAttribute('role')).toBe('status');
      expect(await line.locator('.panel__spinner').isVisible()).toBe(true);
      for (const scheme of ['light', 'dark'] as const) {
        await view.emulateMedia({ colorScheme: scheme });
        await line.scrollIntoViewIfNeeded();
        await view.screenshot({ path: `test-results/${name}-loading-es-${scheme}.png` });
      }
    }
    expect(browser.errors).toEqual([]);
    await options.close();
    await panel.close();
    await page.close();
  });
});
