import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A button whose action is asked about first: the question replaces the button, and the button
 * the question. The one shown takes the keyboard focus (in the question, Cancel, the safe answer),
 * so it never falls to the page's body. Attach `askButton` to the button and `cancelButton` to
 * the question's Cancel.
 */
export function useConfirmQuestion() {
  const [confirming, setConfirming] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (confirming ? cancelButton.current : askButton.current)?.focus();
  }, [confirming]);
  return {
    confirming,
    askButton,
    cancelButton,
    /** Shows the question (`true`) or the button again (`false`), moving the focus to it. */
    ask(asking: boolean) {
      moveFocus.current = true;
      setConfirming(asking);
    },
    /** Shows the button again without moving the focus, for when something else takes it. */
    close() {
      setConfirming(false);
    },
  };
}
