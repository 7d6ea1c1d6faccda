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
import { launchWithExtension, type ExtensionBrowser } from './harness';

const LOCALES_DIR = resolve(import.meta.dirname, '../../lib/locales');
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/ui-languages');

const UI_LANGUAGES = ['pt-BR', 'es', 'zh-CN', 'zh-TW', 'ja'];

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
 * words (three letters or more) and that the target language does not use itself ("Markdown
 * (Obsidian)", "Marginalia").
 */
function englishPieces(english: Map<string, string[]>, target: Map<string, string[]>): Map<string, string> {
  const pieces = new Map<string, string>();
  for (const [key, texts] of english) {
    const targetText = (target.get(key) ?? []).join('\n');
    for (const text of texts) {
      for (const piece of text.split(/\$\d|\{\w+\}/)) {
        const trimmed = piece.replace(/^[\s:·,.()]+|[\s:·,.()]+$/g, '');
        if (!/[A-Za-z]{3}/.test(trimmed) || targetText.includes(trimmed)) continue;
        pieces.set(trimmed, key);
      }
    }
  }
  return pieces;
}

/** Every interface string of an extension page: text and labels, leaving out what is marked as another language (page text, definitions). */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const uiLang = document.documentElement.lang;
    const ownText = (element: Element | null) => {
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
    return out.join('\n');
  });
}

function englishFound(text: string, pieces: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [piece, key] of pieces) {
    const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`).exec(text);
    if (match) found.push(`${key}: "${piece}" in "${text.slice(Math.max(0, match.index - 30), match.index + piece.length + 30).replace(/\s+/g, " ")}"`);
  }
  return found;
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
    pieces = englishPieces(english, target);
    browser = await launchWithExtension({ uiLanguage, viewport: { width: 420, height: 1400 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the panel on the seed story with no English interface text', async () => {
    const url = await browser.serveFixture('gate-seed');
    const page = await browser.context.newPage();
    await page.goto(url);
    const panel = await browser.openPanel(await browser.tabIdOf(url));
    await expect
      .poll(() => panel.getByTestId('status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('ready');
    await panel.getByTestId('reader-copy').locator('summary').click();

    expect(await panel.evaluate(() => document.documentElement.lang)).toBe(uiLanguage);
    const text = await interfaceText(panel);
    expect(text).toContain(target.get('claims.title')![0]);
    expect(text).toContain(target.get('glossary.title')![0]);
    expect(englishFound(text, pieces)).toEqual([]);
    await panel.screenshot({ path: join(SCREENSHOTS, `${code}-panel.png`), fullPage: true });
    expect(browser.errors).toEqual([]);
  });

  it('shows the options page with no English interface text', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('main').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    expect(await options.evaluate(() => document.documentElement.lang)).toBe(uiLanguage);
    const text = await interfaceText(options);
    expect(text).toContain(target.get('highlights.libraryTitle')![0]);
    expect(englishFound(text, pieces)).toEqual([]);
    await options.screenshot({ path: join(SCREENSHOTS, `${code}-options.png`), fullPage: true });
    expect(browser.errors).toEqual([]);
  });
});
