import { i18n } from '#i18n';
import type { Failure, ImportRefusal } from './result';

/** What went wrong, in the reader's language, with any English technical detail apart (shown by components/error-detail.tsx). */
export interface ReaderError {
  text: string;
  /** Why, as a sentence of its own in the reader's language, after `text`. */
  reason?: string | null;
  detail: string | null;
}

/**
 * What to tell the reader about a failure. The background already words the failures it knows
 * in the reader's language; a request nobody answered, and a library a newer Marginalia saved
 * (whose message is the database's English), are worded here, where they are shown.
 */
export function failureText(error: Failure): string {
  switch (error.kind) {
    case 'unavailable':
      return i18n.t('highlighter.noAnswer');
    case 'newer-version':
      return i18n.t('library.newerVersion');
    default:
      return error.message;
  }
}

/**
 * A failure of a highlight request whose message is English technical text, not a sentence for
 * the reader: what a handler threw. The background words every other failure of a highlight
 * request in the reader's language, or `failureText` does.
 */
export function isTechnicalFailure(error: Failure): boolean {
  return error.kind === 'failed';
}

/**
 * A failure whose sentence is the whole story: the library was saved by a newer Marginalia, so
 * nothing failed that trying again would mend, and "could not read" around it would only mislead.
 */
export function standsAlone(error: Failure): boolean {
  return error.kind === 'newer-version';
}

/**
 * What the selection bar on the page says when a highlight was not made: a sentence in the
 * reader's language, never a failure's English detail. The page is not ours to tell it what
 * failed inside Marginalia; the panel shows the detail.
 */
export function selectionFailureText(error: Failure): string {
  return isTechnicalFailure(error) ? i18n.t('highlighter.selectionFailed') : failureText(error);
}

/**
 * An import the parser refused, for the reader: "Nothing was imported." then why, in words that
 * say whether the file was read at all (too large, not JSON) or was read and its contents were not
 * accepted, never "could not read" for a file that was read. The parser's English is the detail
 * where it says what or where; `notAnExport` names what the file should have been.
 */
export function importRefusalText(error: Failure, notAnExport: string): ReaderError {
  const text = i18n.t('highlights.notImported');
  if (!error.refusal) return { text, detail: error.message };
  const reasons: Record<ImportRefusal, () => string> = {
    'too-large': () => i18n.t('highlights.importTooLarge'),
    'not-json': () => i18n.t('highlights.importNotJson'),
    'not-an-export': () => notAnExport,
    'bad-entry': () => i18n.t('highlights.importBadEntry'),
    'newer-export': () => i18n.t('highlights.importNewer'),
  };
  // These two sentences say all there is; the English would only repeat them.
  const whole = error.refusal === 'too-large' || error.refusal === 'newer-export';
  return { text, reason: reasons[error.refusal](), detail: whole ? null : error.message };
}
