import { attachHighlighter } from '@/lib/page/highlighter';
import { PageSession } from '@/lib/page/session';
import { listen } from '@/lib/shared/messaging';
import { tabRoutes, type TabReplies, type TabRoutes } from '@/lib/shared/protocol';
import { fail, ok } from '@/lib/shared/result';
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
    const session = new PageSession(document);
    globalThis.__marginaliaSession = session;
    let highlights: ReturnType<typeof attachHighlighter> | null = null;
    const notYet = () => fail('unavailable', 'Marginalia is still starting on this page.');

    // The one listener of this context: only our own extension's background and pages reach it.
    const onMessage = listen<TabRoutes, TabReplies>(
      tabRoutes,
      {
        reveal: (message) => ok(session.reveal(message.target)),
        'highlights-changed': (message) => {
          highlights?.onChanged(message.pageKey);
          return ok(undefined);
        },
        'highlights-anchoring': () => ok(highlights?.highlighter.anchoring() ?? null),
        'highlight-selection': (message) => highlights?.highlightSelection(message.colour) ?? notYet(),
      },
      (sender) => (sender.id === browser.runtime.id ? 'extension-page' : null),
    );
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
      highlights = attachHighlighter(ctx, session);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 1000 });
    else setTimeout(begin, 0);
  },
});
