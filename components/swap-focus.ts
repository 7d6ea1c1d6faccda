import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Two controls that replace each other (a button and the question it asks, a note's button and
 * its editor): when the reader's action swaps them, the one now shown takes the keyboard focus,
 * so it never falls to the page's body. `swapped`: whether the second one is shown. Call
 * `focusNext()` before the change that swaps them; a swap without it leaves the focus alone.
 */
export function useSwapFocus<First extends HTMLElement, Second extends HTMLElement>(swapped: boolean) {
  const first = useRef<First>(null);
  const second = useRef<Second>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (swapped ? second.current : first.current)?.focus();
  }, [swapped]);
  return {
    first,
    second,
    focusNext() {
      moveFocus.current = true;
    },
  };
}

/**
 * A button whose action is asked about first: the question replaces the button, and the button
 * the question; the one shown takes the focus (in the question, Cancel, the safe answer). Attach
 * `askButton` to the button and `cancelButton` to the question's Cancel.
 */
export function useConfirmQuestion() {
  const [confirming, setConfirming] = useState(false);
  const focus = useSwapFocus<HTMLButtonElement, HTMLButtonElement>(confirming);
  return {
    confirming,
    askButton: focus.first,
    cancelButton: focus.second,
    /** Shows the question (`true`) or the button again (`false`), moving the focus to it. */
    ask(asking: boolean) {
      focus.focusNext();
      setConfirming(asking);
    },
    /** Shows the button again without moving the focus, for when something else takes it. */
    close() {
      setConfirming(false);
    },
  };
}
