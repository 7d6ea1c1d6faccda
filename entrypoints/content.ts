import { attachHighlighter, type AttachedHighlighter } from '@/lib/page/highlighter';
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
  // WXT's window.postMessage announcing the script reaches the page's own listeners, and captures
  // a stack trace, which makes V8 parse the whole script a second and a third time for its source
  // positions (2–3 ms). The script's custom event on the document still stops an older copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A copy already running here is asked to analyze again ('analyze-again' below) rather than
    // injected again: a second copy would stop this one (see above) and start over from nothing.
    if (globalThis.__marginaliaSession) return;
    // npm run bench counts a page's long task as ours when it holds one of our measures; this one
    // marks the script's own task (its compile and evaluation have none).
    const evaluated = performance.now();
    // Creating the session does no work on the page: everything waits for `begin`.
    const session = new PageSession(document);
    globalThis.__marginaliaSession = session;
    let highlights: AttachedHighlighter | null = null;

    // The page is busy finishing its own load: start once it is idle, in a task of our own.
    const begin = (): AttachedHighlighter | null => {
      if (ctx.isInvalid) return null;
      if (highlights) return highlights;
      const start = performance.now();
      void session.start();
      highlights = attachHighlighter(ctx, session);
      // npm run bench tells this first task of ours apart from the script's evaluation by this measure.
      performance.measure('marginalia:begin', { start });
      return highlights;
    };

    // What a request that needs the session is told once the extension context is gone.
    const stopped = () => fail('unavailable', 'Marginalia has stopped on this page.');

    // The one listener of this context: only our own extension's background and pages reach it.
    // A highlight request before the page went idle starts Marginalia there and then.
    const onMessage = listen<TabRoutes, TabReplies>(
      tabRoutes,
      {
        reveal: (message) => ok(session.reveal(message.target)),
        'highlights-changed': (message) => {
          highlights?.onChanged(message.pageKey);
          return ok(undefined);
        },
        'highlights-anchoring': () => ok(highlights?.highlighter.anchoring() ?? null),
        'highlight-selection': (message) => begin()?.highlightSelection(message.colour) ?? stopped(),
        // "Try again" in the panel: the page as it is now, in place. Reloading it would end an
        // activeTab grant (a page started from the toolbar) and the reader's place on the page.
        'analyze-again': () => {
          const begun = highlights !== null;
          if (!begin()) return stopped();
          if (begun) void session.analyzeAgain();
          return ok(undefined);
        },
      },
      (sender) => (sender.id === browser.runtime.id ? 'extension-page' : null),
    );
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
      globalThis.__marginaliaSession = undefined;
    });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void begin(), { timeout: 1000 });
    else setTimeout(() => void begin(), 0);
    performance.measure('marginalia:main', { start: evaluated });
  },
});
