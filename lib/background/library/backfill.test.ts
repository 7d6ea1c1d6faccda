import type Dexie from 'dexie';
import { IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  analysisOf,
  freshDb,
  gateAnalysis,
  GATE_URL,
  highlightOn,
  asUpgradedFromVersion4,
  keptPostings as kept,
  rebuiltPostings,
  unbuildPostings,
  vergeAnalysis,
  VERGE_URL,
} from '../../../tests/fixtures/library';
import { CHECKING, randomLibrary, scanSearch, SEARCH_CASES, TINY } from '../../../tests/fixtures/random-library';
import { seededRandom } from '../../../scripts/seeded-random';
import { parseLibraryImport, readSnapshot, toLibraryExport } from '../../shared/library/export';
import { createHighlightStore } from '../highlights/store';
import { BACKFILL_CHUNK, backfillChunk, BACKFILL_KEY, postingsCompleteUpTo, runBackfill } from './backfill';
import { LibraryDb, VERSION_5 } from './db';
import { createLibraryInstance } from './instance';
import { createLibrary, openLibraryDb, type Library } from './library';
import { postingKeysOf } from './postings';
import { findEntryKeys } from './search';

const open: Dexie[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.close());
  vi.restoreAllMocks();
});

async function openedDb(): Promise<{ db: LibraryDb; library: Library; factory: IDBFactory; name: string }> {
  const fresh = freshDb();
  open.push(fresh.db);
  expect(await openLibraryDb(fresh.db)).toEqual({ ok: true });
  return { ...fresh, library: createLibrary(fresh.db, async () => ({})) };
}

/** The background's library over the stored database `name`, opened as the background opens it (backfill included). */
async function openInBackground(
  factory: IDBFactory,
  name: string,
  stayAwake?: () => Promise<unknown>,
): Promise<Library> {
  const instance = createLibraryInstance(
    () => new LibraryDb(name, { indexedDB: factory, IDBKeyRange }),
    async () => ({}),
    stayAwake,
  );
  const opened = await instance.library();
  if (!opened.ok) throw new Error(opened.error.message);
  open.push(opened.value.db);
  return opened.value;
}

/** From now on, each reading of the clock is 7 s after the last. */
function clockJumps(): void {
  let clock = performance.now();
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 7_000));
}

/**
 * What the backfill promises at any point: every entry up to the cursor has all its rows, and no
 * row is of a word its entry lacks (an entry past the cursor may have some of its rows).
 */
async function expectCursorHolds(db: LibraryDb): Promise<void> {
  const cursor = await postingsCompleteUpTo(db);
  const entries = await db.entries.toArray();
  const rows = new Set(await kept(db));
  const called = new Set(entries.flatMap(postingKeysOf));
  expect([...rows].filter((row) => !called.has(row))).toEqual([]);
  const complete = entries.filter((entry) => cursor === null || entry.key <= cursor);
  expect(complete.flatMap(postingKeysOf).filter((row) => !rows.has(row))).toEqual([]);
}

/** Counts the rows put into `postings`. */
function countPostingPuts(): { count: number } {
  const counter = { count: 0 };
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (this.name === 'postings') counter.count++;
    return put.call(this, value, key);
  });
  return counter;
}

