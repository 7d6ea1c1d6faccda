/**
 * The one-time move of the reader's highlights from `storage.local` (where versions 1 and 2 of
 * the highlights store kept them, see lib/background/highlights/storage-format.ts) into the
 * library database.
 *
 * - Lossless: every annotation is copied as it was stored, unreadable ones included (under an
 *   `unreadable:` id, exported but not shown); version-1 records that could not be converted
 *   are kept in the `meta` table.
 * - Safe to run again: rows are added by id, an id already in the database is left alone, and
 *   the whole move is one transaction that also writes the "done" mark, so a failure leaves the
 *   database as it was and the next start tries again. Once done, it does not run again (a
 *   highlight the reader deleted afterwards must not come back).
 * - The old storage is left untouched: it is the copy to go back to.
 */
import * as v from 'valibot';
import { convertV1, indexSchema, PAGE_KEY_PREFIX, pageRecordSchema } from '../highlights/storage-format';
import { rowsOf } from '../highlights/store';
import type { HighlightRow, LibraryDb } from './db';
import { pageForHighlights, reindexPage } from './library';

export const MIGRATION_MARK = 'migrated:storage-local-highlights';
export const UNREADABLE_V1_META = 'unreadable:storage-local-v1';
const INDEX_KEY = 'highlights';
const UNREADABLE_V1_KEY = 'highlights:unreadable-v1';

export interface MigrationReport {
  /** False when an earlier run had already finished. */
  ran: boolean;
  pages: number;
  added: number;
  /** Rows whose id was already in the database. */
  alreadyThere: number;
  /** Version-1 records that could not be converted, kept aside in `meta`. */
  keptAside: number;
}

interface Collected {
  pages: Map<string, { title: string; rows: HighlightRow[] }>;
  unreadableV1: unknown[];
}

/** Every highlight in a `storage.local` snapshot, in either stored version. */
export async function collectStoredHighlights(local: Record<string, unknown>): Promise<Collected> {
  const pages = new Map<string, { title: string; rows: HighlightRow[] }>();
  const unreadableV1: unknown[] = [];
  const addRows = (pageKey: string, title: string, rows: HighlightRow[]) => {
    const entry = pages.get(pageKey) ?? { title: '', rows: [] };
    entry.title ||= title;
    entry.rows.push(...rows);
    pages.set(pageKey, entry);
  };
  for (const [key, value] of Object.entries(local)) {
    if (!key.startsWith(PAGE_KEY_PREFIX) || key.endsWith('$')) continue;
    const parsed = v.safeParse(pageRecordSchema, value);
    if (parsed.success)
      addRows(parsed.output.pageKey, parsed.output.title, rowsOf(parsed.output.pageKey, parsed.output.annotations));
    else unreadableV1.push({ key, value });
  }
  const index = local[INDEX_KEY];
  if (Array.isArray(index)) {
    // Still version 1: the highlights store never upgraded it.
    const { pages: converted, skipped } = await convertV1(index);
    for (const [pageKey, annotations] of converted) addRows(pageKey, '', rowsOf(pageKey, annotations));
    unreadableV1.push(...skipped);
  } else if (index !== undefined && !v.is(indexSchema, index)) unreadableV1.push({ key: INDEX_KEY, value: index });
  if (local[UNREADABLE_V1_KEY] !== undefined) unreadableV1.push(local[UNREADABLE_V1_KEY]);
  return { pages, unreadableV1 };
}

export async function migrateStoredHighlights(
  db: LibraryDb,
  local: Record<string, unknown>,
  options: { force?: boolean } = {},
): Promise<MigrationReport> {
  const collected = await collectStoredHighlights(local);
  return db.transaction('rw', [db.pages, db.highlights, db.entries, db.claims, db.terms, db.meta], async () => {
    if (!options.force && (await db.meta.get(MIGRATION_MARK)))
      return { ran: false, pages: 0, added: 0, alreadyThere: 0, keptAside: 0 };
    let added = 0;
    let alreadyThere = 0;
    for (const [pageKey, { title, rows }] of collected.pages) {
      const present = new Set((await db.highlights.bulkGet(rows.map((row) => row.id))).map((row) => row?.id));
      const fresh = rows.filter((row) => !present.has(row.id));
      alreadyThere += rows.length - fresh.length;
      added += fresh.length;
      if (!fresh.length) continue;
      await db.highlights.bulkAdd(fresh);
      const page = (await db.pages.get(pageKey)) ?? pageForHighlights(pageKey, title, earliest(fresh));
      page.highlightCount = await db.highlights.where('pageUrl').equals(pageKey).count();
      await db.pages.put(page);
      await reindexPage(db, page);
    }
    if (collected.unreadableV1.length) await db.meta.put({ key: UNREADABLE_V1_META, value: collected.unreadableV1 });
    await db.meta.put({ key: MIGRATION_MARK, value: new Date().toISOString() });
    return { ran: true, pages: collected.pages.size, added, alreadyThere, keptAside: collected.unreadableV1.length };
  });
}

/** When the first of these highlights was made, for the page's "kept" date. */
function earliest(rows: readonly HighlightRow[]): Date {
  const times = rows
    .map((row) => (row.annotation as { created?: unknown } | null)?.created)
    .map((created) => (typeof created === 'string' ? Date.parse(created) : Number.NaN))
    .filter(Number.isFinite);
  return times.length ? new Date(Math.min(...times)) : new Date();
}
