import { IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  analysisOf,
  freshDb,
  gateAnalysis as gate,
  GATE_URL as GATE,
  highlightOn,
  keptPostings as kept,
  rebuiltPostings,
  vergeAnalysis,
  VERGE_URL as VERGE,
} from '../../../tests/fixtures/library';
import { createHighlightStore } from '../highlights/store';
import { parseLibraryImport, readSnapshot, toLibraryExport } from '../../shared/library/export';
import type { LibraryDb, SearchEntry } from './db';
import { createLibrary, openLibraryDb } from './library';
import { entryKeyOf, postingKey, wordOf } from './postings';

let db: LibraryDb | undefined;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

/** Counts the reads of single entries by key (what the middleware asks when it does not know an entry). */
function countEntryGets(): { count: number } {
  const counter = { count: 0 };
  const get = IDBObjectStore.prototype.get;
  vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key: unknown) {
    if (this.name === 'entries') counter.count++;
    return get.call(this, key as IDBValidKey);
  });
  return counter;
}

const rebuilt = rebuiltPostings;

const verge = vergeAnalysis();

describe('postings: the word lists kept with every write to the entries', () => {
  it('agree with a rebuild after keeping, keeping again, highlights, forgetting, importing and forgetting everything', async () => {
    const fresh = freshDb();
    db = fresh.db;
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    const library = createLibrary(db, async () => ({}));
    const highlights = createHighlightStore(async () => ({ ok: true, value: db! }));
    const check = async () => expect(await kept(db!)).toEqual(await rebuilt(db!));

    await library.keepAnalysis(GATE, gate('Altman'));
    await check();
    expect(await kept(db)).not.toEqual([]);
    await library.keepAnalysis(VERGE, verge);
    await check();
    // Kept again with other words: the rows of the words gone go, the new ones come.
    await library.keepAnalysis(
      GATE,
      analysisOf(GATE, { lang: 'pt', claims: [{ text: 'Só uma previsão.', speaker: 'Hassabis' }] }),
    );
    await check();
    expect((await kept(db)).some((key) => key.startsWith('custo '))).toBe(false);
    expect((await kept(db)).some((key) => key.startsWith('previsao '))).toBe(true);
    expect((await highlights.add(VERGE, { title: 'An interview' }, highlightOn(VERGE, 'scaling', 'a note'))).ok).toBe(
      true,
    );
    await check();
    const exported = JSON.stringify(
      toLibraryExport(await readSnapshot(db.name, { indexedDB: fresh.factory, IDBKeyRange })),
    );
    expect(await library.forgetPage(VERGE)).toEqual({ ok: true, value: true });
    await check();
    expect((await kept(db)).some((key) => key.includes(VERGE))).toBe(false);
    const parsed = parseLibraryImport(exported);
    if (!parsed.ok) throw new Error(parsed.message);
    expect((await library.importRecords(parsed.value)).ok).toBe(true);
    await check();

    expect((await library.forgetEverything()).ok).toBe(true);
    expect(await kept(db)).toEqual([]);
  });

  it('a write that fails leaves them as they were', async () => {
    db = freshDb().db;
    await openLibraryDb(db);
    const library = createLibrary(db, async () => ({}));
    await library.keepAnalysis(GATE, gate('Altman'));
    const before = await kept(db);
    const entry = (await db.entries.toCollection().first())!;
    await expect(
      db.transaction('rw', db.entries, db.pages, async () => {
        await db!.entries.put({ ...entry, tokens: ['brandnew'] });
        await db!.pages.add((await db!.pages.get(GATE))!);
      }),
    ).rejects.toThrow();
    expect(await kept(db)).toEqual(before);
  });

  it('keeping a page reads no entry back: the keep path read them, and which keys were free', async () => {
    db = freshDb().db;
    await openLibraryDb(db);
    const library = createLibrary(db, async () => ({}));
    await library.keepAnalysis(VERGE, verge);
    const gets = countEntryGets();
    await library.keepAnalysis(GATE, gate('Altman'));
    expect(await kept(db)).toEqual(await rebuilt(db));
    // Again, with words gone and others new.
    await library.keepAnalysis(
      GATE,
      analysisOf(GATE, {
        lang: 'pt',
        publishedTime: '2026-03-01T10:00:00Z',
        claims: [{ text: 'Só uma previsão.', speaker: 'Hassabis' }],
      }),
    );
    expect(await kept(db)).toEqual(await rebuilt(db));
    expect(gets.count).toBe(0);
    // The page's date changed: its entries move to new keys, still without reading any back.
    await library.keepAnalysis(GATE, gate('Altman'));
    await library.keepAnalysis(GATE, analysisOf(GATE, { lang: 'pt', publishedTime: '2026-05-01T10:00:00Z' }));
    expect(await kept(db)).toEqual(await rebuilt(db));
    expect(gets.count).toBe(0);
  });

  it('what a transaction read is trusted only until a later write, and a write it does not know is read first', async () => {
    db = freshDb().db;
    await openLibraryDb(db);
    const library = createLibrary(db, async () => ({}));
    await library.keepAnalysis(GATE, gate('Altman'));
    await library.keepAnalysis(VERGE, verge);
    const [first, second] = await db.entries.toArray();
    const entry = (base: SearchEntry, tokens: string[]): SearchEntry => ({ ...base, tokens });
    const check = async () => expect(await kept(db!)).toEqual(await rebuilt(db!));
    await db.transaction('rw', db.entries, async () => {
      const entries = db!.entries;
      // Known from a read, then written over twice and removed.
      await entries.get(first!.key);
      await entries.put(entry(first!, ['alpha', 'beta']));
      await entries.put(entry(first!, ['beta', 'gamma', 'gamma']));
      // A read answered after a write it was asked before is not trusted.
      const [, stale] = await Promise.all([
        entries.put(entry(second!, ['delta'])),
        entries.get(second!.key),
        entries.put(entry(second!, ['epsilon'])),
      ]);
      expect(stale?.tokens).toEqual(['delta']);
      await entries.put(entry(second!, ['zeta']));
      // A key range read whole: a key inside it that was not found is new.
      await entries.where(':id').between('0', '9').primaryKeys();
      await entries.put(entry(first!, ['eta']));
      await entries.bulkPut([
        { ...entry(first!, ['theta']), key: '0000000000001|claim|new' },
        { ...entry(first!, ['iota']), key: '0000000000001|claim|new' },
      ]);
      await entries.bulkDelete([second!.key, 'not-there']);
      // A range removed unread forgets what was known in it.
      await entries.where(':id').between('0', '1').delete();
      await entries.put(entry(first!, ['kappa']));
    });
    await check();
    // A key found by a range read but never read itself is not taken for free.
    await db.transaction('rw', db.entries, async () => {
      await db!.entries.where(':id').between('0', '9').primaryKeys();
      await db!.entries.put(entry(first!, ['nu']));
    });
    await check();
    expect((await kept(db)).filter((key) => /^(alpha|beta|gamma|delta|epsilon|zeta|theta|iota) /.test(key))).toEqual(
      [],
    );
    // After clearing, every key is known to be free.
    const gets = countEntryGets();
    await db.transaction('rw', db.entries, async () => {
      await db!.entries.clear();
      await db!.entries.bulkPut([entry(first!, ['lambda']), entry(second!, ['mu'])]);
    });
    await check();
    expect(gets.count).toBe(0);
  });

  it('a put over entries it knows that fails undoes the whole transaction, rows included', async () => {
    db = freshDb().db;
    await openLibraryDb(db);
    const library = createLibrary(db, async () => ({}));
    await library.keepAnalysis(GATE, gate('Altman'));
    const before = await kept(db);
    const entry = (await db.entries.toCollection().first())!;
    const fresh = { ...entry, key: '0000000000001|claim|twice', tokens: ['twice'] };
    await expect(
      db.transaction('rw', db.entries, async () => {
        await db!.entries.where(':id').between('0', '1').primaryKeys();
        // Adding one key twice: the second add fails, and its words were written with it.
        await db!.entries.bulkAdd([fresh, { ...fresh, tokens: ['other'] }]).catch(() => undefined);
      }),
    ).rejects.toThrow();
    expect(await kept(db)).toEqual(before);
    expect(await db.entries.get(fresh.key)).toBeUndefined();
  });

  it('sort as their words do, so one word is one stretch of keys and no other word falls inside it', () => {
    const words = ['sam', 'sam2', 'samx', 'sama', 'sa', 'é', '阿尔'];
    const entry = '9998288000000|claim|https://x/#claim-0';
    const keys = words.map((word) => postingKey(word, entry));
    expect([...keys].sort()).toEqual([...words].sort().map((word) => postingKey(word, entry)));
    for (const [position, word] of words.entries()) {
      expect(wordOf(keys[position]!)).toBe(word);
      expect(entryKeyOf(word, keys[position]!)).toBe(entry);
    }
  });
});
