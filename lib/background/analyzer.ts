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
  return sendToOffscreen({ type: 'analyze-html', url, html });
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

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const offscreenUrl = browser.runtime.getURL('/offscreen.html');
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [offscreenUrl],
  });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: offscreenUrl,
      reasons: ['DOM_PARSER'],
      justification: 'Parse the page and isolate its article off the page’s main thread.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
