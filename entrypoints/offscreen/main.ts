import { analyzeHtml, WARM_UP_QUERY } from '@/lib/background/analyzer';
import { WARM_UP_PAGE } from '@/lib/background/warm-up';
import { listen } from '@/lib/shared/messaging';
import { offscreenRoutes, type OffscreenReplies, type OffscreenRoutes } from '@/lib/shared/protocol';

/** Whether a page's analysis has found an article here: then the code is compiled, warm-up or not. */
let warm = false;

// Only the background talks to this document; content scripts' messages reach it too and are ignored.
browser.runtime.onMessage.addListener(
  listen<OffscreenRoutes, OffscreenReplies>(
    offscreenRoutes,
    {
      'analyze-html': (message) => {
        const reply = analyzeHtml(message.url, message.html);
        warm ||= reply.ok && reply.value.article !== null;
        return reply;
      },
    },
    (sender) => (sender.id === browser.runtime.id && !sender.tab ? 'background' : null),
  ),
);

// Made ahead of a page (warmAnalyzer): compile the analysis on a sample page while idle, unless an
// article's analysis came first and did it (a page without an article runs little of it).
if (location.search === WARM_UP_QUERY)
  requestIdleCallback(() => {
    if (!warm) analyzeHtml(WARM_UP_PAGE.url, WARM_UP_PAGE.html);
    warm = true;
  });
