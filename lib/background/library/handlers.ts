/**
 * The background's part in the library: it keeps each analysed page (the one writer), answers
 * the options page and the side panel, and opens a search result's page at its sentence.
 */
import { libraryKeyOf } from '../../shared/library/page-key';
import { libraryMessageSchema, type LibraryMessage } from '../../shared/library/messages';
import type { LibraryResult } from '../../shared/library/types';
import { parseMessage, type RevealTarget, type TabMessage } from '../../shared/messages';
import { tabStateItem } from '../../shared/tab-state';
import type { PageAnalysis } from '../../shared/types';
import { parseLibraryImport } from '../../shared/library/export';
import { sharedLibrary } from './instance';
import { fail, ok } from './library';
import { decideKeeping } from './policy';

type Role = 'content' | 'extension-page' | null;

/**
 * Keeps a page's analysis unless the policy says not to (incognito tab, keeping off, not a web
 * page). Called by the background after every analysis of a tab.
 */
export async function keepAnalysisOfTab(
  tab: { incognito?: boolean } | undefined,
  url: string,
  analysis: PageAnalysis,
): Promise<LibraryResult<boolean>> {
  // Decided before the database is even opened: nothing from a private window touches it.
  if (tab?.incognito !== false) return fail('incognito', 'Nothing is kept from private windows.');
  const library = await sharedLibrary().library();
  if (!library.ok) return library;
  const decision = decideKeeping({
    pageKey: libraryKeyOf(url),
    incognito: tab.incognito,
    keeping: await library.value.isKeeping(),
  });
  if (!decision.keep) return fail(decision.reason === 'keeping-off' ? 'keeping-off' : 'invalid', decision.reason);
  const kept = await library.value.keepAnalysis(libraryKeyOf(url)!, analysis);
  return kept.ok ? ok(kept.value !== null) : kept;
}

/** Handles a library message from an extension page; undefined when `raw` is not one. */
export function handleLibraryMessage(raw: unknown, role: Role): Promise<unknown> | undefined {
  if (role !== 'extension-page') return undefined;
  const message = parseMessage(libraryMessageSchema, raw);
  if (!message) return undefined;
  return answer(message);
}

async function answer(message: LibraryMessage): Promise<unknown> {
  if (message.type === 'library-open') return openAndReveal(message.url, message.reveal);
  const library = await sharedLibrary().library();
  if (!library.ok) return library;
  const lib = library.value;
  switch (message.type) {
    case 'library-overview':
      return lib.overview();
    case 'library-search':
      return lib.search(message.query);
    case 'library-speaker-history':
      return lib.speakerHistory(message.keys, message.excludeUrl, message.limit);
    case 'library-page':
      return lib.getPage(message.url);
    case 'library-forget-page':
      return lib.forgetPage(message.url);
    case 'library-forget-everything':
      return lib.forgetEverything();
    case 'library-set-keeping':
      return lib.setKeeping(message.on);
    case 'library-import': {
      const parsed = parseLibraryImport(message.json);
      if (!parsed.ok) return fail('invalid', parsed.message);
      return lib.importRecords(parsed.value);
    }
  }
}

const REVEAL_TIMEOUT_MS = 20_000;
const REVEAL_INTERVAL_MS = 400;

/**
 * Opens `url` in a new tab and, once Marginalia has analysed and anchored it there, scrolls to
 * the sentence (the same `reveal` the panel's claims send).
 */
async function openAndReveal(
  url: string,
  reveal: { kind: 'claim' | 'term' | 'highlight'; id: string } | null,
): Promise<LibraryResult<void>> {
  const tab = await browser.tabs.create({ url });
  if (!reveal || tab.id === undefined) return ok(undefined);
  const tabId = tab.id;
  const target: RevealTarget = reveal;
  void (async () => {
    const deadline = Date.now() + REVEAL_TIMEOUT_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, REVEAL_INTERVAL_MS));
      const state = await tabStateItem(tabId).getValue();
      if (state?.status !== 'ready') continue;
      const message: TabMessage = { type: 'reveal', target };
      const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null)) as {
        ok?: boolean;
      } | null;
      if (reply?.ok) return;
    }
  })();
  return ok(undefined);
}
