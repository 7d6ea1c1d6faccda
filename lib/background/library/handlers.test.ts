import { beforeEach, describe, expect, it } from 'vitest';
import { analysisOf, freshDb } from '../../../tests/fixtures/library';
import type { LibraryDb } from './db';
import { keepAnalysisOfTab, libraryHandlers } from './handlers';
import { createLibraryInstance, resetSharedLibraryForTests } from './instance';

const URL_A = 'https://www.theverge.com/ai/2026/10/12/openai-altman-compute-interview?utm_source=x#top';
const KEY_A = 'https://www.theverge.com/ai/2026/10/12/openai-altman-compute-interview';
const analysis = analysisOf(URL_A, { claims: [{ text: 'We need more compute.', speaker: 'Sam Altman' }] });

let db: LibraryDb;
beforeEach(() => {
  db = freshDb().db;
  resetSharedLibraryForTests(
    createLibraryInstance(
      () => db,
      async () => ({}),
    ),
  );
});

describe('keeping what the reader reads', () => {
  it('keeps a page analysed in a normal tab, under its page key', async () => {
    expect(await keepAnalysisOfTab({ incognito: false }, URL_A, analysis)).toEqual({ ok: true, value: true });
    expect((await db.pages.get(KEY_A))?.claimCount).toBe(1);
  });

  it('keeps nothing from an incognito tab, or when the browser does not say, and never opens the database for it', async () => {
    expect(await keepAnalysisOfTab({ incognito: true }, URL_A, analysis)).toEqual({ ok: true, value: false });
    expect(await keepAnalysisOfTab(undefined, URL_A, analysis)).toEqual({ ok: true, value: false });
    expect(db.isOpen()).toBe(false);
  });

  it('keeps nothing once the reader turns keeping off, and forgets on request', async () => {
    await keepAnalysisOfTab({ incognito: false }, URL_A, analysis);
    await libraryHandlers['library-set-keeping']({ type: 'library-set-keeping', on: false }, {});
    const other = 'https://techcrunch.com/2026/11/01/story/';
    expect(await keepAnalysisOfTab({ incognito: false }, other, analysisOf(other))).toEqual({ ok: true, value: false });
    expect(await db.pages.count()).toBe(1);
    expect(await libraryHandlers['library-forget-page']({ type: 'library-forget-page', url: KEY_A }, {})).toEqual({
      ok: true,
      value: true,
    });
    expect(await db.pages.count()).toBe(0);
  });
});
