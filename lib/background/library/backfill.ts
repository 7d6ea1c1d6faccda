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

/** Entries per chunk to start with (about 12 rows each). */
export const BACKFILL_CHUNK = 100;
/**
 * How long one chunk should hold the database: a keep or a search's step that comes meanwhile
 * waits for it. The chunks' size follows what the last one took, as the machine's speed varies.
 */
export const BACKFILL_CHUNK_MS = 100;
const MIN_CHUNK = 20;
const MAX_CHUNK = 1_000;

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
  /** Entries per chunk, always; else from BACKFILL_CHUNK, following BACKFILL_CHUNK_MS. */
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
  let size = options.size ?? BACKFILL_CHUNK;
  for (;;) {
    await nextTask();
    await options.between?.();
    if (!db.isOpen()) return true;
    const chunkStarted = performance.now();
    if (await backfillChunk(db, size)) break;
    if (options.size === undefined) {
      const took = Math.max(1, performance.now() - chunkStarted);
      // At most halved or doubled at once: one slow chunk (a collection, a busy disk) is not the rule.
      const factor = Math.min(2, Math.max(0.5, BACKFILL_CHUNK_MS / took));
      size = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, size * factor)));
    }
  }
  performance.measure(BACKFILL_MEASURE, { start: started });
  return true;
}
