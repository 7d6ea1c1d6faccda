import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisOf, freshDb, highlightOn } from '../../../tests/fixtures/library';
import { createHighlightStore } from '../highlights/store';
import { parseLibraryImport, readSnapshot, toLibraryExport } from '../../shared/library/export';
import type { LibraryDb } from './db';
import { createLibrary, openLibraryDb } from './library';
import { entryKeyOf, postingKey, postingKeysOf, wordOf } from './postings';

const GATE = 'https://www.gate.com/pt-br/news/detail/altman-1';
const VERGE = 'https://www.theverge.com/ai/altman-interview';

let db: LibraryDb | undefined;
afterEach(() => db?.close());

/** The rows the entries call for, as a rebuild from every entry would give them. */
async function rebuilt(db: LibraryDb): Promise<string[]> {
  return (await db.entries.toArray()).flatMap(postingKeysOf).sort();
}

const kept = (db: LibraryDb) => db.postings.toCollection().primaryKeys();

const gate = (speaker: string) =>
  analysisOf(GATE, {
    title: 'Altman fala',
    lang: 'pt',
    publishedTime: '2026-03-01T10:00:00Z',
    claims: [
      { text: 'A IA geral chegará em 2030.', speaker, kind: 'prediction' },
      { text: 'O custo caiu.', speaker: null, kind: 'figure' },
    ],
    terms: [{ termId: 'agi', label: 'IA geral', forms: ['IAG'] }],
  });
const verge = analysisOf(VERGE, {
  title: 'An interview',
  lang: 'en',
  publishedTime: '2026-04-02T10:00:00Z',
  claims: [
    { text: 'We will keep scaling.', speaker: 'Sam Altman', kind: 'plan' },
    { text: 'Compute is the bottleneck.', speaker: 'Dario Amodei', kind: 'opinion' },
  ],
});

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
