/**
 * The background's part in the library: it keeps each analysed page (the one writer), answers
 * the options page and the side panel, and opens a search result's page at its sentence.
 */
import { pageKeyFor } from '../../shared/highlights/url';
import type { LibraryResult } from '../../shared/library/types';
import { sendToTab, type Handlers } from '../../shared/messaging';
import type { BackgroundReplies, BackgroundRoutes, RevealTarget } from '../../shared/protocol';
import { ok, refuseImport, type Result } from '../../shared/result';
import { tabStateItem } from '../../shared/tab-state';
import type { PageAnalysis } from '../../shared/types';
import { parseLibraryImport } from '../../shared/library/export';
import { announceHighlightsChanged } from '../highlights/handlers';
import { sharedLibrary } from './instance';
import type { Library } from './library';
import { decideKeeping } from './policy';

export const KEEP_MEASURE = 'marginalia:library-keep';

/**
 * Keeps a page's analysis unless the policy says not to (incognito tab, keeping off, not a web
 * page). Called by the background after every analysis of a tab; answers whether it kept it.
 */
export async function keepAnalysisOfTab(
  tab: { incognito?: boolean } | undefined,
  url: string,
  analysis: PageAnalysis,
): Promise<LibraryResult<boolean>> {
  // Decided before the database is even opened: nothing from a private window touches it.
  if (tab?.incognito !== false) return ok(false);
  const library = await sharedLibrary().library();
  if (!library.ok) return library;
  // The highlights' key: one record per page even when it is reached by several URLs.
  const pageKey = pageKeyFor(url, analysis.canonical ?? null);
  const decision = decideKeeping({ pageKey, incognito: tab.incognito, keeping: await library.value.isKeeping() });
  if (!decision.keep || !pageKey) return ok(false);
  const started = performance.now();
  const kept = await library.value.keepAnalysis(pageKey, analysis);
  // Read by `npm run bench:library`; a performance entry costs nothing and shows nowhere.
  performance.measure(KEEP_MEASURE, { start: started });
  return kept.ok ? ok(kept.value !== null) : kept;
}

type LibraryMessageType = Extract<keyof BackgroundRoutes, `library-${string}`>;
export type LibraryHandlers = Pick<Handlers<BackgroundRoutes, BackgroundReplies>, LibraryMessageType>;

/** Runs `work` on the library, or answers why the library cannot be used. */
async function withLibrary<T>(work: (library: Library) => Promise<Result<T>>): Promise<Result<T>> {
  const library = await sharedLibrary().library();
  return library.ok ? work(library.value) : library;
}

export const libraryHandlers: LibraryHandlers = {
  'library-overview': () => withLibrary((library) => library.overview()),
  'library-search': (message) => withLibrary((library) => library.search(message.query)),
  'library-speaker-history': (message) =>
    withLibrary((library) => library.speakerHistory(message.keys, message.excludeUrl, message.limit)),
  'library-page': (message) => withLibrary((library) => library.getPage(message.url)),
  // Every open tab of a forgotten page stops painting its highlights, not only the panel's own.
  'library-forget-page': (message) =>
    withLibrary(async (library) => {
      const forgotten = await library.forgetPage(message.url);
      if (forgotten.ok) void announceHighlightsChanged([message.url]);
      return forgotten;
    }),
  'library-forget-everything': () =>
    withLibrary(async (library) => {
      const pages = await sharedLibrary().highlights.listPages();
      const forgotten = await library.forgetEverything();
      if (forgotten.ok && pages.ok) void announceHighlightsChanged(pages.value.map((page) => page.pageKey));
      return forgotten;
    }),
  'library-set-keeping': (message) => withLibrary((library) => library.setKeeping(message.on)),
  'library-import': (message) =>
    withLibrary(async (library) => {
      const parsed = parseLibraryImport(message.json);
      return parsed.ok ? library.importRecords(parsed.value) : refuseImport(parsed.refusal, parsed.message);
    }),
  'library-open': (message) => openAndReveal(message.url, message.reveal),
};

const REVEAL_TIMEOUT_MS = 20_000;
const REVEAL_INTERVAL_MS = 400;

/**
 * Opens `url` in a new tab and, once Marginalia has analysed and anchored it there, scrolls to
 * the sentence (the same `reveal` the panel's claims send).
 */
async function openAndReveal(url: string, reveal: RevealTarget | null): Promise<Result<void>> {
  const tab = await browser.tabs.create({ url });
  if (!reveal || tab.id === undefined) return ok(undefined);
  const tabId = tab.id;
  void (async () => {
    const deadline = Date.now() + REVEAL_TIMEOUT_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, REVEAL_INTERVAL_MS));
      const state = await tabStateItem(tabId).getValue();
      if (state?.status !== 'ready') continue;
      const shown = await sendToTab(tabId, { type: 'reveal', target: reveal });
      if (shown.ok && shown.value) return;
    }
  })();
  return ok(undefined);
}
