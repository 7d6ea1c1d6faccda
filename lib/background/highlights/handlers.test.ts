import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  highlightHandlers,
  HIGHLIGHT_COMMAND,
  HIGHLIGHT_MENU_ID,
  resetHighlightStoreForTests,
  setUpHighlightControls,
} from './handlers';
import { createAnnotation, type HighlightAnnotation } from '../../shared/highlights/model';
import { toAnnotationCollection, toJsonLd } from '../../shared/highlights/export';
import { listen, type Handlers } from '../../shared/messaging';
import { backgroundRoutes, type BackgroundReplies, type BackgroundRoutes } from '../../shared/protocol';
import { fail, type Result } from '../../shared/result';
import { freshDb, simulateFullDisk } from '../../../tests/fixtures/library';
import { createLibraryInstance, sharedLibrary } from '../library/instance';
import Dexie from 'dexie';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const PAGE = 'https://news.example.com/story?id=7';
const content = { id: fakeBrowser.runtime.id, url: `${PAGE}&utm_source=x#top`, tab: { id: 5 }, frameId: 0 };
const extensionPage = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test/sidepanel.html' };

function addMessage(exact: string, start = 10) {
  return {
    type: 'highlight-add',
    canonical: null,
    title: 'Story',
    exact,
    prefix: 'before ',
    suffix: ' after',
    start,
    end: start + exact.length,
    colour: 'green',
    note: 'why',
  };
}

async function send<T>(
  raw: unknown,
  role: 'content' | 'extension-page' | null,
  sender: object = role === 'content' ? content : extensionPage,
) {
  // The background's router, with only the highlight handlers: what it does with a message.
  const listener = listen(
    backgroundRoutes,
    highlightHandlers as Handlers<BackgroundRoutes, BackgroundReplies>,
    () => role,
  );
  return new Promise<Result<T> | undefined>((resolve) => {
    if (!listener(raw, sender, (reply) => resolve(reply as Result<T>))) resolve(undefined);
  });
}

const tabMessages: Array<{ tabId: number; message: unknown }> = [];

