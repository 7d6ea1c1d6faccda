import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { readFixturePage } from '../fixtures/load';
import { ADDON_ID, EXTENSION_ORIGIN, FIREFOX_BUILD_DIR } from './addon';

/** How long to poll for anything the extension does asynchronously (analysis, painting, storage). */
export const POLL = { timeout: 20_000, interval: 100 };

/**
 * The WebExtension API inside an extension page (inExtension). Firefox offers it as `chrome` too;
 * `browser` would be rewritten by WXT's auto-imports before the function reaches the page, and so
 * would an imported name: a test file declares `chrome` itself with this type.
 */
export interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
  };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { get(key: string | null): Promise<Record<string, unknown>> };
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}
declare const chrome: ExtensionApi;

export interface FirefoxWithExtension {
  browser: Browser;
  /**
   * Uncaught errors and console errors seen in the web pages and extension pages the tests opened.
   * Firefox reports nothing from moz-extension pages over WebDriver BiDi, so those are recorded by
   * the pages themselves from the moment they have loaded; the background page is out of reach.
   */
  errorsSeen(): Promise<string[]>;
  /** Serve a fixture page (tests/fixtures/pages/<slug>) under its real URL; returns that URL. */
  serveFixture(slug: string): string;
  /** Serve any HTML under a URL. */
  serve(url: string, html: string): void;
  /** A new window on a web page served by serve/serveFixture, loaded. */
  openPage(url: string): Promise<Page>;
  /** Runs `fn` in an extension page, where the `browser.*` API is available. */
  inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T>;
  tabIdOf(url: string): Promise<number>;
  /** What the background stored for a tab (see lib/shared/tab-state.ts). */
  tabState(tabId: number): Promise<unknown>;
  /** The sidebar's page (sidebar_action's sidepanel.html), opened in a window of its own and bound to `tabId`. */
  openPanel(tabId: number): Promise<Page>;
  /** Reloads an extension page and waits until its document is back. */
  reloadExtensionPage(page: Page): Promise<void>;
  /** Waits for a file whose name matches `pattern` to be downloaded completely; returns its name and text. */
  waitForDownload(pattern: RegExp): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

/** Polls `probe` until it returns a value that is not undefined (errors while a page navigates count as not yet). */
export async function pollFor<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  { timeout, interval } = POLL,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`,
      );
    }
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * Connects to the project's Firefox (Debian's Firefox ESR, headless, started by global-setup.ts)
 * over WebDriver BiDi and installs the production build as a temporary add-on, with empty storage.
 * Pages opened with openPage get every http(s) request answered from the fixtures or refused.
 * close() uninstalls the add-on, which clears its storage for the next test file.
 */
export async function openFirefoxWithExtension(
  options: { buildDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<FirefoxWithExtension> {
  const buildDir = options.buildDir ?? (process.env.MARGINALIA_FIREFOX_BUILD || FIREFOX_BUILD_DIR);
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${buildDir}: run \`npx wxt build -b firefox\` first (npm test does).`);
  }
  const downloads = inject('firefoxDownloads');
  for (const file of readdirSync(downloads)) rmSync(join(downloads, file), { force: true });
  const firefox = await puppeteer.connect({
    browserWSEndpoint: inject('firefoxEndpoint'),
    protocol: 'webDriverBiDi',
    defaultViewport: options.viewport ?? { width: 1200, height: 900 },
  });
  const errors: string[] = [];
  const routes = new Map<string, string>();
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror ${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console ${page.url()}: ${message.text()}`);
    });
  };

  const id = await firefox.installExtension(buildDir);
  if (id !== ADDON_ID) throw new Error(`Installed add-on ${id}, expected ${ADDON_ID}`);

  // Every page gets a window of its own, where it is the selected tab: Firefox throttles the
  // rendering of hidden tabs, and smooth scrolling in a background tab never gets anywhere. A reader
  // sees the page beside the sidebar, both visible.
  const opened: Page[] = [];
  const newWindow = async () => {
    const page = await firefox.newPage({ type: 'window' });
    opened.push(page);
    return page;
  };

  // Firefox reports nothing from moz-extension pages over BiDi: they record their own errors.
  const extensionPages = new Set<Page>();
  const recordErrorsIn = (page: Page) =>
    page.evaluate(() => {
      const record = window as unknown as { recordedErrors?: string[] };
      if (record.recordedErrors) return;
      const recorded: string[] = (record.recordedErrors = []);
      addEventListener('error', (event) => recorded.push(`uncaught ${location.href}: ${event.message}`));
      addEventListener('unhandledrejection', (event) =>
        recorded.push(`unhandled rejection ${location.href}: ${String(event.reason)}`),
      );
      const consoleError = console.error.bind(console);
      console.error = (...args: unknown[]) => {
        recorded.push(`console ${location.href}: ${args.map(String).join(' ')}`);
        consoleError(...args);
      };
    });

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await newWindow();
    watch(page);
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // The navigation promise to a moz-extension page may never settle: poll the page instead.
    page.goto(url).catch(() => undefined);
    await pollFor(
      async () =>
        (await page.evaluate(() => document.readyState === 'complete' && location.href)) === url ? true : undefined,
      `${url} to load`,
    );
    await recordErrorsIn(page);
    extensionPages.add(page);
    return page;
  }

  // The options page is a quiet extension page: it stays open as the tests' handle on browser.* APIs.
  const apiPage = await openExtensionPage('options.html');

  const instance: FirefoxWithExtension = {
    browser: firefox,
    async errorsSeen() {
      const fromExtensionPages = await Promise.all(
        [...extensionPages].map((page) =>
          page
            .evaluate(() => (window as unknown as { recordedErrors?: string[] }).recordedErrors ?? [])
            .catch(() => []),
        ),
      );
      return [...errors, ...fromExtensionPages.flat()];
    },
    serveFixture(slug) {
      const page = readFixturePage(slug);
      routes.set(page.url, page.html);
      return page.url;
    },
    serve(url, html) {
      routes.set(url, html);
    },
    async openPage(url) {
      const page = await newWindow();
      watch(page);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const requestUrl = request.url();
        if (!/^https?:/.test(requestUrl)) return void request.continue();
        const html = routes.get(requestUrl.split('#')[0]!);
        if (html === undefined) return void request.abort('blockedbyclient');
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    inExtension(fn, arg) {
      return apiPage.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<Awaited<ReturnType<typeof fn>>>;
    },
    async tabIdOf(url) {
      const id = await instance.inExtension(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab shows ${url}`);
      return id;
    },
    tabState(tabId) {
      return instance.inExtension(
        async (id) => (await chrome.storage.session.get(`tab-state:${id}`))[`tab-state:${id}`] ?? null,
        tabId,
      );
    },
    openPanel(tabId) {
      return openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    },
    async reloadExtensionPage(page) {
      // What the page recorded goes with its document: keep it, reload, and record again.
      errors.push(
        ...(await page.evaluate(() => (window as unknown as { recordedErrors?: string[] }).recordedErrors ?? [])),
      );
      await page.evaluate(() => void setTimeout(() => location.reload()));
      await pollFor(
        async () =>
          (await page.evaluate(
            () =>
              document.readyState === 'complete' &&
              !(window as unknown as { recordedErrors?: string[] }).recordedErrors,
          ))
            ? true
            : undefined,
        `${page.url()} to reload`,
      );
      await recordErrorsIn(page);
    },
    async waitForDownload(pattern) {
      const name = await pollFor(async () => {
        // Firefox writes into a .part file first and renames it when done.
        const files = readdirSync(downloads);
        if (files.some((file) => file.endsWith('.part'))) return undefined;
        return files.find((file) => pattern.test(file));
      }, `a download matching ${pattern}`);
      return { name, text: readFileSync(join(downloads, name), 'utf8') };
    },
    async close() {
      await firefox.uninstallExtension(ADDON_ID);
      // Only the windows opened here: closing Firefox's last window would quit it.
      for (const page of opened) await page.close().catch(() => undefined);
      await firefox.disconnect();
    },
  };
  return instance;
}
