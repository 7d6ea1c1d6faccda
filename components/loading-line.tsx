import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import './spinner.css';
import './loading-line.css';

/** How long a list may take to load before it says so: a quick load shows nothing, not a flash. */
export const LOADING_NOTICE_MS = 400;

/**
 * "Loading highlights…" under a list's title, once loading has lasted LOADING_NOTICE_MS. The
 * polite live region stays in place while the list loads, so its words are announced when they come.
 */
export function LoadingLine({ loading, delayMs = LOADING_NOTICE_MS }: { loading: boolean; delayMs?: number }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!loading) return undefined;
    const timer = setTimeout(() => setSlow(true), delayMs);
    return () => clearTimeout(timer);
  }, [loading, delayMs]);
  if (!loading) return null;
  return (
    <p class="loading-line" role="status" data-testid="loading-line">
      {slow && (
        <>
          <span class="panel__spinner" aria-hidden="true" /> {i18n.t('highlights.loading')}
        </>
      )}
    </p>
  );
}
