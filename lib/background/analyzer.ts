import { analyzePage } from '../analysis/analyze';
import { sendToOffscreen } from '../shared/messaging';
import { errorMessage, fail, ok, type Result } from '../shared/result';
import type { PageAnalysis } from '../shared/types';

/**
 * Run the analysis somewhere with a DOM parser, off the page's main thread: the background
 * page itself in Firefox, an offscreen document in Chrome (service workers have no DOM).
 */
export async function analyzeInBackground(url: string, html: string): Promise<Result<PageAnalysis>> {
  if (import.meta.env.FIREFOX) return analyzeHtml(url, html);
  await ensureOffscreenDocument();
  return untilListening(() => sendToOffscreen({ type: 'analyze-html', url, html }));
}

/** How long a new offscreen document may take to add its message listener, and how often to ask meanwhile. */
const LISTENER_WAIT_MS = 3000;
const LISTENER_POLL_MS = 50;

/**
 * Chrome can resolve `offscreen.createDocument` before the document's script has added its
 * listener (seen with Chromium 150 on a busy machine): a message sent then finds no receiver.
 * Ask again while that is the answer, for a bounded time; any other answer is final.
 */
export async function untilListening<T>(
  send: () => Promise<Result<T>>,
  waitMs = LISTENER_WAIT_MS,
  pollMs = LISTENER_POLL_MS,
): Promise<Result<T>> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const reply = await send();
    if (reply.ok || !isNoReceiver(reply.error) || Date.now() >= deadline) return reply;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function isNoReceiver(error: { kind: string; message: string }): boolean {
  return error.kind === 'unavailable' && error.message.includes('Receiving end does not exist');
}

/** Parse serialized page HTML (scripts never run in a DOMParser document) and analyze it. */
export function analyzeHtml(url: string, html: string): Result<PageAnalysis> {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
    return ok(analyzePage(doc, url, { sanitizeWith: window }));
  } catch (error) {
    return fail('failed', errorMessage(error));
  }
}

/**
 * Have the analyzer ready before the page asks (a page the extension may read has begun to load):
 * in Chrome the offscreen document is made then, and warms its code on a small sample page while
 * idle (see WARM_UP_QUERY), instead of on the reader's first page after the browser started:
 * ~300 ms of compiling (the lexicons' expressions, the term base's automaton) that otherwise
 * came between the page and its first claim. Nothing in Firefox, whose background page analyzes.
 */
export function warmAnalyzer(): void {
  if (import.meta.env.FIREFOX) return;
  void ensureOffscreenDocument(true).catch(() => undefined);
}

/** On the offscreen document's address: made to warm up (warmAnalyzer), not for an analysis waiting. */
export const WARM_UP_QUERY = '?warm';

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(warm = false): Promise<void> {
  // Chrome allows one offscreen document per extension: any there is is the analyzer.
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: `${browser.runtime.getURL('/offscreen.html')}${warm ? WARM_UP_QUERY : ''}`,
      reasons: ['DOM_PARSER'],
      justification: 'Parse the page and isolate its article off the page’s main thread.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
