import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotation, type HighlightAnnotation } from '../lib/shared/highlights/model';
import { HighlightsList } from './highlights-list';
import { LOADING_NOTICE_MS } from './loading-line';

// Messages come back as "key|substitutions" so assertions do not depend on the wording.
vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const PAGE = 'https://example.com/story';

function annotation(exact: string, start: number, note = '') {
  return createAnnotation({
    pageKey: PAGE,
    pageTitle: 'Story',
    exact,
    prefix: '',
    suffix: '',
    start,
    end: start + exact.length,
    note,
  });
}

afterEach(cleanup);

describe('HighlightsList', () => {
  const later = annotation('later passage', 200);
  const earlier = annotation('earlier passage', 10, '<b>not bold</b>');
  const orphan = annotation('passage that moved away', 90);

  function setup(onUndo?: () => void) {
    const props = { onSelect: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn(), onUndo };
    render(<HighlightsList highlights={[later, earlier]} orphans={[orphan]} {...props} />);
    return props;
  }

  it('lists highlights in page order, then orphans with their text', () => {
    setup();
    const items = screen.getAllByTestId('highlight');
    expect(items.map((item) => item.querySelector('.highlights-quote')!.textContent)).toEqual([
      'earlier passage',
      'later passage',
      'passage that moved away',
    ]);
    expect(within(screen.getByTestId('highlight-orphans')).getByText('passage that moved away')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('highlights.count|3|3');
  });

  it('marks each quote with the page’s language, and leaves the reader’s note unmarked', () => {
    render(
      <HighlightsList
        highlights={[earlier]}
        orphans={[orphan]}
        textLang="ja"
        onSelect={vi.fn()}
        onEdit={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    const quotes = [...document.querySelectorAll('.highlights-quote')];
    expect(
      quotes.map(
        (quote) => quote.closest('[lang]')?.getAttribute('lang') ?? quote.querySelector('[lang]')?.getAttribute('lang'),
      ),
    ).toEqual(['ja', 'ja']);
    expect(quotes.map((quote) => quote.textContent)).toEqual(['earlier passage', 'passage that moved away']);
    expect(screen.getByTestId('highlight-note').hasAttribute('lang')).toBe(false);
  });

  it('shows the note as text, never as markup', () => {
    setup();
    const note = screen.getByTestId('highlight-note');
    expect(note.textContent).toBe('<b>not bold</b>');
    expect(note.querySelector('b')).toBeNull();
  });

  it('selects a found highlight; an orphan has nothing to scroll to', () => {
    const { onSelect } = setup();
    fireEvent.click(screen.getByText('earlier passage'));
    expect(onSelect).toHaveBeenCalledWith(earlier.id);
    expect(screen.getByText('passage that moved away').tagName).toBe('BLOCKQUOTE');
  });

  it('edits the note and the colour', () => {
    const { onEdit } = setup();
    const [first] = screen.getAllByTestId('highlight');
    fireEvent.click(within(first!).getByTestId('highlight-edit-note'));
    fireEvent.input(within(first!).getByTestId('highlight-note-input'), { target: { value: 'a new note' } });
    fireEvent.click(within(first!).getByTestId('highlight-note-save'));
    expect(onEdit).toHaveBeenCalledWith(earlier.id, { note: 'a new note' });
    fireEvent.click(first!.querySelector('[data-colour="blue"]')!);
    expect(onEdit).toHaveBeenCalledWith(earlier.id, { colour: 'blue' });
  });

  it('saves a note on Ctrl+Enter or ⌘+Enter, and starts a new line on Enter', () => {
    const { onEdit } = setup();
    const first = () => screen.getAllByTestId('highlight')[0]!;
    const input = () => within(first()).getByTestId('highlight-note-input');
    fireEvent.click(within(first()).getByTestId('highlight-edit-note'));
    fireEvent.input(input(), { target: { value: 'first line' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onEdit).not.toHaveBeenCalled();
    // An input method still composing keeps its Enter.
    fireEvent.keyDown(input(), { key: 'Enter', ctrlKey: true, isComposing: true });
    expect(onEdit).not.toHaveBeenCalled();
    fireEvent.keyDown(input(), { key: 'Enter', ctrlKey: true });
    expect(onEdit).toHaveBeenLastCalledWith(earlier.id, { note: 'first line' });
    expect(within(first()).queryByTestId('highlight-note-input')).toBeNull();
    fireEvent.click(within(first()).getByTestId('highlight-edit-note'));
    fireEvent.input(input(), { target: { value: 'on a Mac' } });
    fireEvent.keyDown(input(), { key: 'Enter', metaKey: true });
    expect(onEdit).toHaveBeenLastCalledWith(earlier.id, { note: 'on a Mac' });
  });

  it('is one stop for Tab, with arrow keys choosing the colour, as a radio group is', () => {
    const { onEdit } = setup();
    const [first] = screen.getAllByTestId('highlight');
    const swatches = [...first!.querySelectorAll<HTMLElement>('[role="radio"]')];
    expect(swatches.map((swatch) => swatch.tabIndex)).toEqual([0, -1, -1, -1]);
    swatches[0]!.focus();
    fireEvent.keyDown(swatches[0]!, { key: 'ArrowRight' });
    expect(onEdit).toHaveBeenLastCalledWith(earlier.id, { colour: 'green' });
    expect(document.activeElement).toBe(swatches[1]);
    fireEvent.keyDown(swatches[0]!, { key: 'ArrowLeft' });
    expect(onEdit).toHaveBeenLastCalledWith(earlier.id, { colour: 'pink' });
    expect(document.activeElement).toBe(swatches[3]);
  });

  it('deletes with undo', () => {
    const onUndo = vi.fn();
    const { onDelete } = setup(onUndo);
    fireEvent.click(within(screen.getAllByTestId('highlight')[1]!).getByTestId('highlight-delete'));
    expect(onDelete).toHaveBeenCalledWith(later.id);
    fireEvent.click(screen.getByTestId('highlight-undo'));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('highlight-undo')).toBeNull();
  });

  it('keeps the keyboard focus where the reader works: into the note, back to its button, on Undo, on the restored highlight', async () => {
    function Stateful() {
      const [shown, setShown] = useState<HighlightAnnotation[]>([later, earlier]);
      return (
        <HighlightsList
          highlights={shown}
          orphans={[]}
          onSelect={vi.fn()}
          onEdit={vi.fn()}
          onDelete={(id) => setShown((current) => current.filter((item) => item.id !== id))}
          onUndo={() => setShown([later, earlier])}
        />
      );
    }
    render(<Stateful />);
    const item = () => screen.getAllByTestId('highlight').find((element) => element.dataset.id === later.id)!;

    fireEvent.click(within(item()).getByTestId('highlight-edit-note'));
    await waitFor(() => expect(document.activeElement).toBe(within(item()).getByTestId('highlight-note-input')));
    fireEvent.click(within(item()).getByTestId('highlight-note-save'));
    await waitFor(() => expect(document.activeElement).toBe(within(item()).getByTestId('highlight-edit-note')));
    // Escape closes an untouched note, and keeps one the reader typed into.
    fireEvent.click(within(item()).getByTestId('highlight-edit-note'));
    fireEvent.input(within(item()).getByTestId('highlight-note-input'), { target: { value: 'half a thought' } });
    fireEvent.keyDown(within(item()).getByTestId('highlight-note-input'), { key: 'Escape' });
    expect(within(item()).getByTestId<HTMLTextAreaElement>('highlight-note-input').value).toBe('half a thought');
    fireEvent.input(within(item()).getByTestId('highlight-note-input'), { target: { value: '' } });
    fireEvent.keyDown(within(item()).getByTestId('highlight-note-input'), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(within(item()).getByTestId('highlight-edit-note')));
    expect(within(item()).queryByTestId('highlight-note-input')).toBeNull();

    fireEvent.click(within(item()).getByTestId('highlight-delete'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('highlight-undo')));
    fireEvent.click(screen.getByTestId('highlight-undo'));
    await waitFor(() => expect(document.activeElement).toBe(item().querySelector('.highlights-select')));
  });

  it('focuses Undo after a delete that follows another change at once (the earlier render’s effect still pending)', async () => {
    function Stateful() {
      const [shown, setShown] = useState<HighlightAnnotation[]>([later]);
      return (
        <HighlightsList
          highlights={shown}
          orphans={[]}
          onSelect={vi.fn()}
          onEdit={(_id, edit) =>
            setShown((current) =>
              current.map((item) => ({ ...item, marginalia: { ...item.marginalia, colour: edit.colour! } })),
            )
          }
          onDelete={() => setShown([])}
          onUndo={vi.fn()}
        />
      );
    }
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      render(<Stateful />);
      await vi.advanceTimersByTimeAsync(200);
      // Plain clicks, not fireEvent's: act() would run every effect at once, which a browser does not.
      document.querySelector<HTMLElement>('[data-colour="green"]')!.click();
      // The colour's render is committed; its effects wait for the next frame, which has not come.
      for (let tick = 0; tick < 5; tick++) await Promise.resolve();
      screen.getByTestId('highlight-delete').click();
      await vi.advanceTimersByTimeAsync(200);
      expect(document.activeElement).toBe(screen.getByTestId('highlight-undo'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('says it is loading, politely, only once loading has lasted a moment, and not once loaded', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const list = (loading: boolean) => (
        <HighlightsList
          highlights={[]}
          orphans={[]}
          onSelect={vi.fn()}
          onEdit={vi.fn()}
          onDelete={vi.fn()}
          loading={loading}
        />
      );
      const { rerender } = render(list(true));
      // The live region is there from the start, empty, so the words are announced when they come.
      const line = screen.getByTestId('loading-line');
      expect(line.getAttribute('role')).toBe('status');
      expect(line.textContent).toBe('');
      await vi.advanceTimersByTimeAsync(LOADING_NOTICE_MS - 50);
      expect(line.textContent).toBe('');
      await vi.advanceTimersByTimeAsync(100);
      expect(line.textContent?.trim()).toBe('highlights.loading');
      rerender(list(false));
      expect(screen.queryByTestId('loading-line')).toBeNull();
      expect(screen.getByText('highlights.empty')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts the focus on the list’s heading when a deleted highlight cannot come back', async () => {
    render(<HighlightsList highlights={[later]} orphans={[]} onSelect={vi.fn()} onEdit={vi.fn()} onDelete={vi.fn()} />);
    fireEvent.click(screen.getByTestId('highlight-delete'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 })));
  });

  it('offers no undo when the caller cannot undo, and says when the list is empty', () => {
    render(<HighlightsList highlights={[]} orphans={[]} onSelect={vi.fn()} onEdit={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByText('highlights.empty')).toBeTruthy();
    expect(screen.queryByTestId('highlight')).toBeNull();
  });
});
