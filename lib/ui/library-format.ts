/** How the library's UI words errors and formats dates, languages and sizes (Intl, in the browser's language). */
import { i18n } from '#i18n';
import type { LibraryError } from '../shared/library/types';

export function libraryErrorText(error: LibraryError): string {
  switch (error.kind) {
    case 'quota':
      return i18n.t('library.storageFull');
    case 'newer-version':
      return i18n.t('library.newerVersion');
    case 'corrupt':
      return i18n.t('library.damaged');
    case 'unavailable':
      return i18n.t('library.unavailable');
    default:
      return i18n.t('library.failed', [error.message]);
  }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
let languageNames: Intl.DisplayNames | null = null;

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  return Number.isFinite(time) ? dateFormat.format(time) : '';
}

export function languageName(code: string): string {
  if (!code) return '';
  try {
    languageNames ??= new Intl.DisplayNames(undefined, { type: 'language' });
    return languageNames.of(code) ?? code;
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
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
