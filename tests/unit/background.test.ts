import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Result } from '@/lib/shared/result';
import { getLayers } from '@/lib/shared/layers';
import { tabMissingItem, tabStateItem } from '@/lib/shared/tab-state';
import type { PageAnalysis } from '@/lib/shared/types';

const analysis: PageAnalysis = {
  schema: 1,
  url: 'https://www.gate.com/pt-br/news/detail/1',
  analyzedAt: '2026-01-01T00:00:00.000Z',
  article: null,
  claims: [],
  glossary: [],
  disclaimer: null,
  provenance: null,
  timings: {},
};
const analyzeInBackground = vi.fn(async (): Promise<Result<PageAnalysis>> => ({ ok: true, value: analysis }));

vi.mock('@/lib/background/analyzer', () => ({
  analyzeInBackground: () => analyzeInBackground(),
  warmAnalyzer: () => {},
}));
vi.mock('@/lib/background/highlights/handlers', () => ({
  highlightHandlers: {},
  setUpHighlightControls: () => {},
}));

const { default: background } = await import('@/entrypoints/background');

const extensionId = () => fakeBrowser.runtime.id;
const contentSender = (tabId = 7) => ({
  id: extensionId(),
  tab: { id: tabId },
  frameId: 0,
  url: 'https://www.gate.com/pt-br/news/detail/1',
});

async function send(message: unknown, sender: object): Promise<unknown> {
  let response: unknown;
  const done = new Promise<void>((resolve) => {
    void fakeBrowser.runtime.onMessage
      .trigger(message, sender, (value: unknown) => {
        response = value;
        resolve();
      })
      .then((results) => {
        if (!(results as unknown[]).includes(true)) resolve();
      });
  });
  await done;
  return response;
}

type Listener = (...args: unknown[]) => unknown;

