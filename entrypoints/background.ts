import { analyzeInBackground, warmAnalyzer } from '@/lib/background/analyzer';
import { syncGrantedSites } from '@/lib/background/granted-sites';
import { highlightHandlers, setUpHighlightControls } from '@/lib/background/highlights/handlers';
import { keepAnalysisOfTab, libraryHandlers } from '@/lib/background/library/handlers';
import { ALL_LAYERS_COMMAND, getLayers, layerCommand, PAINT_LAYERS, setLayers } from '@/lib/shared/layers';
import { listen, sendToTab, senderRole, type Handlers } from '@/lib/shared/messaging';
import {
  backgroundRoutes,
  type AnalysisForPage,
  type BackgroundReplies,
  type BackgroundRoutes,
  type MissingItem,
} from '@/lib/shared/protocol';
import { errorMessage, fail, ok, type Result } from '@/lib/shared/result';
import { isUnscriptableUrl, tabMissingItem, tabStateItem, type TabState } from '@/lib/shared/tab-state';
import type { PageAnalysis } from '@/lib/shared/types';
import { termText } from '@/lib/analysis/glossary/texts';
import type { DefinitionLang, TermText } from '@/lib/shared/definition-language';

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

  const handlers: Handlers<BackgroundRoutes, BackgroundReplies> = {
    ...highlightHandlers,
    ...libraryHandlers,
    'analyze-page': (message, sender) => analyzeForTab(sender.tab!.id!, message.url, message.html, sender.tab),
    'page-unsupported': async (message, sender) => {
      await setState(sender.tab!.id!, { status: 'unsupported', url: message.url, reason: message.reason });
      return ok(undefined);
    },
    'anchor-report': async (message, sender) => {
      await recordMissing(sender.tab!.id!, message.url, message.missing);
      return ok(undefined);
    },
    'term-texts': (message) => ok(termTexts(message.lang, message.termIds)),
    'run-on-tab': async (message) => {
      const tab = await browser.tabs.get(message.tabId);
      await runOnTab(message.tabId, tab.url);
      return ok(undefined);
    },
  };
  // Content-script messages always come with the sender's tab (senderRole checks it).
  browser.runtime.onMessage.addListener(
    listen(backgroundRoutes, handlers, (sender) => senderRole(sender, browser.runtime.id, extensionOrigin)),
  );

  browser.commands.onCommand.addListener((command) => void toggleLayer(command));
  setUpHighlightControls(runOnTab);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A new document in the tab: what was known about the old one no longer holds.
  // A page the extension may read (the browser shows us its address) will be analyzed soon: have
  // the analyzer made and warm by then.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void forgetTab(tabId);
    if (tab?.url && /^https?:/i.test(tab.url) && !isUnscriptableUrl(tab.url)) warmAnalyzer();
  });
  browser.permissions.onAdded.addListener(() => void syncGrantedSites(CONTENT_SCRIPT_FILE));
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites(CONTENT_SCRIPT_FILE));
  browser.runtime.onInstalled.addListener(() => void syncGrantedSites(CONTENT_SCRIPT_FILE));
});

/** Only looks up: the language was chosen by the content script for its reader. */
function termTexts(lang: DefinitionLang, termIds: string[]): BackgroundReplies['term-texts'] {
  const texts: Record<string, TermText> = {};
  for (const termId of termIds) {
    const text = termText(termId, lang);
    if (text) texts[termId] = text;
  }
  return { lang, texts };
}

async function setState(tabId: number, state: TabState): Promise<void> {
  await tabMissingItem(tabId).removeValue();
  await tabStateItem(tabId).setValue(state);
}

async function forgetTab(tabId: number): Promise<void> {
  // An analysis of the document the tab has left, still running, then has nothing to write.
  latestAnalysis.delete(tabId);
  await Promise.all([tabStateItem(tabId).removeValue(), tabMissingItem(tabId).removeValue()]);
}

/** Kept apart from the analysis, so the report does not rewrite (and resend) the whole state. */
async function recordMissing(tabId: number, url: string, missing: MissingItem[]): Promise<void> {
  const state = await tabStateItem(tabId).getValue();
  if (state?.status === 'ready' && state.url === url) await tabMissingItem(tabId).setValue({ url, missing });
}

async function toggleLayer(command: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return;
  const layers = await getLayers(tab.url);
  if (command === ALL_LAYERS_COMMAND) {
    const anyOn = PAINT_LAYERS.some((layer) => layers[layer]);
    await setLayers(tab.url, Object.fromEntries(PAINT_LAYERS.map((layer) => [layer, !anyOn])));
    return;
  }
  const layer = PAINT_LAYERS.find((name) => command === layerCommand(name));
  if (layer) await setLayers(tab.url, { [layer]: !layers[layer] });
}

/** The latest analysis asked for in each tab, by its number in `analysesAsked`. */
const latestAnalysis = new Map<number, number>();
let analysesAsked = 0;

async function analyzeForTab(
  tabId: number,
  url: string,
  html: string,
  tab: { incognito?: boolean } | undefined,
): Promise<Result<AnalysisForPage>> {
  const asked = ++analysesAsked;
  latestAnalysis.set(tabId, asked);
  // Stored while the analysis runs, not before it: the analysis need not wait for the storage.
  const analyzing = setState(tabId, { status: 'analyzing', url }).then(
    () => null,
    (error: unknown) => ({ error }),
  );
  let reply: Result<PageAnalysis>;
  try {
    reply = await analyzeInBackground(url, html);
  } catch (error) {
    reply = fail('failed', errorMessage(error));
  }
  // Before any later state: "analyzing" never lands over the answer.
  const notStored = await analyzing;
  if (notStored) throw notStored.error;
  // A page that changed while this ran (an article arriving late) has asked again: an older run
  // that finishes after the newer one must not put its state over it. The page drops this reply too.
  if (latestAnalysis.get(tabId) !== asked)
    return fail('unavailable', 'A newer analysis of this tab replaced this one.');
  if (!reply.ok) {
    await setState(tabId, { status: 'error', url, message: reply.error.message });
    return reply;
  }
  await keepAnalysis(tabId, url, reply.value);
  // Into the reader's library too (never from a private window, not when keeping is off); the page does not wait.
  void keepAnalysisOfTab(tab, url, reply.value);
  return ok(forPage(reply.value));
}

/** The page never shows the article's HTML: it stays here, for the panel. */
function forPage({ article, ...rest }: PageAnalysis): AnalysisForPage {
  if (!article) return { ...rest, article: null };
  const { html: _html, ...text } = article;
  return { ...rest, article: text };
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

/**
 * Run Marginalia on a tab (toolbar button, shortcut, the panel's "Try again", a site the reader
 * allowed): a copy already on the page analyzes the page again in place, which keeps the
 * reader's highlights and, on a page started from the toolbar, the activeTab grant a reload would
 * end; a page without one gets the content script injected.
 */
async function runOnTab(tabId: number, url: string | undefined): Promise<void> {
  if (isUnscriptableUrl(url)) {
    await setState(tabId, { status: 'unsupported', url: url ?? null, reason: 'browser-page' });
    return;
  }
  if ((await sendToTab(tabId, { type: 'analyze-again' })).ok) return;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch {
    await setState(tabId, { status: 'unsupported', url: url ?? null, reason: 'no-access' });
  }
}
