import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotation, type HighlightAnnotation } from '../lib/shared/highlights/model';
import type { HighlightsAnchoring, TabMessage } from '../lib/shared/protocol';
import { fail, ok } from '../lib/shared/result';
import { testHighlightStore } from '../tests/fixtures/library';
import type { HighlightStore } from '../lib/shared/highlights/store-types';
import type { PageAnalysis } from '../lib/shared/types';
import { HighlightsSection, type HighlightsChannels } from './highlights-section';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const PAGE = 'https://news.example.com/story';
const TAB = 7;

const analysis: PageAnalysis = {
  schema: 1,
  url: PAGE,
  analyzedAt: '2026-01-01T00:00:00.000Z',
  article: {
    title: 'The story',
    byline: 'A. Writer',
    siteName: 'Example',
    lang: 'en',
    pageLang: 'en',
    publishedTime: '2026-01-01',
    text: 'text',
    excerpt: null,
  } as PageAnalysis['article'],
  claims: [],
  glossary: [],
  disclaimer: null,
  provenance: null,
  timings: {},
};

function highlight(exact: string, start: number): HighlightAnnotation {
  return createAnnotation({
    pageKey: PAGE,
    pageTitle: 'The story',
    exact,
    prefix: '',
    suffix: '',
    start,
    end: start + exact.length,
  });
}

let store: HighlightStore;
let tabMessages: unknown[];
let anchoredListener: ((report: HighlightsAnchoring) => void) | null;
let anchoring: HighlightsAnchoring | null;
let selectionReply: unknown;

function channels(): HighlightsChannels {
  return {
    api: store,
    sendToTab: (async (_tabId: number, message: TabMessage) => {
      tabMessages.push(message);
      if (message.type === 'highlights-anchoring') return ok(anchoring);
      if (message.type === 'highlight-selection') return selectionReply;
      return ok(true);
    }) as HighlightsChannels['sendToTab'],
    onAnchored: (_tabId, listener) => {
      anchoredListener = listener;
      return () => (anchoredListener = null);
    },
  };
}

const first = highlight('first passage', 10);
const second = highlight('second passage', 200);
const lost = highlight('a passage the page lost', 100);

beforeEach(async () => {
  fakeBrowser.reset();
  store = await testHighlightStore();
  for (const annotation of [second, lost, first]) await store.add(PAGE, { title: 'The story' }, annotation);
  tabMessages = [];
  anchoredListener = null;
  anchoring = { pageKey: PAGE, found: [first.id, second.id], orphans: [lost.id] };
  selectionReply = { ok: true, value: {} };
});
afterEach(cleanup);

const quotes = () => screen.queryAllByTestId('highlight').map((item) => item.getAttribute('data-id'));

