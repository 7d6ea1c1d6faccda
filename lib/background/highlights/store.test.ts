import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, type HighlightAnnotation } from '../../shared/highlights/model';
import { toJsonLd } from '../../shared/highlights/export';
import { freshDb, simulateFullDisk } from '../../../tests/fixtures/library';
import type { LibraryDb } from '../library/db';
import { openLibraryDb } from '../library/library';
import { createHighlightStore, type HighlightStore } from './store';

const PAGE = 'https://news.example.com/ai/model-launch';
const OTHER = 'https://blog.example.org/post?id=7';

function highlight(exact: string, start: number, pageKey = PAGE, note = ''): HighlightAnnotation {
  const pageTitle = pageKey === PAGE ? 'Model launch' : 'Other post';
  return createAnnotation({
    pageKey,
    pageTitle,
    exact,
    prefix: 'before ',
    suffix: ' after',
    start,
    end: start + exact.length,
    note,
  });
}

function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
}

let db: LibraryDb;
let store: HighlightStore;

async function storeOn(database: LibraryDb): Promise<HighlightStore> {
  expect(await openLibraryDb(database)).toEqual({ ok: true });
  return createHighlightStore(async () => ({ ok: true, value: database }));
}

async function dump(database = db) {
  return {
    highlights: await database.highlights.toArray(),
    pages: await database.pages.toArray(),
    entries: await database.entries.toArray(),
  };
}

beforeEach(async () => {
  ({ db } = freshDb());
  store = await storeOn(db);
});
afterEach(() => db.close());

describe('highlight store in the library database', () => {
  it('adds, lists in page order, updates and lists pages', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('second', 50)));
    const first = expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('first', 10)));
    expectOk(await store.add(OTHER, { title: 'Other post' }, highlight('elsewhere', 0, OTHER)));

    const page = expectOk(await store.list(PAGE));
    expect(page.title).toBe('Model launch');
    expect(page.highlights.map((a) => a.target.selector[0].exact)).toEqual(['first', 'second']);

    const updated = expectOk(await store.update(PAGE, first.id, { note: '  a note ', colour: 'pink' }));
    expect(updated.body?.value).toBe('a note');
    expect(updated.marginalia.colour).toBe('pink');
    const cleared = expectOk(await store.update(PAGE, first.id, { note: '' }));
    expect(cleared.body).toBeUndefined();

    const pages = expectOk(await store.listPages());
    expect(pages.map((p) => [p.pageKey, p.count]).sort()).toEqual([
      [OTHER, 1],
      [PAGE, 2],
    ]);
    expect((await db.pages.get(PAGE))?.highlightCount).toBe(2);
  });

  it('makes highlights and their notes searchable', async () => {
    expectOk(
      await store.add(
        PAGE,
        { title: 'Model launch' },
        highlight('Scaling laws hold', 0, PAGE, 'Compare with Chinchilla'),
      ),
    );
    const entries = await db.entries.filter((entry) => entry.tokens.includes('chinchilla')).toArray();
    expect(entries.map((entry) => entry.kind)).toEqual(['highlight']);
    // And its words are in the search's word lists.
    const keys = await db.postings.where(':id').startsWith('chinchilla ').primaryKeys();
    expect(keys).toEqual([`chinchilla ${entries[0]!.key}`]);
  });

  it('rejects a highlight whose target is another page or that is malformed, or a duplicate id', async () => {
    const result = await store.add(OTHER, { title: 'x' }, highlight('text', 0, PAGE));
    expect(result.ok).toBe(false);
    const broken = { ...highlight('text', 0), id: 'not-a-urn' };
    const second = await store.add(PAGE, { title: 'x' }, broken);
    expect(second.ok ? '' : second.error.message).toMatch(/id must be a urn:uuid/);
    const once = highlight('once', 0);
    expectOk(await store.add(PAGE, { title: 'x' }, once));
    expect(await store.add(PAGE, { title: 'x' }, once)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await store.remove(PAGE, 'urn:uuid:00000000-0000-4000-8000-000000000000')).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('remove returns the item and restore brings it back; a page kept only for highlights goes with them', async () => {
    const added = expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('keep me', 3, PAGE, 'note')));
    const removed = expectOk(await store.remove(PAGE, added.id));
    expect(removed.annotation).toEqual(added);
    expect(expectOk(await store.list(PAGE)).highlights).toEqual([]);
    expect(expectOk(await store.listPages())).toEqual([]);
    expect(await db.pages.get(PAGE)).toBeUndefined();
    expect(await db.entries.count()).toBe(0);
    expectOk(await store.restore(removed));
    expect(expectOk(await store.list(PAGE)).highlights).toEqual([added]);
    expect(expectOk(await store.listPages())[0]).toMatchObject({ pageKey: PAGE, title: 'Model launch', count: 1 });
  });

  it('removePage and restore of the whole page, unreadable entries included', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('one', 1)));
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('two', 20)));
    await db.highlights.put({ id: `unreadable:${PAGE}:0`, pageUrl: PAGE, annotation: { broken: true } });
    const removed = expectOk(await store.removePage(PAGE));
    expect(removed.annotations).toHaveLength(3);
    expect(expectOk(await store.listPages())).toEqual([]);
    expectOk(await store.restore(removed));
    const page = expectOk(await store.list(PAGE));
    expect(page.highlights).toHaveLength(2);
    expect(page.problems).toHaveLength(1);
  });

  it('movePage moves every highlight to the new key, unreadable entries too, and the old page goes', async () => {
    const NEW = 'https://news.example.com/ai/model-launch-canonical';
    const first = expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('one', 1, PAGE, 'a note')));
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('two', 20)));
    await db.highlights.put({ id: `unreadable:${PAGE}:0`, pageUrl: PAGE, annotation: { broken: true } });
    expect(expectOk(await store.movePage(PAGE, NEW))).toBe(3);
    const moved = expectOk(await store.list(NEW));
    expect(moved.title).toBe('Model launch');
    expect(moved.highlights.map((a) => [a.id, a.target.source, a.target.selector[0].exact])).toEqual([
      [first.id, NEW, 'one'],
      [expect.any(String), NEW, 'two'],
    ]);
    expect(moved.highlights[0]?.body?.value).toBe('a note');
    expect(moved.problems).toHaveLength(1);
    expect(expectOk(await store.list(PAGE)).highlights).toEqual([]);
    expect(await db.pages.get(PAGE)).toBeUndefined();
    expect((await db.pages.get(NEW))?.highlightCount).toBe(3);
    expect((await db.entries.toArray()).every((entry) => entry.pageUrl === NEW)).toBe(true);
    expect(expectOk(await store.movePage(PAGE, NEW))).toBe(0);
  });

  it('movePage on a full disk changes nothing', async () => {
    const NEW = 'https://news.example.com/ai/model-launch-canonical';
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('stays', 1)));
    const before = await dump();
    const restore = simulateFullDisk();
    const result = await store.movePage(PAGE, NEW);
    restore();
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(await dump()).toEqual(before);
  });

  it('loses nothing when many writes arrive at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, n) => store.add(PAGE, { title: 'Model launch' }, highlight(`quote ${n}`, n * 10))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(expectOk(await store.list(PAGE)).highlights).toHaveLength(25);
    expect((await db.pages.get(PAGE))?.highlightCount).toBe(25);
  });

  it('a full disk gives a typed error and changes nothing; the next write works', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('existing', 0)));
    const before = await dump();
    const restore = simulateFullDisk();
    const result = await store.add(PAGE, { title: 'Model launch' }, highlight('too much', 40));
    const removal = await store.removePage(PAGE);
    restore();
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(removal.ok).toBe(true); // deletes need no room
    // …but the failed add left nothing behind; put the page back and compare.
    expectOk(await store.restore(expectOk(removal)));
    const after = await dump();
    expect(after.highlights).toEqual(before.highlights);
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('later', 80)));
    expect(expectOk(await store.list(PAGE)).highlights).toHaveLength(2);
  });

  it('an unreadable row is reported and kept, and the rest of the page loads', async () => {
    const good = expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('good', 0)));
    await db.highlights.put({
      id: 'urn:uuid:broken',
      pageUrl: PAGE,
      annotation: { id: 'urn:uuid:broken', type: 'Annotation' },
    });
    const page = expectOk(await store.list(PAGE));
    expect(page.highlights).toEqual([good]);
    expect(page.problems).toHaveLength(1);
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('more', 9)));
    expect(await db.highlights.get('urn:uuid:broken')).toBeDefined();
    expect(await store.update(PAGE, 'urn:uuid:broken', { note: 'x' })).toMatchObject({
      ok: false,
      error: { kind: 'corrupt' },
    });
  });

  it('answers every call with the reason when the database cannot be used', async () => {
    const unusable = createHighlightStore(async () => ({
      ok: false,
      error: { kind: 'newer-version', message: 'The library was saved by a newer version of Marginalia.' },
    }));
    expect(await unusable.list(PAGE)).toMatchObject({
      ok: false,
      error: { kind: 'newer-version', message: /newer version/ },
    });
    expect(await unusable.add(PAGE, { title: '' }, highlight('x', 0))).toMatchObject({ ok: false });
  });
});

