import { useEffect, useState } from 'preact/hooks';

/** The browser's own command that clicks the toolbar button (the manifest's `commands._execute_action`). */
export const OPEN_COMMAND = '_execute_action';

/** A command's shortcut as the browser shows it ("Alt+Shift+L", "⌥⇧L"); '' when none is set. */
export type Shortcuts = Readonly<Record<string, string>>;

/**
 * The reader's shortcuts now, by command name: the manifest's suggestions as the browser kept
 * them, or what the reader set on the browser's shortcuts page. Null where the browser does not
 * say (no commands API).
 */
export async function readShortcuts(): Promise<Shortcuts | null> {
  try {
    const commands = await browser.commands.getAll();
    return Object.fromEntries(
      commands.flatMap((command) => (command.name ? [[command.name, command.shortcut ?? '']] : [])),
    );
  } catch {
    return null;
  }
}

/**
 * The shortcuts, read again whenever the page gets the focus back: the reader may have just
 * changed one on the browser's shortcuts page.
 */
export function useShortcuts(): Shortcuts | null {
  const [shortcuts, setShortcuts] = useState<Shortcuts | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void readShortcuts().then((value) => {
        if (live) setShortcuts(value);
      });
    read();
    window.addEventListener('focus', read);
    return () => {
      live = false;
      window.removeEventListener('focus', read);
    };
  }, []);
  return shortcuts;
}

/**
 * Modifier names as browsers write them, by their ARIA name. Chromium writes them in its own UI
 * language ("Mayús" in Spanish, "Maj" in French); a name not listed here makes no aria-keyshortcuts rather than a
 * wrong one (the text on screen is the browser's own, right in any language).
 */
const MODIFIER_WORDS: Record<string, string> = {
  ctrl: 'Control',
  control: 'Control',
  macctrl: 'Control',
  strg: 'Control',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  mayús: 'Shift',
  maj: 'Shift',
  command: 'Meta',
  cmd: 'Meta',
  search: 'Meta',
};
const MODIFIER_SYMBOLS: Record<string, string> = { '⌃': 'Control', '⌥': 'Alt', '⇧': 'Shift', '⌘': 'Meta' };
/** Key names of the extension-commands grammar, as the key values ARIA names keys by. */
const KEY_VALUES: Record<string, string> = {
  comma: ',',
  period: '.',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  insert: 'Insert',
  delete: 'Delete',
  space: 'Space',
  tab: 'Tab',
  mediaplaypause: 'MediaPlayPause',
  medianexttrack: 'MediaTrackNext',
  mediaprevtrack: 'MediaTrackPrevious',
  mediastop: 'MediaStop',
};

/**
 * A browser's shortcut text as `aria-keyshortcuts` wants it (modifiers named Control, Alt,
 * Shift, Meta, then the key, joined by "+"); undefined for no shortcut, or one it cannot read.
 */
export function ariaKeyShortcut(shortcut: string | undefined): string | undefined {
  const text = shortcut?.trim();
  if (!text) return undefined;
  const parts: string[] = [];
  let rest = text;
  // macOS writes the modifiers as symbols before the key, without "+".
  while (rest.length > 1 && MODIFIER_SYMBOLS[rest[0]!]) {
    parts.push(MODIFIER_SYMBOLS[rest[0]!]!);
    rest = rest.slice(1);
  }
  const pieces = rest.split('+').map((piece) => piece.trim());
  const key = ariaKey(pieces.pop() ?? '');
  if (!key) return undefined;
  for (const piece of pieces) {
    const modifier = MODIFIER_WORDS[piece.toLowerCase()];
    if (!modifier) return undefined;
    parts.push(modifier);
  }
  parts.push(key);
  return parts.join('+');
}

function ariaKey(key: string): string | undefined {
  if ([...key].length === 1) return key.toUpperCase();
  if (/^F\d{1,2}$/.test(key)) return key;
  return KEY_VALUES[key.toLowerCase()];
}
