import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut } from './shortcuts';

describe('ariaKeyShortcut', () => {
  it('names modifiers and keys as aria-keyshortcuts does', () => {
    expect(ariaKeyShortcut('Alt+Shift+L')).toBe('Alt+Shift+L');
    expect(ariaKeyShortcut('Ctrl+Shift+1')).toBe('Control+Shift+1');
    expect(ariaKeyShortcut('MacCtrl+Shift+Comma')).toBe('Control+Shift+,');
    expect(ariaKeyShortcut('Command+Alt+Up')).toBe('Meta+Alt+ArrowUp');
  });

  it('reads the symbols macOS writes before the key', () => {
    expect(ariaKeyShortcut('⌥⇧L')).toBe('Alt+Shift+L');
    expect(ariaKeyShortcut('⇧⌘Y')).toBe('Shift+Meta+Y');
  });

  it('reads the modifier names Chromium writes in its own UI language, and gives nothing for names it does not know', () => {
    expect(ariaKeyShortcut('Alt+Mayús+L')).toBe('Alt+Shift+L');
    expect(ariaKeyShortcut('Alt+Maj+L')).toBe('Alt+Shift+L');
    expect(ariaKeyShortcut('Strg+Umschalt+L')).toBeUndefined();
    expect(ariaKeyShortcut('Alt+Shift+Flèche')).toBeUndefined();
    expect(ariaKeyShortcut('Ctrl+F5')).toBe('Control+F5');
  });

  it('gives nothing for no shortcut', () => {
    expect(ariaKeyShortcut('')).toBeUndefined();
    expect(ariaKeyShortcut(undefined)).toBeUndefined();
    expect(ariaKeyShortcut('  ')).toBeUndefined();
  });
});
