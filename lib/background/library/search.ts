/**
 * Finding the newest search entries that match a query, reading as few keys as it can.
 *
 * Every word of a query is a list of entry keys (a stretch of `postings`, postings.ts), and
 * every filter (a speaker, a site …) an index of `entries` that lists its entries' keys; an
 * entry's key starts with its page's date inverted, so each list is newest first, and the answer
 * is the first `wanted` keys that every list holds. The lists are read in batches straight from
 * IndexedDB (a key range or a key cursor can start at any entry key, so a date range and a skip
 * ahead cost one seek), and everything up to the shortest reach of the lists is decided exactly
 * by intersecting them; the next batches reach as far as the matches found so far say the rest
 * will take. When one list has reached much further than the others (a rare word beside a common
 * one), its keys in between are checked against the entries themselves instead of reading the
 * common lists through. Only the keys shown are read as entries.
 *
 * While `postings` is still being built after the version 5 upgrade (backfill.ts), the word lists
 * are read only as far as the entries whose rows are all written, the newest; past them, from the
 * multi-entry index on `tokens` that a database upgraded from version 4 still has (db.ts), else
 * by reading the entries themselves in order and checking each, so the answer is the one a full
 * index gives.
 */
import { tokenize } from '../../shared/library/tokenize';
import type { SearchQuery } from '../../shared/library/types';
import type { LibraryDb, SearchEntry } from './db';
import { postingsCompleteUpTo } from './backfill';
import { afterWord, entryKeyOf, POSTINGS_TABLE, prefixRange, wordOf, wordRange } from './postings';

/** An index of `entries` that a filter reads. */
type EntryIndex = 'speakerKey' | 'termIds' | 'site' | 'claimKind' | 'lang' | 'kind';

/**
 * One way of narrowing a search: the entry must have one of `values` among its words (`tokens`,
 * read from `postings`) or in an index of `entries`.
 */
export interface Criterion {
  index: 'tokens' | EntryIndex;
  /** One value, or every word a prefix being typed stands for. */
  values: string[];
}

const LATEST = 9_999_999_999_999;
/** Words a prefix stands for at most (the alphabetically first ones). */
const MAX_PREFIX_WORDS = 64;

/** How the lists are read; tests make the batches tiny to walk every path on a small library. */
export interface SearchTuning {
  /** The first batch read of each list when several are intersected (the least any later one reads). */
  firstBatch: number;
  maxBatch: number;
  /** Entries read per request when a far-reaching list is checked against the entries. */
  checkChunk: number;
  /** What reading one entry costs, in keys of a word's list (measured in Chromium). */
  entryCost: number;
  /** What reading one key of an index of `entries` costs, in keys of a word's list (measured in Chromium). */
  indexKeyCost: number;
  /** Entries read per request where they are checked one by one (past the backfill's cursor). */
  scanChunk: number;
}

export const SEARCH_TUNING: SearchTuning = {
  firstBatch: 200,
  maxBatch: 8_000,
  checkChunk: 100,
  entryCost: 20,
  indexKeyCost: 4,
  scanChunk: 500,
};

/** The primary-key bounds of a date range: keys start with 13 digits, the date inverted. */
export function keyWindow(from: string | undefined, to: string | undefined): { first: string; last: string } {
  const newest = to ? LATEST - (Date.parse(`${to}T00:00:00Z`) + 86_400_000 - 1) : 0;
  const oldest = from ? LATEST - Date.parse(`${from}T00:00:00Z`) : LATEST;
  return {
    first: String(Math.max(0, newest)).padStart(13, '0'),
    // Every key of the oldest day: its 13 digits, then "|…".
    last: `${String(Math.min(LATEST, oldest)).padStart(13, '0')}|\uffff`,
  };
}

