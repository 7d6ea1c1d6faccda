/**
 * The highlights store as extension pages see it: every call is a message to the background,
 * which owns the store. Reads and writes alike go there, so a page never runs migrations or
 * writes on its own.
 */
import { i18n } from '#i18n';
import { MAX_IMPORT, type HighlightPageMessage, type HighlightReplies } from '../shared/highlights/messages';
import type { HighlightStore, StoreResult } from '../background/highlights/store';

export type HighlightsApi = Omit<HighlightStore, 'add'>;

type Send = (message: HighlightPageMessage) => Promise<unknown>;

function isResult(value: unknown): value is StoreResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createHighlightsClient(send: Send = (message) => browser.runtime.sendMessage(message)): HighlightsApi {
  async function call<K extends HighlightPageMessage['type'] & keyof HighlightReplies>(
    message: Extract<HighlightPageMessage, { type: K }>,
  ): Promise<HighlightReplies[K]> {
    try {
      const reply = await send(message);
      if (isResult(reply)) {
        if (!reply.ok && typeof (reply as { error?: unknown }).error === 'string') {
          // replyWith's shape for a handler that threw.
          return {
            ok: false,
            error: { kind: 'write-failed', message: (reply as unknown as { error: string }).error },
          } as HighlightReplies[K];
        }
        return reply as HighlightReplies[K];
      }
      return {
        ok: false,
        error: { kind: 'write-failed', message: i18n.t('highlighter.noAnswer') },
      } as HighlightReplies[K];
    } catch (error) {
      return {
        ok: false,
        error: { kind: 'write-failed', message: error instanceof Error ? error.message : String(error) },
      } as HighlightReplies[K];
    }
  }

  return {
    list: (pageKey) => call({ type: 'highlights-list', pageKey }),
    listAll: () => call({ type: 'highlights-list-all' }),
    listPages: () => call({ type: 'highlights-list-pages' }),
    exportAll: () => call({ type: 'highlights-export-all' }),
    update: (pageKey, id, patch) => call({ type: 'highlight-update', pageKey, id, ...patch }),
    remove: (pageKey, id) => call({ type: 'highlight-delete', pageKey, id }),
    restore: (removed) => call({ type: 'highlights-restore', removed }),
    removePage: (pageKey) => call({ type: 'highlights-remove-page', pageKey }),
    importAnnotations: async (json) =>
      json.length > MAX_IMPORT
        ? { ok: false, error: { kind: 'invalid', message: 'The file is too large to be a highlights export.' } }
        : call({ type: 'highlights-import', json }),
  };
}
