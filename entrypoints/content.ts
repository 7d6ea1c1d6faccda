import { parseMessage, tabMessageSchema } from '@/lib/shared/messages';
import { highlightTabMessageSchema } from '@/lib/shared/highlights/messages';
import { attachHighlighter, type AttachedHighlighter } from '@/lib/page/highlighter';
import { PageSession } from '@/lib/page/session';
import { CURATED_MATCHES } from '@/lib/shared/sites';

declare global {
  // Set in the content script's isolated world, invisible to the page.
  var __marginaliaSession: PageSession | undefined;
}

export default defineContentScript({
  // The end-to-end build adds the loopback hosts in wxt.config.ts.
  matches: CURATED_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The toolbar button injects this script again into pages where it already runs.
    if (globalThis.__marginaliaSession) return;
    // Creating the session does no work on the page: everything waits for `begin`.
    const session = new PageSession(document, (message) => browser.runtime.sendMessage(message));
    globalThis.__marginaliaSession = session;
    let highlights: AttachedHighlighter | null = null;

    // The page is busy finishing its own load: start once it is idle, in a task of our own.
    const begin = () => {
      if (ctx.isInvalid || highlights) return;
      const start = performance.now();
      void session.start();
      highlights = attachHighlighter(ctx, session);
      // npm run bench tells this first task of ours apart from the script's evaluation by this measure.
      performance.measure('marginalia:begin', { start });
    };

    // The content script's one message listener: the panel's "show me" and the highlight messages.
    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const message = parseMessage(tabMessageSchema, raw);
      if (message?.type === 'reveal') {
        sendResponse({ ok: session.reveal(message.target) });
        return false;
      }
      const highlightMessage = parseMessage(highlightTabMessageSchema, raw);
      if (!highlightMessage) return false;
      // The reader asked for something before the page went idle: start now.
      begin();
      return highlights?.handle(highlightMessage, sendResponse) ?? false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
      globalThis.__marginaliaSession = undefined;
    });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 1000 });
    else setTimeout(begin, 0);
  },
});
