/**
 * Hostile pages against the built extension in Chromium (fixtures in tests/fixtures/pages/hostile-*):
 * payloads in page data never run, page CSS does not break the injected UI, and a page that
 * breaks built-ins, probes the injected UI and talks to the extension learns and changes nothing.
 * Screenshots for review land in test-results/security/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERM_TEXTS } from '../../lib/analysis/glossary/texts';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/** The extension API as seen by code that runs inside the browser (worker.evaluate). */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const SHOTS = resolve(import.meta.dirname, '../../test-results/security');
const POLL = { timeout: 20_000 };

let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension({ viewport: { width: 1100, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
});

async function openAnalyzed(slug: string): Promise<{ url: string; tabId: number; page: Page; panel: Page }> {
  const url = await browser.serveFixture(slug);
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.tabIdOf(url);
  const panel = await browser.openPanel(tabId);
  await panel.getByTestId('article-title').waitFor(POLL);
  return { url, tabId, page, panel };
}

/** Select a block's text with a real mouse drag, as a reader would. */
async function dragSelect(page: Page, block: ReturnType<Page['locator']>): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  const box = await block.boundingBox();
  if (!box) throw new Error('nothing to select');
  const y = box.y + Math.min(box.height / 2, 10);
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
}

interface ExtensionDomAudit {
  pwned: unknown;
  handlers: string[];
  scriptUrls: string[];
}

/** Everything in an extension page's DOM (open shadow roots included) that could run page-supplied code. */
function auditExtensionPage(target: Page): Promise<ExtensionDomAudit> {
  return target.evaluate(() => {
    const handlers: string[] = [];
    const scriptUrls: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          const where = `<${element.localName} ${attribute.name}="${attribute.value.slice(0, 80)}">`;
          if (/^on/i.test(attribute.name)) handlers.push(where);
          // eslint-disable-next-line no-control-regex -- browsers drop control characters from a URL's scheme
          if (/^\s*(javascript|vbscript):|^\s*data:text\/html/i.test(attribute.value.replace(/[\u0000-\u0020]/g, '')))
            scriptUrls.push(where);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return { pwned: (window as { __pwned?: unknown }).__pwned ?? null, handlers, scriptUrls };
  });
}

const CLEAN: ExtensionDomAudit = { pwned: null, handlers: [], scriptUrls: [] };

/** Errors from the extension's own contexts (background, panel, options, content script) — not the hostile page's. */
function extensionErrors(): string[] {
  return browser.errors.filter((error) => !/^pageerror https?:/.test(error) && !/^console https?:/.test(error));
}

