import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { localItem } from './local-item';

describe('localItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads and writes what @wxt-dev/storage’s version 1 item of the same key reads and writes', async () => {
    const wxtItem = storage.defineItem<Record<string, boolean>>('local:layers-by-site', { fallback: {}, version: 1 });
    const item = localItem<Record<string, boolean>>('layers-by-site', {});
    expect(await item.getValue()).toEqual({});

    await wxtItem.setValue({ 'example.com': true });
    expect(await item.getValue()).toEqual({ 'example.com': true });

    await item.setValue({ 'example.org': false });
    expect(await wxtItem.getValue()).toEqual({ 'example.org': false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'layers-by-site': { 'example.org': false } });
  });

  it('tells a watcher about changes of its key’s value only, with the fallback once the value is removed', async () => {
    const item = localItem<string>('definition-source', 'interface');
    const seen = vi.fn();
    const unwatch = item.watch(seen);
    await item.setValue('article');
    await item.setValue('article');
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.remove('definition-source');
    expect(seen.mock.calls).toEqual([['article'], ['interface']]);
    unwatch();
    await item.setValue('article');
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('asks the browser once for the reads of one synchronous run, and lets a read asked before a write see the old value', async () => {
    const layers = localItem<Record<string, boolean>>('layers-by-site', {});
    const source = localItem<string>('definition-source', 'interface');
    await fakeBrowser.storage.local.set({ 'definition-source': 'article' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const values = await Promise.all([layers.getValue(), source.getValue(), layers.getValue()]);
    expect(values).toEqual([{}, 'article', {}]);
    expect(get).toHaveBeenCalledTimes(1);

    const before = source.getValue();
    await source.setValue('interface');
    expect(await before).toBe('article');
    expect(await source.getValue()).toBe('interface');
    expect(get).toHaveBeenCalledTimes(3);
  });
});
