/**
 * The background's one library: the database opened once, the older highlights moved in, and
 * the library and highlights store on top. When the database cannot be used (written by a newer
 * Marginalia, damaged, no IndexedDB) every operation answers with the reason, nothing is
 * written, and the export (readSnapshot) still reads what is there.
 */
import type { LibraryResult } from '../../shared/library/types';
import { createHighlightStore, type HighlightStore } from '../highlights/store';
import Dexie from 'dexie';
import { runBackfill } from './backfill';
import { LibraryDb } from './db';
import { createLibrary, openLibraryDb, type Library } from './library';
import { migrateStoredHighlights } from './migrate-highlights';

export const OPEN_MEASURE = 'marginalia:library-open';

export interface LibraryInstance {
  ready(): Promise<LibraryResult<LibraryDb>>;
  library(): Promise<LibraryResult<Library>>;
  highlights: HighlightStore;
}

/**
 * How often the backfill makes an extension call: Chrome stops an extension's worker after 30 s
 * without an event or an extension API call (each call resets that timer since Chrome 110), and
 * IndexedDB work is neither. A stop loses nothing; this only lets the backfill finish in one go.
 */
const STAY_AWAKE_MS = 20_000;

export function createLibraryInstance(
  makeDb: () => LibraryDb = () => new LibraryDb(),
  readLocal: () => Promise<Record<string, unknown>> = () => browser.storage.local.get(null),
  stayAwake: () => Promise<unknown> = async () => browser.runtime.getPlatformInfo(),
): LibraryInstance {
  let opening: Promise<LibraryResult<LibraryDb>> | null = null;
  let library: Library | null = null;

  async function open(): Promise<LibraryResult<LibraryDb>> {
    const db = makeDb();
    const started = performance.now();
    const state = await openLibraryDb(db);
    // Read by `npm run bench:library-upgrade`: opening includes any schema upgrade.
    performance.measure(OPEN_MEASURE, { start: started });
    if (!state.ok) {
      db.close();
      return state;
    }
    try {
      await migrateStoredHighlights(db, await readLocal());
    } catch (error) {
      // The move is one transaction: nothing half-done. It is tried again on the next start.
      console.warn('Marginalia: moving older highlights into the library failed; will retry.', error);
    }
    // The word rows of entries kept before schema version 5, written while the library is in
    // use, each chunk after the library's own requests; the next open resumes where it stopped.
    let called = performance.now();
    const between = async () => {
      if (performance.now() - called >= STAY_AWAKE_MS) {
        called = performance.now();
        await stayAwake().catch(() => undefined);
      }
      await library?.idle();
    };
    runBackfill(db, { between }).catch((error: unknown) => {
      if ((error as { name?: string }).name !== Dexie.errnames.DatabaseClosed)
        console.warn('Marginalia: building the search index failed; will resume on the next start.', error);
    });
    return { ok: true, value: db };
  }

  function ready(): Promise<LibraryResult<LibraryDb>> {
    opening ??= open().then((result) => {
      // A failed open is retried on the next request (the reader may have freed space, say).
      if (!result.ok) opening = null;
      return result;
    });
    return opening;
  }

  return {
    ready,
    async library() {
      const db = await ready();
      if (!db.ok) return db;
      library ??= createLibrary(db.value);
      return { ok: true, value: library };
    },
    highlights: createHighlightStore(ready),
  };
}

let shared: LibraryInstance | null = null;

/** The background's library, made on first use. */
export function sharedLibrary(): LibraryInstance {
  shared ??= createLibraryInstance();
  return shared;
}

/** For tests: use `instance` (or a new default one on next use). */
export function resetSharedLibraryForTests(instance?: LibraryInstance): void {
  shared = instance ?? null;
}
