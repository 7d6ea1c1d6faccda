/**
 * The library as extension pages see it: every call is a message to the background, which owns
 * the database. (Export reads the database directly, read only, so it works even when the
 * background cannot use it: see lib/shared/library/export.ts.)
 */
import { sendToBackground, type Transport } from '../shared/messaging';
import type { BackgroundReplies, BackgroundRoutes, MessageOf } from '../shared/protocol';
import type { Result } from '../shared/result';

export type LibraryMessageType = Extract<keyof BackgroundRoutes, `library-${string}`>;

export type LibraryCall = <K extends LibraryMessageType>(
  message: MessageOf<BackgroundRoutes, K>,
) => Promise<Result<BackgroundReplies[K]>>;

/** `transport` is for tests; by default messages go to the background through the runtime. */
export function createLibraryClient(transport?: Transport): LibraryCall {
  return (message) => sendToBackground(message, transport);
}
