/**
 * The highlights store as extension pages see it: every call is a message to the background,
 * which owns the store. Reads and writes alike go there, so a page never runs migrations or
 * writes on its own.
 */
import { HIGHLIGHTS_TOO_LARGE, MAX_IMPORT_CHARS } from '../shared/highlights/import';
import type { HighlightStore } from '../shared/highlights/store-types';
import { sendToBackground } from '../shared/messaging';
import type { BackgroundMessage } from '../shared/protocol';
import { refuseImport } from '../shared/result';

/** Adding and moving a page's highlights are the background's own doing, on a content script's word. */
export type HighlightsApi = Omit<HighlightStore, 'add' | 'movePage'>;

type Transport = (message: BackgroundMessage) => Promise<unknown>;

/** `transport` is for tests; by default messages go to the background through the runtime. */
export function createHighlightsClient(transport?: Transport): HighlightsApi {
  const send = ((message: BackgroundMessage) =>
    sendToBackground(message as never, transport as never)) as typeof sendToBackground;
  return {
    list: (pageKey) => send({ type: 'highlights-list', pageKey }),
    listAll: () => send({ type: 'highlights-list-all' }),
    listPages: () => send({ type: 'highlights-list-pages' }),
    exportAll: () => send({ type: 'highlights-export-all' }),
    update: (pageKey, id, patch) => send({ type: 'highlight-update', pageKey, id, ...patch }),
    remove: (pageKey, id) => send({ type: 'highlight-delete', pageKey, id }),
    restore: (removed) => send({ type: 'highlights-restore', removed }),
    removePage: (pageKey) => send({ type: 'highlights-remove-page', pageKey }),
    // Refused here, before a huge file is copied into a message.
    importAnnotations: async (json) =>
      json.length > MAX_IMPORT_CHARS
        ? refuseImport('too-large', HIGHLIGHTS_TOO_LARGE)
        : send({ type: 'highlights-import', json }),
  };
}
