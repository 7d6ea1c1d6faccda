import { storage } from '#imports';
import type { ContentMessage } from './messages';
import type { PageAnalysis } from './types';

export type MissingItem = Extract<ContentMessage, { type: 'anchor-report' }>['missing'][number];

/** What Marginalia knows about one tab; the background writes it, the side panel reads it. */
export type TabState =
  | { status: 'analyzing'; url: string }
  | { status: 'ready'; url: string; analysis: PageAnalysis; missing?: MissingItem[] }
  | { status: 'unsupported'; url: string | null; reason: 'browser-page' | 'not-html' | 'too-large' | 'no-access' }
  | { status: 'error'; url: string; message: string };

export const tabStateItem = (tabId: number) =>
  storage.defineItem<TabState | null>(`session:tab-state:${tabId}`, { fallback: null });

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
