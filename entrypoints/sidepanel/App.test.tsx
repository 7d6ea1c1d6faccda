import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/lib/shared/tab-state';
import { analysisOf } from '@/tests/fixtures/analysis';
import { SidePanel } from './App';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const TAB_ID = 7;
const URL = 'https://www.theverge.com/ai/story';
let tabState: TabState | null = null;
/** The tab the panel follows: null for none, undefined while the browser has not answered. */
let followedTab: number | null | undefined = TAB_ID;
let pushState: (state: TabState | null) => void = () => undefined;

vi.mock('@/lib/ui/follow-tab', () => ({
  followTab: (onTab: (tabId: number | null) => void) => {
    if (followedTab !== undefined) onTab(followedTab);
    return () => undefined;
  },
  watchTabState: (_tabId: number, onState: (state: TabState | null) => void) => {
    pushState = onState;
    onState(tabState);
    return () => undefined;
  },
  watchTabMissing: () => () => undefined,
}));

// Sections of a ready analysis that talk to the library, the tab or DOMPurify: none of them says why there are no claims.
vi.mock('../../components/reader-copy', () => ({ ReaderCopy: () => null }));
vi.mock('../../components/highlights-section', () => ({ HighlightsSection: () => null }));
vi.mock('../../components/speaker-history', () => ({ SpeakerHistory: () => null }));
vi.mock('../../components/forget-page', () => ({ ForgetPage: () => null }));

const failed = (message: string): TabState => ({ status: 'error', url: URL, message });

