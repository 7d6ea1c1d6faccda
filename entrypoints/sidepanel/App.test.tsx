import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '@/lib/shared/tab-state';
import { SidePanel } from './App';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const TAB_ID = 7;
let tabState: TabState | null = null;

vi.mock('@/lib/ui/follow-tab', () => ({
  followTab: (onTab: (tabId: number | null) => void) => {
    onTab(TAB_ID);
    return () => undefined;
  },
  watchTabState: (_tabId: number, onState: (state: TabState | null) => void) => {
    onState(tabState);
    return () => undefined;
  },
  watchTabMissing: () => () => undefined,
}));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SidePanel', () => {
  it('offers to try again when the analysis failed, by loading the page again', () => {
    tabState = { status: 'error', url: 'https://www.theverge.com/ai/story', message: 'Offscreen document closed' };
    const reload = vi.spyOn(browser.tabs, 'reload').mockResolvedValue(undefined);
    render(<SidePanel />);
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('error');
    expect(screen.getByText('Offscreen document closed').getAttribute('lang')).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'panel.retry' }));
    expect(reload).toHaveBeenCalledWith(TAB_ID);
  });
});