describe('XSS payloads in page data', () => {
  it('shows title, byline, site, claims and terms as text, and nothing runs in the page, the panel or the background', async () => {
    const { page, panel } = await openAnalyzed('hostile-xss');

    const title = panel.getByTestId('article-title');
    expect(await title.textContent()).toContain(`<img src=x onerror=window.__pwned='jsonld-headline'>`);
    expect(await title.locator('img').count()).toBe(0);
    expect(await panel.getByTestId('article-byline').textContent()).toContain('<script>');
    expect(await panel.getByTestId('article-site').textContent()).toContain('<a href=javascript:');

    const claims = panel.getByTestId('claim');
    await expect.poll(() => claims.count(), POLL).toBeGreaterThan(1);
    expect((await claims.allTextContents()).join('\n')).toContain(`<img src=x onerror=window.__pwned='quote'>`);

    // Give any payload that slipped into a DOM time to load and fire.
    await panel.waitForTimeout(1_000);
    await panel.screenshot({ path: join(SHOTS, 'hostile-xss-panel.png'), fullPage: true });
    expect(await auditExtensionPage(panel)).toEqual(CLEAN);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(await browser.worker.evaluate(() => (self as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(extensionErrors()).toEqual([]);
  });

  it('shows an imported highlight whose quote, note and page title carry payloads as text in the library', async () => {
    const url = 'https://www.coindesk.com/tech/2025/03/14/lab-says-new-scaling-laws-cut-inference-costs';
    const annotation = {
      id: 'urn:uuid:6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      type: 'Annotation',
      created: '2025-03-14T10:00:00Z',
      target: {
        source: url,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: `scaling laws held up <img src=x onerror=window.__pwned='highlight-quote'>`,
            prefix: '',
            suffix: '',
          },
        ],
      },
      body: {
        type: 'TextualBody',
        value: `<img src=x onerror=window.__pwned='highlight-note'> javascript:window.__pwned='note'`,
        format: 'text/plain',
        purpose: 'commenting',
      },
      marginalia: {
        colour: 'yellow',
        pageTitle: `<script>window.__pwned='page-title'</script><svg onload=window.__pwned='page-title-svg'>`,
      },
    };
    const file = join(tmpdir(), `marginalia-hostile-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [annotation] },
      }),
    );

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Every page's highlights are a section of the library that opens on demand.
    await options.getByTestId('highlights-library').locator('summary').click();
    await options.getByTestId('import-json').setInputFiles(file);
    const library = options.getByTestId('library-page');
    await library.waitFor(POLL);
    expect(await library.textContent()).toContain(`<img src=x onerror=window.__pwned='highlight-note'>`);
    expect(await library.textContent()).toContain(`<img src=x onerror=window.__pwned='highlight-quote'>`);
    await options.waitForTimeout(1_000);
    await options.screenshot({ path: join(SHOTS, 'hostile-xss-library.png'), fullPage: true });
    expect(await auditExtensionPage(options)).toEqual(CLEAN);
    expect(extensionErrors()).toEqual([]);
  });
});

describe('hostile page CSS', () => {
  it('leaves the panel and the definition card readable', async () => {
    const { page, panel } = await openAnalyzed('hostile-css');
    await expect.poll(() => panel.getByTestId('claim').count(), POLL).toBeGreaterThan(1);

    await page.locator('#term-target').hover();
    const card = page.locator('marginalia-term-card');
    await card.waitFor({ state: 'attached', ...POLL });
    await page.waitForTimeout(300);
    const box = await card.boundingBox();
    expect(box, 'the definition card has a box').not.toBeNull();
    // The page shrinks its own text to 2px and the body to half size; the card keeps a readable size.
    expect(box!.width).toBeGreaterThanOrEqual(200);
    expect(box!.height).toBeGreaterThanOrEqual(60);
    await page.screenshot({ path: join(SHOTS, 'hostile-css-page-card.png') });
    await panel.screenshot({ path: join(SHOTS, 'hostile-css-panel.png'), fullPage: true });
    expect(await auditExtensionPage(panel)).toEqual(CLEAN);
    expect(extensionErrors()).toEqual([]);
  });
});

describe('a page that breaks built-ins, probes the injected UI and messages the extension', () => {
  it('still gets its article analyzed and its injected UI stays closed and unchanged', async () => {
    const { url, tabId, page, panel } = await openAnalyzed('hostile-builtins');
    expect(await panel.getByTestId('article-title').textContent()).toBe(
      'Lab says new scaling laws cut inference costs',
    );
    await expect.poll(() => panel.getByTestId('claim').count(), POLL).toBeGreaterThan(1);

    // Bring up both pieces of injected UI: the definition card (hover) and the highlighter bar (select).
    await page.locator('#term-target').hover();
    await page.locator('marginalia-term-card').waitFor({ state: 'attached', ...POLL });
    await dragSelect(page, page.locator('p').nth(3));
    await page.locator('[data-marginalia-ui="highlighter"]').waitFor({ state: 'attached', ...POLL });
    await page.screenshot({ path: join(SHOTS, 'hostile-builtins-page.png') });
    await panel.screenshot({ path: join(SHOTS, 'hostile-builtins-panel.png'), fullPage: true });

    // Let the page's message attempts (every 250 ms for 5 s) run out.
    await page.waitForTimeout(5_500);
    const report = JSON.parse((await page.locator('#hostile-report').textContent()) ?? '{}') as {
      overridden: string[];
      stolenShadowRoots: string[];
      uiSeen: Array<{ tag: string; ui: string; shadowRootIsNull: boolean; childCount: number; text: string }>;
      sends: string[];
      events: number;
    };
    expect(report.overridden).toContain('Element.prototype.attachShadow');
    expect(report.stolenShadowRoots).toEqual([]);
    const hosts = report.uiSeen.filter((seen) => seen.ui !== 'mark');
    expect(hosts.map((seen) => seen.ui)).toEqual(expect.arrayContaining(['term-card', 'highlighter']));
    for (const seen of hosts)
      expect(seen, `injected ${seen.tag}`).toMatchObject({ shadowRootIsNull: true, childCount: 0, text: '' });
    expect(report.events).toBeGreaterThan(10);
    expect(new Set(report.sends)).toEqual(new Set(['no chrome.runtime.sendMessage in the page']));

    // What the card says is in its closed root, not in the page's markup.
    const definition = TERM_TEXTS['scaling-laws']!.en.definition;
    expect(definition.length).toBeGreaterThan(20);
    expect(await page.content()).not.toContain(definition.slice(0, 40));

    // None of the spoofed messages changed what the extension holds.
    const state = (await browser.tabState(tabId)) as {
      status: string;
      url: string;
      analysis: { article: { title: string } };
    };
    expect(state).toMatchObject({
      status: 'ready',
      url,
      analysis: { article: { title: 'Lab says new scaling laws cut inference costs' } },
    });
    const stored = JSON.stringify(await browser.worker.evaluate(() => chrome.storage.local.get(null)));
    expect(stored).not.toContain('SPOOFED');
    expect(await panel.getByText('SPOOFED', { exact: false }).count()).toBe(0);
    expect(await auditExtensionPage(panel)).toEqual(CLEAN);
    expect(extensionErrors()).toEqual([]);
  });
});
