/**
 * The panel and the options page in each UI language besides English, in Chromium started in
 * that language: no interface text of en.yml appears (text that the page itself supplies, marked
 * with its own `lang`, is left out), and dates and numbers follow the language. One browser per
 * language; a screenshot of each screen is kept under test-results/ui-languages/ for review.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAME_AS_ENGLISH_IN, SAME_IN_EVERY_LANGUAGE } from '../locale-allowlist';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { placeholdersCutOff } from './placeholders';

const LOCALES_DIR = resolve(import.meta.dirname, '../../lib/locales');
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/ui-languages');

const UI_LANGUAGES = ['pt-BR', 'es', 'fr', 'zh-CN', 'zh-TW', 'ja'];

async function messageTexts(code: string): Promise<Map<string, string[]>> {
  const parsed: ParsedMessage[] = await parseMessagesFile(join(LOCALES_DIR, `${code}.yml`));
  return new Map(
    parsed
      .filter((message) => !message.key[0]!.startsWith('@@'))
      .map((message) => [
        message.key.join('.'),
        message.type === 'plural' ? Object.values(message.plurals) : [message.message],
      ]),
  );
}

/**
 * The English pieces to look for: each message cut at its placeholders, keeping pieces that are
 * words (three letters or more), except the English a translation may keep (tests/locale-allowlist.ts).
 */
function englishPieces(english: Map<string, string[]>, code: string): Map<string, string> {
  const allowedKeys = SAME_AS_ENGLISH_IN[code] ?? new Set<string>();
  const pieces = new Map<string, string>();
  for (const [key, texts] of english) {
    if (allowedKeys.has(key)) continue;
    for (const text of texts) {
      if (SAME_IN_EVERY_LANGUAGE.has(text)) continue;
      for (const piece of text.split(/\$\d|\{\w+\}/)) {
        const trimmed = piece.replace(/^[\s:·,.]+|[\s:·,.]+$/g, '');
        if (/[A-Za-z]{3}/.test(trimmed)) pieces.set(trimmed, key);
      }
    }
  }
  return pieces;
}

/** Every interface string of an extension page: text and labels, leaving out what is marked as another language (page text, definitions) and cited titles. */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const uiLang = document.documentElement.lang;
    const ownText = (element: Element | null) => {
      // Titles of cited works are in their own language.
      if (element?.closest('cite')) return false;
      const marked = element?.closest('[lang]');
      return !marked || marked === document.documentElement || marked.getAttribute('lang') === uiLang;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !['SCRIPT', 'STYLE'].includes(parent.tagName) && ownText(parent)) out.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!ownText(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) out.push(element.getAttribute(name) ?? '');
    }
    out.push(document.title);
    return out.map((text) => text.trim()).filter(Boolean);
  });
}

/**
 * The English pieces found. A piece of several words counts anywhere; a single word ("Open",
 * "Source") only as a whole string, as labels and buttons show it, since prose in the UI
 * language may name things in English ("Open Source Initiative").
 */
