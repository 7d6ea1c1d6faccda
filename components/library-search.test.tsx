import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryOverview, SearchResult } from '../lib/shared/library/types';
import { fail, ok, refuseImport } from '../lib/shared/result';
import { MAX_LIBRARY_IMPORT } from '../lib/shared/library/messages';
import type { LibraryCall } from '../lib/ui/library-client';
import { termText } from '../lib/analysis/glossary/texts';
import { LibrarySearch } from './library-search';

/** The locale the messages are in (en.yml's `uiLocale`), which a test may switch. */
const messages = vi.hoisted(() => ({ locale: 'en' }));
vi.mock('#i18n', () => ({
  i18n: {
    t: (key: string, ...rest: unknown[]) =>
      key === 'uiLocale' ? messages.locale : [key, ...rest.flat().map(String)].join('|'),
  },
}));

const overview: LibraryOverview = {
  pages: 2,
  claims: 3,
  terms: 1,
  highlights: 1,
  recent: [],
  speakers: [{ key: 'altman', name: 'Sam Altman', count: 3 }],
  sites: ['theverge.com', 'tecnoblog.net'],
  langs: ['en', 'pt'],
  termIds: ['ai-agent', 'scaling-laws'],
  usage: 5 * 1024 * 1024,
  quota: 1024 * 1024 * 1024,
  keeping: true,
  indexing: false,
};

const result: SearchResult = {
  hits: [
    {
      kind: 'claim',
      id: 'https://www.theverge.com/a#claim-1',
      pageUrl: 'https://www.theverge.com/a',
      pageTitle: 'Altman interview',
      site: 'theverge.com',
      lang: 'en',
      date: '2026-10-12T14:00:00.000Z',
      text: 'We will need far more compute.',
      detail: 'Sam Altman',
      claimKind: 'quote',
      reveal: { kind: 'claim', id: 'claim-1' },
    },
  ],
  more: false,
  tookMs: 3,
};

/** A message box's paragraphs, each as its text. */
const lines = (box: HTMLElement) => [...box.children].map((line) => line.textContent);

function fakeCall(sent: unknown[], options: { broken?: boolean } = {}): LibraryCall {
  return (async (message: { type: string }) => {
    sent.push(message);
    if (options.broken) return fail('newer-version', 'newer');
    if (message.type === 'library-overview') return ok(overview);
    if (message.type === 'library-search') return ok(result);
    return ok(undefined);
  }) as LibraryCall;
}

const files = { json: async () => '{}', zip: async () => new Uint8Array() };
afterEach(cleanup);

