import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisOf, freshDb, highlightOn, simulateFullDisk } from '../../../tests/fixtures/library';
import { claimEntry, entryContext, LIBRARY_DB_VERSION, LibraryDb, VERSION_1, VERSION_3, VERSION_5 } from './db';
import { postingKey } from './postings';
import { postingsCompleteUpTo, runBackfill } from './backfill';
import { readSnapshot } from '../../shared/library/export';
import { claimsFromAnalysis, createLibrary, openLibraryDb, pageFromAnalysis, termsFromAnalysis } from './library';

const URL_A = 'https://techcrunch.com/2026/03/01/altman-agi/';
const open: Dexie[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('schema migrations', () => {
  it('version 1 → 2 builds the search index from the kept rows', async () => {
    const { factory, name } = freshDb();
    const v1 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(VERSION_1);
    const analysis = analysisOf(URL_A, {
      title: 'Altman on AGI',
      publishedTime: '2026-03-01T09:00:00Z',
      claims: [{ text: 'AGI will arrive this decade.', speaker: 'Sam Altman', kind: 'prediction' }],
      terms: [{ termId: 'agi', label: 'Artificial general intelligence', forms: ['AGI'] }],
    });
    const highlight = highlightOn(URL_A, 'arrive this decade', 'bold claim');
    await v1.table('pages').put(pageFromAnalysis(URL_A, analysis, new Date('2026-03-02T00:00:00Z')));
    await v1.table('claims').bulkPut(claimsFromAnalysis(URL_A, analysis));
    await v1.table('terms').bulkPut(termsFromAnalysis(URL_A, analysis));
    await v1.table('highlights').put({ id: highlight.id, pageUrl: URL_A, annotation: highlight });
    await v1.table('highlights').put({ id: `unreadable:${URL_A}:1`, pageUrl: URL_A, annotation: 'garbage' });
    v1.close();

    const db = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    open.push(db);
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    expect(db.verno).toBe(LIBRARY_DB_VERSION);
    const kinds = (await db.entries.toArray()).map((entry) => entry.kind).sort();
    expect(kinds).toEqual(['claim', 'highlight', 'page', 'term']);
    const search = await createLibrary(db).search({ text: 'bold claim' });
    expect(search.ok && search.value.hits.map((hit) => hit.kind)).toEqual(['highlight']);
    // Nothing of version 1 was dropped.
    expect(await db.highlights.count()).toBe(2);
  });

  it('version 3 → 4 gives claim entries their speaker key, so a name in another script finds them', async () => {
    const { factory, name } = freshDb();
    const v3 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    v3.version(3).stores(VERSION_3);
    const url = 'https://www.binance.com/ja/square/post/huang-tokyo';
    const analysis = analysisOf(url, {
      lang: 'ja',
      claims: [{ text: 'AI需要はまだ始まったばかりだと述べた。', speaker: 'ジェンスン・フアン', kind: 'quote' }],
    });
    const page = pageFromAnalysis(url, analysis, new Date('2026-11-20T00:00:00Z'))!;
    const [claim] = claimsFromAnalysis(url, analysis);
    await v3.table('pages').put(page);
    await v3.table('claims').put(claim);
    // The entry as version 3 wrote it: the claim's words and the speaker as written, not the key.
    const context = entryContext(page, []);
    const written = claimEntry(claim!, context);
    await v3.table('entries').put({ ...written, tokens: written.tokens.filter((token) => token !== 'huang') });
    v3.close();

    const db = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    open.push(db);
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    expect(db.verno).toBe(LIBRARY_DB_VERSION);
    expect((await db.entries.get(written.key))?.tokens).toContain('huang');
    const search = await createLibrary(db).search({ text: 'Huang' });
    expect(search.ok && search.value.hits.map((hit) => hit.kind)).toEqual(['claim']);
    expect(await db.claims.count()).toBe(1);
  });

  it("version 4 → 5 only makes the word lists' table and a cursor at the start; the backfill then builds them", async () => {
    const { factory, name } = freshDb();
    const v4 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    v4.version(4).stores(VERSION_3);
    const analysis = analysisOf(URL_A, {
      title: 'Altman on AGI',
      publishedTime: '2026-03-01T09:00:00Z',
      claims: [
        { text: 'AGI will arrive this decade.', speaker: 'Sam Altman', kind: 'prediction' },
        { text: 'Compute is the currency of the future.', speaker: 'Sam Altman', kind: 'opinion' },
      ],
    });
    const page = pageFromAnalysis(URL_A, analysis, new Date('2026-03-02T00:00:00Z'))!;
    const claims = claimsFromAnalysis(URL_A, analysis);
    await v4.table('pages').put(page);
    await v4.table('claims').bulkPut(claims);
    const context = entryContext(page, []);
    const written = claims.map((claim) => claimEntry(claim, context));
    await v4.table('entries').bulkPut(written);
    v4.close();

    const db = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    open.push(db);
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    expect(db.verno).toBe(LIBRARY_DB_VERSION);
    expect(db.entries.schema.indexes.map((index) => index.name)).not.toContain('tokens');
    // Run without Dexie, which would have deleted the old word index (slow in Chromium): it stays, unused.
    expect([...db.backendDB().transaction('entries').objectStore('entries').indexNames]).toContain('tokens');
    expect(db.backendDB().version).toBe(LIBRARY_DB_VERSION * 10);
    // Nothing written yet but the cursor, before every entry; search reads the entries meanwhile.
    expect(await postingsCompleteUpTo(db)).toBe('');
    expect(await db.postings.count()).toBe(0);
    const search = () => createLibrary(db).search({ text: 'Sam Altman' });
    const ids = claims.map((claim) => claim.id).sort();
    const before = await search();
    expect(before.ok && before.value.hits.map((hit) => hit.id).sort()).toEqual(ids);

    expect(await runBackfill(db)).toBe(true);
    const expected = written.flatMap((entry) => entry.tokens.map((token) => postingKey(token, entry.key))).sort();
    expect(await db.postings.toCollection().primaryKeys()).toEqual(expected);
    expect(await postingsCompleteUpTo(db)).toBeNull();
    const after = await search();
    expect(after.ok && after.value.hits.map((hit) => hit.id).sort()).toEqual(ids);
    // The entries themselves are as they were.
    expect(await db.entries.toArray()).toEqual(written);
    // Written to with the old index in place, the library and its word rows stay right.
    const library = createLibrary(db);
    expect((await library.keepAnalysis(URL_A, analysisOf(URL_A, { claims: [{ text: 'Only this now.' }] }))).ok).toBe(
      true,
    );
    expect(await db.postings.toCollection().primaryKeys()).toEqual(
      (await db.entries.toArray())
        .flatMap((entry) => [...new Set(entry.tokens)].map((token) => postingKey(token, entry.key)))
        .sort(),
    );
    const reopened = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    db.close();
    open.push(reopened);
    expect(await openLibraryDb(reopened)).toEqual({ ok: true });
    expect(reopened.backendDB().version).toBe(LIBRARY_DB_VERSION * 10);
  });

  it('an empty start creates the latest version directly', async () => {
    const { db } = freshDb();
    open.push(db);
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(VERSION_5).sort());
  });
});

