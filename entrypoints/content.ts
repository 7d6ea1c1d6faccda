import { parseMessage, tabMessageSchema } from '@/lib/shared/messages';
import { attachHighlighter } from '@/lib/page/highlighter';
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
    const session = new PageSession(document, (message) => browser.runtime.sendMessage(message));
    globalThis.__marginaliaSession = session;

    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const message = parseMessage(tabMessageSchema, raw);
      if (message?.type === 'reveal') sendResponse({ ok: session.reveal(message.target) });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
      globalThis.__marginaliaSession = undefined;
    });
    // The page is busy finishing its own load: start once it is idle, in a task of our own.
    const begin = () => {
      if (ctx.isInvalid) return;
      void session.start();
      attachHighlighter(ctx, session);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 1000 });
    else setTimeout(begin, 0);
  },
});