beforeEach(() => {
  followedTab = TAB_ID;
  fakeBrowser.reset();
  // As the browser answers for a tab it does not know (the fake one answers nothing).
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => {
    throw new Error(`No tab with id: ${TAB_ID}.`);
  });
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

  it('is not ended by an earlier run’s error arriving after the press, only by an error of the run it asked for', async () => {
    tabState = failed('first failure');
    backgroundAnswers({ ok: true });
    render(<SidePanel />);
    const button = screen.getByTestId('retry');
    button.focus();
    fireEvent.click(button);
    // The error the press answered, written again or delivered late: the run it asked for has not begun.
    await act(() => pushState(failed('first failure')));
    expect(screen.queryByTestId('retry-outcome')).toBeNull();
    expect(button.getAttribute('aria-busy')).toBe('true');
    await act(() => pushState({ status: 'analyzing', url: URL }));
    // Still the same button, focused: the run's "analyzing" did not take the view from it.
    expect(screen.getByTestId('retry')).toBe(button);
    expect(document.activeElement).toBe(button);
    await act(() => pushState(failed('second failure')));
    expect(screen.getByTestId('retry-outcome').textContent).toBe('panel.failedAgain');
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });

  /** The retry outcome's paragraphs, each as its text. */
  const outcomeLines = () => [...screen.getByTestId('retry-outcome').children].map((line) => line.textContent);

  it('says, in the reader’s language, when the run could not even be asked for, and why as a sentence of its own', async () => {
    tabState = failed('first failure');
    backgroundAnswers(undefined);
    render(<SidePanel />);
    fireEvent.click(screen.getByTestId('retry'));
    await screen.findByTestId('retry-outcome');
    expect(outcomeLines()).toEqual(['panel.retryFailed', 'highlighter.noAnswer']);
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('error');
    expect(screen.getByTestId('retry').getAttribute('aria-disabled')).toBe('false');
  });

  it('keeps the English of an error the background threw out of the sentence, as the detail under it', async () => {
    tabState = failed('first failure');
    const english = 'No tab with id: 7.';
    backgroundAnswers({ ok: false, error: { kind: 'failed', message: english } });
    render(<SidePanel />);
    fireEvent.click(screen.getByTestId('retry'));
    await screen.findByTestId('retry-outcome');
    expect(outcomeLines()).toEqual(['panel.retryFailed', 'panel.errorDetail', english]);
    const outcome = screen.getByTestId('retry-outcome');
    expect(outcome.querySelector('code')?.getAttribute('lang')).toBe('en');
    expect(outcome.getAttribute('role')).toBe('alert');
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

describe('SidePanel: "Always run on this site" on a page Marginalia has not run on', () => {
  const SITE_PAGE = 'https://example.org/news/next-story';

  /** The tab as the browser shows it to the panel: with its address only where the panel has host access. */
  function tabShows(url: string | undefined) {
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => ({ id: TAB_ID, url }) as Browser.tabs.Tab);
    const contains = vi.fn(async () => false);
    const request = vi.fn(async () => true);
    Object.assign(browser.permissions, { contains, request });
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { ok: true };
    });
    return { contains, request, sent };
  }

  it('offers it where the panel can see the address, asking for that one site on the click, then runs there', async () => {
    tabState = null;
    const { contains, request, sent } = tabShows(SITE_PAGE);
    render(<SidePanel />);
    await waitFor(() => expect(screen.getByTestId('status').getAttribute('data-status')).toBe('not-run'));
    const button = await screen.findByTestId('always-run');
    expect(button.textContent).toBe('panel.alwaysRun|example.org');
    expect(contains).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
    // Nothing is asked for before the reader clicks.
    expect(request).not.toHaveBeenCalled();
    fireEvent.click(button);
    await waitFor(() => expect(sent).toEqual([{ type: 'run-on-tab', tabId: TAB_ID }]));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
  });

  it('offers nothing where the browser hides the address (no host access), nor on a site already allowed', async () => {
    tabState = null;
    const { contains } = tabShows(undefined);
    const { unmount } = render(<SidePanel />);
    await waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalledWith(TAB_ID));
    expect(screen.queryByTestId('always-run')).toBeNull();
    expect(contains).not.toHaveBeenCalled();
    unmount();

    tabShows(SITE_PAGE);
    Object.assign(browser.permissions, { contains: vi.fn(async () => true) });
    render(<SidePanel />);
    await waitFor(() => expect(browser.permissions.contains).toHaveBeenCalled());
    expect(screen.queryByTestId('always-run')).toBeNull();
  });

  it.each<[string, Browser.tabs.OnUpdatedInfo]>([
    ['its new address', { status: 'loading', url: SITE_PAGE }],
    ['the end of its load', { status: 'complete' }],
  ])('reads the address again when the tab loads another page, on %s', async (_case, loaded) => {
    tabState = null;
    tabShows(undefined);
    render(<SidePanel />);
    await waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalledTimes(1));
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
      async () => ({ id: TAB_ID, url: SITE_PAGE }) as Browser.tabs.Tab,
    );
    await act(async () => {
      await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, loaded, {} as never);
    });
    expect((await screen.findByTestId('always-run')).textContent).toBe('panel.alwaysRun|example.org');
    // Once at first, once for the load.
    expect(fakeBrowser.tabs.get).toHaveBeenCalledTimes(2);
  });

  it('does not read the tab again on its title, icon, sound or loading updates, nor on another tab’s', async () => {
    tabState = null;
    tabShows(undefined);
    render(<SidePanel />);
    await waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalledTimes(1));
    await act(async () => {
      for (const change of [{ title: 'Story' }, { favIconUrl: 'https://example.org/icon.png' }, { audible: true }])
        await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, change, {} as never);
      await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, { status: 'loading' }, {} as never);
      await fakeBrowser.tabs.onUpdated.trigger(TAB_ID + 1, { status: 'complete' }, {} as never);
    });
    expect(fakeBrowser.tabs.get).toHaveBeenCalledTimes(1);
  });
});

describe('SidePanel: the way to run on a page Marginalia has not run on', () => {
  function shortcutsAre(shortcuts: Record<string, string>) {
    const commands = Object.entries(shortcuts).map(([name, shortcut]) => ({ name, shortcut }));
    Object.assign(fakeBrowser, { commands: { getAll: vi.fn(async () => commands) } });
  }

  it('names the reader’s own shortcut as the browser writes it, not the manifest’s default in English', async () => {
    tabState = null;
    shortcutsAre({ _execute_action: 'Alt+Mayús+R' });
    render(<SidePanel />);
    const hint = await screen.findByTestId('not-run-hint');
    await waitFor(() => expect(hint.querySelector('kbd')?.textContent).toBe('Alt+Mayús+R'));
    expect(hint.textContent).toBe('panel.notRunHint|Alt+Mayús+R');
  });

  it('points to the toolbar button alone when no shortcut is set', async () => {
    tabState = null;
    shortcutsAre({ _execute_action: '' });
    render(<SidePanel />);
    const hint = await screen.findByTestId('not-run-hint');
    await waitFor(() => expect(hint.textContent).toBe('panel.notRunHintNoKey'));
    expect(hint.querySelector('kbd')).toBeNull();
  });
});