describe('the postings backfill', () => {
  it('writes, a chunk at a time and newest first, exactly the rows a rebuild gives', async () => {
    const { db, library } = await openedDb();
    await randomLibrary(seededRandom(3)).keepPages(library, 12);
    const expected = await rebuiltPostings(db);
    const facets = await db.facets.toArray();
    const keys = (await db.entries.toCollection().primaryKeys()).sort();
    await unbuildPostings(db);
    expect(await postingsCompleteUpTo(db)).toBe('');
    const indexing = async () => {
      const overview = await library.overview();
      return overview.ok && overview.value.indexing;
    };
    expect(await indexing()).toBe(true);

    let chunks = 0;
    while (!(await backfillChunk(db, 7))) {
      chunks++;
      // The cursor is the last entry of the chunks done, in key order (the newest first).
      expect(await postingsCompleteUpTo(db)).toBe(keys[chunks * 7 - 1]);
      await expectCursorHolds(db);
      const cursor = (await postingsCompleteUpTo(db))!;
      expect((await kept(db)).every((row) => row.slice(row.indexOf(' ') + 1) <= cursor)).toBe(true);
    }
    expect(chunks).toBe(Math.floor(keys.length / 7));
    expect(await kept(db)).toEqual(expected);
    expect(await postingsCompleteUpTo(db)).toBeNull();
    expect(await db.meta.get(BACKFILL_KEY)).toBeUndefined();
    expect(await indexing()).toBe(false);
    // The overview's counts and filter values are not the index's: the backfill leaves them be.
    expect(await db.facets.toArray()).toEqual(facets);
  });

  it('stopped after some chunks, or in the middle of one, resumes from its cursor on the next open and finishes', async () => {
    const { db, library, factory, name } = await openedDb();
    await randomLibrary(seededRandom(4)).keepPages(library, 10);
    const expected = await rebuiltPostings(db);
    await unbuildPostings(db);
    for (let n = 0; n < 3; n++) expect(await backfillChunk(db, 9)).toBe(false);
    const cursor = await postingsCompleteUpTo(db);
    // A chunk cut short (the worker stopped mid-way): its transaction rolls back, rows and all.
    const before = await kept(db);
    vi.spyOn(db.meta, 'put').mockRejectedValueOnce(new Error('the worker went away'));
    await expect(backfillChunk(db, 9)).rejects.toThrow('the worker went away');
    expect(await kept(db)).toEqual(before);
    expect(await postingsCompleteUpTo(db)).toBe(cursor);
    db.close();

    const again = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    open.push(again);
    expect(await openLibraryDb(again)).toEqual({ ok: true });
    expect(await postingsCompleteUpTo(again)).toBe(cursor);
    const puts = countPostingPuts();
    expect(await runBackfill(again, { size: 9 })).toBe(true);
    expect(await kept(again)).toEqual(expected);
    expect(await postingsCompleteUpTo(again)).toBeNull();
    // Only what was left was written: the three chunks done are not done again.
    expect(puts.count).toBe(expected.length - before.length);
  });

  it('a database closed meanwhile ends it quietly, and the next open resumes it', async () => {
    const { db, library, factory, name } = await openedDb();
    await randomLibrary(seededRandom(5)).keepPages(library, 6);
    const expected = await rebuiltPostings(db);
    await unbuildPostings(db);
    let chunks = 0;
    await runBackfill(db, {
      size: 5,
      between: async () => {
        if (++chunks === 3) db.close();
      },
    });
    expect(chunks).toBe(3);
    const again = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    open.push(again);
    await openLibraryDb(again);
    expect(await postingsCompleteUpTo(again)).not.toBeNull();
    await runBackfill(again, { size: 5 });
    expect(await kept(again)).toEqual(expected);
  });

  it('keeps, highlights, forgets and an import between its chunks leave the rows right, and search exact', async () => {
    const { db, library, factory } = await openedDb();
    const highlights = createHighlightStore(async () => ({ ok: true, value: db }));
    const random = seededRandom(6);
    const { keepPages, randomQuery } = randomLibrary(random);
    await keepPages(library, 8);
    await library.keepAnalysis(GATE_URL, gateAnalysis('Altman'));
    await library.keepAnalysis(VERGE_URL, vergeAnalysis());
    const exported = JSON.stringify(toLibraryExport(await readSnapshot(db.name, { indexedDB: factory, IDBKeyRange })));
    await unbuildPostings(db);
    const oldest = (await db.entries.orderBy(':id').last())!;

    const writes: (() => Promise<unknown>)[] = [
      // The newest page, before the cursor: its rows are written by the keep itself.
      () => library.keepAnalysis('https://example.org/today', analysisOf('https://example.org/today')),
      // Pages past the cursor kept again with other words, highlighted, forgotten.
      () =>
        library.keepAnalysis(
          GATE_URL,
          analysisOf(GATE_URL, {
            lang: 'pt',
            publishedTime: '2026-03-01T10:00:00Z',
            claims: [{ text: 'Só uma previsão.', speaker: 'Hassabis' }],
          }),
        ),
      () => highlights.add(VERGE_URL, { title: 'An interview' }, highlightOn(VERGE_URL, 'scaling', 'a note')),
      () => library.forgetPage(oldest.pageUrl),
      () => library.keepAnalysis(GATE_URL, gateAnalysis('Altman')),
      () => library.forgetPage(VERGE_URL),
      async () => {
        const parsed = parseLibraryImport(exported);
        if (!parsed.ok) throw new Error(parsed.message);
        expect((await library.importRecords(parsed.value)).ok).toBe(true);
      },
      () => keepPages(library, 2),
    ];
    let step = 0;
    await runBackfill(db, {
      size: 6,
      between: async () => {
        await expectCursorHolds(db);
        const write = writes[step++];
        if (write) await write();
        await expectCursorHolds(db);
        const all = await db.entries.toArray();
        const vocabulary = [...new Set(all.flatMap((entry) => entry.tokens))].sort();
        for (const query of [randomQuery(), randomQuery(), randomQuery(), { text: 'previs' }, { text: 'sca' }]) {
          const context = JSON.stringify({ query, cursor: await postingsCompleteUpTo(db) });
          expect(await findEntryKeys(db, query, 20), context).toEqual(scanSearch(all, vocabulary, query, 20));
        }
      },
    });
    expect(step).toBeGreaterThan(writes.length);
    expect(await kept(db)).toEqual(await rebuiltPostings(db));
    expect(await postingsCompleteUpTo(db)).toBeNull();
  });

  for (const [how, unbuild] of [
    ['reading the entries past it', async (db: LibraryDb) => (await unbuildPostings(db), db)],
    ['reading the old word index past it (upgraded from version 4)', asUpgradedFromVersion4],
  ] as const)
    it(`search at every cursor position answers what it answers on the complete index, ${how}`, async () => {
      const { db: complete, library } = await openedDb();
      const random = seededRandom(7);
      const { pick, keepPages, randomQuery } = randomLibrary(random);
      await keepPages(library, 24);
      const queries = [
        ...SEARCH_CASES.map((test) => test.query),
        { text: 'sca' },
        { text: 'ener', lang: 'en' },
        { text: 'zz' },
        ...Array.from({ length: 25 }, randomQuery),
      ];
      const asked = queries.map((query) => ({ query, wanted: pick([1, 5, 20, 51]) }));
      const expected = await Promise.all(asked.map(({ query, wanted }) => findEntryKeys(complete, query, wanted)));
      expect(expected.filter((keys) => keys.length).length).toBeGreaterThan(asked.length / 2);
      const entries = await complete.entries.count();
      const db = await unbuild(complete);
      open.push(db);
      expect(await postingsCompleteUpTo(db)).toBe('');

      let positions = 0;
      const step = 11;
      for (let done = false; !done; done = await backfillChunk(db, step)) {
        positions++;
        for (const [position, { query, wanted }] of asked.entries()) {
          const context = JSON.stringify({ query, wanted, cursor: await postingsCompleteUpTo(db) });
          expect(await findEntryKeys(db, query, wanted), context).toEqual(expected[position]);
          expect(await findEntryKeys(db, query, wanted, TINY), context).toEqual(expected[position]);
          expect(await findEntryKeys(db, query, wanted, CHECKING), context).toEqual(expected[position]);
        }
      }
      expect(positions).toBe(Math.floor(entries / step) + 1);
    }, 120_000);

  it('an already complete version 5 database does no work', async () => {
    const { db, library, factory, name } = await openedDb();
    await library.keepAnalysis(GATE_URL, gateAnalysis('Altman'));
    // Made at version 5: complete from the start, no cursor.
    expect(await db.meta.get(BACKFILL_KEY)).toBeUndefined();
    db.close();

    // As a version 5 Marginalia that built the rows in its upgrade left it: no cursor either.
    const again = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    open.push(again);
    await openLibraryDb(again);
    const rows = await kept(again);
    expect(rows).toEqual(await rebuiltPostings(again));
    const puts = countPostingPuts();
    expect(await runBackfill(again)).toBe(false);
    expect(puts.count).toBe(0);
    expect(await kept(again)).toEqual(rows);
    expect(again.tables.map((table) => table.name).sort()).toEqual(Object.keys(VERSION_5).sort());
  });

  it('the background starts it when it opens the library, and answers searches meanwhile', async () => {
    const { db, library, factory, name } = await openedDb();
    await randomLibrary(seededRandom(8)).keepPages(library, 6);
    const expected = await rebuiltPostings(db);
    const answer = await library.search({ text: 'model' });
    await unbuildPostings(db);
    db.close();

    const opened = await openInBackground(factory, name);
    const during = await opened.search({ text: 'model' });
    expect(during.ok && during.value.hits).toEqual(answer.ok && answer.value.hits);
    await vi.waitFor(async () => expect(await postingsCompleteUpTo(opened.db)).toBeNull(), { timeout: 10_000 });
    expect(await kept(opened.db)).toEqual(expected);
  });

  it('makes an extension call every 20 s while it runs, so the worker is not stopped for want of events', async () => {
    const { db, library, factory, name } = await openedDb();
    // Enough entries for several chunks.
    await randomLibrary(seededRandom(9)).keepPages(library, 30);
    expect(await db.entries.count()).toBeGreaterThan(2 * BACKFILL_CHUNK);
    await unbuildPostings(db);
    db.close();

    const stayAwake = vi.fn(async () => undefined);
    const opened = await openInBackground(factory, name, stayAwake);
    // Every chunk from here on seems to take long.
    clockJumps();
    await vi.waitFor(async () => expect(await postingsCompleteUpTo(opened.db)).toBeNull(), { timeout: 10_000 });
    expect(stayAwake).toHaveBeenCalled();
  });

  it('makes no extension call when there is nothing to build', async () => {
    const { db, factory, name } = await openedDb();
    db.close();
    const stayAwake = vi.fn(async () => undefined);
    clockJumps();
    await openInBackground(factory, name, stayAwake);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stayAwake).not.toHaveBeenCalled();
  });
});
