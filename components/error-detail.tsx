import { i18n } from '#i18n';
import { failureText, isTechnicalFailure, standsAlone, type ReaderError } from '../lib/shared/failure-text';
import type { Failure } from '../lib/shared/result';
import './error-detail.css';

export type { ReaderError };

/**
 * `failure` for the reader: `withReason` around its reason when the reason is in the reader's
 * words (without `withReason`, `sentence` then the reason as a sentence of its own); otherwise
 * `sentence`, with the failure's English kept apart as the detail. A failure whose own sentence
 * says it all (a library saved by a newer Marginalia) is that sentence alone.
 */
export function readerError(failure: Failure, sentence: string, withReason?: (reason: string) => string): ReaderError {
  if (isTechnicalFailure(failure)) return { text: sentence, detail: failure.message };
  const reason = failureText(failure);
  if (standsAlone(failure)) return { text: reason, detail: null };
  return withReason ? { text: withReason(reason), detail: null } : { text: sentence, reason, detail: null };
}

/**
 * What the browser or the store said, for a bug report: not translated, so it is marked English
 * and introduced by a line in the reader's language that says so. It looks the same in every box
 * (class `error-detail`), muted under the sentence whatever colour the sentence has.
 */
export function ErrorDetail({ detail }: { detail: string }) {
  return (
    <>
      <p class="error-detail" data-testid="error-detail-intro">
        {i18n.t('panel.errorDetail')}
      </p>
      <p class="error-detail">
        <code lang="en">{detail}</code>
      </p>
    </>
  );
}

/** A `ReaderError` as paragraphs: the sentence, its reason, then any detail (in a box of class `reader-error`, which spaces them). */
export function ReaderErrorText({ error }: { error: ReaderError }) {
  return (
    <>
      <p>{error.text}</p>
      {error.reason && <p>{error.reason}</p>}
      {error.detail && <ErrorDetail detail={error.detail} />}
    </>
  );
}
