import { i18n } from '#i18n';
import type { Failure } from './result';

/**
 * What to tell the reader about a failure. The background already words the failures it knows
 * in the reader's language; a request nobody answered is worded here, where it was noticed.
 */
export function failureText(error: Failure): string {
  return error.kind === 'unavailable' ? i18n.t('highlighter.noAnswer') : error.message;
}

/**
 * A failure of a highlight request whose message is English technical text, not a sentence for
 * the reader: what a handler threw ('failed') and the database's own words ('newer-version').
 * The background words every other failure of a highlight request in the reader's language.
 */
export function isTechnicalFailure(error: Failure): boolean {
  return error.kind === 'failed' || error.kind === 'newer-version';
}

/**
 * What the selection bar on the page says when a highlight was not made: a sentence in the
 * reader's language, never a failure's English detail. The page is not ours to tell it what
 * failed inside Marginalia; the panel shows the detail.
 */
export function selectionFailureText(error: Failure): string {
  return isTechnicalFailure(error) ? i18n.t('highlighter.selectionFailed') : failureText(error);
}
