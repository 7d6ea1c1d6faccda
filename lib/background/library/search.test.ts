import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/fixtures/library';
import { CHECKING, randomLibrary, scanSearch, SEARCH_CASES, TINY } from '../../../tests/fixtures/random-library';
import { seededRandom } from '../../../scripts/seeded-random';
import type { SearchQuery } from '../../shared/library/types';
import type { LibraryDb, SearchEntry } from './db';
import { createLibrary, openLibraryDb } from './library';
import { findEntryKeys } from './search';

/**
 * The search reads index lists in batches, skips ahead and checks entries; whatever path it
 * takes, the answer must be the one a plain scan of every entry gives: the newest `wanted`
 * entries that have every word and meet every filter.
 */
const random = seededRandom(18);
const { pick, keepPages, randomQuery } = randomLibrary(random);

let db: LibraryDb;

beforeAll(async () => {
  ({ db } = freshDb());
  expect(await openLibraryDb(db)).toEqual({ ok: true });
  await keepPages(
    createLibrary(db, async () => ({})),
    160,
  );
  all = await db.entries.toArray();
  vocabulary = [...new Set(all.flatMap((entry) => entry.tokens))].sort();
}, 60_000);
afterAll(() => db?.close());

let all: SearchEntry[] = [];
let vocabulary: string[] = [];
const scan = (query: SearchQuery, wanted: number) => scanSearch(all, vocabulary, query, wanted);

describe('search finds what a scan of every entry finds', () => {
  for (const { name, query } of SEARCH_CASES) {
    it(name, async () => {
      for (const wanted of [1, 7, 51]) {
        const expected = scan(query, wanted);
        expect(await findEntryKeys(db, query, wanted)).toEqual(expected);
        expect(await findEntryKeys(db, query, wanted, TINY)).toEqual(expected);
        expect(await findEntryKeys(db, query, wanted, CHECKING)).toEqual(expected);
      }
    });
  }

  it('150 random queries with random filters', async () => {
    let nonEmpty = 0;
    for (let n = 0; n < 150; n++) {
      const query = randomQuery();
      const wanted = pick([1, 5, 20, 51]);
      const expected = scan(query, wanted);
      if (expected.length) nonEmpty++;
      const context = JSON.stringify({ query, wanted });
      expect(await findEntryKeys(db, query, wanted), context).toEqual(expected);
      expect(await findEntryKeys(db, query, wanted, TINY), context).toEqual(expected);
      expect(await findEntryKeys(db, query, wanted, CHECKING), context).toEqual(expected);
    }
    // The random queries must not all be empty, or they would prove little.
    expect(nonEmpty).toBeGreaterThan(50);
  }, 120_000);
});