describe('HighlightsSection', () => {
  it('lists the page’s highlights in page order with orphans apart, and reveals one on click', async () => {
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toEqual([first.id, second.id, lost.id]));
    expect(screen.getByTestId('highlight-orphans').textContent).toContain('a passage the page lost');
    fireEvent.click(screen.getByText('second passage'));
    expect(tabMessages.at(-1)).toEqual({ type: 'reveal', target: { kind: 'highlight', id: second.id } });
  });

  it('says nothing about the page having no highlights until the list has been read', async () => {
    let answer: () => void = () => undefined;
    const slowList: HighlightStore['list'] = (pageKey) =>
      new Promise((resolve) => {
        answer = () => void store.list(pageKey).then(resolve);
      });
    render(
      <HighlightsSection
        tabId={TAB}
        url={PAGE}
        analysis={analysis}
        channels={{ ...channels(), api: { ...store, list: slowList } }}
      />,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('highlights.empty')).toBeNull();
    expect(screen.getByRole('heading').textContent).not.toContain('highlights.count');
    expect(screen.getByRole('region').getAttribute('aria-busy')).toBe('true');
    answer();
    await waitFor(() => expect(quotes()).toHaveLength(3));
    expect(screen.getByRole('region').hasAttribute('aria-busy')).toBe(false);
  });

  it('follows the content script’s anchoring reports', async () => {
    anchoring = null;
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    expect(screen.queryByTestId('highlight-orphans')).toBeNull();
    anchoredListener!({ pageKey: PAGE, found: [first.id], orphans: [second.id, lost.id] });
    await waitFor(() =>
      expect(screen.getByTestId('highlight-orphans').querySelectorAll('[data-testid="highlight"]')).toHaveLength(2),
    );
  });

  it('deletes with undo and edits a note through the store', async () => {
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('highlight-delete')[0]!);
    await waitFor(() => expect(quotes()).toEqual([second.id, lost.id]));
    fireEvent.click(screen.getByTestId('highlight-undo'));
    await waitFor(() => expect(quotes()).toEqual([first.id, second.id, lost.id]));

    fireEvent.click(screen.getAllByTestId('highlight-edit-note')[0]!);
    fireEvent.input(screen.getByTestId('highlight-note-input'), { target: { value: 'a thought' } });
    fireEvent.click(screen.getByTestId('highlight-note-save'));
    await waitFor(() => expect(screen.getByTestId('highlight-note').textContent).toBe('a thought'));
    const stored = await store.list(PAGE);
    expect(stored.ok && stored.value.highlights.find((h) => h.id === first.id)?.body?.value).toBe('a thought');
  });

  it('asks the page to highlight its selection and shows why when it cannot', async () => {
    selectionReply = { ok: false, error: { kind: 'quota', message: 'Storage is full.' } };
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('highlight-selection'));
    await waitFor(() => expect(screen.getByTestId('highlights-error').textContent).toBe('Storage is full.'));
    expect(tabMessages.at(-1)).toEqual({ type: 'highlight-selection' });
  });

  it('says in the reader’s language that the selection was not highlighted, a thrown error’s English apart', async () => {
    const message = 'Cannot read properties of null (reading "getRangeAt")';
    selectionReply = { ok: false, error: { kind: 'failed', message } };
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('highlight-selection'));
    const error = await screen.findByTestId('highlights-error');
    expect(error.firstElementChild?.textContent).toBe('highlighter.selectionFailed');
    const intro = screen.getByTestId('error-detail-intro');
    expect(intro.textContent).toBe('panel.errorDetail');
    const detail = screen.getByText(message);
    expect(detail.getAttribute('lang')).toBe('en');
    expect(intro.nextElementSibling?.contains(detail)).toBe(true);
  });

  describe('a library saved by a newer Marginalia', () => {
    const newer = {
      kind: 'newer-version',
      message: 'The library was saved by a newer version of Marginalia (VersionError).',
    } as const;

    function saysNewerVersionOnly() {
      const box = screen.getByTestId('highlights-error');
      expect(box.textContent).toBe('library.newerVersion');
      expect(screen.queryByTestId('error-detail-intro')).toBeNull();
      expect(box.querySelector('[lang]')).toBeNull();
    }

    it('is said in the reader’s language, not as highlights that could not be read', async () => {
      const reading: HighlightsChannels = {
        ...channels(),
        api: { ...store, list: async () => fail('newer-version', newer.message) },
      };
      render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={reading} />);
      await screen.findByTestId('highlights-error');
      saysNewerVersionOnly();
    });

    it('is said in the reader’s language as why the selection was not highlighted', async () => {
      selectionReply = { ok: false, error: newer };
      render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
      await waitFor(() => expect(quotes()).toHaveLength(3));
      fireEvent.click(screen.getByTestId('highlight-selection'));
      await screen.findByTestId('highlights-error');
      saysNewerVersionOnly();
    });
  });

  it('says an unreachable page in the reader’s language, and no English detail under a sentence already in it', async () => {
    selectionReply = { ok: false, error: { kind: 'unavailable', message: 'Marginalia has stopped on this page.' } };
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('highlight-selection'));
    await waitFor(() => expect(screen.getByTestId('highlights-error').textContent).toBe('highlighter.pageUnreachable'));
    selectionReply = { ok: false, error: { kind: 'no-selection', message: 'highlighter.noSelection' } };
    fireEvent.click(screen.getByTestId('highlight-selection'));
    await waitFor(() => expect(screen.getByTestId('highlights-error').textContent).toBe('highlighter.noSelection'));
    expect(screen.queryByTestId('error-detail-intro')).toBeNull();
    expect(screen.getByTestId('highlights-error').querySelector('[lang]')).toBeNull();
  });

  it('gives every button of its own the panel’s one button style, the file chooser too', async () => {
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('highlight-delete')[0]!);
    await screen.findByTestId('highlight-undo');
    fireEvent.click(screen.getAllByTestId('highlight-edit-note')[0]!);
    await screen.findByTestId('highlight-note-save');
    const section = screen.getByTestId('highlights-section');
    // The quotes (links to the page) and the colour swatches have looks of their own.
    const plain = [...section.querySelectorAll('button, label.file-button')].filter(
      (control) =>
        !control.matches('.highlights-select, .highlights-swatch') && !control.classList.contains('panel__button'),
    );
    expect(plain.map((control) => control.textContent)).toEqual([]);
    expect(section.querySelectorAll('.panel__button').length).toBeGreaterThanOrEqual(12);
  });

  it('shows a store failure instead of pretending the edit worked', async () => {
    const failing: HighlightsChannels = {
      ...channels(),
      api: { ...store, update: async () => ({ ok: false, error: { kind: 'quota', message: 'full' } }) },
    };
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={failing} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('highlight')[0]!.querySelector('[data-colour="pink"]')!);
    await waitFor(() => expect(screen.getByTestId('highlights-error').textContent).toBe('highlights.saveFailed|full'));
  });

  it('says the library cannot be opened when that is why the selection was not highlighted', async () => {
    selectionReply = {
      ok: false,
      error: { kind: 'database-unavailable', message: 'library.databaseUnavailable' },
    };
    render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={channels()} />);
    await waitFor(() => expect(quotes()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('highlight-selection'));
    await waitFor(() => expect(screen.getByTestId('highlights-error').textContent).toBe('library.databaseUnavailable'));
  });

  it.each([
    ['save', 'highlights.notSaved'],
    ['read', 'highlights.notRead'],
  ] as const)(
    'keeps English technical text out of the translated sentence when a highlight cannot be %sd',
    async (operation, sentence) => {
      const english = 'Cannot read properties of undefined (reading "id")';
      const failure = async () => ({ ok: false as const, error: { kind: 'failed' as const, message: english } });
      const failing: HighlightsChannels = {
        ...channels(),
        api: operation === 'save' ? { ...store, update: failure } : { ...store, list: failure },
      };
      render(<HighlightsSection tabId={TAB} url={PAGE} analysis={analysis} channels={failing} />);
      if (operation === 'save') {
        await waitFor(() => expect(quotes()).toHaveLength(3));
        fireEvent.click(screen.getAllByTestId('highlight')[0]!.querySelector('[data-colour="pink"]')!);
      }
      const error = await screen.findByTestId('highlights-error');
      expect(error.firstElementChild?.textContent).toBe(sentence);
      expect(screen.getByTestId('error-detail-intro').textContent).toBe('panel.errorDetail');
      expect(screen.getByText(english).getAttribute('lang')).toBe('en');
    },
  );
});