describe('a database Dexie repaired', () => {
  it('stays ours: a table missing at this version is added once, and the library opens again after', async () => {
    const { factory, name } = freshDb();
    // At this version but without `postings`: Dexie adds it and stores the database at 51, not 50.
    const partial = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    partial.version(LIBRARY_DB_VERSION).stores(VERSION_3);
    await partial.open();
    partial.close();

    const db = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    const stored = db.backendDB().version;
    db.close();
    expect(stored).toBe(LIBRARY_DB_VERSION * 10 + 1);

    const reopened = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    open.push(reopened);
    expect(await openLibraryDb(reopened)).toEqual({ ok: true });
    const library = createLibrary(reopened);
    expect(
      (await library.keepAnalysis(URL_A, analysisOf(URL_A, { claims: [{ text: 'Kept.', speaker: null }] }))).ok,
    ).toBe(true);
  });
});

describe('a database it cannot use', () => {
  it('says a newer version wrote it, leaves it unchanged, and export still reads it', async () => {
    const { factory, name } = freshDb();
    const newer = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    // Without this version's newest table: Dexie would add it on open, so the check comes first.
    newer.version(LIBRARY_DB_VERSION + 3).stores({ ...VERSION_3, annotations: 'id' });
    await newer.table('pages').put({ url: URL_A, title: 'From the future' });
    await newer.table('annotations').put({ id: 'x' });
    newer.close();

    const db = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    const state = await openLibraryDb(db);
    expect(state).toMatchObject({ ok: false, error: { kind: 'newer-version' } });
    db.close();

    const snapshot = await readSnapshot(name, { indexedDB: factory, IDBKeyRange });
    expect(snapshot.pages).toEqual([{ url: URL_A, title: 'From the future' }]);
    const again = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    await again.open();
    open.push(again);
    expect(again.verno).toBe(LIBRARY_DB_VERSION + 3);
    expect(again.tables.map((table) => table.name)).not.toContain('postings');
    expect(await again.table('annotations').count()).toBe(1);
  });

  it('says the database is damaged when its tables are not ours, and writes nothing', async () => {
    const { factory, name } = freshDb();
    const foreign = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    foreign.version(LIBRARY_DB_VERSION).stores({ pages: 'id' });
    await foreign.table('pages').put({ id: 1, junk: true });
    foreign.close();

    const db = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    const state = await openLibraryDb(db);
    db.close();
    expect(state.ok).toBe(false);
    const snapshot = await readSnapshot(name, { indexedDB: factory, IDBKeyRange });
    expect(snapshot.pages).toEqual([{ id: 1, junk: true }]);
    // Dexie's attempt to add the tables it knows is rolled back: the tables and version are as they were.
    const stored = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    expect([...stored.objectStoreNames]).toEqual(['pages']);
    expect(stored.version).toBe(LIBRARY_DB_VERSION * 10);
    stored.close();
  });
});

describe('a full disk', () => {
  it('keeping a page fails as one: nothing half-written, a clear error, the library as before', async () => {
    const { db } = freshDb();
    open.push(db);
    await openLibraryDb(db);
    const library = createLibrary(db);
    const first = analysisOf(URL_A, { claims: [{ text: 'First version.', speaker: 'Altman' }] });
    expect((await library.keepAnalysis(URL_A, first)).ok).toBe(true);
    const before = await Promise.all(db.tables.map((table) => table.toArray()));

    const restore = simulateFullDisk();
    const second = analysisOf(URL_A, {
      claims: [
        { text: 'Second version.', speaker: 'Altman' },
        { text: 'Another.', speaker: null },
      ],
    });
    const result = await library.keepAnalysis(URL_A, second);
    restore();
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(await Promise.all(db.tables.map((table) => table.toArray()))).toEqual(before);
  });
});
