/** How the library's UI words errors and counts and formats dates, languages and sizes (Intl, in the reader's UI locale). */
import { i18n } from '#i18n';
import { failureText, type ReaderError } from '../shared/failure-text';
import type { LibraryError } from '../shared/library/types';
import { formatDate as formatCalendarDate, formatNumber, uiLocale } from '../shared/format';

/**
 * A library failure for the reader: each cause the reader can act on in their language; any other
 * (a write the browser refused, a bug) as one sentence with the store's English apart as the detail.
 */
export function libraryError(error: LibraryError): ReaderError {
  switch (error.kind) {
    case 'quota':
      return { text: i18n.t('library.storageFull'), detail: null };
    case 'corrupt':
      return { text: i18n.t('library.damaged'), detail: null };
    case 'database-unavailable':
      return { text: i18n.t('library.databaseUnavailable'), detail: null };
    case 'newer-version':
    case 'unavailable':
      return { text: failureText(error), detail: null };
    default:
      return { text: i18n.t('library.failed'), detail: error.message };
  }
}

export function formatDate(iso: string | null | undefined): string {
  return formatCalendarDate(iso, uiLocale()) ?? '';
}

let languageNames: { locale: string; names: Intl.DisplayNames } | null = null;

export function languageName(code: string): string {
  if (!code) return '';
  try {
    const locale = uiLocale();
    if (languageNames?.locale !== locale)
      languageNames = { locale, names: new Intl.DisplayNames(locale, { type: 'language' }) };
    return languageNames.names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export interface LibraryCounts {
  pages: number;
  claims: number;
  terms: number;
  highlights: number;
}

/**
 * Each count with its noun in the language's own number ("1 page", "2 pages"; "1 página", "0
 * páginas"; one form in Chinese and Japanese), digits grouped the locale's way.
 */
export function libraryCountTexts(counts: LibraryCounts): string[] {
  const locale = uiLocale();
  return [
    i18n.t('library.countPages', counts.pages, [formatNumber(counts.pages, locale)]),
    i18n.t('library.countClaims', counts.claims, [formatNumber(counts.claims, locale)]),
    i18n.t('library.countTerms', counts.terms, [formatNumber(counts.terms, locale)]),
    i18n.t('library.countHighlights', counts.highlights, [formatNumber(counts.highlights, locale)]),
  ];
}

/** "1 was already here", "3 were already here". */
export function alreadyHereText(duplicates: number): string {
  return i18n.t('library.alreadyHere', duplicates, [formatNumber(duplicates, uiLocale())]);
}