/** The page's date a key carries, as a number (smaller is newer). */
function keyTime(key: string): number {
  return Number(key.slice(0, 13));
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Where a list is read from: `postings` for a word, else an index of `entries`. */
type ListSource = { postings: IDBObjectStore } | { index: IDBIndex };

/**
 * Up to `count` entry keys of `value`'s list, in order, after `after` (exclusive) or from
 * `first` (inclusive), none past `last`. `done` when nothing more is in the window. `readBefore`:
 * how many keys of the list were read from its start up to `after`, when that is so.
 */
function readKeys(
  source: ListSource,
  value: string,
  after: string | null,
  first: string,
  last: string,
  count: number,
  readBefore: number | null,
): Promise<{ keys: string[]; done: boolean }> {
  if ('index' in source) return readIndexKeys(source.index, value, after, first, last, count, readBefore);
  const start = after ?? first;
  // An empty window (a date range that ends before it starts, or read to its end) has no range.
  if (start > last || (after !== null && start === last)) return Promise.resolve({ keys: [], done: true });
  // A word's list is a stretch of the table: one request from anywhere in it.
  return request(source.postings.getAllKeys(wordRange(value, start, last, after !== null), count)).then((found) => ({
    keys: (found as string[]).map((key) => entryKeyOf(value, key)),
    done: found.length < count,
  }));
}

/** readKeys from an index of `entries`, whose keys cost a lookup each. */
function readIndexKeys(
  index: IDBIndex,
  value: string,
  after: string | null,
  first: string,
  last: string,
  count: number,
  readBefore: number | null,
): Promise<{ keys: string[]; done: boolean }> {
  const start = after ?? first;
  if (start <= '0000000000000' || (readBefore !== null && first <= '0000000000000')) {
    // From the newest: one request, which reads the `readBefore` keys already had again. Cheaper
    // than a cursor, which costs a round trip to the database every few keys.
    const skip = after === null ? 0 : (readBefore ?? 0);
    return request(index.getAllKeys(IDBKeyRange.only(value), skip + count)).then((found) => {
      const keys = (found as string[]).slice(skip);
      let end = keys.length;
      while (end > 0 && keys[end - 1]! > last) end--;
      return { keys: end < keys.length ? keys.slice(0, end) : keys, done: end < keys.length || keys.length < count };
    });
  }
  return new Promise((resolve, reject) => {
    const keys: string[] = [];
    const cursorRequest = index.openKeyCursor(IDBKeyRange.only(value));
    let sought = false;
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('IndexedDB cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve({ keys, done: true });
      const key = cursor.primaryKey as string;
      if (key < start) {
        if (sought) return cursor.continue();
        sought = true;
        return cursor.continuePrimaryKey(value, start);
      }
      sought = true;
      if (key > last) return resolve({ keys, done: true });
      if (after === null || key > after) keys.push(key);
      if (keys.length >= count) return resolve({ keys, done: false });
      cursor.continue();
    };
  });
}

/** The words kept that start with `prefix`, alphabetically, at most MAX_PREFIX_WORDS. */
async function wordsStartingWith(postings: IDBObjectStore, prefix: string): Promise<string[]> {
  const words: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const cursorRequest = postings.openKeyCursor(prefixRange(prefix));
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('IndexedDB cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || words.length >= MAX_PREFIX_WORDS) return resolve();
      const word = wordOf(cursor.key as string);
      words.push(word);
      // Past the word's rows, to the next word's first.
      cursor.continue(afterWord(word));
    };
  });
  return words;
}

/** One criterion's list as read so far. */
interface List {
  criterion: Criterion;
  /** Keys read and not yet decided, in order. */
  keys: string[];
  /** Every key of the list up to here (inclusive) has been read; null before the first read. */
  reach: string | null;
  done: boolean;
  batch: number;
  /** Every key read so far was read in order from the list's start (nothing skipped). */
  fromStart: boolean;
  /** Keys read in all, and the stretch of dates (key time) they covered: the list's density. */
  read: number;
  span: number;
}

/** Reads the next batch of a list: every value of its criterion, merged, exact up to the shortest reach. */
async function readMore(source: ListSource, list: List, first: string, last: string): Promise<void> {
  const parts = await Promise.all(
    list.criterion.values.map((value) =>
      readKeys(
        source,
        value,
        list.reach,
        first,
        last,
        list.batch,
        list.fromStart && list.criterion.values.length === 1 ? list.read : null,
      ),
    ),
  );
  const startedAt = list.reach ?? parts.map((part) => part.keys[0] ?? last).reduce((a, b) => (a < b ? a : b), last);
  list.read += parts.reduce((sum, part) => sum + part.keys.length, 0);
  let reach: string | null = null;
  for (const part of parts) {
    const end = part.keys.at(-1);
    if (!part.done && end !== undefined && (reach === null || end < reach)) reach = end;
  }
  const merged = parts.length === 1 ? parts[0]!.keys : [...new Set(parts.flatMap((part) => part.keys))].sort();
  const fresh = reach === null ? merged : merged.filter((key) => key <= reach);
  list.keys.push(...fresh);
  list.done = reach === null;
  list.reach = reach ?? last;
  list.span += Math.max(0, keyTime(list.reach) - keyTime(startedAt));
}

