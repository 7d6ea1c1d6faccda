import { i18n } from '#i18n';
import type { Failure } from './result';

/**
 * What to tell the reader about a failure. The background already words the failures it knows
 * in the reader's language; a request nobody answered is worded here, where it was noticed.
 */
export function failureText(error: Failure): string {
  return error.kind === 'unavailable' ? i18n.t('highlighter.noAnswer') : error.message;
}
