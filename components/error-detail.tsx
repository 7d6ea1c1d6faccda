import { i18n } from '#i18n';
import { failureText, isTechnicalFailure, standsAlone, type ReaderError } from '../lib/shared/failure-text';
import type { Failure } from '../lib/shared/result';
import type { Ref } from 'preact';
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

/** How an action the reader asked for ended: what it did, or why it failed. */
export type ActionOutcome = { done: string } | { error: ReaderError };

/** The alert box (a div) or the status line (a p), whichever OutcomeLine shows: a ref that fits either. */
export type OutcomeElement = HTMLDivElement & HTMLParagraphElement;

/**
 * An action's outcome under its controls: a failure as an alert box (`errorClass` beside
 * `reader-error`), a success as a status line (`doneClass`). `focusRef`, for a box that moves the
 * focus to whichever is shown (when the control that acted goes away), makes either focusable.
 * Both carry `testId`, so a test reads either the same way.
 */
export function OutcomeLine({
  outcome,
  testId,
  errorClass = '',
  doneClass,
  focusRef,
}: {
  outcome: ActionOutcome | null;
  testId: string;
  errorClass?: string;
  doneClass?: string;
  focusRef?: Ref<OutcomeElement>;
}) {
  if (!outcome) return null;
  const tabIndex = focusRef ? -1 : undefined;
  if ('error' in outcome)
    return (
      <div
        ref={focusRef}
        class={`${errorClass} reader-error`.trim()}
        tabIndex={tabIndex}
        role="alert"
        data-testid={testId}
      >
        <ReaderErrorText error={outcome.error} />
      </div>
    );
  return (
    <p ref={focusRef} class={doneClass} tabIndex={tabIndex} role="status" data-testid={testId}>
      {outcome.done}
    </p>
  );
}
