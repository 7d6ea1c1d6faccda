import { i18n } from '#i18n';
import { failureText, isTechnicalFailure } from '../lib/shared/failure-text';
import type { Failure } from '../lib/shared/result';
import './error-detail.css';

/** What went wrong, in the reader's language, with any English technical detail apart. */
export interface ReaderError {
  text: string;
  detail: string | null;
}

/**
 * `failure` for the reader: `withReason` around its reason when the reason is in the reader's
 * words; otherwise `alone`, with the failure's English kept apart as the detail.
 */
export function readerError(failure: Failure, alone: string, withReason: (reason: string) => string): ReaderError {
  return isTechnicalFailure(failure)
    ? { text: alone, detail: failure.message }
    : { text: withReason(failureText(failure)), detail: null };
}

/**
 * What the browser or the store said, for a bug report: not translated, so it is marked English
 * and introduced by a line in the reader's language that says so.
 */
export function ErrorDetail({ detail, class: className }: { detail: string; class?: string }) {
  return (
    <>
      <p class={className} data-testid="error-detail-intro">
        {i18n.t('panel.errorDetail')}
      </p>
      <p class={className}>
        <code lang="en">{detail}</code>
      </p>
    </>
  );
}

/** A `ReaderError` as paragraphs: the sentence, then any detail (in a box of class `reader-error`, which spaces them). */
export function ReaderErrorText({ error }: { error: ReaderError }) {
  return (
    <>
      <p>{error.text}</p>
      {error.detail && <ErrorDetail detail={error.detail} />}
    </>
  );
}
