import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LayerToggles } from './layer-toggles';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('LayerToggles', () => {
  it('is a switch per layer, and an all-off / all-on button whose name says what it does, not a switch', async () => {
    render(<LayerToggles url="https://www.theverge.com/ai/story" />);
    const claims = await screen.findByTestId('toggle-claims');
    expect(claims.getAttribute('aria-pressed')).toBe('true');
    const all = screen.getByTestId('toggle-all');
    // Its label changes with the state, so a pressed state as well would say the opposite of the label.
    expect(all.hasAttribute('aria-pressed')).toBe(false);
    expect(all.textContent).toBe('layers.allOff');
    fireEvent.click(all);
    await waitFor(() => expect(screen.getByTestId('toggle-all').textContent).toBe('layers.allOn'));
    expect(screen.getByTestId('toggle-claims').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('toggle-all').hasAttribute('aria-pressed')).toBe(false);
  });
});

describe('LayerToggles: the keyboard shortcuts, on screen', () => {
  function shortcutsAre(shortcuts: Record<string, string>) {
    const commands = Object.entries(shortcuts).map(([name, shortcut]) => ({ name, shortcut }));
    Object.assign(fakeBrowser, { commands: { getAll: vi.fn(async () => commands) } });
  }

  it('shows the shortcut that turns every layer off or on, and gives it to the button it stands for', async () => {
    shortcutsAre({ 'toggle-all-layers': 'Alt+Shift+L', 'toggle-claims': '', 'toggle-terms': 'Ctrl+Shift+1' });
    render(<LayerToggles url="https://www.theverge.com/ai/story" />);
    const hint = await screen.findByTestId('layers-shortcut');
    await waitFor(() => expect(hint.querySelector('kbd')?.textContent).toBe('Alt+Shift+L'));
    expect(hint.textContent).toContain('layers.shortcutHint');
    // Not a tooltip: described by the hint, which is on screen.
    const group = screen.getByRole('group');
    expect(group.hasAttribute('title')).toBe(false);
    expect(group.getAttribute('aria-describedby')).toBe(hint.id);
    expect(screen.getByTestId('toggle-all').getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+L');
    // A layer's own shortcut, once the reader set one, in ARIA's key names.
    expect(screen.getByTestId('toggle-terms').getAttribute('aria-keyshortcuts')).toBe('Control+Shift+1');
    expect(screen.getByTestId('toggle-terms').textContent).toContain('Ctrl+Shift+1');
    expect(screen.getByTestId('toggle-claims').hasAttribute('aria-keyshortcuts')).toBe(false);
  });

  it('says so when the reader removed the shortcut', async () => {
    shortcutsAre({ 'toggle-all-layers': '' });
    render(<LayerToggles url="https://www.theverge.com/ai/story" />);
    const hint = await screen.findByTestId('layers-shortcut');
    await waitFor(() => expect(hint.textContent).toContain('layers.shortcutAllUnset'));
    expect(hint.querySelector('kbd')).toBeNull();
    expect(screen.getByTestId('toggle-all').hasAttribute('aria-keyshortcuts')).toBe(false);
  });
});
