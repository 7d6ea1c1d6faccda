import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysisOf, freshDb, highlightOn } from '../../../tests/fixtures/library';
import type { LibraryDb } from './db';
import { keepAnalysisOfTab, libraryHandlers } from './handlers';
import { createLibraryInstance, resetSharedLibraryForTests, sharedLibrary } from './instance';
import { pageKeyFor } from '../../shared/highlights/url';

const URL_A = 'https://www.theverge.com/ai/2026/10/12/openai-altman-compute-interview?utm_source=x#top';
const KEY_A = 'https://www.theverge.com/ai/2026/10/12/openai-altman-compute-interview';
const analysis = analysisOf(URL_A, { claims: [{ text: 'We need more compute.', speaker: 'Sam Altman' }] });

let db: LibraryDb;
beforeEach(() => {
  db = freshDb().db;
  resetSharedLibraryForTests(
    createLibraryInstance(
      () => db,
      async () => ({}),
    ),
  );
});

describe('keeping what the reader reads', () => {
  it('keeps a page analysed in a normal tab, under its page key', async () => {
    expect(await keepAnalysisOfTab({ incognito: false }, URL_A, analysis)).toEqual({ ok: true, value: true });
    expect((await db.pages.get(KEY_A))?.claimCount).toBe(1);
  });

  it('keeps nothing from an incognito tab, or when the browser does not say, and never opens the database for it', async () => {
    expect(await keepAnalysisOfTab({ incognito: true }, URL_A, analysis)).toEqual({ ok: true, value: false });
    expect(await keepAnalysisOfTab(undefined, URL_A, analysis)).toEqual({ ok: true, value: false });
    expect(db.isOpen()).toBe(false);
  });

  it('keeps nothing once the reader turns keeping off, and forgets on request', async () => {
    await keepAnalysisOfTab({ incognito: false }, URL_A, analysis);
    await libraryHandlers['library-set-keeping']({ type: 'library-set-keeping', on: false }, {});
    const other = 'https://techcrunch.com/2026/11/01/story/';
    expect(await keepAnalysisOfTab({ incognito: false }, other, analysisOf(other))).toEqual({ ok: true, value: false });
    expect(await db.pages.count()).toBe(1);
    expect(await libraryHandlers['library-forget-page']({ type: 'library-forget-page', url: KEY_A }, {})).toEqual({
      ok: true,
      value: true,
    });
    expect(await db.pages.count()).toBe(0);
  });

  it('keeps a page under the key the panel asks with for the same tab URL: found, left out of "Earlier from", forgotten', async () => {
    // The panel (ForgetPage, SpeakerHistory) sends pageKeyFor(the tab's URL, its canonical link); the background keeps
    // the page the tab analysed under its key: one key for both, tracking parameters and fragment or not.
    const panelKey = pageKeyFor(URL_A)!;
    expect(panelKey).toBe(KEY_A);
    await keepAnalysisOfTab({ incognito: false }, URL_A, analysis);
    const other = 'https://www.gate.com/pt-br/news/detail/altman-2';
    await keepAnalysisOfTab(
      { incognito: false },
      other,
      analysisOf(other, { lang: 'pt', claims: [{ text: 'Mais computação.', speaker: 'Sam Altman' }] }),
    );
    const page = await libraryHandlers['library-page']({ type: 'library-page', url: panelKey }, {});
    expect(page).toMatchObject({ ok: true, value: { url: KEY_A } });
    const history = await libraryHandlers['library-speaker-history'](
      { type: 'library-speaker-history', keys: ['altman'], excludeUrl: panelKey },
      {},
    );
    expect(history).toMatchObject({ ok: true, value: [{ page: { url: pageKeyFor(other) } }] });
    expect(await libraryHandlers['library-forget-page']({ type: 'library-forget-page', url: panelKey }, {})).toEqual({
      ok: true,
      value: true,
    });
    expect(await db.claims.where('pageUrl').equals(KEY_A).count()).toBe(0);
    expect(await db.entries.where('pageUrl').equals(KEY_A).count()).toBe(0);
  });
  it('keeps a page with a canonical link under the key its highlights use, so "Forget this page" takes both', async () => {
    const tabUrl = 'https://www.gate.com/news/detail/13659212?lang=pt-br';
    const canonical = '/pt-br/news/detail/altman-13659212';
    const highlightsKey = pageKeyFor(tabUrl, canonical)!;
    expect(highlightsKey).toBe('https://www.gate.com/pt-br/news/detail/altman-13659212');
    expect(pageKeyFor(tabUrl)).not.toBe(highlightsKey);
    await keepAnalysisOfTab({ incognito: false }, tabUrl, { ...analysisOf(tabUrl), canonical });
    expect(await db.pages.get(highlightsKey)).toBeDefined();
    expect(await db.pages.count()).toBe(1);
  });
});

describe('forgetting tells the open tabs', () => {
  const tabMessages: Array<{ tabId: number; message: unknown }> = [];
  const OTHER_KEY = 'https://techcrunch.com/2026/11/01/story';
  beforeEach(async () => {
    tabMessages.length = 0;
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: 7 }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      tabMessages.push({ tabId, message });
    });
    const store = sharedLibrary().highlights;
    await store.add(KEY_A, { title: 'A story' }, highlightOn(KEY_A, 'more compute'));
    await store.add(OTHER_KEY, { title: 'Another' }, highlightOn(OTHER_KEY, 'a line'));
    tabMessages.length = 0;
  });
  afterEach(() => vi.restoreAllMocks());

  it('"Forget this page": every tab hears that the page\'s highlights changed, so none keeps painting them', async () => {
    expect(await libraryHandlers['library-forget-page']({ type: 'library-forget-page', url: KEY_A }, {})).toMatchObject(
      {
        ok: true,
      },
    );
    await vi.waitFor(() =>
      expect(tabMessages).toEqual([{ tabId: 7, message: { type: 'highlights-changed', pageKey: KEY_A } }]),
    );
  });

  it('"Forget everything": every page that had highlights is announced', async () => {
    expect(await libraryHandlers['library-forget-everything']({ type: 'library-forget-everything' }, {})).toMatchObject(
      {
        ok: true,
      },
    );
    await vi.waitFor(() => expect(tabMessages).toHaveLength(2));
    expect(tabMessages.map((sent) => (sent.message as { pageKey: string }).pageKey).sort()).toEqual(
      [KEY_A, OTHER_KEY].sort(),
    );
  });
});