/** Whether `entry` is on `criterion`'s list. */
export function entryMeets(entry: SearchEntry, criterion: Criterion): boolean {
  switch (criterion.index) {
    case 'tokens':
      return criterion.values.some((value) => entry.tokens.includes(value));
    case 'termIds':
      return criterion.values.some((value) => entry.termIds.includes(value));
    default:
      return criterion.values.includes(entry[criterion.index] as string);
  }
}

/**
 * The criteria of a query: its words, then its filters (the kind only when nothing else narrows).
 * `wordsNotIndexed`: the words starting with a prefix that entries whose rows are not yet all
 * written have (backfill.ts); the words kept are those of `postings` and those.
 */
export async function criteriaOf(
  postings: IDBObjectStore,
  query: SearchQuery,
  wordsNotIndexed?: (prefix: string) => Promise<string[]>,
): Promise<Criterion[]> {
  const tokens = [...new Set(tokenize(query.text))];
  const criteria: Criterion[] = tokens.map((value) => ({ index: 'tokens', values: [value] }));
  const filters: [EntryIndex, string | undefined][] = [
    ['speakerKey', query.speakerKey],
    ['termIds', query.termId],
    ['site', query.site],
    ['claimKind', query.claimKind],
    ['lang', query.lang],
  ];
  for (const [name, value] of filters) if (value) criteria.push({ index: name, values: [value] });
  // The kind is in every key; as a list of its own it only helps when nothing else narrows.
  if (query.kind && !criteria.length) criteria.push({ index: 'kind', values: [query.kind] });
  // A last word still being typed matches as a prefix when it matches nothing whole.
  const last = tokens.length - 1;
  const typed = tokens[last];
  if (typed !== undefined && !/\s$/.test(query.text) && typed.length >= 2) {
    const whole = await request(postings.getKey(wordRange(typed)));
    if (whole === undefined) {
      const [indexed, notIndexed] = await Promise.all([
        wordsStartingWith(postings, typed),
        wordsNotIndexed?.(typed) ?? Promise.resolve([]),
      ]);
      // The first MAX_PREFIX_WORDS of both are among the first of each.
      const words = notIndexed.length
        ? [...new Set([...indexed, ...notIndexed])].sort().slice(0, MAX_PREFIX_WORDS)
        : indexed;
      if (!notIndexed.includes(typed)) criteria[last] = { index: 'tokens', values: words.length ? words : [typed] };
    }
  }
  return criteria;
}

/**
 * The primary keys of the newest `wanted` entries matching `query`, newest first; exact (every
 * list is read, or skipped with a check, until `wanted` are found or the lists end).
 */
