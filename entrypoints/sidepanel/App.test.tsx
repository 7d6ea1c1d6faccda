import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/lib/shared/tab-state';
import { SidePanel } from './App';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const TAB_ID = 7;
const URL = 'https://www.theverge.com/ai/story';
let tabState: TabState | null = null;
let pushState: (state: TabState | null) => void = () => undefined;

vi.mock('@/lib/ui/follow-tab', () => ({
  followTab: (onTab: (tabId: number | null) => void) => {
    onTab(TAB_ID);
    return () => undefined;
  },
  watchTabState: (_tabId: number, onState: (state: TabState | null) => void) => {
    pushState = onState;
    onState(tabState);
    return () => undefined;
  },
  watchTabMissing: () => () => undefined,
}));

const failed = (message: string): TabState => ({ status: 'error', url: URL, message });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SidePanel: try again after a failed analysis', () => {
  /** The background's answer to the panel's messages; the page is never reloaded. */
  function backgroundAnswers(reply: unknown) {
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return reply;
    });
    const reload = vi.spyOn(browser.tabs, 'reload').mockResolvedValue(undefined);
    return { sent, reload };
  }

  it('asks the background to run the analysis again in place, without reloading the tab', async () => {
    tabState = failed('Offscreen document closed');
    const { sent, reload } = backgroundAnswers({ ok: true });
    render(<SidePanel />);
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('error');
    expect(screen.getByText('Offscreen document closed').getAttribute('lang')).toBe('en');
    // The untranslated message comes after a sentence in the reader's language that says what it is.
    const intro = screen.getByTestId('error-detail-intro');
    expect(intro.textContent).toBe('panel.errorDetail');
    expect(intro.nextElementSibling?.textContent).toBe('Offscreen document closed');
    fireEvent.click(screen.getByRole('button', { name: 'panel.retry' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'run-on-tab', tabId: TAB_ID }]));
    expect(reload).not.toHaveBeenCalled();
  });

  it('shows the run at once, keeps the focus on its button while it runs, and says so when it fails again', async () => {
    tabState = failed('first failure');
    backgroundAnswers({ ok: true });
    render(<SidePanel />);
    const button = screen.getByTestId('retry');
    button.focus();
    fireEvent.click(button);
    // Busy before the page has even answered.
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('analyzing');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await act(() => pushState({ status: 'analyzing', url: URL }));
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('analyzing');
    // The same button, still focused: the view around it was never replaced.
    expect(screen.getByTestId('retry')).toBe(button);
    expect(document.activeElement).toBe(button);
    // A second press while it runs sends nothing more.
    fireEvent.click(button);
    expect(vi.mocked(browser.runtime.sendMessage)).toHaveBeenCalledTimes(1);

    await act(() => pushState(failed('second failure')));
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('error');
    expect(screen.getByText('second failure')).toBeTruthy();
    const outcome = screen.getByTestId('retry-outcome');
    expect(outcome.getAttribute('role')).toBe('alert');
    expect(outcome.textContent).toBe('panel.failedAgain');
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });

  it('says, in the reader’s language, when the run could not even be asked for', async () => {
    tabState = failed('first failure');
    backgroundAnswers(undefined);
    render(<SidePanel />);
    fireEvent.click(screen.getByTestId('retry'));
    await waitFor(() =>
      expect(screen.getByTestId('retry-outcome').textContent).toBe('panel.retryFailed|highlighter.noAnswer'),
    );
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('error');
    expect(screen.getByTestId('retry').getAttribute('aria-disabled')).toBe('false');
  });

  it('puts the focus at the top of the panel when the run succeeds and its button goes away', async () => {
    tabState = failed('first failure');
    backgroundAnswers({ ok: true });
    render(<SidePanel />);
    const button = screen.getByTestId('retry');
    button.focus();
    fireEvent.click(button);
    await act(() => pushState({ status: 'analyzing', url: URL }));
    await act(() => pushState({ status: 'unsupported', url: URL, reason: 'too-large' }));
    expect(screen.queryByTestId('retry')).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('main.panel'));
  });
});

describe('SidePanel: the way to the library', () => {
  it.each<[string, TabState | null]>([
    ['a page Marginalia has not run on', null],
    ['a failed analysis', failed('first failure')],
    ['a page it cannot read', { status: 'unsupported', url: URL, reason: 'browser-page' }],
  ])('links to the library and settings on %s, opening the options page', (_case, state) => {
    tabState = state;
    const openOptionsPage = vi.fn(async () => undefined);
    browser.runtime.openOptionsPage = openOptionsPage;
    render(<SidePanel />);
    const link = screen.getByRole('link', { name: 'panel.openLibrary' });
    expect(link.getAttribute('href')).toMatch(/\/options\.html$/);
    fireEvent.click(link);
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});
