import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/shared/messaging';
import type { TabState } from '@/lib/shared/tab-state';
import { ErrorDetail, readerError, ReaderErrorText, type ReaderError } from './error-detail';
import { Analyzing, Status } from './panel-status';

export interface AnalysisRetry {
  /** "Try again" was pressed and the new run has not ended yet. */
  running: boolean;
  /** The last run the reader asked for ended in an error as well. */
  failedAgain: boolean;
  /** Why "Try again" could not even start the run: a sentence in the reader's language, any English detail apart. */
  failure: ReaderError | null;
  start(): void;
}

/**
 * "Try again" after a failed analysis: the background runs the analysis again in place (the
 * content script on the page analyzes it as it is now; a page without one gets it injected).
 * The page is never reloaded: a reload would end the activeTab grant of a page the reader started
 * from the toolbar, leaving the panel asking for the toolbar button again.
 *
 * The run ends with the first tab state after the request that is not "analyzing", an error
 * only once an "analyzing" has been seen (the background writes one before any error of the
 * run): an earlier run's error arriving late ends nothing. `onSettled` is told whether the run
 * ended in an error again.
 */
export function useAnalysisRetry(
  tabId: number,
  state: TabState | null,
  onSettled: (failedAgain: boolean) => void,
): AnalysisRetry {
  const [running, setRunning] = useState(false);
  const [failedAgain, setFailedAgain] = useState(false);
  const [failure, setFailure] = useState<ReaderError | null>(null);
  const runningNow = useRef(false);
  const analyzingSeen = useRef(false);
  const settled = useRef(onSettled);
  settled.current = onSettled;

  // A state written after the request (the page's new analysis answering, or failing) ends the
  // run; the state object, not its status, is watched, so an error replacing an error counts.
  useEffect(() => {
    if (!runningNow.current) return;
    if (state?.status === 'analyzing') {
      analyzingSeen.current = true;
      return;
    }
    if (state?.status === 'error' && !analyzingSeen.current) return;
    runningNow.current = false;
    const again = state?.status === 'error';
    setRunning(false);
    setFailedAgain(again);
    settled.current(again);
  }, [state]);

  return {
    running,
    failedAgain,
    failure,
    start() {
      if (runningNow.current) return;
      runningNow.current = true;
      analyzingSeen.current = false;
      setRunning(true);
      setFailedAgain(false);
      setFailure(null);
      void sendToBackground({ type: 'run-on-tab', tabId }).then((reply) => {
        if (reply.ok || !runningNow.current) return;
        runningNow.current = false;
        setRunning(false);
        setFailure(readerError(reply.error, i18n.t('panel.retryFailed')));
      });
    },
  };
}

/**
 * The failed analysis and its "Try again". The same element stays on screen while the new run
 * is under way (its status says so, the button is marked busy), so the keyboard focus stays on
 * the button and is there again should the run fail too.
 */
export function AnalysisFailed({ message, retry }: { message: string; retry: AnalysisRetry }) {
  return (
    <>
      {retry.running ? (
        <Analyzing />
      ) : (
        <Status kind="error">
          <p>{i18n.t('panel.error')}</p>
          {message && <ErrorDetail detail={message} />}
        </Status>
      )}
      {(retry.failedAgain || retry.failure) && (
        <div class="panel__alert reader-error" role="alert" data-testid="retry-outcome">
          {retry.failure ? <ReaderErrorText error={retry.failure} /> : <p>{i18n.t('panel.failedAgain')}</p>}
        </div>
      )}
      <div>
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
        <button
          type="button"
          class="panel__button"
          data-testid="retry"
          aria-disabled={retry.running}
          aria-busy={retry.running}
          onClick={() => retry.start()}
        >
          {i18n.t('panel.retry')}
        </button>
      </div>
    </>
  );
}
