import { handleHighlightMessage, setUpHighlightControls } from '@/lib/background/highlights/handlers';
import { analyzeInBackground } from '@/lib/background/analyzer';
import { handleLibraryMessage, keepAnalysisOfTab } from '@/lib/background/library/handlers';
import {
  contentMessageSchema,
  pageMessageSchema,
  parseMessage,
  replyWith,
  senderRole,
  type AnalyzeReply,
} from '@/lib/shared/messages';
import { syncGrantedSites } from '@/lib/background/granted-sites';
import { getLayers, setLayers } from '@/lib/shared/layers';
import { PAINT_LAYERS } from '@/lib/page/paint/highlights';
import type { PageAnalysis } from '@/lib/shared/types';
import { isUnscriptableUrl, tabStateItem, type MissingItem, type TabState } from '@/lib/shared/tab-state';

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.action.onClicked.addListener((tab) => {
    // Opening the panel must happen inside the click's user gesture: before any await.
    if (import.meta.env.FIREFOX)
      void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    else if (tab.id !== undefined) void browser.sidePanel.open({ tabId: tab.id });
    if (tab.id !== undefined) void runOnTab(tab.id, tab.url);
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) =>
    replyWith(handleMessage(raw, sender), sendResponse),
  );

  function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): unknown {
    const role = senderRole(sender, browser.runtime.id, extensionOrigin);
    const highlightReply = handleHighlightMessage(raw, role, sender);
    if (highlightReply !== undefined) return highlightReply;
    const libraryReply = handleLibraryMessage(raw, role);
    if (libraryReply !== undefined) return libraryReply;
    if (role === 'content') {
      const message = parseMessage(contentMessageSchema, raw);
      const tabId = sender.tab?.id;
      if (!message || tabId === undefined) return undefined;
      switch (message.type) {
        case 'analyze-page':
          return analyzeForTab(tabId, message.url, message.html, sender.tab);
        case 'page-unsupported':
          return setState(tabId, { status: 'unsupported', url: message.url, reason: message.reason });
        case 'anchor-report':
          return recordMissing(tabId, message.url, message.missing);
      }
    }
    if (role === 'extension-page') {
      const message = parseMessage(pageMessageSchema, raw);
      if (message?.type === 'run-on-tab')
        return browser.tabs.get(message.tabId).then((tab) => runOnTab(message.tabId, tab.url));
    }
    return undefined;
  }

  browser.commands.onCommand.addListener((command) => void toggleLayer(command));
  setUpHighlightControls(runOnTab);
  browser.tabs.onRemoved.addListener((tabId) => void tabStateItem(tabId).removeValue());
  // A new document in the tab: what was known about the old one no longer holds.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabStateItem(tabId).removeValue();
  });
  browser.permissions.onAdded.addListener(() => void syncGrantedSites(CONTENT_SCRIPT_FILE));
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites(CONTENT_SCRIPT_FILE));
  browser.runtime.onInstalled.addListener(() => void syncGrantedSites(CONTENT_SCRIPT_FILE));
});

async function setState(tabId: number, state: TabState): Promise<void> {
  await tabStateItem(tabId).setValue(state);
}

async function recordMissing(tabId: number, url: string, missing: MissingItem[]): Promise<void> {
  const state = await tabStateItem(tabId).getValue();
  if (state?.status === 'ready' && state.url === url) await setState(tabId, { ...state, missing });
}

async function toggleLayer(command: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return;
  const layers = await getLayers(tab.url);
  if (command === 'toggle-all-layers') {
    const anyOn = PAINT_LAYERS.some((layer) => layers[layer]);
    await setLayers(tab.url, Object.fromEntries(PAINT_LAYERS.map((layer) => [layer, !anyOn])));
    return;
  }
  const layer = PAINT_LAYERS.find((name) => command === `toggle-${name}`);
  if (layer) await setLayers(tab.url, { [layer]: !layers[layer] });
}

async function analyzeForTab(
  tabId: number,
  url: string,
  html: string,
  tab: { incognito?: boolean } | undefined,
): Promise<AnalyzeReply> {
  await setState(tabId, { status: 'analyzing', url });
  let reply: AnalyzeReply;
  try {
    reply = await analyzeInBackground(url, html, browser.i18n.getUILanguage());
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (!reply.ok) await setState(tabId, { status: 'error', url, message: reply.error });
  else {
    await keepAnalysis(tabId, url, reply.analysis);
    // The reader's library (unless incognito or keeping is off); the panel does not wait for it.
    void keepAnalysisOfTab(tab, url, reply.analysis);
  }
  return reply;
}

/**
 * Keep the analysis for the panel. storage.session has a quota: a huge article's HTML is the
 * first thing to let go of, and a state that cannot be kept at all says so.
 */
async function keepAnalysis(tabId: number, url: string, analysis: PageAnalysis): Promise<void> {
  try {
    await setState(tabId, { status: 'ready', url, analysis });
    return;
  } catch {
    // Quota: try again without the article HTML.
  }
  try {
    const article = analysis.article && { ...analysis.article, html: '' };
    await setState(tabId, { status: 'ready', url, analysis: { ...analysis, article } });
  } catch {
    await setState(tabId, { status: 'unsupported', url, reason: 'too-large' });
  }
}

/** Inject the content script on demand (toolbar button, shortcut, or a site the reader allowed). */
async function runOnTab(tabId: number, url: string | undefined): Promise<void> {
  if (isUnscriptableUrl(url)) {
    await setState(tabId, { status: 'unsupported', url: url ?? null, reason: 'browser-page' });
    return;
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch {
    await setState(tabId, { status: 'unsupported', url: url ?? null, reason: 'no-access' });
  }
}