describe('LibrarySearch', () => {
  it('says the search index is still being built while the overview says so, and stops once it is done', async () => {
    vi.useFakeTimers();
    try {
      const answers = [ok({ ...overview, indexing: true }), ok({ ...overview, indexing: true }), ok(overview)];
      let asked = 0;
      const call = (async (message: { type: string }) =>
        message.type === 'library-overview'
          ? answers[Math.min(asked++, answers.length - 1)]
          : ok(result)) as LibraryCall;
      render(<LibrarySearch call={call} files={files} />);
      await vi.advanceTimersByTimeAsync(10);
      expect(screen.getByTestId('library-indexing').textContent).toBe('library.indexing');
      // Effects run after the next frame: a little more than the 5 s between two asks.
      await vi.advanceTimersByTimeAsync(5_500);
      expect(asked).toBe(2);
      expect(screen.getByTestId('library-indexing')).toBeTruthy();
      await vi.advanceTimersByTimeAsync(5_500);
      expect(screen.queryByTestId('library-indexing')).toBeNull();
      expect(asked).toBe(3);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(asked).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the library is still opening when the overview is slow (an upgrade runs first), and stops saying it once it comes', async () => {
    vi.useFakeTimers();
    try {
      let answer: (value: unknown) => void = () => undefined;
      const call = (async (message: { type: string }) => {
        if (message.type === 'library-overview')
          return new Promise<unknown>((resolve) => {
            answer = resolve;
          });
        return ok(result);
      }) as LibraryCall;
      render(<LibrarySearch call={call} files={files} />);
      await vi.advanceTimersByTimeAsync(500);
      expect(screen.queryByTestId('library-opening')).toBeNull();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(screen.getByTestId('library-opening').textContent).toBe('library.opening');
      answer(ok(overview));
      await vi.advanceTimersByTimeAsync(10);
      expect(screen.queryByTestId('library-opening')).toBeNull();
      expect(screen.getByTestId('library-summary')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows storage use, searches as the reader types and marks each result with its kind and page', async () => {
    const sent: { type: string; query?: { text: string }; url?: string }[] = [];
    render(<LibrarySearch call={fakeCall(sent)} files={files} debounceMs={0} />);
    await waitFor(() => expect(screen.getByTestId('library-usage').textContent).toMatch(/library.usage\|5 MB/));
    fireEvent.input(screen.getByTestId('library-search'), { target: { value: 'altman' } });
    await waitFor(() => expect(sent.some((m) => m.type === 'library-search' && m.query?.text === 'altman')).toBe(true));
    const item = await screen.findByTestId('search-result');
    expect(item.getAttribute('data-kind')).toBe('claim');
    expect(item.getAttribute('data-url')).toBe('https://www.theverge.com/a');
    // The sentence is in the page's language, not the interface's.
    expect(item.querySelector('.lib__text')!.getAttribute('lang')).toBe('en');
    fireEvent.click(item.querySelector('button')!);
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ type: 'library-open', url: 'https://www.theverge.com/a' }));
  });

  it('says there are no results in a live region that is there, empty, before the search, so a screen reader hears it fill', async () => {
    const call = (async (message: { type: string; query?: { text: string } }) => {
      if (message.type === 'library-overview') return ok(overview);
      if (message.type === 'library-search')
        return ok(message.query?.text === 'nothing' ? { hits: [], more: false, tookMs: 1 } : result);
      return ok(undefined);
    }) as LibraryCall;
    render(<LibrarySearch call={call} files={files} debounceMs={0} />);
    await screen.findByTestId('search-result');
    const region = screen.getByTestId('library-no-results');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.textContent).toBe('');
    fireEvent.input(screen.getByTestId('library-search'), { target: { value: 'nothing' } });
    await waitFor(() => expect(region.textContent).toBe('library.noResults'));
    expect(screen.getByTestId('library-no-results')).toBe(region);
  });

  it('asks before forgetting everything', async () => {
    const sent: { type: string }[] = [];
    render(<LibrarySearch call={fakeCall(sent)} files={files} debounceMs={0} />);
    fireEvent.click(await screen.findByTestId('library-forget-all'));
    expect(sent.some((m) => m.type === 'library-forget-everything')).toBe(false);
    fireEvent.click(screen.getByTestId('library-forget-all-confirm'));
    await waitFor(() => expect(sent.some((m) => m.type === 'library-forget-everything')).toBe(true));
  });

  it('says in the reader’s language that a malformed file was not imported, the parser’s English words marked apart', async () => {
    const call = (async (message: { type: string }) => {
      if (message.type === 'library-overview') return ok(overview);
      if (message.type === 'library-import')
        return refuseImport('not-json', 'The file is not valid JSON (Unexpected end of input).');
      return ok(result);
    }) as LibraryCall;
    render(<LibrarySearch call={call} files={files} debounceMs={0} />);
    const input = await screen.findByTestId<HTMLInputElement>('library-import');
    Object.defineProperty(input, 'files', { value: [new File(['{"not": "a library"'], 'bad.json')] });
    fireEvent.change(input);
    const status = await screen.findByTestId('library-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect(lines(status)).toEqual([
      'highlights.notImported',
      'highlights.importNotJson',
      'panel.errorDetail',
      'The file is not valid JSON (Unexpected end of input).',
    ]);
    expect(status.querySelector('code')?.getAttribute('lang')).toBe('en');
  });

  it('says a well-formed file was read but not accepted, naming what it should have been, never that it could not be read', async () => {
    const english = 'The file is an "Person", not an AnnotationCollection.';
    const call = (async (message: { type: string }) => {
      if (message.type === 'library-overview') return ok(overview);
      if (message.type === 'library-import') return refuseImport('not-an-export', english);
      return ok(result);
    }) as LibraryCall;
    render(<LibrarySearch call={call} files={files} debounceMs={0} />);
    const input = await screen.findByTestId<HTMLInputElement>('library-import');
    Object.defineProperty(input, 'files', { value: [new File(['{"type": "Person"}'], 'person.json')] });
    fireEvent.change(input);
    const status = await screen.findByTestId('library-status');
    expect(lines(status)).toEqual([
      'highlights.notImported',
      'library.importNotAnExport',
      'panel.errorDetail',
      english,
    ]);
  });

  it('refuses a file over the message size limit itself, as too large, instead of sending it to a router that drops it unanswered', async () => {
    const sent: { type: string }[] = [];
    const call = (async (message: { type: string }) => {
      sent.push(message);
      if (message.type === 'library-overview') return ok(overview);
      if (message.type === 'library-import') return fail('unavailable', 'The extension did not answer');
      return ok(result);
    }) as LibraryCall;
    render(<LibrarySearch call={call} files={files} debounceMs={0} />);
    const input = await screen.findByTestId<HTMLInputElement>('library-import');
    const huge = { text: async () => ' '.repeat(MAX_LIBRARY_IMPORT + 1) } as unknown as File;
    Object.defineProperty(input, 'files', { value: [huge] });
    fireEvent.change(input);
    const status = await screen.findByTestId('library-status');
    expect(lines(status)).toEqual(['highlights.notImported', 'highlights.importTooLarge']);
    expect(sent.some((message) => message.type === 'library-import')).toBe(false);
  });

  it('says nothing was imported, the browser’s words apart, when the chosen file cannot be read at all', async () => {
    const sent: { type: string }[] = [];
    render(<LibrarySearch call={fakeCall(sent)} files={files} debounceMs={0} />);
    const input = await screen.findByTestId<HTMLInputElement>('library-import');
    const unreadable = { text: async () => Promise.reject(new Error('NotReadableError: the file changed')) };
    Object.defineProperty(input, 'files', { value: [unreadable as unknown as File] });
    fireEvent.change(input);
    const status = await screen.findByTestId('library-status');
    expect(lines(status)).toEqual([
      'highlights.notImported',
      'panel.errorDetail',
      'NotReadableError: the file changed',
    ]);
    expect(sent.some((message) => message.type === 'library-import')).toBe(false);
  });

  it('says that the library could not do it in the reader’s language, the store’s English apart under its own introduction', async () => {
    const english = 'Could not save; nothing was changed (AbortError).';
    const call = (async (message: { type: string }) => {
      if (message.type === 'library-overview') return ok(overview);
      if (message.type === 'library-set-keeping') return fail('write-failed', english);
      return ok(result);
    }) as LibraryCall;
    render(<LibrarySearch call={call} files={files} debounceMs={0} />);
    fireEvent.click(await screen.findByTestId('library-keeping'));
    const status = await screen.findByTestId('library-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect(lines(status)).toEqual(['library.failed', 'panel.errorDetail', english]);
    expect(status.querySelector('code')?.getAttribute('lang')).toBe('en');
  });

  it('moves the focus into the question before forgetting everything, and back to its button after', async () => {
    const sent: { type: string }[] = [];
    render(<LibrarySearch call={fakeCall(sent)} files={files} debounceMs={0} />);
    fireEvent.click(await screen.findByTestId('library-forget-all'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('library.cancel'));
    fireEvent.click(document.activeElement!);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('library-forget-all')));
    // Escape answers no as well.
    fireEvent.click(screen.getByTestId('library-forget-all'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('library.cancel'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('library-forget-all')));
    fireEvent.click(screen.getByTestId('library-forget-all'));
    fireEvent.click(await screen.findByTestId('library-forget-all-confirm'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('library-forget-all')));
    expect(sent.some((m) => m.type === 'library-forget-everything')).toBe(true);
  });

  it('says in the reader’s language which file could not be saved, the browser’s English words marked apart', async () => {
    const broken = {
      json: () => Promise.reject(new Error('DatabaseClosedError: Database has been closed')),
      zip: files.zip,
    };
    render(<LibrarySearch call={fakeCall([])} files={broken} debounceMs={0} />);
    fireEvent.click(screen.getByTestId('library-export-json'));
    const status = await screen.findByTestId('library-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.firstChild?.textContent).toMatch(/^library\.exportFailed\|marginalia-library-\d{4}-\d\d-\d\d\.json$/);
    expect(lines(status).slice(1)).toEqual(['panel.errorDetail', 'DatabaseClosedError: Database has been closed']);
    expect(status.querySelector('code[lang="en"]')?.textContent).toBe('DatabaseClosedError: Database has been closed');
  });

  it('says clearly when a newer version wrote the library, and keeps export available', async () => {
    render(<LibrarySearch call={fakeCall([], { broken: true })} files={files} debounceMs={0} />);
    const error = await screen.findByTestId('library-error');
    expect(error.getAttribute('data-kind')).toBe('newer-version');
    expect(screen.getByTestId('library-export-json')).toBeTruthy();
  });

  it('names each term of the filter in the reader’s language, in its alphabetical order', async () => {
    messages.locale = 'ja';
    try {
      render(<LibrarySearch call={fakeCall([])} files={files} debounceMs={0} />);
      const select = await screen.findByTestId<HTMLSelectElement>('filter-term');
      await waitFor(() => expect(select.options.length).toBe(3));
      const expected = [
        ['ai-agent', termText('ai-agent', 'ja')!.label],
        ['scaling-laws', termText('scaling-laws', 'ja')!.label],
      ].sort(([, a], [, b]) => a!.localeCompare(b!, 'ja'));
      expect([...select.options].slice(1).map((option) => [option.value, option.textContent])).toEqual(expected);
    } finally {
      messages.locale = 'en';
    }
  });

  it('offers each speaker by a readable name and filters by the speaker key', async () => {
    const sent: { type: string; query?: { speakerKey?: string } }[] = [];
    render(<LibrarySearch call={fakeCall(sent)} files={files} debounceMs={0} />);
    const select = await screen.findByTestId<HTMLSelectElement>('filter-speaker');
    await waitFor(() => expect(select.options.length).toBe(2));
    expect([...select.options].map((option) => [option.value, option.textContent])).toEqual([
      ['', 'library.any'],
      ['altman', 'Sam Altman'],
    ]);
    fireEvent.change(select, { target: { value: 'altman' } });
    await waitFor(() =>
      expect(sent.some((m) => m.type === 'library-search' && m.query?.speakerKey === 'altman')).toBe(true),
    );
  });
});
