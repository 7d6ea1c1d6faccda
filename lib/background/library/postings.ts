/**
 * The search index's word lists, kept as a table of their own: one row per word of an entry, whose
 * key is the word, a space, then the entry's key (`"altman 9998288000000|claim|…"`). The rows
 * of one word are then one stretch of the table, newest entry first, and reading a word's list is
 * a plain key range of the table.
 *
 * They replace a multi-entry index on the entries' words (schema versions 2 to 4) because
 * Chromium reads a table's keys several times faster than an index's: every key of an index
 * costs a second lookup of the row it points to, which a table's own key does not, and a search
 * for two common words that rarely meet ("Sam Altman") reads thousands of them.
 *
 * A Dexie middleware keeps them in the same transaction as every write to `entries`, whoever
 * writes, writing only the rows of the words an entry gained or lost.
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
  Transaction,
} from 'dexie';
import type { SearchEntry } from './db';

export const POSTINGS_TABLE = 'postings';
const ENTRIES_TABLE = 'entries';

/**
 * Between the word and the entry's key. Words are runs of letters, marks and digits (tokenize.ts),
 * so a space is in none of them and sorts below every character they hold: a word's rows sort
 * as the word does, and no other word's rows fall inside its range.
 */
const SEPARATOR = ' ';
/** Above every character of an entry key (digits, ASCII, URLs). */
const HIGHEST = '\uffff';

/** The row of `word` in the list of the entry keyed `entryKey`. */
export function postingKey(word: string, entryKey: string): string {
  return `${word}${SEPARATOR}${entryKey}`;
}

/** The entry key of a row of `word`'s list. */
export function entryKeyOf(word: string, key: string): string {
  return key.slice(word.length + SEPARATOR.length);
}

/** The word of a row. */
export function wordOf(key: string): string {
  return key.slice(0, key.indexOf(SEPARATOR));
}

/** Every row of `word`'s list whose entry key is between `from` and `to` (entry keys, inclusive unless said). */
export function wordRange(word: string, from = '', to = HIGHEST, fromOpen = false): IDBKeyRange {
  return IDBKeyRange.bound(postingKey(word, from), postingKey(word, to), fromOpen, false);
}

/** Every row of every word that starts with `prefix`, in the words' order. */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}${HIGHEST}`);
}

/** Just past every row of `word`: where the next word's rows start. */
export function afterWord(word: string): string {
  return postingKey(word, HIGHEST);
}

/** The rows an entry has. */
export function postingKeysOf(entry: Pick<SearchEntry, 'key' | 'tokens'>): string[] {
  return [...new Set(entry.tokens)].map((word) => postingKey(word, entry.key));
}

/** A row holds nothing but its key. */
const NOTHING = 0;

/** Dexie's DBCoreRangeType.Any (a const enum, not importable here): the whole table. */
const ANY_RANGE = 3;
const ANY = { type: ANY_RANGE, lower: undefined, upper: undefined } as DBCoreKeyRange;

/** The entries a mutation will replace or remove, read before it runs. */
async function entriesBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<SearchEntry[]> {
  let rows: unknown[] = [];
  switch (req.type) {
    case 'add':
      return [];
    case 'put': {
      const extract = table.schema.primaryKey.extractKey;
      const keys = req.keys ?? (extract ? req.values.map((value) => extract(value) as unknown) : []);
      rows = await table.getMany({ trans: req.trans, keys });
      break;
    }
    case 'delete':
      rows = await table.getMany({ trans: req.trans, keys: req.keys });
      break;
    case 'deleteRange':
      rows = (
        await table.query({
          trans: req.trans,
          values: true,
          query: { index: table.schema.primaryKey, range: req.range },
        })
      ).result;
      break;
  }
  return rows.filter((row): row is SearchEntry => !!row && Array.isArray((row as SearchEntry).tokens));
}

/**
 * Dexie middleware: every read-write transaction over `entries` also takes `postings`, and every
 * mutation of `entries` adds the rows of the words an entry gained and removes those of the words
 * it lost, in that transaction.
 */
export const postingsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'marginalia-postings',
  create(down) {
    // Absent while an upgrade runs the versions before the table existed: the table's own
    // upgrade builds it from the entries then.
    if (!down.schema.tables.some((table) => table.name === POSTINGS_TABLE)) return down;
    const postings = down.table(POSTINGS_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(ENTRIES_TABLE) && !stores.includes(POSTINGS_TABLE)
            ? [...stores, POSTINGS_TABLE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ENTRIES_TABLE) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (req.type === 'deleteRange' && (req.range.type as number) === ANY_RANGE) {
              // Every entry gone: every row with them, without reading the entries first.
              const [response] = await Promise.all([
                table.mutate(req),
                postings.mutate({ type: 'deleteRange', trans: req.trans, range: ANY }),
              ]);
              return response;
            }
            // Asked before the mutation, in the same transaction: IndexedDB answers in order, so
            // these are the entries as they were.
            const [before, response] = await Promise.all([entriesBefore(table, req), table.mutate(req)]);
            const had = new Set(before.flatMap(postingKeysOf));
            const has = new Set<string>();
            if (req.type === 'add' || req.type === 'put')
              req.values.forEach((value: SearchEntry, position) => {
                if (!response.failures[position]) for (const key of postingKeysOf(value)) has.add(key);
              });
            const gone = [...had].filter((key) => !has.has(key));
            const added = [...has].filter((key) => !had.has(key));
            await Promise.all([
              gone.length ? postings.mutate({ type: 'delete', trans: req.trans, keys: gone }) : null,
              added.length
                ? postings.mutate({ type: 'put', trans: req.trans, keys: added, values: added.map(() => NOTHING) })
                : null,
            ]);
            return response;
          },
        };
      },
    };
  },
};

/** Builds every row from the entries (the version 5 upgrade). */
export async function buildPostings(transaction: Transaction): Promise<void> {
  const table = transaction.table(POSTINGS_TABLE);
  await table.clear();
  let keys: string[] = [];
  const flush = async () => {
    const batch = keys;
    keys = [];
    if (batch.length)
      await table.bulkPut(
        batch.map(() => NOTHING),
        batch,
      );
  };
  const entries = transaction.table<SearchEntry, string>(ENTRIES_TABLE);
  let offset: string | null = null;
  // In pages of entries, so a large library is not held in memory at once.
  for (;;) {
    const page: SearchEntry[] = await (offset === null ? entries.orderBy(':id') : entries.where(':id').above(offset))
      .limit(2_000)
      .toArray();
    if (!page.length) break;
    for (const entry of page) keys.push(...postingKeysOf(entry));
    await flush();
    offset = page.at(-1)!.key;
  }
}
