import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../shared/tab-state';
import { tabStateItem } from '../shared/tab-state';
import { watchTabState } from './follow-tab';

describe('watchTabState', () => {
  it('gives the stored state, then each change', async () => {
    fakeBrowser.reset();
    await tabStateItem(7).setValue({ status: 'analyzing', url: 'https://a.example/' });
    const seen: (TabState | null)[] = [];
    const stop = watchTabState(7, (state) => seen.push(state));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await tabStateItem(7).setValue({ status: 'error', url: 'https://a.example/', message: 'x' });
    await vi.waitFor(() => expect(seen.map((state) => state?.status)).toEqual(['analyzing', 'error']));
    stop();
  });

  it('keeps a change that arrives before the answer to a read made earlier', async () => {
    fakeBrowser.reset();
    const before: TabState = { status: 'analyzing', url: 'https://a.example/' };
    await tabStateItem(8).setValue(before);
    // The panel's first read is answered late, with the value from before the change.
    let answerRead: () => void = () => {};
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(((keys: string) => {
      const stale = read(keys);
      return new Promise((resolve) => (answerRead = () => resolve(stale)));
    }) as never);
    const seen: (TabState | null)[] = [];
    const stop = watchTabState(8, (state) => seen.push(state));
    await tabStateItem(8).setValue({ status: 'error', url: 'https://a.example/', message: 'x' });
    await vi.waitFor(() => expect(seen.map((state) => state?.status)).toEqual(['error']));
    answerRead();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.map((state) => state?.status)).toEqual(['error']);
    stop();
  });
});
