/**
 * The background's part in highlights: it owns the one store (the only writer), answers the
 * content scripts and extension pages, tells every tab of a page when its highlights change,
 * keeps the toolbar badge count, and offers "Highlight selection" in the context menu and as
 * a keyboard command.
 */
import { i18n } from '#i18n';
import { parseMessage, type SenderLike } from '../../shared/messages';
import { parseAnnotationCollection } from '../../shared/highlights/import';
import { createAnnotation } from '../../shared/highlights/model';
import {
  highlightContentMessageSchema,
  highlightPageMessageSchema,
  type HighlightContentMessage,
  type HighlightPageMessage,
  type HighlightTabMessage,
} from '../../shared/highlights/messages';
import type { HighlightStore, StoreResult } from './store';
import { resetSharedLibraryForTests, sharedLibrary, type LibraryInstance } from '../library/instance';
import { normalizePageUrl } from '../../shared/highlights/url';

export const HIGHLIGHT_MENU_ID = 'marginalia-highlight-selection';
export const HIGHLIGHT_COMMAND = 'highlight-selection';

function theStore(): HighlightStore {
  return sharedLibrary().highlights;
}

/** For tests: start again with a fresh library (e.g. after fakeBrowser.reset()). */
export function resetHighlightStoreForTests(instance?: LibraryInstance): void {
  resetSharedLibraryForTests(instance);
}

type Role = 'content' | 'extension-page' | null;

/**
 * Handles a highlight message, or returns undefined when `raw` is not one (so the caller's
 * other handlers can look at it). The caller has already worked out `role` with `senderRole`.
 */
export function handleHighlightMessage(raw: unknown, role: Role, sender: SenderLike): Promise<unknown> | undefined {
  if (role === 'content') {
    const message = parseMessage(highlightContentMessageSchema, raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined || !sender.url) return undefined;
    // The library keeps nothing from private windows, the reader's highlights included.
    if (sender.tab?.incognito === true && message.type === 'highlight-add')
      return Promise.resolve({ ok: false, error: { kind: 'invalid', message: i18n.t('library.incognito') } });
    return handleContentMessage(message, tabId, sender.url);
  }
  if (role === 'extension-page') {
    const message = parseMessage(highlightPageMessageSchema, raw);
    if (!message) return undefined;
    return handlePageMessage(message);
  }
  return undefined;
}

function pageKeyOf(url: string, canonical: string | null): string | null {
  try {
    const key = normalizePageUrl(url, canonical);
    return /^https?:/i.test(key) ? key : null;
  } catch {
    return null;
  }
}

const notHttp = <T>(): StoreResult<T> => ({
  ok: false,
  error: { kind: 'invalid', message: i18n.t('highlighter.unsupportedPage') },
});

async function handleContentMessage(
  message: HighlightContentMessage,
  tabId: number,
  senderUrl: string,
): Promise<unknown> {
  const pageKey = pageKeyOf(senderUrl, message.canonical);
  if (!pageKey) return notHttp();
  switch (message.type) {
    case 'highlights-for-page': {
      const result = await theStore().list(pageKey);
      await showCount(tabId, result.ok ? result.value.highlights.length : 0);
      return result;
    }
    case 'highlight-add': {
      if (message.end <= message.start) return { ok: false, error: { kind: 'invalid', message: 'Empty selection.' } };
      const annotation = createAnnotation({
        pageKey,
        pageTitle: message.title,
        exact: message.exact,
        prefix: message.prefix,
        suffix: message.suffix,
        start: message.start,
        end: message.end,
        colour: message.colour,
        note: message.note,
      });
      const result = await theStore().add(pageKey, { title: message.title }, annotation);
      if (result.ok) void announceChange(pageKey);
      return describeFailure(result);
    }
  }
}

async function handlePageMessage(message: HighlightPageMessage): Promise<unknown> {
  const highlights = theStore();
  switch (message.type) {
    case 'highlights-list':
      return highlights.list(message.pageKey);
    case 'highlights-list-all':
      return highlights.listAll();
    case 'highlights-list-pages':
      return highlights.listPages();
    case 'highlights-export-all':
      return highlights.exportAll();
    case 'highlight-update': {
      const patch = {
        ...(message.note !== undefined ? { note: message.note } : {}),
        ...(message.colour ? { colour: message.colour } : {}),
      };
      return afterWrite(await highlights.update(message.pageKey, message.id, patch), [message.pageKey]);
    }
    case 'highlight-delete':
      return afterWrite(await highlights.remove(message.pageKey, message.id), [message.pageKey]);
    case 'highlights-restore':
      return afterWrite(await highlights.restore(message.removed), [message.removed.pageKey]);
    case 'highlights-remove-page':
      return afterWrite(await highlights.removePage(message.pageKey), [message.pageKey]);
    case 'highlights-import': {
      const result = await highlights.importAnnotations(message.json);
      if (!result.ok || result.value.added === 0) return describeFailure(result);
      const parsed = parseAnnotationCollection(message.json);
      const pageKeys = parsed.ok ? [...new Set(parsed.value.map((annotation) => annotation.target.source))] : [];
      return afterWrite(result, pageKeys);
    }
  }
}

function afterWrite<T>(result: StoreResult<T>, pageKeys: readonly string[]): StoreResult<T> {
  if (result.ok) for (const pageKey of pageKeys) void announceChange(pageKey);
  return describeFailure(result);
}

/** A full storage gets a message the reader can act on; the store's own text stays for the details. */
function describeFailure<T>(result: StoreResult<T>): StoreResult<T> {
  if (result.ok || result.error.kind !== 'quota') return result;
  return { ok: false, error: { ...result.error, message: i18n.t('highlighter.storageFull') } };
}

/** Every tab asks again for its own page's highlights; the ones showing `pageKey` repaint. */
async function announceChange(pageKey: string): Promise<void> {
  const message: HighlightTabMessage = { type: 'highlights-changed', pageKey };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      // Tabs without our content script refuse the message; that is expected.
      await Promise.resolve()
        .then(() => browser.tabs.sendMessage(tab.id!, message, { frameId: 0 }))
        .catch(() => undefined);
    }),
  );
}

async function showCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab may have closed in the meantime.
  }
}

/**
 * The context-menu item and the keyboard command. `ensureContentScript` injects the content
 * script into a tab where it is not running yet (the click or shortcut grants activeTab).
 */
export function setUpHighlightControls(
  ensureContentScript: (tabId: number, url: string | undefined) => Promise<void>,
): void {
  // Menu items outlive the service worker; onInstalled (install, update, reload) is when they are made.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: HIGHLIGHT_MENU_ID, title: i18n.t('highlighter.menuItem'), contexts: ['selection'] },
      () => {
        // Reading lastError marks a duplicate id (an item kept from before) as expected.
        void browser.runtime.lastError;
      },
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU_ID && tab?.id !== undefined && (info.frameId ?? 0) === 0) {
      void highlightSelectionIn(tab.id, tab.url, ensureContentScript);
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== HIGHLIGHT_COMMAND) return;
    void (async () => {
      const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (target?.id !== undefined) await highlightSelectionIn(target.id, target.url, ensureContentScript);
    })();
  });
  void browser.action.setBadgeBackgroundColor({ color: '#6b4f00' }).catch(() => undefined);
}

async function highlightSelectionIn(
  tabId: number,
  url: string | undefined,
  ensureContentScript: (tabId: number, url: string | undefined) => Promise<void>,
): Promise<void> {
  const message: HighlightTabMessage = { type: 'highlight-selection' };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // No content script yet: inject it (it keeps the reader's selection), then ask again.
    await ensureContentScript(tabId, url);
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  }
}
