/**
 * Sending and receiving the messages of ./protocol. A receiver has one listener that maps each
 * message type to its handler (`listen`); senders get a `Result` whatever happens on the way
 * (no answer, a closed tab, a handler that threw), so no reply is ever cast at a call site.
 */
import * as v from 'valibot';
import type {
  AnyMessageOf,
  BackgroundReplies,
  BackgroundRoutes,
  MessageOf,
  OffscreenReplies,
  OffscreenRoutes,
  PageEventRoutes,
  Routes,
  SenderRole,
  TabReplies,
  TabRoutes,
} from './protocol';
import { errorMessage, fail, ok, type Result } from './result';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
  frameId?: number;
}

/**
 * Who sent a runtime message to the background: our own content script in a tab's top frame,
 * one of our own extension pages, or someone we ignore (another extension, a subframe, a page).
 */
export function senderRole(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): Exclude<SenderRole, 'background'> | null {
  if (sender.id !== extensionId) return null;
  // Checked first: our own pages opened in a tab (options, the panel in tests) have a tab too.
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return sender.frameId === 0 ? 'content' : null;
  return null;
}

export type Handlers<R extends Routes, Replies extends { [K in keyof R]: unknown }> = {
  [K in keyof R]: (
    message: MessageOf<R, K>,
    sender: SenderLike,
  ) => Result<Replies[K]> | Promise<Result<Replies[K]>> | undefined;
};

const schemas = new WeakMap<Routes, Map<string, v.GenericSchema>>();

function schemaFor(routes: Routes, type: string): v.GenericSchema | null {
  let byType = schemas.get(routes);
  if (!byType) schemas.set(routes, (byType = new Map<string, v.GenericSchema>()));
  let schema = byType.get(type);
  if (!schema) {
    const found = Object.hasOwn(routes, type) ? routes[type] : undefined;
    if (!found) return null;
    schema = v.object({ type: v.literal(type), ...found.fields() });
    byType.set(type, schema);
  }
  return schema;
}

/**
 * What `raw` is to `routes` when `role` sends it: one of its messages; a message of a type it
 * declares, from a sender allowed to send it, whose fields fail their check (`refused`, with the
 * first failing field); or null, anything else (not ours to answer).
 * Unknown keys are dropped by the schema, so a handler only ever sees declared fields.
 */
export function checkRouted<R extends Routes>(
  routes: R,
  raw: unknown,
  role: SenderRole | null,
): { message: AnyMessageOf<R> } | { refused: string } | null {
  if (role === null || typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string') return null;
  const schema = schemaFor(routes, type);
  if (!schema || !routes[type]!.from.includes(role)) return null;
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return { message: parsed.output as AnyMessageOf<R> };
  const issue = parsed.issues[0];
  const field = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return { refused: `Message ${type} refused${field ? ` at ${field}` : ''}: ${issue.message}` };
}

/** The message `raw` as one of `routes`, when it is one and `role` may send it; otherwise null. */
export function parseRouted<R extends Routes>(
  routes: R,
  raw: unknown,
  role: SenderRole | null,
): AnyMessageOf<R> | null {
  const checked = checkRouted(routes, raw, role);
  return checked && 'message' in checked ? checked.message : null;
}

/**
 * A `runtime.onMessage` listener answering the messages of `routes` with `handlers`. Messages
 * it does not know, or from a sender not allowed to send them, get no answer (another listener
 * in the same context, if any, may take them). A message of its own whose fields fail their check
 * answers a 'failed' result at once, as a handler that throws does: only our own code may send it,
 * so it is a bug to report, not a silence the sender would wait out and call "did not answer".
 */
export function listen<R extends Routes, Replies extends { [K in keyof R]: unknown }>(
  routes: R,
  handlers: Handlers<R, Replies>,
  roleOf: (sender: SenderLike) => SenderRole | null,
) {
  return (raw: unknown, sender: SenderLike, sendResponse: (response: unknown) => void): boolean => {
    const checked = checkRouted(routes, raw, roleOf(sender));
    if (!checked) return false;
    if ('refused' in checked) {
      sendResponse(fail('failed', checked.refused));
      return true;
    }
    const { message } = checked;
    const handler = handlers[message.type] as (
      message: unknown,
      sender: SenderLike,
    ) => Result<unknown> | Promise<Result<unknown>> | undefined;
    let reply: Result<unknown> | Promise<Result<unknown>> | undefined;
    try {
      reply = handler(message, sender);
    } catch (error) {
      reply = fail('failed', errorMessage(error));
    }
    if (reply === undefined) return false;
    Promise.resolve(reply).then(sendResponse, (error: unknown) => sendResponse(fail('failed', errorMessage(error))));
    return true;
  };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const { ok: flag, error } = value as { ok?: unknown; error?: unknown };
  // A void value does not survive the trip: `{ ok: true, value: undefined }` arrives as `{ ok: true }`.
  if (flag === true) return true;
  return (
    flag === false &&
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/**
 * Send and wait for the answer as a `Result`: a missing or malformed answer, or a send that
 * throws (no receiver), becomes an 'unavailable' failure with `noAnswer` as its message.
 */
export async function request<T>(send: () => Promise<unknown>, noAnswer: string): Promise<Result<T>> {
  try {
    const reply = await send();
    return isResult(reply) ? (reply as Result<T>) : fail('unavailable', noAnswer);
  } catch (error) {
    return fail('unavailable', `${noAnswer} (${errorMessage(error)})`);
  }
}

/** A handler's answer for a message that needs no value back. */
export const done = (): Result<void> => ok(undefined);

/** How a message leaves: the runtime by default, a fake in tests. */
export type Transport = (message: unknown) => Promise<unknown>;
const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** To the background (and every extension page listening, which ignore it). */
export function sendToBackground<K extends keyof BackgroundRoutes>(
  message: MessageOf<BackgroundRoutes, K>,
  transport: Transport = runtimeTransport,
): Promise<Result<BackgroundReplies[K]>> {
  return request(() => transport(message), 'The extension did not answer');
}

/** To the content script in a tab's top frame. */
export function sendToTab<K extends keyof TabRoutes>(
  tabId: number,
  message: MessageOf<TabRoutes, K>,
): Promise<Result<TabReplies[K]>> {
  return request(
    () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    'Marginalia is not running in this tab',
  );
}

export function sendToOffscreen<K extends keyof OffscreenRoutes>(
  message: MessageOf<OffscreenRoutes, K>,
): Promise<Result<OffscreenReplies[K]>> {
  return request(() => browser.runtime.sendMessage(message), 'The analyzer did not answer');
}

/** An event for the extension pages that listen (the panel); nobody answers it. */
export function announce<K extends keyof PageEventRoutes>(
  message: MessageOf<PageEventRoutes, K>,
  transport: Transport = runtimeTransport,
): void {
  void Promise.resolve()
    .then(() => transport(message))
    .catch(() => undefined);
}
