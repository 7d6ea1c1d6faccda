import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnnotation, type HighlightAnnotation } from '../shared/highlights/model';
import type { BackgroundMessage, PageEventRoutes, MessageOf } from '../shared/protocol';

type Sent = BackgroundMessage | MessageOf<PageEventRoutes, 'highlights-anchored'>;
import { captureShadowRoots } from '../../tests/fixtures/shadow-roots';
import { attachHighlighter, PageHighlighter } from './highlighter';
import { PageText } from './anchoring/page-text';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const PAGE = 'https://news.example.com/story';
const PARAGRAPHS = [
  'Altman said the company is turning from a research lab into a products company.',
  'He called the data centre probably the largest infrastructure project in history.',
  'Sora is not only a toy, he explained, but a way to learn how the world works.',
];

function highlightOf(
  text: string,
  exact: string,
  colour: HighlightAnnotation['marginalia']['colour'] = 'yellow',
): HighlightAnnotation {
  const start = text.indexOf(exact);
  return createAnnotation({
    pageKey: PAGE,
    pageTitle: 'Story',
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + exact.length, start + exact.length + 32),
    start,
    end: start + exact.length,
    colour,
  });
}

function render(paragraphs: readonly string[]): void {
  document.body.innerHTML = paragraphs.map((text) => `<p>${text}</p>`).join('');
}

function fakeBackground(stored: () => HighlightAnnotation[]) {
  const sent: Sent[] = [];
  const send = vi.fn(async (raw: unknown) => {
    const message = raw as Sent;
    sent.push(message);
    if (message.type === 'highlights-for-page')
      return { ok: true, value: { pageKey: PAGE, title: 'Story', highlights: stored(), problems: [] } };
    if (message.type === 'highlight-add') return { ok: true, value: { id: 'new' } };
    return undefined;
  });
  return { send, sent };
}