/** An event for the APIs the fake browser leaves unimplemented. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    trigger: async (...args: unknown[]) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

const commands = { onCommand: fakeEvent() };

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser, { commands: { onCommand: (commands.onCommand = fakeEvent()) } });
    Object.assign(fakeBrowser.permissions, { onAdded: fakeEvent(), onRemoved: fakeEvent() });
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
    analyzeInBackground.mockClear();
    background.main();
  });

  it('analyzes a page for our own content script and stores the result for the panel', async () => {
    const reply = await send({ type: 'analyze-page', url: analysis.url, html: '<p>x</p>' }, contentSender());
    expect(reply).toEqual({ ok: true, value: analysis });
    expect(await tabStateItem(7).getValue()).toEqual({ status: 'ready', url: analysis.url, analysis });
  });

  it('drops messages from other extensions, subframes and malformed ones without acting', async () => {
    await send({ type: 'analyze-page', url: analysis.url, html: '' }, { ...contentSender(), id: 'another-extension' });
    await send({ type: 'analyze-page', url: analysis.url, html: '' }, { ...contentSender(), frameId: 3 });
    await send({ type: 'analyze-page', url: 'javascript:alert(1)', html: '' }, contentSender());
    await send({ type: 'export-everything' }, contentSender());
    expect(analyzeInBackground).not.toHaveBeenCalled();
    expect(await tabStateItem(7).getValue()).toBeNull();
  });

  it('does not let a content script ask for what only extension pages may', async () => {
    const runOnTab = await send({ type: 'run-on-tab', tabId: 7 }, contentSender());
    expect(runOnTab).toBeUndefined();
  });

  describe('run-on-tab (toolbar button, the panel’s “Try again”)', () => {
    const pageSender = () => ({ id: extensionId(), url: `${fakeBrowser.runtime.getURL('/')}sidepanel.html` });

    function tabWith(contentScript: 'answers' | 'absent') {
      vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => ({ id: 7, url: analysis.url }));
      const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
        if (contentScript === 'absent')
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true };
      });
      toTab.mockClear();
      const inject = vi.fn(async () => []);
      Object.assign(fakeBrowser, { scripting: { executeScript: inject } });
      return { toTab, inject };
    }

    it('asks the copy already on the page to analyze again in place, and injects nothing', async () => {
      const { toTab, inject } = tabWith('answers');
      expect(await send({ type: 'run-on-tab', tabId: 7 }, pageSender())).toEqual({ ok: true });
      expect(toTab).toHaveBeenCalledWith(7, { type: 'analyze-again' }, { frameId: 0 });
      expect(inject).not.toHaveBeenCalled();
    });

    it('injects the content script where none answers', async () => {
      const { toTab, inject } = tabWith('absent');
      expect(await send({ type: 'run-on-tab', tabId: 7 }, pageSender())).toEqual({ ok: true });
      expect(toTab).toHaveBeenCalledTimes(1);
      expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
    });
  });

  it('records what the content script could not find on the page', async () => {
    await send({ type: 'analyze-page', url: analysis.url, html: '<p>x</p>' }, contentSender());
    await send({ type: 'anchor-report', url: analysis.url, missing: [{ kind: 'claim', id: 'c1' }] }, contentSender());
    // Kept under its own key: the stored analysis is not rewritten for it.
    expect(await tabMissingItem(7).getValue()).toEqual({ url: analysis.url, missing: [{ kind: 'claim', id: 'c1' }] });
    expect(await tabStateItem(7).getValue()).toEqual({ status: 'ready', url: analysis.url, analysis });
    // A report for a page the tab has left is dropped.
    await send({ type: 'anchor-report', url: `${analysis.url}?other`, missing: [] }, contentSender());
    expect(await tabMissingItem(7).getValue()).toEqual({ url: analysis.url, missing: [{ kind: 'claim', id: 'c1' }] });
  });

  it('gives the content script the term card texts in the language it asks for, and no others', async () => {
    const reply = await send(
      { type: 'term-texts', lang: 'ja', termIds: ['scaling-laws', 'not-a-term'] },
      contentSender(),
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { lang: 'ja', texts: { 'scaling-laws': { label: 'スケーリング則' } } },
    });
    expect(Object.keys((reply as { value: { texts: object } }).value.texts)).toEqual(['scaling-laws']);
    expect(await send({ type: 'term-texts', lang: 'de', termIds: ['gpu'] }, contentSender())).toMatchObject({
      ok: false,
      error: { kind: 'failed', message: expect.stringMatching(/^Message term-texts refused at lang: /) },
    });
  });

  it('stores a clear error when the analysis fails, instead of staying "analyzing"', async () => {
    analyzeInBackground.mockRejectedValueOnce(new Error('offscreen document crashed'));
    const reply = await send({ type: 'analyze-page', url: analysis.url, html: '<p>x</p>' }, contentSender());
    expect(reply).toEqual({ ok: false, error: { kind: 'failed', message: 'offscreen document crashed' } });
    expect(await tabStateItem(7).getValue()).toEqual({
      status: 'error',
      url: analysis.url,
      message: 'offscreen document crashed',
    });
  });

  it('keeps the newer analysis when an older one of the same tab finishes after it (an article arriving late)', async () => {
    const skeleton: PageAnalysis = { ...analysis, analyzedAt: '2026-01-01T00:00:01.000Z' };
    const late: PageAnalysis = { ...analysis, analyzedAt: '2026-01-01T00:00:02.000Z', story: true };
    let finishSkeleton!: () => void;
    analyzeInBackground.mockImplementationOnce(
      () => new Promise((resolve) => (finishSkeleton = () => resolve({ ok: true, value: skeleton }))),
    );
    analyzeInBackground.mockResolvedValueOnce({ ok: true, value: late });
    const first = send({ type: 'analyze-page', url: analysis.url, html: '<p>skeleton</p>' }, contentSender());
    await vi.waitFor(() => expect(finishSkeleton).toBeTypeOf('function'));
    const second = await send({ type: 'analyze-page', url: analysis.url, html: '<p>article</p>' }, contentSender());
    expect(second).toMatchObject({ ok: true, value: { analyzedAt: late.analyzedAt } });
    finishSkeleton();
    expect(await first).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(await tabStateItem(7).getValue()).toEqual({ status: 'ready', url: analysis.url, analysis: late });
  });

  it('lets go of the article HTML when session storage is full, and keeps the rest for the panel', async () => {
    const big: PageAnalysis = {
      ...analysis,
      article: {
        title: 'T',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: 'en',
        pageLang: 'en',
        excerpt: null,
        text: 'x',
        length: 1,
        storyStart: 0,
        html: '<p>x</p>'.repeat(10),
      },
    };
    analyzeInBackground.mockResolvedValueOnce({ ok: true, value: big });
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (JSON.stringify(items).includes('<p>x</p>')) throw new Error('Session storage quota bytes exceeded.');
      return set(items);
    });
    const reply = await send({ type: 'analyze-page', url: analysis.url, html: '<p>x</p>' }, contentSender());
    expect(await tabStateItem(7).getValue()).toMatchObject({
      status: 'ready',
      analysis: { article: { title: 'T', html: '' } },
    });
    // The content script gets the article's text and never its HTML, which it does not use.
    expect(reply).toMatchObject({ ok: true, value: { article: { title: 'T', text: 'x' } } });
    expect((reply as { value: { article: object } }).value.article).not.toHaveProperty('html');
  });

  it('forgets a tab’s analysis when it loads a new document or closes', async () => {
    await send({ type: 'analyze-page', url: analysis.url, html: '<p>x</p>' }, contentSender());
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    await vi.waitFor(async () => expect(await tabStateItem(7).getValue()).toBeNull());
  });

  it('toggles layers from keyboard commands for the active tab’s site', async () => {
    const activeTab = { id: 3, url: 'https://www.coindesk.com/tech/1' } as Browser.tabs.Tab;
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [activeTab]);
    await commands.onCommand.trigger('toggle-claims');
    await vi.waitFor(async () => expect((await getLayers('https://www.coindesk.com/x')).claims).toBe(false));
    await commands.onCommand.trigger('toggle-all-layers');
    await vi.waitFor(async () =>
      expect(Object.values(await getLayers('https://www.coindesk.com/x'))).toEqual([false, false, false, false]),
    );
  });
});
