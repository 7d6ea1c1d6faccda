import { useEffect, useRef, useState } from 'preact/hooks';

/** What one item's focusable element takes: spread it on the element. */
export interface RovingItemProps<T extends HTMLElement> {
  tabIndex: 0 | -1;
  ref(element: T | null): void;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent): void;
}

/**
 * A roving tabindex over a list of `count` items: only the active item is in the Tab order, so
 * Tab enters and leaves the list in one step, and the arrow keys, Home and End move the focus
 * between items.
 */
export function useRovingFocus<T extends HTMLElement>(count: number) {
  const [active, setActive] = useState(0);
  const items = useRef<Array<T | null>>([]);

  useEffect(() => {
    if (active >= count) setActive(Math.max(0, count - 1));
  }, [count, active]);

  // The focus moves in the key's own handler (its onFocus then makes the item active), so it has
  // moved by the time the key event is over, not after a later render.
  const moveTo = (index: number) => {
    items.current[Math.min(count - 1, Math.max(0, index))]?.focus();
  };

  /** Moves the focus for an arrow key, Home or End pressed in item `index`; says whether it did. */
  const navigate = (event: KeyboardEvent, index: number): boolean => {
    const target = new Map([
      ['ArrowDown', index + 1],
      ['ArrowRight', index + 1],
      ['ArrowUp', index - 1],
      ['ArrowLeft', index - 1],
      ['Home', 0],
      ['End', count - 1],
    ]).get(event.key);
    if (target === undefined) return false;
    event.preventDefault();
    moveTo(target);
    return true;
  };

  /**
   * The props of item `index`'s focusable element; `onOtherKey` gets the keys that do not move
   * the focus.
   */
  const item = (index: number, onOtherKey?: (event: KeyboardEvent) => void): RovingItemProps<T> => ({
    tabIndex: index === active ? 0 : -1,
    ref: (element) => {
      items.current[index] = element;
    },
    onFocus: () => setActive(index),
    onKeyDown: (event) => {
      if (!navigate(event, index)) onOtherKey?.(event);
    },
  });

  return { item, setActive };
}
