import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readFixturePage } from '../fixtures/load';

/** The extension API as seen by code that runs inside the browser (worker.evaluate). */
declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

export const E2E_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/**
 * Headless Chromium as root on a closed network: no sandbox, no GPU, and none of the background
 * connections (updates, sync, QUIC) that this machine's network refuses.
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium the tests and benchmarks drive: CHROME_PATH, else the one find-chromium.sh finds or installs. */
export function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return execFileSync('bash', [resolve(import.meta.dirname, '../../scripts/find-chromium.sh')], {
    encoding: 'utf8',
  }).trim();
}

/**
 * Chromium on Linux takes its UI language from LANGUAGE, and only when Debian's chromium-l10n
 * locale files are installed; `--lang` alone (set beside it) still switches the extension's
 * messages, while `i18n.getUILanguage()` and `navigator.language` stay en-US.
 */
function uiLanguageEnvironment(uiLanguage: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) environment[name] = value;
  environment.LANGUAGE = uiLanguage.replace('-', '_');
  return environment;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Uncaught errors and console errors seen in any page, the panel, the content script or the background. */
  errors: string[];
  /** Serve a fixture page (tests/fixtures/pages/<slug>) under its real URL; returns that URL. */
  serveFixture(slug: string): Promise<string>;
  /** Serve any HTML under a URL. */
  serve(url: string, html: string): Promise<void>;
  tabIdOf(url: string): Promise<number>;
  /** What the background stored for a tab (see lib/tab/state.ts). */
  tabState(tabId: number): Promise<unknown>;
  openPanel(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with the end-to-end build loaded and no network: every request is served from fixtures or refused. */
export async function launchWithExtension(
  options: {
    buildDir?: string;
    headless?: boolean;
    viewport?: { width: number; height: number };
    /**
     * The browser's UI language, "pt-BR" or "pt_BR". Chromium on Linux takes it from LANGUAGE
     * (with Debian's chromium-l10n installed); --lang is set too, which switches the extension's
     * messages even without it.
     */
    uiLanguage?: string;
  } = {},
): Promise<ExtensionBrowser> {
  // MARGINALIA_E2E_BUILD lets a run use its own copy of the build while another rebuilds the shared one.
  const buildDir = options.buildDir ?? (process.env.MARGINALIA_E2E_BUILD || E2E_BUILD_DIR);
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${buildDir}: run \`E2E=1 npx wxt build\` first (npm test does).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    ...(options.uiLanguage ? { env: uiLanguageEnvironment(options.uiLanguage) } : {}),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage.replace('_', '-')}`] : []),
    ],
  });
  const errors: string[] = [];
  const routes = new Map<string, string>();
  // Every web request is answered from the fixtures or refused; extension pages load as usual.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const html = routes.get(route.request().url().split('#')[0]!);
      if (html !== undefined) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else await route.abort('blockedbyclient');
    },
  );
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/net::ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(message.text())) {
        errors.push(`console ${page.url()}: ${message.text()}`);
      }
    });
  };
  context.on('page', watchPage);
  context.pages().forEach(watchPage);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  worker.on('console', (message) => {
    if (message.type() === 'error') errors.push(`background: ${message.text()}`);
  });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    errors,
    async serveFixture(slug) {
      const page = readFixturePage(slug);
      routes.set(page.url, page.html);
      return page.url;
    },
    async serve(url, html) {
      routes.set(url, html);
    },
    async tabIdOf(url) {
      const id = await worker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab shows ${url}`);
      return id;
    },
    async tabState(tabId) {
      return worker.evaluate(
        async (id) => (await chrome.storage.session.get(`tab-state:${id}`))[`tab-state:${id}`] ?? null,
        tabId,
      );
    },
    async openPanel(tabId) {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