const pageText = PARAGRAPHS.join('\n\n');

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('PageHighlighter', () => {
  it('finds stored highlights, paints them in their colours, and reports orphans and page order', async () => {
    render(PARAGRAPHS);
    const later = highlightOf(pageText, 'a way to learn how the world works', 'green');
    const earlier = highlightOf(pageText, 'the largest infrastructure project');
    const gone = createAnnotation({
      pageKey: PAGE,
      pageTitle: 'Story',
      exact: 'a sentence this page never had',
      prefix: '',
      suffix: '',
      start: 5,
      end: 35,
    });
    const { send, sent } = fakeBackground(() => [later, gone, earlier]);
    // Read when handed over: the fallback painter (no Highlight API here) then splits text nodes.
    const ranges = new Map<string, string>();
    const highlighter = new PageHighlighter(document, send, new PageText(document), {
      setHighlightRanges: (next) => next.forEach((range, id) => ranges.set(id, range.toString())),
    });

    await highlighter.refresh();

    expect(sent.at(-1)).toEqual({
      type: 'highlights-anchored',
      pageKey: PAGE,
      found: [earlier.id, later.id],
      orphans: [gone.id],
    });
    expect(ranges.get(later.id)).toBe('a way to learn how the world works');
    const marks = [...document.querySelectorAll('mark[data-marginalia-layer="highlights"]')];
    expect(marks.map((mark) => [mark.textContent, mark.getAttribute('data-marginalia-colour')])).toEqual([
      ['the largest infrastructure project', 'yellow'],
      ['a way to learn how the world works', 'green'],
    ]);
    highlighter.dispose();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.textContent).toBe(PARAGRAPHS.join(''));
  });

  it('finds a highlight again after the page changed around it, and never on other words', async () => {
    const quote = highlightOf(pageText, 'the largest infrastructure project in history');
    render([
      'A new paragraph was added at the top of the story today.',
      ...PARAGRAPHS.map((text) => text.replace('He called', 'He  had called')),
    ]);
    const { send, sent } = fakeBackground(() => [quote]);
    const highlighter = new PageHighlighter(document, send, new PageText(document));
    await highlighter.refresh();
    expect(sent.at(-1)).toMatchObject({ found: [quote.id], orphans: [] });
    expect(document.querySelector('mark')?.textContent).toBe('the largest infrastructure project in history');
    highlighter.dispose();
  });

  it('hides and shows the layer without forgetting what it found', async () => {
    render(PARAGRAPHS);
    const { send } = fakeBackground(() => [highlightOf(pageText, 'products company')]);
    const highlighter = new PageHighlighter(document, send, new PageText(document));
    await highlighter.refresh();
    highlighter.setVisible(false);
    expect(document.querySelectorAll('mark').length).toBe(0);
    highlighter.setVisible(true);
    expect(document.querySelector('mark')?.textContent).toBe('products company');
    highlighter.dispose();
  });

  it('asks whether the layer is shown only when there are highlights to paint, once, before painting', async () => {
    render(PARAGRAPHS);
    let stored: HighlightAnnotation[] = [];
    const { send } = fakeBackground(() => stored);
    const readVisible = vi.fn(async () => false);
    const highlighter = new PageHighlighter(document, send, new PageText(document), null, undefined, readVisible);
    await highlighter.refresh();
    expect(readVisible).not.toHaveBeenCalled();

    stored = [highlightOf(pageText, 'products company')];
    await highlighter.refresh();
    await highlighter.refresh();
    expect(readVisible).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('mark').length).toBe(0);
    highlighter.setVisible(true);
    expect(document.querySelector('mark')?.textContent).toBe('products company');
    highlighter.dispose();
  });

  it('describes a selection for the background: quote, context and position in the page text', async () => {
    render(PARAGRAPHS);
    document.head.innerHTML = '<link rel="canonical" href="/story?ref=feed">';
    document.title = 'Story';
    const { send, sent } = fakeBackground(() => []);
    const highlighter = new PageHighlighter(document, send, new PageText(document));
    const text = document.querySelectorAll('p')[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 'He called the '.length);
    range.setEnd(text, 'He called the data centre'.length);

    const reply = await highlighter.create(range, 'pink', 'my note');

    expect(reply.ok).toBe(true);
    const start = pageText.indexOf('data centre');
    expect(sent[0]).toEqual({
      type: 'highlight-add',
      canonical: '/story?ref=feed',
      title: 'Story',
      exact: 'data centre',
      prefix: pageText.slice(start - 32, start),
      suffix: pageText.slice(start + 11, start + 11 + 32),
      start,
      end: start + 11,
      colour: 'pink',
      note: 'my note',
    });
  });

  it('refuses a selection of nothing but whitespace, without asking the background', async () => {
    document.body.innerHTML = '<p>word</p><p>   </p>';
    const { send } = fakeBackground(() => []);
    const highlighter = new PageHighlighter(document, send, new PageText(document));
    const range = document.createRange();
    range.selectNodeContents(document.querySelectorAll('p')[1]!);
    expect(await highlighter.create(range, 'yellow', '')).toMatchObject({ ok: false, error: { kind: 'no-selection' } });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the selection bar on the page', () => {
  /** The page with a highlighter attached, whose background answers `highlight-add` with `error`; the bar's shadow roots. */
  function attachRefusing(error: { kind: string; message: string }) {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) =>
      (raw as Sent).type === 'highlight-add'
        ? { ok: false, error }
        : { ok: true, value: { pageKey: PAGE, title: 'Story', highlights: [], problems: [] } },
    );
    const shadows = captureShadowRoots();
    render(PARAGRAPHS);
    const ctx = {
      isValid: true,
      addEventListener: () => undefined,
      onInvalidated: () => undefined,
    } as unknown as ContentScriptContext;
    const attached = attachHighlighter(ctx, {
      text: new PageText(document),
      createPainter: () => {
        throw new Error('There are no highlights to paint.');
      },
      onNavigate: () => undefined,
      setHighlightRanges: () => undefined,
    });
    return { attached, shadows };
  }

  function selectFirstParagraph() {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }

  afterEach(() => vi.restoreAllMocks());

  it('says in the reader’s language that the selection was not highlighted, keeping the English detail off the page', async () => {
    const english = 'Cannot read properties of null (reading "annotation")';
    const { attached, shadows } = attachRefusing({ kind: 'failed', message: english });
    selectFirstParagraph();

    const reply = await attached.highlightSelection('yellow');

    expect(reply).toMatchObject({ ok: false, error: { kind: 'failed' } });
    const message = shadows[0]!.querySelector('.message')!;
    expect(message.textContent).toBe('highlighter.selectionFailed');
    expect(shadows[0]!.textContent).not.toContain(english);
  });

  it('says in the reader’s language that a newer Marginalia saved the library, without its English', async () => {
    const english = 'The library was saved by a newer version of Marginalia (VersionError).';
    const { attached, shadows } = attachRefusing({ kind: 'newer-version', message: english });
    selectFirstParagraph();

    await attached.highlightSelection('yellow');

    expect(shadows[0]!.querySelector('.message')!.textContent).toBe('library.newerVersion');
    expect(shadows[0]!.textContent).not.toContain(english);
  });

  it('says there is nothing selected, in the bar, when asked with no selection', async () => {
    const { attached, shadows } = attachRefusing({ kind: 'failed', message: 'not asked' });
    document.getSelection()!.removeAllRanges();

    const reply = await attached.highlightSelection('yellow');

    expect(reply).toMatchObject({ ok: false, error: { kind: 'no-selection' } });
    expect(shadows[0]!.querySelector('.message')!.textContent).toBe('highlighter.noSelection');
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalledWith(
      expect.objectContaining({ type: 'highlight-add' }),
    );
  });
});
