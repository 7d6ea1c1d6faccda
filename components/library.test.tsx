import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotation } from '../lib/shared/highlights/model';
import { Library, type LibraryPage } from './library';
import { LOADING_NOTICE_MS } from './loading-line';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

afterEach(cleanup);

function page(pageKey: string, title: string, quotes: [string, string?][]): LibraryPage {
  return {
    pageKey,
    title,
    problems: [],
    highlights: quotes.map(([exact, note], n) =>
      createAnnotation({
        pageKey,
        pageTitle: title,
        exact,
        prefix: '',
        suffix: '',
        start: n * 100,
        end: n * 100 + exact.length,
        note: note ?? '',
      }),
    ),
  };
}

const pages = [
  page('https://www.gate.com/pt-br/news/1', 'Inteligência artificial na Gate', [
    ['O modelo custa menos', 'conferir números'],
  ]),
  page('https://example.org/scaling', 'Scaling laws revisited', [['Loss falls with compute'], ['Data is the limit']]),
];
const exportBar = { title: 'all', json: () => '{}', csv: () => '' };

describe('Library', () => {
  it('says it is loading only once loading has lasted a moment, and says the library is empty only once loaded', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { rerender } = render(<Library pages={[]} onDelete={vi.fn()} exportBar={exportBar} loading />);
      const line = screen.getByTestId('loading-line');
      expect(line.getAttribute('role')).toBe('status');
      expect(line.textContent).toBe('');
      await vi.advanceTimersByTimeAsync(LOADING_NOTICE_MS + 50);
      expect(line.textContent?.trim()).toBe('highlights.loading');
      expect(screen.queryByText('highlights.libraryEmpty')).toBeNull();
      rerender(<Library pages={[]} onDelete={vi.fn()} exportBar={exportBar} />);
      expect(screen.queryByTestId('loading-line')).toBeNull();
      expect(screen.getByText('highlights.libraryEmpty')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists every page with its count, site and an open link', () => {
    render(<Library pages={pages} onDelete={vi.fn()} exportBar={exportBar} />);
    const items = screen.getAllByTestId('library-page');
    expect(items).toHaveLength(2);
    expect(within(items[1]!).getByText(/highlights\.count\|2\|2/).textContent).toContain('example.org');
    expect(within(items[0]!).getByTestId('library-open').getAttribute('href')).toBe(
      'https://www.gate.com/pt-br/news/1',
    );
    expect(screen.getByTestId('export-json')).toBeTruthy();
  });

  it('searches titles, addresses, quotes and notes, ignoring case and accents', () => {
    render(<Library pages={pages} onDelete={vi.fn()} exportBar={exportBar} />);
    const search = screen.getByTestId('highlights-search');
    // A live region there before the search, empty, so a screen reader hears "no page matches" when it fills.
    const noMatches = screen.getByTestId('highlights-no-matches');
    expect(noMatches.getAttribute('role')).toBe('status');
    expect(noMatches.textContent).toBe('');
    const titles = () =>
      screen.queryAllByTestId('library-page').map((item) => item.querySelector('.library-page-title')!.textContent);
    fireEvent.input(search, { target: { value: 'INTELIGENCIA' } });
    expect(titles()).toEqual(['Inteligência artificial na Gate']);
    fireEvent.input(search, { target: { value: 'conferir' } });
    expect(titles()).toEqual(['Inteligência artificial na Gate']);
    fireEvent.input(search, { target: { value: 'compute example.org' } });
    expect(titles()).toEqual(['Scaling laws revisited']);
    fireEvent.input(search, { target: { value: 'nothing like this' } });
    expect(titles()).toEqual([]);
    expect(screen.getByTestId('highlights-no-matches')).toBe(noMatches);
    expect(noMatches.textContent).toBe('highlights.noMatches|nothing like this');
  });

  it('folded, draws only its title, the toggle that opens it', () => {
    const onToggle = vi.fn();
    render(<Library pages={pages} onDelete={vi.fn()} exportBar={exportBar} fold={{ open: false, onToggle }} />);
    expect(screen.queryAllByTestId('library-page')).toHaveLength(0);
    const summary = screen.getByRole('heading', { name: 'highlights.libraryTitle' }).closest('summary')!;
    const details = summary.parentElement as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('open in its fold, gives the focus to the toggle when a page goes without undo', () => {
    render(<Library pages={pages} onDelete={vi.fn()} exportBar={exportBar} fold={{ open: true, onToggle: vi.fn() }} />);
    fireEvent.click(within(screen.getAllByTestId('library-page')[0]!).getByTestId('library-delete'));
    expect(document.activeElement?.tagName).toBe('SUMMARY');
  });

  it('deletes a page with undo', () => {
    const onDelete = vi.fn();
    const onUndo = vi.fn();
    render(<Library pages={pages} onDelete={onDelete} onUndo={onUndo} exportBar={exportBar} />);
    fireEvent.click(within(screen.getAllByTestId('library-page')[1]!).getByTestId('library-delete'));
    expect(onDelete).toHaveBeenCalledWith('https://example.org/scaling');
    const undoLine = screen.getByTestId('library-undo').closest('[role="status"]');
    expect(undoLine?.textContent).toContain('highlights.pageDeleted|Scaling laws revisited');
    fireEvent.click(screen.getByTestId('library-undo'));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('keeps the keyboard focus on Undo after a delete, and on the page Undo brought back', async () => {
    function Stateful() {
      const [shown, setShown] = useState<LibraryPage[]>(pages);
      return (
        <Library
          pages={shown}
          onDelete={(key) => setShown((current) => current.filter((item) => item.pageKey !== key))}
          onUndo={() => setShown(pages)}
          exportBar={exportBar}
        />
      );
    }
    render(<Stateful />);
    fireEvent.click(within(screen.getAllByTestId('library-page')[1]!).getByTestId('library-delete'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('library-undo')));
    fireEvent.click(screen.getByTestId('library-undo'));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(screen.getAllByTestId('library-page')[1]!).getByTestId('library-open'),
      ),
    );
  });

  it('focuses Undo after a delete that follows another render at once (the earlier render’s effect still pending)', async () => {
    function Stateful() {
      const [shown, setShown] = useState<LibraryPage[]>(pages);
      return (
        <Library
          pages={shown}
          onDelete={(key) => setShown((current) => current.filter((item) => item.pageKey !== key))}
          onUndo={vi.fn()}
          exportBar={exportBar}
        />
      );
    }
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      render(<Stateful />);
      await vi.advanceTimersByTimeAsync(200);
      // Plain events, not fireEvent's: act() would run every effect at once, which a browser does not.
      const search = screen.getByTestId<HTMLInputElement>('highlights-search');
      search.value = 'a';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      for (let tick = 0; tick < 5; tick++) await Promise.resolve();
      within(screen.getAllByTestId('library-page')[0]!).getByTestId<HTMLButtonElement>('library-delete').click();
      await vi.advanceTimersByTimeAsync(200);
      expect(document.activeElement).toBe(screen.getByTestId('library-undo'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('never links a page address that is not http(s)', () => {
    render(<Library pages={[page('javascript:alert(1)', 'x', [['q']])]} onDelete={vi.fn()} exportBar={exportBar} />);
    expect(screen.queryByTestId('library-open')).toBeNull();
  });

  it('says unreadable entries in the reader’s language, the store’s English apart', () => {
    const problem = 'Entry 2 (h-1) on https://example.org/scaling is unreadable: no target.';
    render(<Library pages={[{ ...pages[1]!, problems: [problem] }]} onDelete={() => {}} exportBar={exportBar} />);
    const box = screen.getByTestId('library-page-problems');
    expect(box.firstElementChild?.textContent).toBe('highlights.notRead');
    expect(within(box).getByTestId('error-detail-intro').textContent).toBe('panel.errorDetail');
    expect(within(box).getByText(problem).getAttribute('lang')).toBe('en');
  });
});