describe('import and export through the store', () => {
  it('export → import into an empty library is lossless, and importing twice does not duplicate', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('one', 1, PAGE, 'my note')));
    expectOk(await store.add(OTHER, { title: 'Other post' }, highlight('two', 2, OTHER)));
    const exported = expectOk(await store.exportAll());
    const json = toJsonLd(exported);

    const { db: other } = freshDb();
    const fresh = await storeOn(other);
    expect(expectOk(await fresh.importAnnotations(json))).toMatchObject({ added: 2, duplicates: 0, pages: 2 });
    const reExported = expectOk(await fresh.exportAll());
    expect(new Set(reExported.first.items.map((a) => JSON.stringify(a)))).toEqual(
      new Set(exported.first.items.map((a) => JSON.stringify(a))),
    );
    expect(
      expectOk(await fresh.listPages())
        .map((p) => p.title)
        .sort(),
    ).toEqual(['Model launch', 'Other post']);
    const before = await dump(other);
    expect(expectOk(await fresh.importAnnotations(json))).toEqual({
      added: 0,
      duplicates: 2,
      pages: 2,
      changedPages: [],
    });
    expect(await dump(other)).toEqual(before);
    other.close();
  });

  it('a malformed or foreign file changes nothing and says what is wrong', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('one', 1)));
    const before = await dump();
    const cases: [string, RegExp][] = [
      ['{ not json', /not valid JSON/],
      ['[1,2,3]', /holds a list/],
      ['{"@context":"https://schema.org","type":"Article"}', /@context/],
    ];
    for (const [json, message] of cases) {
      const result = await store.importAnnotations(json);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(await dump()).toEqual(before);
  });
});