beforeEach(() => {
  fakeBrowser.reset();
  resetHighlightStoreForTests(
    createLibraryInstance(
      () => freshDb().db,
      () => fakeBrowser.storage.local.get(null),
    ),
  );
  tabMessages.length = 0;
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: 5 }, { id: 6 }]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
    tabMessages.push({ tabId, message });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('highlight messages in the background', () => {
  it('adds a highlight for the sender page under its normalized key and lists it back', async () => {
    const added = await send<HighlightAnnotation>(addMessage('a quoted passage'), 'content');
    expect(added).toMatchObject({
      ok: true,
      value: { target: { source: PAGE }, marginalia: { colour: 'green' }, body: { value: 'why' } },
    });
    const listed = await send<{ pageKey: string; highlights: HighlightAnnotation[] }>(
      { type: 'highlights-for-page', canonical: null },
      'content',
    );
    expect(listed?.ok && listed.value.pageKey).toBe(PAGE);
    expect(listed?.ok && listed.value.highlights.map((h) => h.target.selector[0].exact)).toEqual(['a quoted passage']);
  });

  it('moves highlights kept under the tab URL to the page key its canonical link gives, and says so to every tab', async () => {
    await send(addMessage('kept before the canonical counted'), 'content');
    await vi.waitFor(() => expect(tabMessages).toHaveLength(2));
    tabMessages.length = 0;
    const canonicalKey = 'https://news.example.com/story/7';
    const listed = await send<{ pageKey: string; highlights: HighlightAnnotation[] }>(
      { type: 'highlights-for-page', canonical: '/story/7' },
      'content',
    );
    expect(listed?.ok && listed.value.pageKey).toBe(canonicalKey);
    expect(listed?.ok && listed.value.highlights.map((h) => [h.target.source, h.target.selector[0].exact])).toEqual([
      [canonicalKey, 'kept before the canonical counted'],
    ]);
    const old = await send<{ highlights: HighlightAnnotation[] }>(
      { type: 'highlights-list', pageKey: PAGE },
      'extension-page',
    );
    expect(old?.ok && old.value.highlights).toEqual([]);
    await vi.waitFor(() => expect(tabMessages).toHaveLength(4));
    expect(tabMessages.map(({ message }) => (message as { pageKey: string }).pageKey).sort()).toEqual(
      [PAGE, PAGE, canonicalKey, canonicalKey].sort(),
    );
  });

  it('moves nothing from a private window', async () => {
    await send(addMessage('made in a normal window'), 'content');
    const privateTab = { ...content, tab: { id: 5, incognito: true } };
    const listed = await send<{ highlights: HighlightAnnotation[] }>(
      { type: 'highlights-for-page', canonical: '/story/7' },
      'content',
      privateTab,
    );
    expect(listed?.ok && listed.value.highlights).toEqual([]);
    const old = await send<{ highlights: HighlightAnnotation[] }>(
      { type: 'highlights-list', pageKey: PAGE },
      'extension-page',
    );
    expect(old?.ok && old.value.highlights).toHaveLength(1);
  });

  it('words an empty selection for the reader, and marks a refused add as the bug it is', async () => {
    expect(await send({ ...addMessage('text'), end: 10 }, 'content')).toEqual({
      ok: false,
      error: { kind: 'no-selection', message: 'highlighter.noSelection' },
    });
    // The store refuses only an annotation the background built wrong: its English stays, as a 'failed' detail.
    vi.spyOn(sharedLibrary().highlights, 'add').mockResolvedValue(
      fail('invalid', 'A highlight with id x already exists.', PAGE),
    );
    expect(await send(addMessage('text'), 'content')).toEqual({
      ok: false,
      error: { kind: 'failed', message: 'A highlight with id x already exists.', pageKey: PAGE },
    });
  });

  it('tells every tab when a page changes, so other tabs of the same page repaint', async () => {
    await send(addMessage('shared'), 'content');
    await vi.waitFor(() => expect(tabMessages).toHaveLength(2));
    expect(tabMessages).toEqual([
      { tabId: 5, message: { type: 'highlights-changed', pageKey: PAGE } },
      { tabId: 6, message: { type: 'highlights-changed', pageKey: PAGE } },
    ]);
  });

  it('refuses messages that do not match their schema, acting on none, and ignores those from nobody we trust', async () => {
    const refused = { ok: false, error: { kind: 'failed' } };
    expect(await send({ type: 'highlight-add', exact: '' }, 'content', content)).toMatchObject(refused);
    expect(await send(addMessage('text'), null, content)).toBeUndefined();
    expect(await send({ ...addMessage('text'), colour: 'red' }, 'content', content)).toMatchObject({
      ok: false,
      error: { kind: 'failed', message: expect.stringMatching(/^Message highlight-add refused at colour: /) },
    });
    const listed = await send<{ highlights: HighlightAnnotation[] }>(
      { type: 'highlights-for-page', canonical: null },
      'content',
    );
    expect(listed?.ok && listed.value.highlights).toEqual([]);
  });

  it('does not let a content script do what only extension pages may', async () => {
    for (const raw of [
      { type: 'highlights-remove-page', pageKey: PAGE },
      { type: 'highlights-import', json: '{}' },
      { type: 'highlights-export-all' },
      { type: 'highlights-list-all' },
      { type: 'highlight-delete', pageKey: PAGE, id: 'x' },
    ]) {
      expect(await send(raw, 'content', content)).toBeUndefined();
    }
    // …and an extension page cannot pretend to be a page adding a highlight.
    expect(await send(addMessage('text'), 'extension-page', extensionPage)).toBeUndefined();
  });

  it('refuses pages that are not http(s)', async () => {
    const reply = await send(addMessage('text'), 'content', { ...content, url: 'file:///tmp/a.html' });
    expect(reply).toMatchObject({ ok: false, error: { message: 'highlighter.unsupportedPage' } });
  });

  it('edits, deletes and restores from extension pages', async () => {
    const added = await send<HighlightAnnotation>(addMessage('first'), 'content');
    const id = added?.ok ? added.value.id : '';
    expect(
      await send({ type: 'highlight-update', pageKey: PAGE, id, note: 'changed', colour: 'pink' }, 'extension-page'),
    ).toMatchObject({
      ok: true,
      value: { body: { value: 'changed' }, marginalia: { colour: 'pink' } },
    });
    const removed = await send<unknown>({ type: 'highlight-delete', pageKey: PAGE, id }, 'extension-page');
    expect(removed?.ok).toBe(true);
    expect(await send({ type: 'highlights-list', pageKey: PAGE }, 'extension-page')).toMatchObject({
      ok: true,
      value: { highlights: [] },
    });
    await send({ type: 'highlights-restore', removed: removed?.ok ? removed.value : null }, 'extension-page');
    expect(await send({ type: 'highlights-list', pageKey: PAGE }, 'extension-page')).toMatchObject({
      ok: true,
      value: { highlights: [{ id }] },
    });
  });

  it('imports once: the same file twice adds nothing the second time; a broken file changes nothing', async () => {
    const annotation = createAnnotation({
      pageKey: PAGE,
      pageTitle: 'Story',
      exact: 'imported',
      prefix: '',
      suffix: '',
      start: 0,
      end: 8,
    });
    const json = toJsonLd(toAnnotationCollection([annotation]));
    expect(await send({ type: 'highlights-import', json }, 'extension-page')).toMatchObject({
      ok: true,
      value: { added: 1, duplicates: 0 },
    });
    expect(await send({ type: 'highlights-import', json }, 'extension-page')).toMatchObject({
      ok: true,
      value: { added: 0, duplicates: 1 },
    });
    const broken = await send(
      { type: 'highlights-import', json: json.replace('"Annotation"', '"Note"') },
      'extension-page',
    );
    expect(broken).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await send({ type: 'highlights-list', pageKey: PAGE }, 'extension-page')).toMatchObject({
      ok: true,
      value: { highlights: [{ id: annotation.id }] },
    });
  });

  it('loses nothing when two tabs add at the same moment', async () => {
    const other = { ...content, tab: { id: 6 } };
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        send(addMessage(`passage ${i}`, i * 20), 'content', i % 2 ? other : content),
      ),
    );
    expect(replies.every((reply) => (reply as Result<unknown>).ok)).toBe(true);
    const listed = await send<{ highlights: unknown[] }>({ type: 'highlights-list', pageKey: PAGE }, 'extension-page');
    expect(listed?.ok && listed.value.highlights).toHaveLength(12);
  });

  it('says clearly when storage is full and keeps what was there', async () => {
    await send(addMessage('kept'), 'content');
    const restore = simulateFullDisk();
    const reply = await send(addMessage('new', 200), 'content');
    restore();
    expect(reply).toMatchObject({ ok: false, error: { kind: 'quota', message: 'highlighter.storageFull' } });
    const listed = await send<{ highlights: HighlightAnnotation[] }>(
      { type: 'highlights-list', pageKey: PAGE },
      'extension-page',
    );
    expect(listed?.ok && listed.value.highlights.map((h) => h.target.selector[0].exact)).toEqual(['kept']);
  });

  it('says the library cannot be opened (not that the page is unreachable) when its database will not open', async () => {
    resetHighlightStoreForTests(
      createLibraryInstance(
        () => {
          const { db } = freshDb();
          vi.spyOn(db, 'open').mockRejectedValue(new Dexie.MissingAPIError('IndexedDB API missing'));
          return db;
        },
        () => fakeBrowser.storage.local.get(null),
      ),
    );
    const reply = await send(addMessage('lost'), 'content');
    expect(reply).toMatchObject({
      ok: false,
      error: { kind: 'database-unavailable', message: 'library.databaseUnavailable' },
    });
  });

  it('sets the toolbar badge to the page count when a tab lists its highlights', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    await send(addMessage('one'), 'content');
    await send(addMessage('two', 100), 'content');
    await send({ type: 'highlights-for-page', canonical: null }, 'content');
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: '2' });
  });

  it('offers "Highlight selection" in the context menu and as a command, injecting the content script when it is missing', async () => {
    type Listener = (...args: never[]) => void;
    const listeners: Record<string, Listener> = {};
    const capture = (name: string) => (listener: Listener) => void (listeners[name] = listener);
    vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation(capture('installed'));
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(capture('menu'));
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(capture('command'));
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => HIGHLIGHT_MENU_ID);
    const injected: number[] = [];
    let scriptRuns = false;
    vi.mocked(fakeBrowser.tabs.sendMessage).mockImplementation(async (tabId: number, message: unknown) => {
      if (!scriptRuns) throw new Error('Could not establish connection. Receiving end does not exist.');
      tabMessages.push({ tabId, message });
    });

    setUpHighlightControls(async (tabId) => {
      injected.push(tabId);
      scriptRuns = true;
    });
    (listeners.installed as () => void)();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ id: HIGHLIGHT_MENU_ID, contexts: ['selection'] }),
      expect.any(Function),
    );

    (listeners.menu as (info: object, tab: object) => void)(
      { menuItemId: HIGHLIGHT_MENU_ID, frameId: 0 },
      { id: 9, url: 'https://a.test/' },
    );
    await vi.waitFor(() => expect(tabMessages).toEqual([{ tabId: 9, message: { type: 'highlight-selection' } }]));
    expect(injected).toEqual([9]);

    (listeners.command as (command: string, tab: object) => void)(HIGHLIGHT_COMMAND, { id: 9, url: 'https://a.test/' });
    (listeners.command as (command: string, tab: object) => void)('toggle-claims', { id: 9, url: 'https://a.test/' });
    await vi.waitFor(() => expect(tabMessages).toHaveLength(2));
    expect(injected).toEqual([9]);
  });
});
