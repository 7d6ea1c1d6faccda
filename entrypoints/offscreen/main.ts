import { replyWith } from '@/lib/shared/messages';
import { handleOffscreenMessage } from '@/lib/background/analyzer';

browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  // Only the background talks to this document; content scripts' messages reach it too and are ignored.
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  return replyWith(handleOffscreenMessage(raw) ?? undefined, sendResponse);
});
