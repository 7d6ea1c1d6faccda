import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alreadyHereText, libraryCountTexts } from './library-format';

// The real @wxt-dev/i18n runtime over the real messages of one locale, with Chrome's `$1` substitution.
let messages: Record<string, { message: string }> = {};
vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, substitutions?: string[]) =>
  (messages[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions?.[Number(n) - 1] ?? '')) as never);
vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => messages.uiLocale?.message ?? 'en');
vi.mock('#i18n', async () => ({ i18n: (await import('@wxt-dev/i18n')).createI18n() }));

async function useLocale(code: string) {
  const parsed = await parseMessagesFile(resolve(import.meta.dirname, `../locales/${code}.yml`));
  messages = generateChromeMessages(parsed);
}

describe('library counts', () => {
  it('say one page, two claims and no terms in English', async () => {
    await useLocale('en');
    expect(libraryCountTexts({ pages: 1, claims: 2, terms: 0, highlights: 1 })).toEqual([
      '1 page',
      '2 claims',
      '0 terms',
      '1 highlight',
    ]);
    expect(alreadyHereText(1)).toBe('1 was already here');
    expect(alreadyHereText(3)).toBe('3 were already here');
  });

  it('use the singular for one and group digits the Spanish way', async () => {
    await useLocale('es');
    expect(libraryCountTexts({ pages: 1, claims: 12_345, terms: 0, highlights: 1 })).toEqual([
      '1 página',
      '12.345 afirmaciones',
      '0 términos',
      '1 resaltado',
    ]);
    expect(alreadyHereText(1)).toBe('1 ya estaba aquí');
  });

  it('use the plural for none in Brazilian Portuguese', async () => {
    await useLocale('pt_BR');
    expect(libraryCountTexts({ pages: 0, claims: 1, terms: 2, highlights: 1 })).toEqual([
      '0 páginas',
      '1 afirmação',
      '2 termos',
      '1 destaque',
    ]);
  });

  it('have one form in Japanese and Chinese', async () => {
    await useLocale('ja');
    expect(libraryCountTexts({ pages: 1, claims: 2, terms: 0, highlights: 1 })[0]).toBe('ページ 1 件');
    await useLocale('zh_CN');
    expect(libraryCountTexts({ pages: 1, claims: 2, terms: 0, highlights: 1 })[1]).toBe('2 条论点');
  });
});
