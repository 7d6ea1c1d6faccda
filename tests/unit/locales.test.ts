/**
 * Every UI language has every message of en.yml and nothing else, with the same placeholders,
 * and actually translated: a copy of the English text is only allowed where it is a name or a
 * format (listed below). Parsed with @wxt-dev/i18n's own parser, so the keys are the ones the
 * build writes to `_locales/<code>/messages.json`.
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { SUPPORTED_LOCALES, parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAME_AS_ENGLISH_IN, SAME_IN_EVERY_LANGUAGE } from '../locale-allowlist';

const LOCALES_DIR = resolve(import.meta.dirname, '../../lib/locales');

/** The UI languages the product promises (issue 13), besides en. */
const REQUIRED_LOCALES = ['es', 'fr', 'ja', 'pt_BR', 'zh_CN', 'zh_TW'];

/** Chrome Web Store limits on the manifest's name and description. */
const MAX_NAME = 75;
const MAX_DESCRIPTION = 132;

/** What the panel and the library say where a list has nothing to show. */
const EMPTY_STATES = [
  'claims.empty',
  'claims.notAStory',
  'claims.notAStoryGuide',
  'claims.notAStoryLists',
  'claims.notAStoryTechnical',
  'claims.notAStoryReference',
  'claims.notAStoryOffers',
  'claims.notAStoryPersonal',
  'claims.notAStoryFiction',
  'glossary.empty',
  'highlights.empty',
  'library.empty',
  'library.noResults',
  'panel.unsupportedNoTab',
];

type Messages = Map<string, ParsedMessage>;

/** A message's texts by plural form ('0', '1', 'n'), or under '' when it has no plural. */
function forms(message: ParsedMessage): Record<string, string> {
  if (message.type === 'plural') return { ...message.plurals };
  return { '': message.message };
}

/**
 * The form sets the runtime can read: it picks a form by how many the message has (n; 1 and n;
 * 0, 1 and n), so a language may add a zero form English has no use for (French counts
 * "0 page" in the singular).
 */
const PLURAL_FORM_SETS = [['n'], ['1', 'n'], ['0', '1', 'n']];

/** `$1`…`$9` as Chrome substitutes them (`$$` is a literal dollar sign). */
function positionalPlaceholders(text: string): string[] {
  return [...text.replaceAll('$$', '').matchAll(/\$(\d)/g)].map((match) => match[1]!).sort();
}

function namedPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1]!).sort();
}

const locales = readdirSync(LOCALES_DIR)
  .filter((file) => /\.(ya?ml|json5?|jsonc|toml)$/.test(file))
  .map((file) => ({ file, code: basename(file, extname(file)) }));

const messagesByLocale = new Map<string, Messages>();

beforeAll(async () => {
  for (const { file, code } of locales) {
    const parsed = await parseMessagesFile(join(LOCALES_DIR, file));
    messagesByLocale.set(code, new Map(parsed.map((message) => [message.key.join('.'), message])));
  }
});

function messagesOf(code: string): Messages {
  const messages = messagesByLocale.get(code);
  if (!messages) throw new Error(`No messages file for ${code} in lib/locales`);
  return messages;
}

describe('locale files', () => {
  it('exist for en and every promised UI language, under Chrome’s own locale codes', () => {
    const codes = locales.map((locale) => locale.code);
    expect(codes).toContain('en');
    for (const code of REQUIRED_LOCALES) expect(codes).toContain(code);
    // The build writes `_locales/<file name>`: a name Chrome does not know would be ignored silently.
    for (const code of codes) expect(SUPPORTED_LOCALES.has(code), code).toBe(true);
  });

  it('keep the manifest name and description within the store limits', () => {
    for (const { code } of locales) {
      const messages = messagesOf(code);
      expect(forms(messages.get('extName')!)['']!.length, `${code} extName`).toBeLessThanOrEqual(MAX_NAME);
      expect(forms(messages.get('extDescription')!)['']!.length, `${code} extDescription`).toBeLessThanOrEqual(
        MAX_DESCRIPTION,
      );
    }
  });

  it('end every empty state with a full stop, as sentences beside each other in the panel and library', () => {
    const unfinished: string[] = [];
    for (const { code } of locales) {
      for (const key of EMPTY_STATES) {
        const text = Object.values(forms(messagesOf(code).get(key)!))[0]!;
        if (!/[.。]$/u.test(text)) unfinished.push(`${code} ${key}: ${text}`);
      }
    }
    expect(unfinished).toEqual([]);
  });

  describe.each(locales.filter((locale) => locale.code !== 'en'))('$code', ({ code }) => {
    it('has exactly the keys of en.yml', () => {
      const english = [...messagesOf('en').keys()].sort();
      const translated = [...messagesOf(code).keys()].sort();
      expect({ missing: english.filter((key) => !translated.includes(key)) }).toEqual({ missing: [] });
      expect({ extra: translated.filter((key) => !english.includes(key)) }).toEqual({ extra: [] });
    });

    it('keeps the placeholders and plural forms of each English message', () => {
      for (const [key, english] of messagesOf('en')) {
        const translated = messagesOf(code).get(key);
        if (!translated) continue;
        expect(translated.type, key).toBe(english.type);
        const englishForms = forms(english);
        const translatedForms = forms(translated);
        if (english.type === 'plural') {
          expect(PLURAL_FORM_SETS, key).toContainEqual(Object.keys(translatedForms));
          const missing = Object.keys(englishForms).filter((form) => !(form in translatedForms));
          expect({ key, missing }).toEqual({ key, missing: [] });
        }
        for (const [form, other] of Object.entries(translatedForms)) {
          // A zero form English lacks says what its 'n' form says, in the placeholders too.
          const text = englishForms[form] ?? englishForms['n'] ?? '';
          expect(positionalPlaceholders(other), `${key} ${other}`).toEqual(positionalPlaceholders(text));
          expect(namedPlaceholders(other), `${key} ${other}`).toEqual(namedPlaceholders(text));
        }
      }
    });

    it('translates every message that is a phrase in English', () => {
      const allowed = SAME_AS_ENGLISH_IN[code] ?? new Set<string>();
      const untranslated: string[] = [];
      for (const [key, english] of messagesOf('en')) {
        if (key.startsWith('@@')) continue;
        const translated = messagesOf(code).get(key);
        if (!translated) continue;
        const englishForms = forms(english);
        for (const [form, text] of Object.entries(forms(translated))) {
          if (text === englishForms[form] && !SAME_IN_EVERY_LANGUAGE.has(text) && !allowed.has(key)) {
            untranslated.push(`${key}: ${text}`);
          }
        }
      }
      expect(untranslated).toEqual([]);
    });

    it('names its own language for dates, numbers and lists', () => {
      const uiLocale = forms(messagesOf(code).get('uiLocale')!)['']!;
      expect(uiLocale.replace('-', '_')).toBe(code);
    });
  });
});
