/**
 * A library a newer Marginalia wrote (its database's version above ours): the options page and
 * the panel say so in the reader's language (Spanish here), with no English under it, also when
 * the reader imports a good file, and the database is left exactly as it was.
 */
import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_DB_VERSION } from '../../lib/background/library/db';
import { toAnnotationCollection, toJsonLd } from '../../lib/shared/highlights/export';
import { createAnnotation } from '../../lib/shared/highlights/model';
import { LIBRARY_DB_NAME } from '../../lib/shared/library/types';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { readInPanel } from './read-in-panel';

/** IndexedDB's version for Dexie's schema version one above ours (Dexie stores ten times it). */
const NEWER_IDB_VERSION = (LIBRARY_DB_VERSION + 1) * 10;

let browser: ExtensionBrowser;
let sentence: string;

/** In the background, before anything of Marginalia opened the library: the newer version's database, with one row of its own. */
async function writeNewerLibrary(): Promise<void> {
  await browser.worker.evaluate(
    ({ name, version }) =>
      new Promise<void>((done, failed) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => void request.result.createObjectStore('future').put('kept', 'row');
        request.onsuccess = () => {
          request.result.close();
          done();
        };
        request.onerror = () => failed(new Error(String(request.error)));
      }),
    { name: LIBRARY_DB_NAME, version: NEWER_IDB_VERSION },
  );
}

/** A good highlights export of one highlight: the file is fine, only the library refuses it. */
const highlightsFile = {
  name: 'marginalia-highlights.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    toJsonLd(
      toAnnotationCollection([
        createAnnotation({
          pageKey: 'https://example.com/story',
          pageTitle: 'A story',
          exact: 'a sentence worth keeping',
          prefix: 'This is ',
          suffix: '.',
        }),
      ]),
    ),
  ),
};

/** The library's database as it is now: its version and the newer version's row. */
async function storedLibrary(): Promise<{ version: number; row: unknown }> {
  return browser.worker.evaluate(
    (name) =>
      new Promise<{ version: number; row: unknown }>((done, failed) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('future').objectStore('future').get('row');
          read.onsuccess = () => {
            db.close();
            done({ version: db.version, row: read.result });
          };
          read.onerror = () => failed(new Error(String(read.error)));
        };
        request.onerror = () => failed(new Error(String(request.error)));
      }),
    LIBRARY_DB_NAME,
  );
}

beforeAll(async () => {
  browser = await launchWithExtension({ uiLanguage: 'es' });
  const spanish = await parseMessagesFile(join(resolve(import.meta.dirname, '../../lib/locales'), 'es.yml'));
  const message = spanish.find((parsed) => parsed.key.join('.') === 'library.newerVersion');
  if (message?.type !== 'simple') throw new Error('es.yml has no library.newerVersion');
  sentence = message.message;
  await writeNewerLibrary();
});

afterAll(async () => {
  await browser?.close();
});

describe('a library saved by a newer Marginalia', () => {
  it('is said in the reader’s language on the options page and in the panel, and left as it was', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const searchError = options.locator('[data-testid="library-error"][data-kind="newer-version"]');
    await expect.poll(() => searchError.textContent(), { timeout: 10_000 }).toBe(sentence);

    // The highlights list, opened: the same sentence, not "some highlights could not be read" over English.
    await options.locator('[data-testid="highlights-library"] > summary').click();
    const listError = options.locator('[data-testid="highlights-library"] [data-testid="library-error"]');
    await expect.poll(() => listError.textContent(), { timeout: 10_000 }).toBe(sentence);
    expect(await listError.locator('[lang="en"], [data-testid="error-detail-intro"]').count()).toBe(0);

    // Importing a good file into either: the library's sentence, not "could not read this file" over English.
    const highlightsList = options.getByTestId('highlights-library');
    await highlightsList.getByTestId('import-json').setInputFiles(highlightsFile);
    const listImport = highlightsList.getByTestId('export-status');
    await expect.poll(() => listImport.textContent(), { timeout: 10_000 }).toBe(sentence);
    expect(await listImport.getAttribute('role')).toBe('alert');
    expect(await listImport.locator('[lang="en"], [data-testid="error-detail-intro"]').count()).toBe(0);
    await options.getByTestId('library-import').setInputFiles(highlightsFile);
    const searchImport = options.getByTestId('library-status');
    await expect.poll(() => searchImport.textContent(), { timeout: 10_000 }).toBe(sentence);
    expect(await searchImport.locator('[lang="en"], [data-testid="error-detail-intro"]').count()).toBe(0);

    const { page, panel } = await readInPanel(browser, await browser.serveFixture('verge-altman-compute'));
    const panelError = panel.getByTestId('highlights-error');
    await expect.poll(() => panelError.textContent(), { timeout: 10_000 }).toBe(sentence);
    expect(await panelError.locator('[lang="en"], [data-testid="error-detail-intro"]').count()).toBe(0);
    await panel.getByTestId('import-json').setInputFiles(highlightsFile);
    const panelImport = panel.getByTestId('export-status');
    await expect.poll(() => panelImport.textContent(), { timeout: 10_000 }).toBe(sentence);
    expect(await panelImport.locator('[lang="en"], [data-testid="error-detail-intro"]').count()).toBe(0);

    expect(await storedLibrary()).toEqual({ version: NEWER_IDB_VERSION, row: 'kept' });
    await Promise.all([panel.close(), page.close(), options.close()]);
    expect(browser.errors).toEqual([]);
  });
});
