/**
 * The library database: IndexedDB in the extension's origin, through Dexie. Opened only by the
 * background, the one writer.
 *
 * Schema versions (each one's upgrade is tested in db.test.ts):
 *   1  pages, claims, terms, highlights, meta.
 *   2  `entries`: the search index, one row per claim, highlight, term and page, built from the
 *      version-1 rows on upgrade. Its primary key starts with the page's date inverted, so an
 *      index walk (by token, speaker, site …) meets the newest entries first and a search can
 *      stop after `limit` hits instead of reading every match.
 *   3  `facets`: the counts and filter values the overview shows (facets.ts), built from the
 *      rows on upgrade and kept by a middleware in the same transaction as every write.
 *   4  a claim's entry also holds its speaker's key as a word, so "Huang" finds what
 *      "ジェンスン・フアン" said; the claim entries are given it on upgrade.
 *   5  `postings`: the entries' words as rows of a table of their own (postings.ts), which
 *      Chromium reads several times faster than the multi-entry index on `tokens` they replace;
 *      kept by a middleware with every write. The upgrade only makes the table and sets a cursor
 *      in `meta`: the rows of the entries already there are written after opening, a chunk at a
 *      time (backfill.ts), and search reads the entries past the cursor themselves meanwhile.
 *      From version 4 it runs without Dexie (upgradeFromVersion4) and leaves the multi-entry index
 *      on `tokens` in place: Chromium deletes an index one key at a time, which took longer than
 *      writing the rows. Dexie ignores an index it does not declare; a later version whose
 *      upgrade Dexie runs would delete it, with that cost.
 */
import Dexie, { type Table } from 'dexie';
import {
  LIBRARY_DB_NAME,
  type HighlightRow,
  type KeptClaim,
  type KeptPage,
  type KeptTerm,
  type SearchKind,
} from '../../shared/library/types';

export { LIBRARY_DB_NAME, type HighlightRow };
import type { ClaimKind } from '../../shared/types';
import { indexTokens } from '../../shared/library/tokenize';
import { noteOf, parseAnnotation, quoteOf } from '../../shared/highlights/model';
import { buildFacets, facetsMiddleware, type FacetRow } from './facets';
import { postingsMiddleware } from './postings';
import { BACKFILL_KEY } from './backfill';

export const LIBRARY_DB_VERSION = 5;

/**
 * The schema version (Dexie's) of an IndexedDB version, which is ten times it; Dexie adds one
 * when it repairs a database that lacks a table or index of its version, so 51 is still 5.
 */
