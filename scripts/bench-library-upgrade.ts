/**
 * `npm run bench:library-upgrade`: how long the schema version 4 → 5 upgrade takes on a large
 * library, in Chromium with the end-to-end build, and then the backfill that writes the word rows
 * of every entry while the library is open (backfill.ts).
 *
 *   1. Loads the generated library (library-generator.ts; LIBRARY_PAGES pages, 2,500 unless
 *      said) through the background's own import, as bench-library.ts does.
 *   2. Turns it into the database a version 4 Marginalia would have left: in the background,
 *      every row is read, the database deleted (the background's connection closes itself on
 *      the version change) and made again at IndexedDB version 40 with version 4's stores and
 *      indexes, the entries keeping their words in the `tokens` multi-entry index.
 *   3. Stops the background's worker (as the browser does when it is idle) and opens the options
 *      page, which starts it again and asks for the overview: the background opens the
 *      database, running the upgrade, and starts the backfill.
 *   4. Searches at once, while the backfill runs (QUERIES, round trips from the options page),
 *      waits for the backfill's cursor to go, and searches again.
 * Prints the background's own measure of the open (upgrade included), the time from the options
 * page's navigation to its summary, what the page shows meanwhile, the time until the backfill
 * is done (from the navigation, and the background's own measure), the searches' times during
 * and after it (which must find the same), and checks that every posting row the entries call
 * for is there, and no other. Not a timed test; writes bench-results/library-upgrade.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/harness';
import { BACKFILL_KEY, BACKFILL_MEASURE } from '../lib/background/library/backfill';
import { VERSION_3 } from '../lib/background/library/db';
import { OPEN_MEASURE } from '../lib/background/library/instance';
import { LIBRARY_DB_NAME } from '../lib/shared/library/types';
import { CHUNK, CLAIMS_PER_PAGE, HIGHLIGHTS_PER_PAGE, chunk } from './library-generator';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const PAGES = Number(process.env.LIBRARY_PAGES ?? 2_500);

/** Dexie's store syntax for one table: the primary key's path, then its indexes ("*" multi-entry). */
function storeShapes(stores: Record<string, string>) {
  return Object.entries(stores).map(([name, spec]) => {
    const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
    return {
      name,
      keyPath: primary || null,
      indexes: indexes.map((index) => ({ name: index.replace(/^\*/, ''), multiEntry: index.startsWith('*') })),
    };
  });
}

const round = (value: number) => Math.round(value);

/**
 * Searched while the backfill runs and after it: two common words seldom together, a rare word
 * (its entries far back, past the cursor), a word being typed (its words are looked for past the
 * cursor too) and one that matches nothing (every entry past the cursor is read).
 */
const QUERIES = ['Sam Altman', 'altman', 'inteligencia artificial', 'person42', 'benchm', 'nothingmatchesthis'];

interface Searched {
  text: string;
  ms: number;
  hits: string[];
}

/** Each of QUERIES, one after the other, as the options page asks them. */
async function searchAll(page: Page): Promise<Searched[]> {
  const results: Searched[] = [];
  for (const text of QUERIES) {
    const started = performance.now();
    const reply = (await page.evaluate(
      (query) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'library-search', query: { text: query } }),
      text,
    )) as { ok: boolean; value?: { hits: { id: string }[] }; error?: { message: string } };
    const ms = performance.now() - started;
    if (!reply.ok) throw new Error(`Search for "${text}" failed: ${reply.error?.message}`);
    results.push({ text, ms: Math.round(ms * 10) / 10, hits: reply.value!.hits.map((hit) => hit.id) });
  }
  return results;
}

/** The backfill's cursor as stored (null once it is done), read by the page from the database itself. */
function readCursor(page: Page): Promise<string | null> {
  return page.evaluate(
    async ({ name, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
      });
      try {
        const row = await new Promise<{ value?: unknown } | undefined>((resolve, reject) => {
          const req = db.transaction('meta', 'readonly').objectStore('meta').get(key);
          req.onsuccess = () => resolve(req.result as { value?: unknown } | undefined);
          req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
        });
        return typeof row?.value === 'string' ? row.value : null;
      } finally {
        db.close();
      }
    },
    { name: LIBRARY_DB_NAME, key: BACKFILL_KEY },
  );
}

