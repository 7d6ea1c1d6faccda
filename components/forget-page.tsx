import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { pageKeyFor } from '../lib/shared/highlights/url';
import type { LibraryCall } from '../lib/ui/library-client';
import { libraryError } from '../lib/ui/library-format';
import { OutcomeLine, type ActionOutcome, type OutcomeElement } from './error-detail';
import { useConfirmQuestion } from './swap-focus';
import './speaker-history.css';

/** "Forget this page": shown when the library holds the page; removes its claims, terms and highlights. */
export function ForgetPage({
  url,
  canonical,
  call,
  onForgotten,
}: {
  url: string;
  /** The page's canonical link as written (the analysis's `canonical`), for the key it is kept under. */
  canonical?: string | null;
  call: LibraryCall;
  onForgotten?: () => void;
}) {
  const pageKey = pageKeyFor(url, canonical ?? null);
  const [kept, setKept] = useState(false);
  const [message, setMessage] = useState<ActionOutcome | null>(null);
  const question = useConfirmQuestion();
  const messageElement = useRef<OutcomeElement>(null);
  // The question's Yes goes away whatever the answer (and the button too once the page is
  // forgotten): the message takes the focus, so the keyboard is not dropped on the page's body
  // and a screen reader reads why when it failed.
  const focusMessage = useRef(false);
  useEffect(() => {
    if (focusMessage.current && message) messageElement.current?.focus();
    focusMessage.current = false;
  }, [message]);

  useEffect(() => {
    let live = true;
    setKept(false);
    setMessage(null);
    question.close();
    if (!pageKey) return undefined;
    // The background keeps the page just after the analysis; ask again shortly so the button appears.
    const ask = () =>
      void call({ type: 'library-page', url: pageKey }).then((reply) => {
        if (live && reply.ok) setKept(reply.value !== null);
      });
    ask();
    const again = setTimeout(ask, 1500);
    return () => {
      live = false;
      clearTimeout(again);
    };
  }, [call, pageKey]);

  async function forget() {
    question.close();
    if (!pageKey) return;
    const reply = await call({ type: 'library-forget-page', url: pageKey });
    focusMessage.current = true;
    if (reply.ok) {
      setKept(false);
      setMessage({ done: i18n.t('library.forgotPage') });
      onForgotten?.();
    } else setMessage({ error: libraryError(reply.error) });
  }

  if (!kept && !message) return null;
  return (
    <section class="forget-page">
      {kept && !question.confirming && (
        <>
          <button
            type="button"
            class="panel__button"
            ref={question.askButton}
            data-testid="forget-page"
            onClick={() => question.ask(true)}
          >
            {i18n.t('library.forgetPage')}
          </button>
          <span class="forget-page__hint">{i18n.t('library.forgetPageHint')}</span>
        </>
      )}
      {/* The reader's highlights and notes go with the page, and there is no undo: ask first. */}
      {kept && question.confirming && (
        <div
          class="forget-page__confirm"
          role="alertdialog"
          aria-labelledby="forget-page-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') question.ask(false);
          }}
        >
          <p id="forget-page-question">{i18n.t('library.forgetPageConfirm')}</p>
          <button type="button" class="panel__button" data-testid="forget-page-confirm" onClick={() => void forget()}>
            {i18n.t('library.forgetPageYes')}
          </button>{' '}
          <button type="button" class="panel__button" ref={question.cancelButton} onClick={() => question.ask(false)}>
            {i18n.t('library.cancel')}
          </button>
        </div>
      )}
      <OutcomeLine outcome={message} testId="forget-page-status" focusRef={messageElement} />
    </section>
  );
}