export function schemaVersionOf(indexedDbVersion: number): number {
  return Math.floor(indexedDbVersion / 10);
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SearchEntry {
  /** `${invertedDate}|${kind}|${ref}`: newest first in every index. */
  key: string;
  kind: SearchKind;
  /** The claim / term / highlight id, or the page URL. */
  ref: string;
  pageUrl: string;
  /** Its words, each a row of `postings` (postings.ts). */
  tokens: string[];
  text: string;
  detail: string | null;
  speakerKey: string | null;
  claimKind: ClaimKind | null;
  site: string;
  lang: string;
  /** The terms of the entry's page, for the term filter. */
  termIds: string[];
  /** The page's date (ISO 8601). */
  date: string;
}

export class LibraryDb extends Dexie {
  pages!: Table<KeptPage, string>;
  claims!: Table<KeptClaim, string>;
  terms!: Table<KeptTerm, string>;
  highlights!: Table<HighlightRow, string>;
  meta!: Table<MetaRow, string>;
  entries!: Table<SearchEntry, string>;
  facets!: Table<FacetRow, string>;
  /** Keys only (postings.ts); the value is unused. */
  postings!: Table<number, string>;
  /** The IndexedDB it lives in, to read the stored version before Dexie opens (and may change) it. */
  readonly factory: IDBFactory | undefined;

  constructor(name = LIBRARY_DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Relaxed: a transaction is done once written, not once flushed to disk (Chromium's own
    // default since 121, said here so it does not depend on the version); a crash of the whole
    // machine may lose the last write, never half of one.
    super(name, { ...options, autoOpen: false, chromeTransactionDurability: 'relaxed' });
    this.factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    this.version(1).stores(VERSION_1);
    this.version(2)
      .stores(VERSION_2)
      .upgrade(async (transaction) => {
        const pages = new Map<string, KeptPage>();
        await transaction.table<KeptPage, string>('pages').each((page) => pages.set(page.url, page));
        const terms = new Map<string, string[]>();
        await transaction.table<KeptTerm, string>('terms').each((term) => {
          const list = terms.get(term.pageUrl) ?? [];
          list.push(term.termId);
          terms.set(term.pageUrl, list);
        });
        const entries: SearchEntry[] = [];
        for (const page of pages.values()) {
          const context = entryContext(page, terms.get(page.url) ?? []);
          entries.push(pageEntry(page, context));
        }
        await transaction.table<KeptClaim, string>('claims').each((claim) => {
          const page = pages.get(claim.pageUrl);
          if (page) entries.push(claimEntry(claim, entryContext(page, terms.get(page.url) ?? [])));
        });
        await transaction.table<KeptTerm, string>('terms').each((term) => {
          const page = pages.get(term.pageUrl);
          if (page) entries.push(termEntry(term, entryContext(page, terms.get(page.url) ?? [])));
        });
        await transaction.table<HighlightRow, string>('highlights').each((row) => {
          const page = pages.get(row.pageUrl);
          const entry = page && highlightEntry(row, entryContext(page, terms.get(page.url) ?? []));
          if (entry) entries.push(entry);
        });
        await transaction.table<SearchEntry, string>('entries').bulkPut(entries);
      });
    this.version(3).stores(VERSION_3).upgrade(buildFacets);
    this.version(4)
      .stores(VERSION_3)
      .upgrade((transaction) =>
        transaction
          .table<SearchEntry, string>('entries')
          .where('kind')
          .equals('claim')
          .modify((entry) => {
            entry.tokens = withSpeakerKey(entry.tokens, entry.speakerKey);
          }),
      );
    // Near-instant whatever the library's size: no entry has its rows yet (cursor '', before
    // every key); backfill.ts writes them once the library is open.
    this.version(5)
      .stores(VERSION_5)
      .upgrade((transaction) => transaction.table<MetaRow, string>('meta').put({ key: BACKFILL_KEY, value: '' }));
    this.use(facetsMiddleware);
    this.use(postingsMiddleware);
  }
}

export const VERSION_1 = {
  pages: 'url, keptAt, site, lang',
  claims: 'id, pageUrl, speakerKey',
  terms: 'id, pageUrl, termId',
  highlights: 'id, pageUrl',
  meta: 'key',
};

export const VERSION_2 = {
  ...VERSION_1,
  entries: 'key, *tokens, pageUrl, speakerKey, site, lang, claimKind, *termIds, kind',
};

export const VERSION_3 = {
  ...VERSION_2,
  facets: 'id, facet',
};

export const VERSION_5 = {
  ...VERSION_3,
  entries: 'key, pageUrl, speakerKey, site, lang, claimKind, *termIds, kind',
  postings: '',
};

/**
 * The version 4 → 5 upgrade of a database at version 4, run before Dexie opens it: the empty
 * `postings` table and the backfill's cursor before every entry, nothing else, so it takes no
 * longer on a large library than on an empty one. The `tokens` index stays (see the header);
 * Dexie then finds the database at version 5 and opens it as it is. Answers whether it ran.
 */
export async function upgradeFromVersion4(db: LibraryDb): Promise<boolean> {
  const factory = db.factory;
  if (!factory) return false;
  return new Promise<boolean>((resolve, reject) => {
    const request = factory.open(db.name, LIBRARY_DB_VERSION * 10);
    let ran = false;
    request.onupgradeneeded = (event) => {
      const transaction = request.transaction!;
      // Anything but version 4 (a newer writer came first, say) is left to Dexie.
      if (schemaVersionOf(event.oldVersion) !== 4) {
        transaction.abort();
        return;
      }
      request.result.createObjectStore('postings');
      transaction.objectStore('meta').put({ key: BACKFILL_KEY, value: '' } satisfies MetaRow);
      ran = true;
    };
    request.onsuccess = () => {
      request.result.close();
      resolve(ran);
    };
    request.onerror = (event) => {
      if (!ran) {
        // The abort above: nothing was changed.
        event.preventDefault();
        resolve(false);
      } else reject(request.error ?? new Error('The version 5 upgrade failed.'));
    };
  });
}

/** What every entry of one page shares. */
export interface EntryContext {
  pageUrl: string;
  datePrefix: string;
  date: string;
  site: string;
  lang: string;
  termIds: string[];
}

const LATEST = 9_999_999_999_999;

/** The page's date: publication when known and sane, else when it was kept. */
export function pageDate(page: Pick<KeptPage, 'publishedAt' | 'keptAt'>): string {
  const published = page.publishedAt ? Date.parse(page.publishedAt) : Number.NaN;
  return Number.isFinite(published) ? new Date(published).toISOString() : page.keptAt;
}

/** The start of the key of every entry of a page of that date: the date inverted, newest first. */
export function datePrefixOf(date: string): string {
  const time = Math.min(LATEST, Math.max(0, Date.parse(date) || 0));
  return String(LATEST - time).padStart(13, '0');
}

/** Bounds (lower inclusive, upper exclusive) of every entry key that starts with `datePrefix`. */
export function entryKeysOfDate(datePrefix: string): [string, string] {
  return [`${datePrefix}|`, `${datePrefix}|\uffff`];
}

export function entryContext(page: KeptPage, termIds: readonly string[]): EntryContext {
  const date = pageDate(page);
  return {
    pageUrl: page.url,
    datePrefix: datePrefixOf(date),
    date,
    site: page.site,
    lang: page.lang,
    termIds: [...termIds],
  };
}

function entry(
  context: EntryContext,
  kind: SearchKind,
  ref: string,
  fields: Pick<SearchEntry, 'text' | 'detail' | 'speakerKey' | 'claimKind'>,
  extraText: readonly string[] = [],
): SearchEntry {
  return {
    key: `${context.datePrefix}|${kind}|${ref}`,
    kind,
    ref,
    pageUrl: context.pageUrl,
    tokens: indexTokens(fields.text, fields.detail ?? '', ...extraText),
    site: context.site,
    lang: context.lang,
    termIds: context.termIds,
    date: context.date,
    ...fields,
  };
}

export function pageEntry(page: KeptPage, context: EntryContext): SearchEntry {
  return entry(
    context,
    'page',
    page.url,
    { text: page.title, detail: page.byline, speakerKey: null, claimKind: null },
    [page.site, page.originalPublisher ?? ''],
  );
}

/** Version 4's upgrade: a claim entry written before it gains its speaker's key among its words. */
function withSpeakerKey(tokens: readonly string[], speakerKey: string | null): string[] {
  return speakerKey ? [...new Set([...tokens, ...indexTokens(speakerKey)])] : [...tokens];
}

/** A claim's words include its speaker's key: the person is found by a name written in another script. */
export function claimEntry(claim: KeptClaim, context: EntryContext): SearchEntry {
  return entry(
    context,
    'claim',
    claim.id,
    { text: claim.text, detail: claim.speaker, speakerKey: claim.speakerKey, claimKind: claim.kind },
    [claim.speakerKey ?? ''],
  );
}

export function termEntry(term: KeptTerm, context: EntryContext): SearchEntry {
  return entry(context, 'term', term.id, { text: term.label, detail: null, speakerKey: null, claimKind: null }, [
    ...term.forms,
    term.termId.replace(/-/g, ' '),
  ]);
}

/** Null for an unreadable annotation: it is kept, but there is nothing to search in it. */
export function highlightEntry(row: HighlightRow, context: EntryContext): SearchEntry | null {
  const parsed = parseAnnotation(row.annotation);
  if (!parsed.ok) return null;
  const note = noteOf(parsed.value);
  return entry(context, 'highlight', row.id, {
    text: quoteOf(parsed.value).exact,
    detail: note || null,
    speakerKey: null,
    claimKind: null,
  });
}
