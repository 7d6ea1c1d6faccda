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
 * writes, writing only the rows of the words an entry gained or lost; an entry has no row for a
 * word it lacks. The entries kept before version 5 get theirs after the upgrade (backfill.ts).
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { SearchEntry } from './db';
import { hasTable, perTransaction, transactionAlsoOver } from './middleware';

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
export const NOTHING = 0;

/** Dexie's DBCoreRangeType (a const enum, not importable here). */
const EQUAL_RANGE = 1;
const KEY_RANGE = 2;
const ANY_RANGE = 3;
const ANY = { type: ANY_RANGE, lower: undefined, upper: undefined } as DBCoreKeyRange;

/** An entry's words, once each; null where there is no entry. */
type Words = readonly string[] | null;

const wordsOf = (row: unknown): Words =>
  row && Array.isArray((row as SearchEntry).tokens) ? [...new Set((row as SearchEntry).tokens)] : null;

/** The rows of an entry keyed `key` with `words`. */
const rowsOf = (key: string, words: Words): string[] => (words ?? []).map((word) => postingKey(word, key));

/**
 * What one transaction has seen of the entries, so a write over entries it already read (keeping
 * a page reads them first) need not read them again before writing the word lists.
 */
interface KnownEntries {
  /** Entry key → its words as they are now, null for no entry. */
  rows: Map<string, Words>;
  /** Primary-key ranges read whole, with the keys found: a key inside one and not found has no entry. */
  ranges: { range: DBCoreKeyRange; found: Set<string> }[];
  /** Mutations of the entries asked so far: a read answered after a later mutation was asked is not remembered. */
  writes: number;
}

function inRange(range: DBCoreKeyRange, key: string): boolean {
  if ((range.type as number) === ANY_RANGE) return true;
  if (typeof range.lower !== 'string' || typeof range.upper !== 'string') return false;
  if ((range.type as number) === EQUAL_RANGE) return key === range.lower;
  return (
    (range.lowerOpen ? key > range.lower : key >= range.lower) &&
    (range.upperOpen ? key < range.upper : key <= range.upper)
  );
}

/** The entry keyed `key` as the transaction knows it now: its words, null for none, undefined for not known. */
function knownWords(known: KnownEntries, key: unknown): Words | undefined {
  if (typeof key !== 'string') return undefined;
  if (known.rows.has(key)) return known.rows.get(key);
  return known.ranges.some(({ range, found }) => !found.has(key) && inRange(range, key)) ? null : undefined;
}

/** A key whose entry this transaction can no longer vouch for (written without being known). */
function forget(known: KnownEntries, key: unknown): void {
  if (typeof key !== 'string') return;
  known.rows.delete(key);
  for (const { found } of known.ranges) found.add(key);
}

/** The keys a put or delete names. */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'put' || req.type === 'add') {
    const extract = table.schema.primaryKey.extractKey;
    return req.keys ?? (extract ? req.values.map((value) => extract(value) as unknown) : []);
  }
  return [];
}

