import { storage } from '#imports';
import type { MissingItem } from './protocol';
import type { PageAnalysis } from './types';

/** What Marginalia knows about one tab; the background writes it, the side panel reads it. */
export type TabState =
  | { status: 'analyzing'; url: string }
  | { status: 'ready'; url: string; analysis: PageAnalysis }
  | { status: 'unsupported'; url: string | null; reason: 'browser-page' | 'not-html' | 'too-large' | 'no-access' }
  | { status: 'error'; url: string; message: string };

export const tabStateItem = (tabId: number) =>
  storage.defineItem<TabState | null>(`session:tab-state:${tabId}`, { fallback: null });

/** What of the tab's analysis the content script could not find on the live page, for `url`. */
export interface TabMissing {
  url: string;
  missing: MissingItem[];
}

export const tabMissingItem = (tabId: number) =>
  storage.defineItem<TabMissing | null>(`session:tab-missing:${tabId}`, { fallback: null });

/** Pages no extension may script: the browser's own pages, stores, viewers. */
export function isUnscriptableUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  if (!/^(https?|file):/i.test(url)) return true;
  try {
    const { hostname, pathname } = new URL(url);
    if (
      hostname === 'chromewebstore.google.com' ||
      (hostname === 'chrome.google.com' && pathname.startsWith('/webstore'))
    )
      return true;
    if (hostname === 'addons.mozilla.org' || hostname === 'microsoftedge.microsoft.com') return true;
    return /\.pdf$/i.test(pathname);
  } catch {
    return true;
  }
}