describe('SidePanel: where Marginalia cannot run', () => {
  function tabShows(url: string | undefined) {
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => ({ id: TAB_ID, url }) as Browser.tabs.Tab);
    Object.assign(browser.permissions, { contains: vi.fn(async () => false) });
  }

  it.each([
    ['the web store', 'https://chromewebstore.google.com/detail/marginalia/abc'],
    ['a PDF', 'https://example.org/paper.pdf'],
    ['a browser page', 'chrome://extensions/'],
  ])(
    'says it cannot run on %s and why, without offering to run, where the panel sees the address',
    async (_case, url) => {
      tabState = null;
      tabShows(url);
      render(<SidePanel />);
      await waitFor(() => expect(screen.getByTestId('status').getAttribute('data-status')).toBe('unsupported'));
      expect(screen.getByTestId('status').textContent).toContain('panel.unsupported');
      expect(screen.getByTestId('cannot-run-reason').textContent).toBe('panel.unsupportedBrowserPage');
      expect(screen.queryByTestId('not-run-hint')).toBeNull();
      expect(screen.queryByTestId('always-run')).toBeNull();
      expect(browser.permissions.contains).not.toHaveBeenCalled();
    },
  );

  it('says nothing about running before it has read the tab’s address (no "not run yet" that is then taken back)', async () => {
    tabState = null;
    let answer: (tab: Browser.tabs.Tab) => void = () => undefined;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    render(<SidePanel />);
    await waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalled());
    expect(screen.queryByTestId('status')).toBeNull();
    await act(async () => answer({ id: TAB_ID, url: 'about:blank' } as Browser.tabs.Tab));
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('unsupported');
  });

  it('says it cannot run when no tab is beside the panel, and why', () => {
    followedTab = null;
    render(<SidePanel />);
    const status = screen.getByTestId('status');
    expect(status.getAttribute('data-status')).toBe('no-tab');
    expect(status.textContent).toContain('panel.unsupported');
    expect(screen.getByTestId('cannot-run-reason').textContent).toBe('panel.unsupportedNoTab');
  });

  it('waits, busy and saying nothing, until the browser has said which tab the panel is beside', () => {
    followedTab = undefined;
    const { container } = render(<SidePanel />);
    expect(screen.queryByTestId('status')).toBeNull();
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });
});

describe('SidePanel: why a page has no claims', () => {
  /** A stored analysis of an article judged no story by `noStoryRule`, as read back from the tab's state. */
  function notAStory(noStoryRule: unknown): TabState {
    return {
      status: 'ready',
      url: URL,
      analysis: {
        ...analysisOf(URL, { title: 'Install the tool' }),
        story: false,
        // Storage holds whatever an earlier or later version wrote there.
        noStoryRule: noStoryRule as never,
      },
    };
  }

  beforeEach(() => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, value: [] }));
    browser.i18n.getUILanguage = () => 'en';
  });

  it('names the kind of page the stored rule tells', () => {
    tabState = notAStory('code');
    render(<SidePanel />);
    const empty = screen.getByTestId('claims-empty');
    expect(empty.textContent).toBe('claims.notAStoryTechnical');
    expect(empty.dataset.notAStory).toBe('technical');
  });

  it.each([
    ['a rule it does not know', 'a-future-rule'],
    ['not a rule at all', { kind: 'code' }],
    ['absent', undefined],
  ])('says the general line where the stored rule is %s', (_case, rule) => {
    tabState = notAStory(rule);
    render(<SidePanel />);
    expect(screen.getByTestId('claims-empty').textContent).toBe('claims.notAStory');
  });
});
