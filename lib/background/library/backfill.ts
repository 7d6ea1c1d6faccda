/**
 * Building `postings` after the version 5 upgrade, while the library is open.
 *
 * Writing one row per word of every entry takes minutes on a large library (IndexedDB writes
 * one row per request), and inside the upgrade's transaction the library stays closed meanwhile;
 * a browser that stops the worker mid-way rolls it all back, so it might never finish. The
 * upgrade therefore only makes the empty table and writes a cursor in `meta`; the rows are then
 * written here, in entry-key order (newest first, the order a search reads), a small chunk per
 * transaction, each chunk's rows and the cursor's advance together. A stop loses at most one
 * chunk, and the next open goes on from the cursor.
 *
 * The cursor is the entry key up to which (inclusive) every entry has all its rows: `''` for
 * none. No cursor means every entry has them (a database made at version 5 or later, or one
 * whose backfill finished). The postings middleware keeps the rows of every entry it writes,
 * wherever it is, so the entries at or below the cursor stay complete, and an entry above it has
 * no row for a word it lacks; search.ts reads the entries above it themselves.
 */
import type { LibraryDb, SearchEntry } from './db';
import { NOTHING, postingKeysOf } from './postings';

export const BACKFILL_KEY = 'postings-backfill';
/** Read by `npm run bench:library-upgrade`: from the backfill's start to its end, in this worker. */
export const BACKFILL_MEASURE = 'marginalia:postings-backfill';

/** Entries per chunk: about 20 rows each, so a chunk holds the database for a fraction of a second. */
export const BACKFILL_CHUNK = 150;

/** The entry key up to which (inclusive) `postings` is complete; null when it is complete everywhere. */
export async function postingsCompleteUpTo(db: LibraryDb): Promise<string | null> {
  const row = await db.meta.get(BACKFILL_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

/**
 * Writes the rows of the next `size` entries past the cursor and moves it past them, in one
 * transaction; when none is left, removes the cursor. Answers whether the backfill is over.
 */
export async function backfillChunk(db: LibraryDb, size = BACKFILL_CHUNK): Promise<boolean> {
  return db.transaction('rw', db.entries, db.postings, db.meta, async () => {
    const cursor = await postingsCompleteUpTo(db);
    if (cursor === null) return true;
    const entries: SearchEntry[] = await db.entries.where(':id').above(cursor).limit(size).toArray();
    const keys = entries.flatMap(postingKeysOf);
    // Rows the middleware already wrote are written again, the same: a put of a key-only row.
    if (keys.length)
      await db.postings.bulkPut(
        keys.map(() => NOTHING),
        keys,
      );
    const last = entries.at(-1);
    if (entries.length < size || !last) {
      await db.meta.delete(BACKFILL_KEY);
      return true;
    }
    await db.meta.put({ key: BACKFILL_KEY, value: last.key });
    return false;
  });
}

export interface BackfillOptions {
  size?: number;
  /** Awaited before each chunk: lets the library's own requests go first. */
  between?: () => Promise<void>;
}

/** A macrotask: whatever the event loop holds (a message, a search's next step) runs first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the backfill to its end, a chunk at a time; answers whether it wrote anything. A database
 * that closes meanwhile (a version change, the worker going) ends it: the next open resumes.
 */
export async function runBackfill(db: LibraryDb, options: BackfillOptions = {}): Promise<boolean> {
  if ((await postingsCompleteUpTo(db)) === null) return false;
  const started = performance.now();
  for (;;) {
    await nextTask();
    await options.between?.();
    if (!db.isOpen()) return true;
    if (await backfillChunk(db, options.size)) break;
  }
  performance.measure(BACKFILL_MEASURE, { start: started });
  return true;
}
