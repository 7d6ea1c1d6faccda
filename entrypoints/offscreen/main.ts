import { analyzeHtml } from '@/lib/background/analyzer';
import { listen } from '@/lib/shared/messaging';
import { offscreenRoutes, type OffscreenReplies, type OffscreenRoutes } from '@/lib/shared/protocol';

// Only the background talks to this document; content scripts' messages reach it too and are ignored.
browser.runtime.onMessage.addListener(
  listen<OffscreenRoutes, OffscreenReplies>(
    offscreenRoutes,
    { 'analyze-html': (message) => analyzeHtml(message.url, message.html) },
    (sender) => (sender.id === browser.runtime.id && !sender.tab ? 'background' : null),
  ),
);
