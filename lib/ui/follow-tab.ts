import { tabMissingItem, tabStateItem, type TabMissing, type TabState } from '../shared/tab-state';

/** The tab the panel shows: the one in `?tabId=`, else the active tab of the panel's window, following it. */
export function followTab(onTab: (tabId: number | null) => void, search = location.search): () => void {
  const pinned = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(pinned) && pinned >= 0) {
    onTab(pinned);
    return () => {};
  }
  let windowId: number | undefined;
  const refresh = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    windowId = tab?.windowId;
    onTab(tab?.id ?? null);
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  void refresh();
  return () => browser.tabs.onActivated.removeListener(onActivated);
}

interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

function watchItem<T>(item: WatchableItem<T>, onValue: (value: T) => void): () => void {
  let live = true;
  // The browser may deliver a change before the answer to a read made earlier: once a change has
  // been seen, that read's older value must not replace it (a panel left on "analyzing").
  let changed = false;
  void item.getValue().then((value) => live && !changed && onValue(value));
  const unwatch = item.watch((value) => {
    changed = true;
    onValue(value);
  });
  return () => {
    live = false;
    unwatch();
  };
}

/** The stored state of one tab, now and as it changes. */
export function watchTabState(tabId: number, onState: (state: TabState | null) => void): () => void {
  return watchItem(tabStateItem(tabId), onState);
}

/** What the tab's content script could not find on the page, now and as it changes. */
export function watchTabMissing(tabId: number, onMissing: (missing: TabMissing | null) => void): () => void {
  return watchItem(tabMissingItem(tabId), onMissing);
}