/** The entries a mutation will replace or remove, read before it runs. */
async function entriesBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<SearchEntry[]> {
  let rows: unknown[] = [];
  switch (req.type) {
    case 'add':
      return [];
    case 'put':
    case 'delete':
      rows = await table.getMany({ trans: req.trans, keys: keysOf(table, req) });
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

/** Removes the rows of words gone and adds those of words new, `had` and `has` being whole entries' rows. */
async function writeRows(
  postings: DBCoreTable,
  trans: DBCoreTransaction,
  had: Set<string>,
  has: Set<string>,
): Promise<void> {
  const gone = [...had].filter((key) => !has.has(key));
  const added = [...has].filter((key) => !had.has(key));
  await Promise.all([
    gone.length ? postings.mutate({ type: 'delete', trans, keys: gone }) : null,
    added.length ? postings.mutate({ type: 'put', trans, keys: added, values: added.map(() => NOTHING) }) : null,
  ]);
}

/**
 * Dexie middleware: every read-write transaction over `entries` also takes `postings`, and every
 * mutation of `entries` adds the rows of the words an entry gained and removes those of the words
 * it lost, in that transaction. Where the transaction already read every entry a put or delete
 * replaces (or read a key range that shows a new key has none), the rows are written with the
 * mutation, without reading the entries again.
 */
export const postingsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'marginalia-postings',
  create(down) {
    // Absent while an upgrade runs the versions before the table existed: the rows of the
    // entries written then are built after opening (backfill.ts).
    if (!hasTable(down, POSTINGS_TABLE)) return down;
    const postings = down.table(POSTINGS_TABLE);
    const knownIn = perTransaction<KnownEntries>(() => ({ rows: new Map(), ranges: [], writes: 0 }));
    // Only a transaction that may write needs to remember what it read.
    const remembers = (trans: DBCoreTransaction) => (trans as { mode?: IDBTransactionMode }).mode !== 'readonly';
    return {
      ...down,
      transaction: transactionAlsoOver(down, POSTINGS_TABLE, (table) => table === ENTRIES_TABLE),
      table(name) {
        const table = down.table(name);
        if (name !== ENTRIES_TABLE) return table;
        const primaryKeyOf = (row: unknown) => table.schema.primaryKey.extractKey?.(row) as unknown;
        /** Remembers what a read answered, unless the entries were mutated since it was asked. */
        const remember = (trans: DBCoreTransaction, asked: number, found: [unknown, unknown][]) => {
          const known = knownIn(trans);
          if (known.writes !== asked) return;
          for (const [key, row] of found) if (typeof key === 'string') known.rows.set(key, wordsOf(row));
        };
        return {
          ...table,
          async get(req) {
            if (!remembers(req.trans)) return (await table.get(req)) as unknown;
            const asked = knownIn(req.trans).writes;
            const row: unknown = await table.get(req);
            remember(req.trans, asked, [[req.key, row]]);
            return row;
          },
          async getMany(req) {
            if (!remembers(req.trans)) return table.getMany(req);
            const asked = knownIn(req.trans).writes;
            const rows: unknown[] = await table.getMany(req);
            remember(
              req.trans,
              asked,
              req.keys.map((key, position) => [key, rows[position]]),
            );
            return rows;
          },
          async query(req) {
            if (!remembers(req.trans)) return table.query(req);
            const known = knownIn(req.trans);
            const asked = known.writes;
            const response = await table.query(req);
            if (known.writes !== asked) return response;
            const onPrimaryKey = req.query.index.isPrimaryKey || req.query.index.name === null;
            const rows = req.values ? (response.result as unknown[]) : [];
            if (req.values)
              remember(
                req.trans,
                asked,
                rows.map((row) => [primaryKeyOf(row), row]),
              );
            // A whole primary-key range (no limit cut it short) tells which keys have no entry.
            const type = req.query.range.type as number;
            if (
              onPrimaryKey &&
              (type === KEY_RANGE || type === EQUAL_RANGE) &&
              (req.limit === undefined || response.result.length < req.limit)
            ) {
              const keys = req.values ? rows.map(primaryKeyOf) : (response.result as unknown[]);
              known.ranges.push({
                range: req.query.range,
                found: new Set(keys.filter((key) => typeof key === 'string')),
              });
            }
            return response;
          },
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const known = knownIn(req.trans);
            known.writes++;
            if (req.type === 'deleteRange' && (req.range.type as number) === ANY_RANGE) {
              // Every entry gone: every row with them, without reading the entries first.
              const [response] = await Promise.all([
                table.mutate(req),
                postings.mutate({ type: 'deleteRange', trans: req.trans, range: ANY }),
              ]);
              known.rows.clear();
              known.ranges = [{ range: ANY, found: new Set() }];
              return response;
            }
            const keys = keysOf(table, req);
            const before = req.type === 'deleteRange' ? [] : keys.map((key) => knownWords(known, key));
            if (req.type !== 'deleteRange' && before.every((words) => words !== undefined))
              return mutateKnown(req, keys as string[], before);
            // Not all known: read them, as they are before the mutation, in its transaction.
            if (req.type === 'deleteRange') {
              known.rows.clear();
              known.ranges = [];
            } else for (const key of keys) forget(known, key);
            // Asked before the mutation, in the same transaction: IndexedDB answers in order, so
            // these are the entries as they were.
            const [entries, response] = await Promise.all([entriesBefore(table, req), table.mutate(req)]);
            const had = new Set(entries.flatMap(postingKeysOf));
            const has = new Set<string>();
            if (req.type === 'add' || req.type === 'put')
              req.values.forEach((value: SearchEntry, position) => {
                if (!response.failures[position]) for (const key of postingKeysOf(value)) has.add(key);
              });
            await writeRows(postings, req.trans, had, has);
            return response;
          },
        };

        /**
         * A put or delete of entries whose words the transaction knows: the rows are written at
         * once, beside the mutation. Should it fail, even for one entry (IndexedDB would rather
         * fail the whole transaction), the transaction is aborted, so the rows written for it go too.
         */
        async function mutateKnown(req: DBCoreMutateRequest, keys: string[], before: Words[]) {
          const known = knownIn(req.trans);
          const had = new Set<string>();
          const has = new Set<string>();
          const after = new Map<string, Words>();
          keys.forEach((key, position) => {
            if (!after.has(key)) for (const row of rowsOf(key, before[position]!)) had.add(row);
            after.set(key, req.type === 'put' || req.type === 'add' ? wordsOf(req.values[position]) : null);
          });
          for (const [key, words] of after) {
            for (const row of rowsOf(key, words)) has.add(row);
            known.rows.set(key, words);
          }
          try {
            const [response] = await Promise.all([table.mutate(req), writeRows(postings, req.trans, had, has)]);
            if (response.numFailures)
              throw (
                response.failures[Number(Object.keys(response.failures)[0])] ?? new Error('A write to entries failed.')
              );
            return response;
          } catch (error) {
            // The rows were written as if the mutation succeeded: nothing of it may stay, even
            // should the caller catch the error and go on.
            try {
              req.trans.abort();
            } catch {
              // Already over: nothing of it was kept.
            }
            throw error;
          }
        }
      },
    };
  },
};
