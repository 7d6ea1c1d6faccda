/**
 * Every message Marginalia sends, with a schema for each. Receivers parse before they act
 * and drop anything that does not match; the background also checks who sent it
 * (see `senderRole`).
 */
import * as v from 'valibot';
import type { PageAnalysis } from './types';

const MAX_URL = 8_192;
/** A page serialized for analysis; larger pages are refused with a clear state rather than stall the panel. */
export const MAX_PAGE_HTML = 16 * 1024 * 1024;

const pageUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL),
  v.check((url) => /^(https?|file):/i.test(url), 'page URL must be http(s) or file'),
);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Content script → background. */
export const contentMessageSchema = v.variant('type', [
  v.object({ type: v.literal('analyze-page'), url: pageUrl, html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML)) }),
  v.object({ type: v.literal('page-unsupported'), url: pageUrl, reason: v.picklist(['not-html', 'too-large']) }),
  v.object({
    type: v.literal('anchor-report'),
    url: pageUrl,
    missing: v.array(v.object({ kind: v.picklist(['claim', 'term', 'disclaimer']), id })),
  }),
]);
export type ContentMessage = v.InferOutput<typeof contentMessageSchema>;

export const revealTargetSchema = v.variant('kind', [
  v.object({ kind: v.literal('claim'), id }),
  v.object({ kind: v.literal('term'), id }),
  v.object({ kind: v.literal('disclaimer') }),
  v.object({ kind: v.literal('highlight'), id }),
]);
export type RevealTarget = v.InferOutput<typeof revealTargetSchema>;

/** Extension pages (side panel, options) → content script of a tab. */
export const tabMessageSchema = v.variant('type', [
  v.object({ type: v.literal('reveal'), target: revealTargetSchema }),
  v.object({ type: v.literal('reanalyze') }),
]);
export type TabMessage = v.InferOutput<typeof tabMessageSchema>;

/** Extension pages → background. */
export const pageMessageSchema = v.variant('type', [v.object({ type: v.literal('run-on-tab'), tabId })]);
export type PageMessage = v.InferOutput<typeof pageMessageSchema>;

/** Background → offscreen document (Chrome): analyze serialized HTML where a DOM parser exists. */
export const offscreenMessageSchema = v.object({
  target: v.literal('offscreen'),
  type: v.literal('analyze-html'),
  url: pageUrl,
  uiLang: v.pipe(v.string(), v.maxLength(35)),
  html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML)),
});
export type OffscreenMessage = v.InferOutput<typeof offscreenMessageSchema>;

export type AnalyzeReply = { ok: true; analysis: PageAnalysis } | { ok: false; error: string };

export function parseMessage<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : null;
}

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
  frameId?: number;
}

/**
 * Who sent a runtime message: our own content script in a tab's top frame, one of our own
 * extension pages, or someone we ignore (another extension, a subframe, a web page).
 */
export function senderRole(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): 'content' | 'extension-page' | null {
  if (sender.id !== extensionId) return null;
  // Checked first: our own pages opened in a tab (options, the panel in tests) have a tab too.
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return sender.frameId === 0 ? 'content' : null;
  return null;
}

/**
 * Answer a runtime message from a listener's result, sync or async, the way every browser
 * supports: through `sendResponse`, returning true to keep the channel open.
 */
export function replyWith(result: unknown, sendResponse: (response: unknown) => void): boolean {
  if (result === undefined) return false;
  Promise.resolve(result).then(sendResponse, (error: unknown) =>
    sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
  return true;
}
