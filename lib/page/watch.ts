import { UI_ATTRIBUTE } from './anchoring/text-index';

export interface PageWatchOptions {
  /** Where the article lives on the live page; null while there is none (then the whole body counts). */
  region(): Node | null;
  /** The page went to another URL without a load (single-page-app navigation). */
  onNavigate(url: string): void;
  /** Text arrived, changed or went away inside the article region. */
  onContentChange(): void;
  signal: AbortSignal;
  /** Quiet time before a content change is reported. */
  debounceMs?: number;
  /** At most one content change is reported per this many ms, however busy the page is. */
  minIntervalMs?: number;
}

/** Without an article yet, only this much new text makes a content change (late-loading articles; not a ticker). */
const MIN_NEW_TEXT_WITHOUT_ARTICLE = 200;

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest(`[${UI_ATTRIBUTE}]`);
}

/**
 * Notice navigation and content changes the way the reader would, with bounded cost: one
 * MutationObserver whose callback only compares nodes, a debounce, and a floor between reports.
 * Mutations outside the article region (tickers, ads, comment counters) are ignored.
 */
export function watchPage(doc: Document, options: PageWatchOptions): void {
  const debounceMs = options.debounceMs ?? 600;
  const minIntervalMs = options.minIntervalMs ?? 2000;
  let url = doc.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = 0;

  const checkUrl = () => {
    if (doc.location.href === url) return false;
    url = doc.location.href;
    clearTimeout(timer);
    options.onNavigate(url);
    return true;
  };

  const schedule = () => {
    clearTimeout(timer);
    const wait = Math.max(debounceMs, lastReport + minIntervalMs - Date.now());
    timer = setTimeout(() => {
      lastReport = Date.now();
      options.onContentChange();
    }, wait);
  };

  const relevant = (records: MutationRecord[]): boolean => {
    const region = options.region();
    let newText = 0;
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (region) {
        if (region.contains(record.target) || record.target.contains(region)) {
          if (record.type === 'characterData') return true;
          const nodes = [...record.addedNodes, ...record.removedNodes];
          if (nodes.some((node) => !isOurs(node) && (node.textContent ?? '').trim())) return true;
        }
      } else {
        for (const node of record.addedNodes) if (!isOurs(node)) newText += (node.textContent ?? '').trim().length;
        if (newText >= MIN_NEW_TEXT_WITHOUT_ARTICLE) return true;
      }
    }
    return false;
  };

  const observer = new MutationObserver((records) => {
    if (checkUrl()) return;
    if (relevant(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const navigation = (doc.defaultView as (Window & { navigation?: EventTarget }) | null)?.navigation;
  const onNavigation = () => queueMicrotask(checkUrl);
  navigation?.addEventListener('currententrychange', onNavigation);
  doc.defaultView?.addEventListener('popstate', onNavigation);

  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    navigation?.removeEventListener('currententrychange', onNavigation);
    doc.defaultView?.removeEventListener('popstate', onNavigation);
  });
}