export async function findEntryKeys(
  db: LibraryDb,
  query: SearchQuery,
  wanted: number,
  tuning: SearchTuning = SEARCH_TUNING,
): Promise<string[]> {
  // A transaction ends once nothing is asked of it: each step of the search opens its own.
  const stores = () => {
    const transaction = db.backendDB().transaction(['entries', POSTINGS_TABLE], 'readonly');
    return { entries: transaction.objectStore('entries'), postings: transaction.objectStore(POSTINGS_TABLE) };
  };
  const entries = () => stores().entries;
  /** Whether the words of entries past the backfill's cursor are read from the old index rather than `postings`. */
  let wordsFromOldIndex = false;
  const sourceOf = (criterion: Criterion, from: ReturnType<typeof stores>): ListSource =>
    criterion.index !== 'tokens'
      ? { index: from.entries.index(criterion.index) }
      : wordsFromOldIndex
        ? { index: from.entries.index(OLD_WORD_INDEX) }
        : { postings: from.postings };
  const { first, last } = keyWindow(query.from, query.to);
  const wantedInAll = wanted;
  const kindMark = query.kind ? `|${query.kind}|` : null;
  const fits = (key: string) => !kindMark || key.startsWith(kindMark, 13);
  // Every entry up to this key has all its word rows; null: every entry.
  const indexedUpTo = await postingsCompleteUpTo(db);
  const opening = stores();
  const oldIndex = indexedUpTo !== null && opening.entries.indexNames.contains(OLD_WORD_INDEX);
  const criteria = await criteriaOf(
    opening.postings,
    query,
    indexedUpTo === null
      ? undefined
      : oldIndex
        ? (prefix) => wordsOfOldIndex(entries().index(OLD_WORD_INDEX), prefix)
        : (prefix) => wordsPast(entries, indexedUpTo, prefix, tuning.scanChunk),
  );

  if (!criteria.length) {
    const keys = (await request(entries().getAllKeys(IDBKeyRange.bound(first, last), wanted))) as string[];
    return keys.filter(fits);
  }
  if (indexedUpTo === null || !criteria.some((criterion) => criterion.index === 'tokens'))
    return intersect(first, last);
  // The newest entries from the word lists, as far as they are complete; the rest one by one.
  const indexedLast = indexedUpTo < last ? indexedUpTo : last;
  const found = first <= indexedLast ? await intersect(first, indexedLast) : [];
  if (found.length >= wanted) return found;
  if (oldIndex) {
    // Just past the cursor: the smallest key above it.
    const pastCursor = `${indexedUpTo}\u0000`;
    if (pastCursor > last) return found;
    wordsFromOldIndex = true;
    const rest = await intersect(first > pastCursor ? first : pastCursor, last, wanted - found.length);
    return [...found, ...rest];
  }
  const rest = await scanEntries(
    entries,
    first <= indexedUpTo ? { from: indexedUpTo, open: true } : { from: first, open: false },
    last,
    (entry) => fits(entry.key) && criteria.every((criterion) => entryMeets(entry, criterion)),
    wanted - found.length,
    tuning.scanChunk,
  );
  return [...found, ...rest];

  /** The newest `wanted` keys between `first` and `last` that every criterion's list holds. */
  async function intersect(first: string, last: string, wanted = wantedInAll): Promise<string[]> {
    const lists: List[] = criteria.map((criterion) => ({
      criterion,
      keys: [],
      reach: null,
      done: false,
      // A single list is the answer itself: read only what is shown (the kind filter aside).
      batch: criteria.length === 1 ? (kindMark ? wanted * 4 : wanted) : tuning.firstBatch,
      fromStart: true,
      read: 0,
      span: 0,
    }));
    const found: string[] = [];

    const decideUpTo = (bound: string) => {
      const [smallest, ...others] = [...lists].sort((a, b) => a.keys.length - b.keys.length);
      const sets = others.map((list) => new Set(list.keys));
      for (const key of smallest!.keys) {
        if (key > bound || found.length >= wanted) break;
        if (fits(key) && sets.every((set) => set.has(key))) found.push(key);
      }
      for (const list of lists) {
        let cut = 0;
        while (cut < list.keys.length && list.keys[cut]! <= bound) cut++;
        list.keys.splice(0, cut);
      }
    };

    /** Where the lists are to be read to next (a key's date); before the first read, everywhere. */
    let target = Infinity;
    /** The date of the newest key any list holds: where looking started. */
    let origin: number | null = null;
    while (found.length < wanted) {
      const from = stores();
      const behind = lists.filter((list) => !list.done && (list.reach === null || keyTime(list.reach) < target));
      await Promise.all(behind.map((list) => readMore(sourceOf(list.criterion, from), list, first, last)));
      origin ??= Math.min(...lists.map((list) => (list.keys.length ? keyTime(list.keys[0]!) : Infinity)));
      const bound = reachOf(lists);
      decideUpTo(bound);
      if (found.length >= wanted || lists.every((list) => list.done)) break;

      // A list far ahead of the others: check its keys up to its reach against the entries
      // rather than read the other lists that far.
      const ahead = lists.reduce((best, list) => (furthest(list, best) ? list : best));
      const candidates = ahead.keys.filter((key) => key > bound && fits(key));
      const behindCost = lists
        .filter((list) => list !== ahead && !list.done)
        .reduce(
          (sum, list) => sum + keysBetween(list, bound, ahead.reach!) * keyCost(list, tuning, wordsFromOldIndex),
          0,
        );
      if (candidates.length * tuning.entryCost < behindCost) {
        const others = lists.filter((list) => list !== ahead);
        for (let from = 0; from < candidates.length && found.length < wanted; from += tuning.checkChunk) {
          const chunkStore = entries();
          const chunk = candidates.slice(from, from + tuning.checkChunk);
          const read = await Promise.all(
            chunk.map((key) => request(chunkStore.get(key) as IDBRequest<SearchEntry | undefined>)),
          );
          for (const entry of read)
            if (entry && found.length < wanted && others.every((list) => entryMeets(entry, list.criterion)))
              found.push(entry.key);
        }
        const skipTo = ahead.reach!;
        for (const list of lists) {
          list.keys = list.keys.filter((key) => key > skipTo);
          if (list !== ahead && !list.done && list.reach !== null && list.reach < skipTo) {
            list.reach = skipTo;
            list.fromStart = false;
          }
        }
        ahead.keys = [];
        if (ahead.done) break;
      }

      // How far to read next: as far as the matches found so far say the rest will take (or twice
      // as far as looked when none was found), each list reading about as many keys as it holds there.
      const looked = Math.max(1, keyTime(reachOf(lists)) - origin);
      const further = found.length ? ((wanted - found.length) / found.length) * looked * 1.25 : looked * 2;
      target = keyTime(reachOf(lists)) + Math.max(1, further);
      for (const list of lists) {
        if (list.done || list.reach === null) continue;
        const density = list.read / Math.max(1, list.span);
        const wantedKeys = Math.ceil(density * Math.max(0, target - keyTime(list.reach))) + 8;
        list.batch = Math.min(tuning.maxBatch, Math.max(tuning.firstBatch, wantedKeys));
      }
    }
    return found.slice(0, wanted);
  }
}

