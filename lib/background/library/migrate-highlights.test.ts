import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, highlightOn } from '../../../tests/fixtures/library';
import { quoteOf, type HighlightAnnotation } from '../../shared/highlights/model';
import { pageStorageKey } from '../highlights/storage-format';
import type { LibraryDb } from './db';
import { createLibrary, openLibraryDb } from './library';
import { MIGRATION_MARK, migrateStoredHighlights, UNREADABLE_V1_META } from './migrate-highlights';

const v1Fixture = JSON.parse(
  readFileSync(resolve(__dirname, '../../../tests/fixtures/storage/highlights-v1.json'), 'utf8'),
) as Record<string, unknown>;
const GATE = 'https://www.gate.com/pt-br/news/detail/openai-novo-modelo-123';
const SCALING = 'https://example.org/ai/scaling?a=1&b=2';

let db: LibraryDb;
afterEach(() => db?.close());

async function emptyLibrary() {
  ({ db } = freshDb());
  await openLibraryDb(db);
  return db;
}

const annotations = async () =>
  (await db.highlights.toArray())
    .map((row) => row.annotation as HighlightAnnotation)
    .sort((a, b) => a.created.localeCompare(b.created));

/** storage.local as version 2 of the highlights store left it. */
function version2Storage(): Record<string, unknown> {
  const one = highlightOn(GATE, 'OpenAI lançou um novo modelo', 'nota');
  const two = highlightOn('https://example.org/b', 'Another page');
  const key = (pageKey: string) => pageStorageKey(pageKey).slice('local:'.length);
  return {
    highlights: { pages: { [GATE]: { title: 'Gate', count: 2, updatedAt: one.modified } } },
    highlights$: { v: 2 },
    [key(GATE)]: { pageKey: GATE, title: 'Gate story', annotations: [one, { id: 'urn:uuid:broken' }] },
    [key('https://example.org/b')]: { pageKey: 'https://example.org/b', title: 'B', annotations: [two] },
    'highlights:unreadable-v1': ['old junk'],
    'layers:example.org': { claims: true },
  };
}

describe('moving highlights from storage.local into the library', () => {
  it('moves the frozen version-1 fixture, converting and keeping aside what cannot be read', async () => {
    await emptyLibrary();
    const report = await migrateStoredHighlights(db, v1Fixture);
    expect(report).toEqual({ ran: true, pages: 2, added: 3, alreadyThere: 0, keptAside: 2 });
    const moved = await annotations();
    expect(moved.map((a) => [a.target.source, quoteOf(a).exact, a.marginalia.colour, a.body?.value ?? null])).toEqual([
      [GATE, 'OpenAI lançou um novo modelo de linguagem', 'yellow', 'Check the benchmark numbers'],
      [GATE, 'o custo de treinamento caiu pela metade', 'green', null],
      [SCALING, 'Scaling laws still hold at this size.', 'yellow', null],
    ]);
    expect((await db.meta.get(UNREADABLE_V1_META))?.value).toHaveLength(2);
    expect((await db.pages.get(GATE))?.highlightCount).toBe(2);
    const search = await createLibrary(db).search({ text: 'custo treinamento' });
    expect(search.ok && search.value.hits.map((hit) => hit.kind)).toEqual(['highlight']);
  });

  it('moves version 2 losslessly: every annotation as stored, the unreadable one too', async () => {
    await emptyLibrary();
    const local = version2Storage();
    const report = await migrateStoredHighlights(db, local);
    expect(report).toMatchObject({ ran: true, pages: 2, added: 3 });
    const rows = await db.highlights.toArray();
    const stored = [
      ...(local[pageStorageKey(GATE).slice(6)] as { annotations: unknown[] }).annotations,
      ...(local[pageStorageKey('https://example.org/b').slice(6)] as { annotations: unknown[] }).annotations,
    ];
    expect(rows.map((row) => row.annotation)).toEqual(expect.arrayContaining(stored));
    expect(rows.find((row) => row.id.startsWith('unreadable:'))?.annotation).toEqual({ id: 'urn:uuid:broken' });
    expect((await db.pages.get(GATE))?.title).toBe('Gate story');
    expect((await db.meta.get(UNREADABLE_V1_META))?.value).toEqual([['old junk']]);
  });

  it('runs once; forced to run again, it adds nothing twice; deleted highlights do not come back', async () => {
    await emptyLibrary();
    await migrateStoredHighlights(db, v1Fixture);
    const once = await db.highlights.toArray();
    expect(await db.meta.get(MIGRATION_MARK)).toBeDefined();
    expect(await migrateStoredHighlights(db, v1Fixture)).toMatchObject({ ran: false });
    const forced = await migrateStoredHighlights(db, v1Fixture, { force: true });
    expect(forced).toMatchObject({ ran: true, added: 0, alreadyThere: 3 });
    expect(await db.highlights.toArray()).toEqual(once);
    await db.highlights.delete(once[0]!.id);
    await migrateStoredHighlights(db, v1Fixture);
    expect(await db.highlights.count()).toBe(2);
  });

  it('merges with highlights already in the library without touching them', async () => {
    await emptyLibrary();
    const mine = highlightOn(GATE, 'made after the update');
    await db.highlights.put({ id: mine.id, pageUrl: GATE, annotation: mine });
    await migrateStoredHighlights(db, v1Fixture);
    expect((await db.highlights.get(mine.id))?.annotation).toEqual(mine);
    expect(await db.highlights.where('pageUrl').equals(GATE).count()).toBe(3);
  });

  it('with nothing stored it only sets its mark', async () => {
    await emptyLibrary();
    expect(await migrateStoredHighlights(db, {})).toEqual({
      ran: true,
      pages: 0,
      added: 0,
      alreadyThere: 0,
      keptAside: 0,
    });
    expect(await db.highlights.count()).toBe(0);
  });
});
