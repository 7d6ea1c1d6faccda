import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { definitionSourceItem } from '../shared/definition-setting';
import type { BackgroundMessage } from '../shared/protocol';
import type { PageAnalysis } from '../shared/types';
import { PageSession } from './session';

const TEXT = 'A lei de escalabilidade guia os laboratórios de IA.';

function analysisOf(url: string): PageAnalysis {
  return {
    schema: 1,
    url,
    analyzedAt: '2026-01-01T00:00:00.000Z',
    article: {
      title: 'Leis de escala',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'pt',
      pageLang: 'pt-BR',
      excerpt: null,
      text: TEXT,
      length: TEXT.length,
      storyStart: 0,
      html: '',
    },
    claims: [],
    glossary: [
      {
        termId: 'scaling-laws',
        forms: ['lei de escalabilidade'],
        count: 1,
        occurrences: [{ start: 2, end: 23, form: 'lei de escalabilidade' }],
        source: { title: 'Kaplan et al.', url: 'https://arxiv.org/abs/2001.08361' },
        relevance: 1000,
      },
    ],
    disclaimer: null,
    provenance: null,
    timings: {},
  };
}

describe('PageSession: the term card texts', () => {
  let session: PageSession | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  });
  afterEach(() => session?.dispose());

  it('asks for the page’s terms in the language chosen here, and again when the reader changes it', async () => {
    const sent: BackgroundMessage[] = [];
    const send = vi.fn(async (raw: unknown) => {
      const message = raw as BackgroundMessage;
      sent.push(message);
      if (message.type === 'analyze-page') return { ok: true, value: analysisOf(message.url) };
      if (message.type === 'term-texts')
        return { ok: true, value: { lang: message.lang, texts: { 'scaling-laws': { label: 'x', definition: 'y' } } } };
      return { ok: true, value: undefined };
    });
    // The content script's own UI language, not the background's.
    session = new PageSession(document, send, () => 'ja-JP');
    await session.start();
    expect(sent.filter((message) => message.type === 'term-texts')).toEqual([
      { type: 'term-texts', lang: 'ja', termIds: ['scaling-laws'] },
    ]);

    await definitionSourceItem.setValue('article');
    await vi.waitFor(() => expect(sent.filter((message) => message.type === 'term-texts')).toHaveLength(2));
    expect(sent.at(-1)).toEqual({ type: 'term-texts', lang: 'pt', termIds: ['scaling-laws'] });
  });
});

function ourStyles(): number {
  return document.adoptedStyleSheets.length + document.querySelectorAll('style[data-marginalia-ui]').length;
}

describe('PageSession', () => {
  it('does nothing on the page until started: no styles, no messages', () => {
    const send = vi.fn(async () => undefined);
    const before = ourStyles();
    const session = new PageSession(document, send);
    expect(ourStyles()).toBe(before);
    expect(send).not.toHaveBeenCalled();
    session.dispose();
  });

  it('installs the highlight styles with the first painter, once, and removes them on dispose', () => {
    const before = ourStyles();
    const session = new PageSession(document, async () => undefined);
    session.createPainter();
    session.createPainter();
    expect(ourStyles()).toBe(before + 1);
    session.dispose();
    expect(ourStyles()).toBe(before);
  });
});

describe('PageSession: the text index', () => {
  let session: PageSession | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  });
  afterEach(() => session?.dispose());

  async function startWith(analysis: PageAnalysis): Promise<BackgroundMessage[]> {
    const sent: BackgroundMessage[] = [];
    session = new PageSession(
      document,
      async (raw: unknown) => {
        const message = raw as BackgroundMessage;
        sent.push(message);
        if (message.type === 'analyze-page') return { ok: true, value: analysis };
        if (message.type === 'term-texts') return { ok: true, value: { lang: message.lang, texts: {} } };
        return { ok: true, value: undefined };
      },
      () => 'en',
    );
    await session.start();
    return sent;
  }

  it('is not built when the analysis has nothing to find on the page, nor the settings read', async () => {
    const analysis = { ...analysisOf(location.href), glossary: [] };
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const watched = vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener');
    const sent = await startWith(analysis);
    expect(read).not.toHaveBeenCalled();
    expect(watched).not.toHaveBeenCalled();
    expect(session!.text.lastUpdate).toBeNull();
    expect(session!.reveal({ kind: 'disclaimer' })).toBe(false);
    expect(sent.map((message) => message.type)).toEqual(['analyze-page']);
    // Built on its first use all the same.
    expect((await session!.text.current())?.text).toContain('lei de escalabilidade');
  });

  it('is built to find what the analysis found, and the settings read to paint it', async () => {
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    await startWith(analysisOf(location.href));
    expect(session!.text.lastUpdate).toBe('built');
    expect(read).toHaveBeenCalledTimes(1);
  });
});

describe('PageSession: analyzing again on the reader’s request', () => {
  let session: PageSession | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  });
  afterEach(() => session?.dispose());

  it('sends the page as it is now after a failed analysis, and takes the new answer in', async () => {
    const sent: BackgroundMessage[] = [];
    let fail = true;
    session = new PageSession(
      document,
      async (raw: unknown) => {
        const message = raw as BackgroundMessage;
        sent.push(message);
        if (message.type === 'analyze-page')
          return fail
            ? { ok: false, error: { kind: 'failed', message: 'offscreen document crashed' } }
            : { ok: true, value: analysisOf(message.url) };
        if (message.type === 'term-texts') return { ok: true, value: { lang: message.lang, texts: {} } };
        return { ok: true, value: undefined };
      },
      () => 'en',
    );
    await session.start();
    // The term card's texts are asked for once an analysis is taken in.
    expect(sent.map((message) => message.type)).toEqual(['analyze-page']);
    fail = false;
    await session.analyzeAgain();
    const analyzed = sent.filter((message) => message.type === 'analyze-page');
    expect(analyzed).toHaveLength(2);
    expect(analyzed[1]!.html).toContain('lei de escalabilidade');
    expect(sent.map((message) => message.type)).toEqual(['analyze-page', 'analyze-page', 'term-texts']);
  });
});
