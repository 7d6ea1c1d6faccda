import { useCallback, useEffect, useRef } from 'preact/hooks';

/**
 * Where the keyboard focus goes when a list item is deleted and brought back: the deleted item's
 * buttons go away with it, so Undo takes the focus (or the heading, when there is no Undo); after
 * Undo, the item that came back. Both targets appear only with a later render, so the focus moves
 * once the render that shows them has run.
 *
 * `restored(key)` finds what to focus in the item of `key`, if it is shown yet; `region()` is the
 * list's region, where the focus may stay while the restored item is still to come.
 */
export function useFocusAfterDelete(restored: (key: string) => HTMLElement | null, region: () => Element | null) {
  // The heading, or the toggle that holds it: any element that takes the focus.
  const heading = useRef<HTMLElement | null>(null);
  const headingRef = useCallback((element: HTMLElement | null) => {
    heading.current = element;
  }, []);
  const undoButton = useRef<HTMLButtonElement>(null);
  const lastDeleted = useRef<string | null>(null);
  const focusNext = useRef<{ to: 'undo' } | { to: 'item'; key: string } | null>(null);

  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    // An effect of an earlier render can run first: wait for the render that shows the target.
    if (next.to === 'undo') {
      if (!undoButton.current) return;
      undoButton.current.focus();
    } else {
      const target = restored(next.key);
      // The restored item comes back with a later render; the heading holds the focus meanwhile.
      if (!target) {
        if (!region()?.contains(document.activeElement)) heading.current?.focus();
        return;
      }
      target.focus();
    }
    focusNext.current = null;
  });

  return {
    heading: headingRef,
    undoButton,
    /** The item of `key` was deleted; `undoable`: an Undo button is about to show. */
    deleted(key: string, undoable: boolean) {
      lastDeleted.current = key;
      if (undoable) focusNext.current = { to: 'undo' };
      else heading.current?.focus();
    },
    /** Undo was pressed: the item last deleted takes the focus when it is back. */
    undone() {
      if (lastDeleted.current) focusNext.current = { to: 'item', key: lastDeleted.current };
      lastDeleted.current = null;
    },
  };
}
