import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/**
 * The locale to format dates and numbers in. The messages file the browser picked says which
 * language the words around a date are in (its `uiLocale` message); the browser's UI language
 * refines it when both are the same language and script (en-GB dates for a British reader,
 * es-419 in Latin America, zh-HK under Traditional Chinese words). When they disagree, the words
 * win: Chromium on Linux started with `--lang` but without its locale files picks Japanese
 * messages while still answering en-US, and a date must not be in another language than its label.
 */
export function formattingLocale(messagesLocale: string, browserUiLanguage: string): string {
  let messages: Intl.Locale;
  try {
    messages = new Intl.Locale(messagesLocale);
  } catch {
    return 'en';
  }
  try {
    const browserLocale = new Intl.Locale(browserUiLanguage);
    const sameLanguage = browserLocale.language === messages.language;
    const sameScript = browserLocale.maximize().script === messages.maximize().script;
    if (sameLanguage && sameScript) return browserLocale.toString();
  } catch {
    // An unreadable browser language: the messages' own locale is enough.
  }
  return messages.toString();
}

/** The reader's UI locale, for every date, number and list shown in the panel, the options page and on the page. */
export function uiLocale(): string {
  let browserUiLanguage = '';
  try {
    browserUiLanguage = browser.i18n.getUILanguage();
  } catch {
    // No i18n API (component tests): the messages' own locale.
  }
  return formattingLocale(i18n.t('uiLocale'), browserUiLanguage);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date ("Nov 28, 2026", "28 de nov. de 2026", "2026年11月28日"); null for a missing or unreadable date. */
export function formatDate(value: string | number | Date | null | undefined, locale: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count or quantity with the locale's digit grouping ("12,345", "12.345", "12 345"). */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** How long ago (or from now) a moment is, in the largest whole unit ("yesterday", "hace 3 días", "3 時間前"). */
export function formatRelativeTime(
  value: string | number | Date,
  locale: string,
  now: Date = new Date(),
): string | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return null;
}

/** "a, b and c" in the locale's own way ("a, b e c", "a、b和c", "a、b、c"). */
export function formatList(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
