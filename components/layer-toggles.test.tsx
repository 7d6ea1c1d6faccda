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
