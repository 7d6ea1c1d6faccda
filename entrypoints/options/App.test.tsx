import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toJsonLd } from '../../lib/shared/highlights/export';
import { createAnnotation } from '../../lib/shared/highlights/model';
import { testHighlightStore } from '../../tests/fixtures/library';
import type { HighlightStore } from '../../lib/shared/highlights/store-types';
import { LibraryApp } from './App';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const A = 'https://news.example.com/a';
const B = 'https://news.example.com/b';

function highlight(pageKey: string, exact: string) {
  return createAnnotation({
    pageKey,
    pageTitle: `Title ${pageKey.slice(-1)}`,
    exact,
    prefix: '',
    suffix: '',
    start: 0,
    end: exact.length,
  });
}

let store: HighlightStore;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await testHighlightStore();
  await store.add(A, { title: 'Title a' }, highlight(A, 'first quote'));
  await store.add(B, { title: 'Title b' }, highlight(B, 'second quote'));
});

afterEach(cleanup);

describe('options page library', () => {
  it('names its tab as the panel’s link to it does', async () => {
    render(<LibraryApp store={store} />);
    await waitFor(() => expect(document.title).toBe('panel.openLibrary – Marginalia'));
  });

  it('puts the page’s settings inside its main landmark, before the library', () => {
    render(<LibraryApp store={store} settings={<fieldset data-testid="setting" />} />);
    const main = screen.getByRole('main');
    expect(within(main).getByTestId('setting')).toBe(main.firstElementChild);
  });

  it('says “Your highlights” once: the title is the heading on the fold’s toggle', async () => {
    render(<LibraryApp store={store} />);
    await waitFor(() => expect(screen.getAllByTestId('library-page')).toHaveLength(2));
    const titles = screen.getAllByText('highlights.libraryTitle');
    expect(titles).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: 'highlights.libraryTitle' }).parentElement?.tagName).toBe(
      'SUMMARY',
    );
    expect(screen.getByRole('region', { name: 'highlights.libraryTitle' })).toBeTruthy();
  });

  it('loads every page, deletes one and brings it back', async () => {
    render(<LibraryApp store={store} />);
    await waitFor(() => expect(screen.getAllByTestId('library-page')).toHaveLength(2));
    const pageB = screen.getAllByTestId('library-page').find((item) => item.textContent.includes('Title b'))!;
    fireEvent.click(within(pageB).getByTestId('library-delete'));
    await waitFor(() => expect(screen.getAllByTestId('library-page')).toHaveLength(1));
    expect(await store.listPages()).toMatchObject({ ok: true, value: [{ pageKey: A }] });
    fireEvent.click(screen.getByTestId('library-undo'));
    await waitFor(() => expect(screen.getAllByTestId('library-page')).toHaveLength(2));
  });

  it('says the library has no highlights only once it has been read', async () => {
    let answer: () => void = () => undefined;
    const slowStore: HighlightStore = {
      ...store,
      listAll: () =>
        new Promise((resolve) => {
          answer = () => void store.listAll().then(resolve);
        }),
    };
    render(<LibraryApp store={slowStore} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('highlights.libraryEmpty')).toBeNull();
    expect(screen.getByTestId('highlights-library').querySelector('[aria-busy="true"]')).not.toBeNull();
    answer();
    await waitFor(() => expect(screen.getAllByTestId('library-page')).toHaveLength(2));
    expect(screen.getByTestId('highlights-library').querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('imports a JSON export and shows the new page', async () => {
    const extra = highlight('https://other.example.org/c', 'imported quote');
    const file = new File(
      [
        toJsonLd({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'urn:x',
          type: 'AnnotationCollection',
          label: 'x',
          total: 1,
          first: { type: 'AnnotationPage', startIndex: 0, items: [extra] },
        }),
      ],
      'h.json',
    );
    render(<LibraryApp store={store} />);
    await waitFor(() => expect(screen.getAllByTestId('library-page')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('import-json'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getAllByTestId('library-page')).toHaveLength(3));
    expect(screen.getByTestId('export-status').textContent).toBe(
      'highlights.imported|highlights.countNew|1|1|library.alreadyHere|0|0',
    );
  });

  it('keeps English technical text out of the translated sentence when the highlights cannot be read', async () => {
    const english = 'Cannot read properties of undefined (reading "id")';
    const failing: HighlightStore = {
      ...store,
      listAll: async () => ({ ok: false, error: { kind: 'failed', message: english } }),
    };
    render(<LibraryApp store={failing} />);
    const error = await screen.findByTestId('library-error');
    expect(error.firstElementChild?.textContent).toBe('highlights.notRead');
    expect(within(error).getByTestId('error-detail-intro').textContent).toBe('panel.errorDetail');
    expect(within(error).getByText(english).getAttribute('lang')).toBe('en');
  });

  it('says in the reader’s language that a newer Marginalia saved the library, not that highlights could not be read', async () => {
    const newer: HighlightStore = {
      ...store,
      // What the background's store answers when the database's version is above this one's.
      listAll: async () => ({
        ok: false,
        error: { kind: 'newer-version', message: 'The library was saved by a newer version of Marginalia.' },
      }),
    };
    render(<LibraryApp store={newer} />);
    const error = await screen.findByTestId('library-error');
    expect(error.textContent).toBe('library.newerVersion');
    expect(within(error).queryByTestId('error-detail-intro')).toBeNull();
    expect(error.querySelector('[lang]')).toBeNull();
  });
});
