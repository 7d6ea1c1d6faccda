/**
 * `npm run bench:library-upgrade`: how long the schema version 4 → 5 upgrade (building `postings`
 * from every entry, db.ts) takes on a large library, in Chromium with the end-to-end build.
 *
 *   1. Loads the generated library (library-generator.ts; LIBRARY_PAGES pages, 2,500 unless
 *      said) through the background's own import, as bench-library.ts does.
 *   2. Turns it into the database a version 4 Marginalia would have left: in the background,
 *      every row is read, the database deleted (the background's connection closes itself on
 *      the version change) and made again at IndexedDB version 40 with version 4's stores and
 *      indexes, the entries keeping their words in the `tokens` multi-entry index.
 *   3. Stops the background's worker (as the browser does when it is idle) and opens the options
 *      page, which starts it again and asks for the overview: the background opens the
 *      database, running the upgrade.
 * Prints the background's own measure of the open (upgrade included), the time from the options
 * page's navigation to its summary, what the page shows meanwhile, and checks that every posting
 * row the entries call for is there. Not a timed test; writes bench-results/library-upgrade.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/harness';
import { VERSION_3 } from '../lib/background/library/db';
import { LIBRARY_DB_NAME } from '../lib/shared/library/types';
import { CHUNK, CLAIMS_PER_PAGE, HIGHLIGHTS_PER_PAGE, chunk } from './library-generator';

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
    const [openMs, buildMs] = await worker.evaluate(() =>
      ['marginalia:library-open', 'marginalia:postings-build'].map((name) =>
        performance.getEntriesByName(name).map((entry) => entry.duration),
      ),
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
        backgroundOpenMs: openMs!.map(round),
        // Building the postings, the upgrade's own work (the rest is IndexedDB dropping the old index).
        postingsBuildMs: buildMs!.map(round),
        optionsSummaryMs: round(summaryMs),
        summary,
        shownMeanwhile: [...new Set(shownMeanwhile)],
      },
      check,
    };
    const dir = resolve(import.meta.dirname, '../bench-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'library-upgrade.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    if (!check.agree) throw new Error('The upgraded postings disagree with the entries.');
  } finally {
    await browser.close();
  }
}

await main();