function englishFound(strings: string[], pieces: Map<string, string>): string[] {
  const text = strings.join('\n');
  const wholeStrings = new Set(strings.map((string) => string.replace(/[\s:·,.]+$/, '')));
  const found: string[] = [];
  for (const [piece, key] of pieces) {
    if (!/\s/.test(piece)) {
      if (wholeStrings.has(piece)) found.push(`${key}: "${piece}"`);
      continue;
    }
    const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`).exec(text);
    if (match) {
      const context = text.slice(Math.max(0, match.index - 30), match.index + piece.length + 30);
      found.push(`${key}: "${piece}" in "${context.replace(/\s+/g, ' ')}"`);
    }
  }
  return found;
}

/**
 * The page's lang for a UI language: that tag, or that tag with a region the browser adds (Debian's
 * Chromium 150 started with LANGUAGE=es reports its UI language as "es-ES").
 */
function languageTag(uiLanguage: string): RegExp {
  return new RegExp(`^${uiLanguage}(-[A-Z]{2})?$`);
}

let english: Map<string, string[]>;

beforeAll(async () => {
  english = await messageTexts('en');
  mkdirSync(SCREENSHOTS, { recursive: true });
});

describe.each(UI_LANGUAGES)('Chromium in %s', (uiLanguage) => {
  const code = uiLanguage.replace('-', '_');
  let browser: ExtensionBrowser;
  let target: Map<string, string[]>;
  let pieces: Map<string, string>;

  beforeAll(async () => {
    target = await messageTexts(code);
    pieces = englishPieces(english, code);
    browser = await launchWithExtension({ uiLanguage, viewport: { width: 420, height: 1100 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the panel on the seed story with no English interface text', async () => {
    const url = await browser.serveFixture('gate-seed');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect.poll(() => panel.getByTestId('status').getAttribute('data-status'), { timeout: 15_000 }).toBe('ready');
    // A highlight made from the panel, so its list, buttons and count are on screen too; the
    // selection bar (in a closed shadow root, out of the text check's reach) goes to a screenshot.
    await page.locator('p', { hasText: 'Altman revisitou que a OpenAI' }).first().click({ clickCount: 3 });
    const bar = page.locator('[data-marginalia-ui="highlighter"]');
    await expect.poll(() => bar.count(), { timeout: 10_000 }).toBe(1);
    const box = (await bar.boundingBox())!;
    await page.screenshot({
      path: join(SCREENSHOTS, `${code}-selection-bar.png`),
      clip: { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 },
    });
    await panel.getByTestId('highlight-selection').click();
    await expect.poll(() => panel.getByTestId('highlight').count(), { timeout: 10_000 }).toBe(1);
    await panel.getByTestId('reader-copy').locator('summary').click();

    expect(await panel.evaluate(() => document.documentElement.lang)).toMatch(languageTag(uiLanguage));
    const text = await interfaceText(panel);
    expect(text).toContain(target.get('claims.title')![0]);
    expect(text).toContain(target.get('glossary.title')![0]);
    expect(englishFound(text, pieces)).toEqual([]);
    // The layers' shortcut on screen, in the language's own sentence; the key as the browser
    // writes it in its language ("Alt+Mayús+L"), and by its ARIA names on the button.
    const key = (await panel.getByTestId('layers-shortcut').locator('kbd').textContent()) ?? '';
    expect(key).toMatch(/^Alt\+\S+\+L$/);
    // Chinese and Japanese set their punctuation full-width: no word space after 。, and a
    // count beside its heading in （）; the other languages space and bracket as English does.
    const fullWidth = /^(ja|zh)/.test(code);
    const sentence = target.get('layers.shortcutAll')![0]!.replace('$1', key);
    expect(await panel.getByTestId('layers-shortcut').textContent()).toBe(
      `${sentence}${fullWidth ? '' : ' '}${target.get('layers.shortcutHint')![0]}`,
    );
    const one = target.get('highlights.count')!.at(-2)!.replace('$1', '1');
    expect(await panel.locator('#highlights-title').textContent()).toBe(
      `${target.get('highlights.title')![0]}${fullWidth ? `（${one}）` : ` (${one})`}`,
    );
    // Headings in capitals only where the script has them, so a Latin name in a Chinese or
    // Japanese heading stays as it is written.
    const headingCase = await panel
      .locator('section > h2')
      .first()
      .evaluate((h) => getComputedStyle(h).textTransform);
    expect(headingCase).toBe(fullWidth ? 'none' : 'uppercase');
    expect(await panel.getByTestId('toggle-all').getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+L');
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: join(SCREENSHOTS, `${code}-panel.png`) });
    expect(browser.errors).toEqual([]);
  });

  it('shows the options page with no English interface text', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('highlights-library').locator('summary').click();
    await expect.poll(() => options.getByTestId('library-page').count(), { timeout: 10_000 }).toBe(1);

    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(languageTag(uiLanguage));
    const text = await interfaceText(options);
    expect(text).toContain(target.get('highlights.libraryTitle')![0]);
    expect(await options.getByTestId('library-page').count()).toBe(1);
    // One kept page, in the language's own singular ("1 página", not "1 páginas"): the '1' form,
    // next to last whether the language has a zero form (0, 1, n) or not (1, n).
    await expect
      .poll(() => options.getByTestId('library-summary').textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`^${target.get('library.countPages')!.at(-2)} · `));
    expect(englishFound(text, pieces)).toEqual([]);
    await options.screenshot({ path: join(SCREENSHOTS, `${code}-options.png`), fullPage: true });
    // Each search field's hint whole in the narrowest window a side panel or phone gives (320 px).
    await options.setViewportSize({ width: 320, height: 1100 });
    expect(await placeholdersCutOff(options)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
