import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alreadyHereText, libraryCountTexts, libraryError } from './library-format';

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

  it('use the singular for one and group digits with a narrow no-break space in French', async () => {
    await useLocale('fr');
    expect(libraryCountTexts({ pages: 1, claims: 12_345, terms: 2, highlights: 1 })).toEqual([
      '1 page',
      '12\u202f345 affirmations',
      '2 termes',
      '1 surlignage',
    ]);
    expect(alreadyHereText(1)).toBe('1 était déjà là');
    expect(alreadyHereText(3)).toBe('3 étaient déjà là');
  });

  it('count none in the singular in French', async () => {
    await useLocale('fr');
    expect(libraryCountTexts({ pages: 0, claims: 0, terms: 0, highlights: 0 })).toEqual([
      '0 page',
      '0 affirmation',
      '0 terme',
      '0 surlignage',
    ]);
    expect(alreadyHereText(0)).toBe('0 était déjà là');
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

describe('library errors', () => {
  const english = (kind: 'unavailable' | 'database-unavailable' | 'newer-version') =>
    libraryError({ kind, message: `What the browser said about ${kind}` }).text;

  it('say that a newer Marginalia saved the library, to update the extension, and that nothing was deleted', async () => {
    await useLocale('en');
    expect(english('newer-version')).toBe(
      'This library was saved by a newer version of Marginalia. Update the extension to use it; nothing in it was changed or deleted.',
    );
  });

  it('tell an extension that did not answer from a database the browser will not open', async () => {
    await useLocale('en');
    expect(english('unavailable')).toBe('Marginalia did not answer. Reload the page and try again.');
    expect(english('database-unavailable')).toBe(
      'The library cannot be opened in this browser right now, so nothing was read or saved. Try again later.',
    );
  });

  it.each(['en', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN', 'zh_TW'])(
    'give each cause a sentence of its own in %s, without the failure’s English',
    async (code) => {
      await useLocale(code);
      const texts = (['unavailable', 'database-unavailable', 'newer-version'] as const).map(english);
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) {
        expect(text).not.toBe('');
        expect(text).not.toContain('What the browser said');
      }
    },
  );

  it.each(['en', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN', 'zh_TW'])(
    'say in %s that the library could not do it, the store’s English apart as the detail, not inside the sentence',
    async (code) => {
      await useLocale(code);
      for (const kind of ['write-failed', 'migration-failed', 'not-found', 'invalid', 'failed'] as const) {
        const english = `Could not save; nothing was changed (AbortError ${kind}).`;
        const error = libraryError({ kind, message: english });
        expect(error.detail).toBe(english);
        expect(error.text).not.toBe('');
        expect(error.text).not.toContain('AbortError');
        expect(error.text).not.toMatch(/[:：]\s*$/);
      }
    },
  );
});
