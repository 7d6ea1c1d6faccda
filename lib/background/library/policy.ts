/**
 * What the library keeps. A page is kept when Marginalia analysed it in a tab — on a curated
 * site by itself, anywhere else only because the reader ran it — unless the reader turned
 * keeping off, the tab is a private (incognito) one, or the page is not on the web.
 */
export interface KeepRequest {
  /** The page key (normalized http(s) URL), or null when the page has none. */
  pageKey: string | null;
  /** `sender.tab.incognito` of the tab the analysis came from. */
  incognito: boolean | undefined;
  keeping: boolean;
}

export type KeepDecision = { keep: true } | { keep: false; reason: 'incognito' | 'keeping-off' | 'not-web' };

export function decideKeeping({ pageKey, incognito, keeping }: KeepRequest): KeepDecision {
  // Checked first and on its own: nothing from a private window, whatever else holds.
  if (incognito !== false) return { keep: false, reason: 'incognito' };
  if (!pageKey || !/^https?:\/\//i.test(pageKey)) return { keep: false, reason: 'not-web' };
  if (!keeping) return { keep: false, reason: 'keeping-off' };
  return { keep: true };
}