async function main() {
  const browser = await launchWithExtension();
  try {
    let options = await browser.context.newPage();
    const optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
    await options.goto(optionsUrl);
    console.log(
      `Importing ${PAGES} pages, ${PAGES * CLAIMS_PER_PAGE} claims, ${PAGES * HIGHLIGHTS_PER_PAGE} highlights…`,
    );
    for (let from = 0; from < PAGES; from += CHUNK) {
      const reply = (await options.evaluate(
        (json) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: 'library-import', json }),
        chunk(from, Math.min(PAGES, from + CHUNK)),
      )) as { ok: boolean; error?: { message: string } };
      if (!reply.ok) throw new Error(`Import failed at page ${from}: ${reply.error?.message}`);
    }

    console.log('Rewriting it as a version 4 database…');
    // tsx names the functions below with a helper the browser lacks.
    await browser.worker.evaluate('globalThis.__name = (f) => f');
    const shapes = storeShapes(VERSION_3);
    const rewritten = await browser.worker.evaluate(
      async ({ name, shapes }) => {
        const request = <T>(req: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
          });
        const opening = (req: IDBOpenDBRequest) =>
          new Promise<IDBDatabase>((resolve, reject) => {
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
            req.onblocked = () => reject(new Error('blocked'));
          });
        const current = await opening(indexedDB.open(name));
        const rows: Record<string, unknown[]> = {};
        const read = current.transaction(
          shapes.map((shape) => shape.name),
          'readonly',
        );
        for (const shape of shapes) rows[shape.name] = await request(read.objectStore(shape.name).getAll());
        current.close();
        await new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
        });
        const upgrading = indexedDB.open(name, 40);
        upgrading.onupgradeneeded = () => {
          for (const shape of shapes) {
            const store = upgrading.result.createObjectStore(
              shape.name,
              shape.keyPath ? { keyPath: shape.keyPath } : {},
            );
            for (const index of shape.indexes)
              store.createIndex(index.name, index.name, { multiEntry: index.multiEntry });
          }
        };
        const v4 = await opening(upgrading);
        const write = v4.transaction(
          shapes.map((shape) => shape.name),
          'readwrite',
        );
        for (const shape of shapes) for (const row of rows[shape.name]!) write.objectStore(shape.name).put(row);
        await new Promise<void>((resolve, reject) => {
          write.oncomplete = () => resolve();
          write.onerror = () => reject(write.error ?? new Error('IndexedDB failed'));
        });
        v4.close();
        return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
      },
      { name: LIBRARY_DB_NAME, shapes },
    );
    console.log(`  ${JSON.stringify(rewritten)}`);

    // A fresh background, as after a browser update: the worker is stopped and the options page
    // starts it again.
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await options.close();

    options = await browser.context.newPage();
    const shownMeanwhile: string[] = [];
    const navigated = performance.now();
    await options.goto(optionsUrl);
    const watch = setInterval(() => {
      void options
        .locator('main, body')
        .first()
        .innerText()
        .then((text) => shownMeanwhile.push(text.replace(/\s+/g, ' ').slice(0, 300)))
        .catch(() => undefined);
    }, 500);
    await options.waitForSelector('[data-testid="library-summary"], [role="alert"], .lib__error', { timeout: 600_000 });
    const summaryMs = performance.now() - navigated;
    clearInterval(watch);
    const summary = await options.locator('[data-testid="library-summary"]').innerText();

    console.log('Searching while the backfill runs…');
    const cursorBefore = await readCursor(options);
    const during = await searchAll(options);
    const cursorAfter = await readCursor(options);
    console.log('Waiting for the backfill to finish…');
    const progress: { ms: number; cursor: string | null }[] = [];
    let backfillMs: number | null = null;
    for (const deadline = performance.now() + 3_600_000; performance.now() < deadline;) {
      const cursor = await readCursor(options);
      progress.push({ ms: round(performance.now() - navigated), cursor });
      if (cursor === null) {
        backfillMs = performance.now() - navigated;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    if (backfillMs === null) throw new Error('The backfill did not finish within an hour.');
    const after = await searchAll(options);
    // The background as started again (the stopped one answers no more).
    let worker: Worker | null = null;
    for (const candidate of browser.context.serviceWorkers().reverse()) {
      const alive = await Promise.race([
        candidate.evaluate('globalThis.__name = (f) => f').then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3_000)),
      ]);
      if (alive) {
        worker = candidate;
        break;
      }
    }
    if (!worker) throw new Error('No background answers after the restart.');
    const [openMs, backfillMeasureMs] = await worker.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name).map((entry) => entry.duration)),
      [OPEN_MEASURE, BACKFILL_MEASURE],
    );

    // Every posting row the entries call for, and no other.
    const check = await worker.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
      });
      const read = db.transaction(['entries', 'postings'], 'readonly');
      const get = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
        });
      const entries = (await get(read.objectStore('entries').getAll())) as { key: string; tokens: string[] }[];
      const postings = (await get(read.objectStore('postings').getAllKeys())) as string[];
      db.close();
      const wanted = new Set(
        entries.flatMap((entry) => [...new Set(entry.tokens)].map((word) => `${word} ${entry.key}`)),
      );
      return {
        version: db.version,
        entries: entries.length,
        postings: postings.length,
        agree: postings.length === wanted.size && postings.every((key) => wanted.has(key)),
      };
    }, LIBRARY_DB_NAME);

    const results = {
      date: new Date().toISOString(),
      library: { pages: PAGES, claims: PAGES * CLAIMS_PER_PAGE, highlights: PAGES * HIGHLIGHTS_PER_PAGE },
      rows: rewritten,
      upgrade: {
        // The upgrade itself (making the table, dropping the old index) and the rest of the open.
        backgroundOpenMs: openMs!.map(round),
        optionsSummaryMs: round(summaryMs),
        summary,
        shownMeanwhile: [...new Set(shownMeanwhile)],
      },
      backfill: {
        // From the options page's navigation to the cursor's removal, polled each second.
        doneAfterMs: round(backfillMs),
        // The background's own measure, from its start after the open (absent if the worker restarted meanwhile).
        backgroundMs: backfillMeasureMs!.map(round),
        progress: progress.filter((_, position) => position % 10 === 0 || position === progress.length - 1),
      },
      searches: {
        cursorBefore,
        cursorAfter,
        during: during.map(({ text, ms, hits }) => ({ text, ms, hits: hits.length })),
        after: after.map(({ text, ms, hits }) => ({ text, ms, hits: hits.length })),
        sameHits: during.every(
          (search, position) => JSON.stringify(search.hits) === JSON.stringify(after[position]!.hits),
        ),
      },
      check,
    };
    const dir = resolve(import.meta.dirname, '../bench-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'library-upgrade.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    if (!check.agree) throw new Error('The postings disagree with the entries after the backfill.');
    if (!results.searches.sameHits) throw new Error('A search during the backfill found other hits than after it.');
  } finally {
    await browser.close();
  }
}

await main();
