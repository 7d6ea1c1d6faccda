/**
 * The background's part in highlights: it owns the one store (the only writer), answers the
 * content scripts and extension pages, tells every tab of a page when its highlights change,
 * keeps the toolbar badge count, and offers "Highlight selection" in the context menu and as
 * a keyboard command.
 */
import { i18n } from '#i18n';
import { createAnnotation } from '../../shared/highlights/model';
import type { HighlightStore } from '../../shared/highlights/store-types';
import { pageKeyFor } from '../../shared/highlights/url';
import { sendToTab, type Handlers, type SenderLike } from '../../shared/messaging';
import type { BackgroundReplies, BackgroundRoutes } from '../../shared/protocol';
import { fail, type FailureKind, type Result } from '../../shared/result';
import { resetSharedLibraryForTests, sharedLibrary, type LibraryInstance } from '../library/instance';

export const HIGHLIGHT_MENU_ID = 'marginalia-highlight-selection';
export const HIGHLIGHT_COMMAND = 'highlight-selection';

/** The store lives in the library database, beside the pages, claims and terms. */
function theStore(): HighlightStore {
  return sharedLibrary().highlights;
}

/** For tests: start again with a fresh library (e.g. after fakeBrowser.reset()). */
export function resetHighlightStoreForTests(instance?: LibraryInstance): void {
  resetSharedLibraryForTests(instance);
}

type HighlightMessageType = Extract<keyof BackgroundRoutes, `highlight${string}`>;
export type HighlightHandlers = Pick<Handlers<BackgroundRoutes, BackgroundReplies>, HighlightMessageType>;

const notHttp = () => fail('invalid', i18n.t('highlighter.unsupportedPage'));

/**
 * The background's answers to highlight messages. The router has checked the shape and that the
 * sender may send it; a content script's page key comes from the browser's record of its URL.
 */
export const highlightHandlers: HighlightHandlers = {
  'highlights-for-page': async (message, sender) => {
    const pageKey = pageKeyFor(sender.url, message.canonical);
    if (!pageKey) return notHttp();
    await adoptHighlightsKeptUnderTabUrl(sender, pageKey);
    const result = await theStore().list(pageKey);
    if (sender.tab?.id !== undefined) await showCount(sender.tab.id, result.ok ? result.value.highlights.length : 0);
    return describeFailure(result);
  },
  'highlight-add': async (message, sender: SenderLike) => {
    const pageKey = pageKeyFor(sender.url, message.canonical);
    if (!pageKey) return notHttp();
    // The library keeps nothing from private windows, the reader's highlights included.
    if (sender.tab?.incognito === true) return fail('invalid', i18n.t('library.incognito'));
    if (message.end <= message.start) return fail('no-selection', i18n.t('highlighter.noSelection'));
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
    const added = await theStore().add(pageKey, { title: message.title }, annotation);
    // The store refuses only what the background itself built wrong: a bug, said in the store's English.
    const refused = !added.ok && added.error.kind === 'invalid';
    return afterWrite(refused ? { ok: false, error: { ...added.error, kind: 'failed' } } : added, [pageKey]);
  },
  'highlights-list': async (message) => describeFailure(await theStore().list(message.pageKey)),
  'highlights-list-all': async () => describeFailure(await theStore().listAll()),
  'highlights-list-pages': async () => describeFailure(await theStore().listPages()),
  'highlights-export-all': async () => describeFailure(await theStore().exportAll()),
  'highlight-update': async (message) => {
    const patch = {
      ...(message.note !== undefined ? { note: message.note } : {}),
      ...(message.colour ? { colour: message.colour } : {}),
    };
    return afterWrite(await theStore().update(message.pageKey, message.id, patch), [message.pageKey]);
  },
  'highlight-delete': async (message) =>
    afterWrite(await theStore().remove(message.pageKey, message.id), [message.pageKey]),
  'highlights-restore': async (message) =>
    afterWrite(await theStore().restore(message.removed), [message.removed.pageKey]),
  'highlights-remove-page': async (message) =>
    afterWrite(await theStore().removePage(message.pageKey), [message.pageKey]),
  'highlights-import': async (message) => {
    const result = await theStore().importAnnotations(message.json);
    return afterWrite(result, result.ok ? result.value.changedPages : []);
  },
};

/**
 * A page's key follows its canonical link, but highlights made before the page gave one (or
 * before the extension accepted it: which canonicals count as the same site has changed) are
 * stored under the tab's URL. They move to the page's key the first time the page is opened
 * again, so they show on it; a private window changes nothing in the library.
 */
async function adoptHighlightsKeptUnderTabUrl(sender: SenderLike, pageKey: string): Promise<void> {
  const tabUrlKey = pageKeyFor(sender.url);
  if (!tabUrlKey || tabUrlKey === pageKey || sender.tab?.incognito === true) return;
  const moved = await theStore().movePage(tabUrlKey, pageKey);
  if (moved.ok && moved.value > 0) void announceHighlightsChanged([tabUrlKey, pageKey]);
}

function afterWrite<T>(result: Result<T>, pageKeys: readonly string[]): Result<T> {
  if (result.ok) void announceHighlightsChanged(pageKeys);
  return describeFailure(result);
}

/**
 * A failure the reader can act on gets a sentence in the reader's language; an invalid request
 * keeps the store's own (English, technical) text, which the UI shows as a detail.
 */
function describeFailure<T>(result: Result<T>): Result<T> {
  if (result.ok) return result;
  const message = readerMessage(result.error.kind);
  return message === null ? result : { ok: false, error: { ...result.error, message } };
}

function readerMessage(kind: FailureKind): string | null {
  switch (kind) {
    case 'quota':
      return i18n.t('highlighter.storageFull');
    case 'write-failed':
      return i18n.t('highlighter.writeFailed');
    case 'corrupt':
      return i18n.t('highlighter.corrupt');
    case 'migration-failed':
      return i18n.t('highlighter.migrationFailed');
    case 'not-found':
      return i18n.t('highlighter.notFound');
    case 'database-unavailable':
      return i18n.t('library.databaseUnavailable');
    default:
      return null;
  }
}

/**
 * Every tab hears which page keys' highlights changed; the ones showing one of them list again and
 * repaint. Also said by the library when it forgets pages.
 */
export async function announceHighlightsChanged(pageKeys: Iterable<string>): Promise<void> {
  const keys = [...new Set(pageKeys)];
  if (keys.length === 0) return;
  const tabs = await browser.tabs.query({});
  // Tabs without our content script do not answer; that is expected.
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined ? [] : keys.map((pageKey) => sendToTab(tab.id!, { type: 'highlights-changed', pageKey })),
    ),
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
  const first = await sendToTab(tabId, { type: 'highlight-selection' });
  if (first.ok || first.error.kind !== 'unavailable') return;
  // No content script yet: inject it (it keeps the reader's selection), then ask again.
  await ensureContentScript(tabId, url);
  await sendToTab(tabId, { type: 'highlight-selection' });
}