/**
 * Calls `visit` with the entries from `from` (exclusive when `open`) to `last`, in key order, a
 * chunk per request (each in a transaction of its own), until it answers false or they end.
 */
async function eachEntry(
  entries: () => IDBObjectStore,
  from: { from: string; open: boolean },
  last: string,
  chunk: number,
  visit: (entry: SearchEntry) => boolean,
): Promise<void> {
  let start = from.from;
  let open = from.open;
  for (;;) {
    if (start > last || (open && start === last)) return;
    const read = (await request(entries().getAll(IDBKeyRange.bound(start, last, open, false), chunk))) as SearchEntry[];
    for (const entry of read) if (!visit(entry)) return;
    if (read.length < chunk) return;
    start = read.at(-1)!.key;
    open = true;
  }
}

/** The newest `wanted` keys of the entries from `from` to `last` that `meets` accepts, read one by one. */
async function scanEntries(
  entries: () => IDBObjectStore,
  from: { from: string; open: boolean },
  last: string,
  meets: (entry: SearchEntry) => boolean,
  wanted: number,
  chunk: number,
): Promise<string[]> {
  const found: string[] = [];
  await eachEntry(entries, from, last, chunk, (entry) => {
    if (meets(entry)) found.push(entry.key);
    return found.length < wanted;
  });
  return found;
}

/** The old multi-entry index on the entries' words (schema versions 2 to 4), left by the version 4 → 5 upgrade. */
const OLD_WORD_INDEX = 'tokens';

/** The words of the old index that start with `prefix`, alphabetically, at most MAX_PREFIX_WORDS. */
async function wordsOfOldIndex(index: IDBIndex, prefix: string): Promise<string[]> {
  const words: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const cursorRequest = index.openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`), 'nextunique');
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('IndexedDB cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || words.length >= MAX_PREFIX_WORDS) return resolve();
      words.push(cursor.key as string);
      cursor.continue();
    };
  });
  return words;
}

/** The words starting with `prefix` of the entries past `after` (whose rows may not all be written). */
async function wordsPast(
  entries: () => IDBObjectStore,
  after: string,
  prefix: string,
  chunk: number,
): Promise<string[]> {
  const words = new Set<string>();
  await eachEntry(entries, { from: after, open: true }, '\uffff', chunk, (entry) => {
    for (const word of entry.tokens) if (word.startsWith(prefix)) words.add(word);
    return true;
  });
  return [...words];
}

/** The shortest reach of the lists still being read: everything up to it is known of every list. */
function reachOf(lists: readonly List[]): string {
  let reach: string | null = null;
  for (const list of lists) {
    if (list.done) continue;
    if (list.reach === null) return '';
    if (reach === null || list.reach < reach) reach = list.reach;
  }
  return reach ?? '\uffff';
}

/** Whether `list` reaches further than `other` (a finished list reaches furthest). */
function furthest(list: List, other: List): boolean {
  if (list.done !== other.done) return list.done;
  return (list.reach ?? '') > (other.reach ?? '');
}

/** What reading one key of `list` costs, in keys of a word's list (a word's key in the old index: an index key's). */
function keyCost(list: List, tuning: SearchTuning, wordsFromOldIndex: boolean): number {
  return list.criterion.index === 'tokens' && !wordsFromOldIndex ? 1 : tuning.indexKeyCost;
}

/** About how many keys `list` holds between two keys, from how densely it has been read so far. */
function keysBetween(list: List, from: string, to: string): number {
  if (list.reach === null || list.read === 0) return Infinity;
  return (list.read / Math.max(1, list.span)) * Math.max(0, keyTime(to) - keyTime(from));
}
