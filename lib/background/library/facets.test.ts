import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  analysisOf,
  freshDb,
  gateAnalysis as gate,
  GATE_URL as GATE,
  highlightOn,
  vergeAnalysis,
  VERGE_URL as VERGE,
} from '../../../tests/fixtures/library';
import { createHighlightStore } from '../highlights/store';
import { parseLibraryImport, readSnapshot, toLibraryExport } from '../../shared/library/export';
import { LibraryDb, VERSION_2 } from './db';
import { chooseName, type FacetRow } from './facets';
import { claimsFromAnalysis, createLibrary, openLibraryDb, pageFromAnalysis, termsFromAnalysis } from './library';

const opened: Dexie[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** The facets as a recount of every row would give them, by id. */
async function recount(db: LibraryDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const add = (id: string) => (counts[id] = (counts[id] ?? 0) + 1);
  for (const page of await db.pages.toArray()) {
    add('table|pages');
    if (page.site) add(`site|${page.site}`);
    if (page.lang) add(`lang|${page.lang}`);
  }
  for (const claim of await db.claims.toArray()) {
    add('table|claims');
    if (claim.speakerKey) add(`speaker|${claim.speakerKey}`);
  }
  for (const term of await db.terms.toArray()) {
    add('table|terms');
    add(`term|${term.termId}`);
  }
  for (let n = await db.highlights.count(); n > 0; n--) add('table|highlights');
  return counts;
}

async function kept(db: LibraryDb): Promise<Record<string, number>> {
  return Object.fromEntries((await db.facets.toArray()).map((row: FacetRow) => [row.id, row.count]));
}

const verge = vergeAnalysis([
  { termId: 'scaling-laws', label: 'Scaling laws', forms: ['scaling'] },
  { termId: 'agi', label: 'AGI', forms: ['AGI'] },
]);

describe('facets: counts and filter values kept with every write', () => {
  it('agree with a recount after keeping, keeping again, highlights, forgetting, importing and forgetting everything', async () => {
    const { db, factory } = freshDb();
    opened.push(db);
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    const library = createLibrary(db, async () => ({}));
    const highlights = createHighlightStore(async () => ({ ok: true, value: db }));
    const check = async () => expect(await kept(db)).toEqual(await recount(db));

    await library.keepAnalysis(GATE, gate('Altman'));
    await check();
    await library.keepAnalysis(VERGE, verge);
    await check();
    // Kept again with fewer claims and another speaker name: counts move, nothing doubles.
    await library.keepAnalysis(
      GATE,
      analysisOf(GATE, { lang: 'pt', claims: [{ text: 'Só uma.', speaker: 'Hassabis' }] }),
    );
    await check();
    expect((await highlights.add(VERGE, { title: 'An interview' }, highlightOn(VERGE, 'scaling'))).ok).toBe(true);
    const elsewhere = 'https://techcrunch.com/2026/05/01/story/';
    expect((await highlights.add(elsewhere, { title: 'Story' }, highlightOn(elsewhere, 'a quote'))).ok).toBe(true);
    await check();
    expect((await highlights.removePage(elsewhere)).ok).toBe(true);
    await check();

    const exported = JSON.stringify(toLibraryExport(await readSnapshot(db.name, { indexedDB: factory, IDBKeyRange })));
    expect(await library.forgetPage(VERGE)).toEqual({ ok: true, value: true });
    await check();
    const parsed = parseLibraryImport(exported);
    if (!parsed.ok) throw new Error(parsed.message);
    expect((await library.importRecords(parsed.value)).ok).toBe(true);
    await check();
    expect(await kept(db)).toMatchObject({ 'table|pages': 2, 'table|claims': 3, 'table|highlights': 1, 'term|agi': 1 });

    expect((await library.forgetEverything()).ok).toBe(true);
    expect(await db.facets.toArray()).toEqual([]);
    const overview = await library.overview();
    expect(overview).toMatchObject({ ok: true, value: { pages: 0, claims: 0, terms: 0, highlights: 0, speakers: [] } });
  });

  it('a write that fails leaves the facets as they were', async () => {
    const { db } = freshDb();
    opened.push(db);
    await openLibraryDb(db);
    const library = createLibrary(db, async () => ({}));
    await library.keepAnalysis(GATE, gate('Altman'));
    const before = await kept(db);
    // The page is there already: adding it again fails, and the whole transaction with it.
    await expect(
      db.transaction('rw', db.pages, db.claims, async () => {
        await db.claims.add({ ...(await db.claims.toCollection().first())!, id: 'new-claim' });
        await db.pages.add((await db.pages.get(GATE))!);
      }),
    ).rejects.toThrow();
    expect(await kept(db)).toEqual(before);
  });

  it('show each speaker under the latest full name kept for the key', async () => {
    const { db } = freshDb();
    opened.push(db);
    await openLibraryDb(db);
    const library = createLibrary(db, async () => ({}));
    await library.keepAnalysis(GATE, gate('Altman'));
    await library.keepAnalysis(VERGE, verge);
    await library.keepAnalysis(GATE, gate('Altman'));
    const overview = await library.overview();
    expect(overview.ok && overview.value.speakers).toEqual([
      { key: 'amodei', name: 'Dario Amodei', count: 1 },
      { key: 'altman', name: 'Sam Altman', count: 2 },
    ]);
    expect(overview).toMatchObject({
      ok: true,
      value: { pages: 2, claims: 4, terms: 3, termIds: ['agi', 'scaling-laws'] },
    });
  });

  it('choose a full name over a family name alone, and the newest full name', () => {
    expect(chooseName(undefined, 'Altman')).toBe('Altman');
    expect(chooseName('Altman', 'Sam Altman')).toBe('Sam Altman');
    expect(chooseName('Sam Altman', 'Altman')).toBe('Sam Altman');
    expect(chooseName('Sam Altman', 'OpenAI CEO Sam Altman')).toBe('OpenAI CEO Sam Altman');
    expect(chooseName('Sam Altman', '  ')).toBe('Sam Altman');
  });
});

describe('schema version 2 → 3', () => {
  it('builds the facets from the rows already kept, and the overview reads them', async () => {
    const { factory, name } = freshDb();
    const v2 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    v2.version(2).stores(VERSION_2);
    const now = new Date('2026-04-03T00:00:00Z');
    for (const [url, analysis] of [
      [GATE, gate('o CEO da OpenAI, Sam Altman')],
      [VERGE, verge],
    ] as const) {
      await v2.table('pages').put(pageFromAnalysis(url, analysis, now));
      await v2.table('claims').bulkPut(claimsFromAnalysis(url, analysis));
      await v2.table('terms').bulkPut(termsFromAnalysis(url, analysis));
    }
    const highlight = highlightOn(VERGE, 'keep scaling');
    await v2.table('highlights').put({ id: highlight.id, pageUrl: VERGE, annotation: highlight });
    v2.close();

    const db = new LibraryDb(name, { indexedDB: factory, IDBKeyRange });
    opened.push(db);
    expect(await openLibraryDb(db)).toEqual({ ok: true });
    expect(await kept(db)).toEqual(await recount(db));
    const overview = await createLibrary(db, async () => ({})).overview();
    expect(overview).toMatchObject({
      ok: true,
      value: {
        pages: 2,
        claims: 4,
        terms: 3,
        highlights: 1,
        sites: ['gate.com', 'theverge.com'],
        langs: ['en', 'pt'],
        termIds: ['agi', 'scaling-laws'],
      },
    });
    expect(overview.ok && overview.value.speakers.map((speaker) => [speaker.key, speaker.count])).toEqual([
      ['amodei', 1],
      ['altman', 2],
    ]);
    // Nothing of version 2 was dropped.
    expect(await db.claims.count()).toBe(4);
    expect(await db.entries.count()).toBe(0);
  });
});
