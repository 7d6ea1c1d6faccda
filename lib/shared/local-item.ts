/**
 * One value in `storage.local`, read and written straight through the extension API. The content
 * script reads the reader's settings with it: @wxt-dev/storage's item costs the content script
 * about a seventh of its size and a storage read per item when the script is evaluated, before
 * the page is idle, while this does nothing until the first `getValue` or `watch`.
 *
 * Values are stored exactly as @wxt-dev/storage's `defineItem('local:<key>', { fallback, version: 1 })`
 * stores them (the value under `<key>`, no `<key>$` metadata without migrations), so either can
 * read what the other wrote. An item that needs a migration one day goes back to @wxt-dev/storage.
 */
export interface LocalItem<T> {
  readonly key: string;
  /** The stored value, or the fallback when nothing (or null) is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Called with the new value (or the fallback) whenever this key's value changes; returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

/**
 * Reads asked for in one synchronous run go to the browser as one `storage.local.get`: each call
 * is a round trip to the browser process, and its answer a task of its own on the page (the
 * content script reads three settings as it starts).
 */
interface ReadBatch {
  keys: Set<string>;
  answer: Promise<Record<string, unknown>>;
  /** Sends the batch's one read (once); later reads open a new batch. */
  send: () => void;
}

let openBatch: ReadBatch | null = null;

function openReadBatch(): ReadBatch {
  const keys = new Set<string>();
  let sent = false;
  let send = () => {};
  const answer = new Promise<Record<string, unknown>>((resolve, reject) => {
    send = () => {
      if (sent) return;
      sent = true;
      if (openBatch === batch) openBatch = null;
      try {
        browser.storage.local.get([...keys]).then(resolve, reject);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  });
  const batch: ReadBatch = { keys, answer, send: () => send() };
  queueMicrotask(batch.send);
  return batch;
}

async function read(key: string): Promise<unknown> {
  const batch = (openBatch ??= openReadBatch());
  batch.keys.add(key);
  return (await batch.answer)[key];
}

export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  const orFallback = (value: unknown): T => (value ?? fallback) as T;
  return {
    key,
    async getValue() {
      return orFallback(await read(key));
    },
    async setValue(value) {
      // A read asked for before this write goes first, as it would unbatched.
      openBatch?.send();
      if (value === null || value === undefined) await browser.storage.local.remove(key);
      else await browser.storage.local.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[key];
        // Some browsers report a write of the same value as a change; stored values are plain JSON.
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        onChange(orFallback(change.newValue));
      };
      browser.storage.local.onChanged.addListener(listener);
      return () => browser.storage.local.onChanged.removeListener(listener);
    },
  };
}
