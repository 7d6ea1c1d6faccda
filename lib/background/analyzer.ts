import { analyzePage } from '../analysis/analyze';
import { offscreenMessageSchema, parseMessage, type AnalyzeReply, type OffscreenMessage } from '../shared/messages';

/**
 * Run the analysis somewhere with a DOM parser, off the page's main thread: the background
 * page itself in Firefox, an offscreen document in Chrome (service workers have no DOM).
 */
export async function analyzeInBackground(url: string, html: string, uiLang: string): Promise<AnalyzeReply> {
  if (import.meta.env.FIREFOX) return analyzeHtml(url, html, uiLang);
  await ensureOffscreenDocument();
  const message: OffscreenMessage = { target: 'offscreen', type: 'analyze-html', url, html, uiLang };
  const reply: AnalyzeReply | undefined = await browser.runtime.sendMessage(message);
  return reply ?? { ok: false, error: 'The analyzer did not answer.' };
}

/** Parse serialized page HTML (scripts never run in a DOMParser document) and analyze it. */
export function analyzeHtml(url: string, html: string, uiLang: string): AnalyzeReply {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
    return { ok: true, analysis: analyzePage(doc, url, { uiLang, sanitizeWith: window }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
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

export function handleOffscreenMessage(raw: unknown): AnalyzeReply | null {
  const message = parseMessage(offscreenMessageSchema, raw);
  if (!message) return null;
  return analyzeHtml(message.url, message.html, message.uiLang);
}
