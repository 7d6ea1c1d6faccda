/**
 * The library as extension pages see it: every call is a message to the background, which owns
 * the database. Export reads the database directly (read only, any version), so it works even
 * when the background cannot use the database.
 */
import type { LibraryMessage, LibraryReplies } from '../shared/library/messages';
import type { LibraryResult } from '../shared/library/types';

type Send = (message: LibraryMessage) => Promise<unknown>;

function isResult(value: unknown): value is LibraryResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean' &&
    ((value as { ok: boolean }).ok || typeof (value as { error?: { kind?: unknown } }).error?.kind === 'string')
  );
}

export type LibraryCall = <K extends LibraryMessage['type']>(
  message: Extract<LibraryMessage, { type: K }>,
) => Promise<LibraryReplies[K]>;

export function createLibraryClient(send: Send = (message) => browser.runtime.sendMessage(message)): LibraryCall {
  return async (message) => {
    try {
      const reply = await send(message);
      if (isResult(reply)) return reply as LibraryReplies[typeof message.type];
      const detail =
        typeof (reply as { error?: unknown } | undefined)?.error === 'string'
          ? (reply as { error: string }).error
          : 'The extension did not answer.';
      return { ok: false, error: { kind: 'unavailable', message: detail } } as LibraryReplies[typeof message.type];
    } catch (error) {
      return {
        ok: false,
        error: { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) },
      } as LibraryReplies[typeof message.type];
    }
  };
}
