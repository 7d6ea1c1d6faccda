/**
 * The reader's library: keeping a page's analysis, forgetting, searching, a speaker's earlier
 * claims, and the overview the options page opens with. Every write is one IndexedDB
 * transaction over every table it touches, so a full disk or a crash leaves the library exactly
 * as it was before the write.
 */
import Dexie from 'dexie';
import { errorMessage, ok } from '../../shared/result';
import type { PageAnalysis } from '../../shared/types';
import { siteLabel } from '../../shared/highlights/url';
import { speakerKey } from '../../shared/library/speaker-key';
import type {
  HighlightRow,
  KeptClaim,
  KeptPage,
  KeptTerm,
  LibraryError,
  LibraryImportSummary,
  LibraryOverview,
  LibraryResult,
  SearchFilters,
  SearchHit,
  SearchQuery,
  SearchResult,
  SpeakerHistoryItem,
} from '../../shared/library/types';
import {
  claimEntry,
  datePrefixOf,
  entryContext,
  entryKeysOfDate,
  highlightEntry,
  LIBRARY_DB_VERSION,
  pageDate,
  pageEntry,
  schemaVersionOf,
  termEntry,
  upgradeFromVersion4,
  type LibraryDb,
  type SearchEntry,
} from './db';
import type { ParsedImport } from '../../shared/library/export';
import { findEntryKeys } from './search';
import { postingsCompleteUpTo } from './backfill';
import { facetIdsOf, type FacetKind } from './facets';

export const KEEPING_KEY = 'keeping';
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** Names IndexedDB and Dexie give a full disk or quota. */
function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { inner?: unknown }).inner) {
    const name = (current as { name?: unknown }).name;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    if (name === 'QuotaExceededError') return true;
  }
  return false;
}

/** Turns what a Dexie call threw into a LibraryError; the message keeps the browser's own words for details. */
export function describeError(error: unknown): LibraryError {
  const message = errorMessage(error);
  if (isQuotaError(error)) return { kind: 'quota', message: `Storage is full; nothing was changed (${message}).` };
  const name = (error as { name?: string }).name;
  if (name === 'VersionError' || name === Dexie.errnames.Version)
    return { kind: 'newer-version', message: `The library was saved by a newer version of Marginalia (${message}).` };
  if (name === Dexie.errnames.DatabaseClosed || name === Dexie.errnames.MissingAPI || name === 'InvalidStateError')
    return { kind: 'database-unavailable', message: `The library cannot be opened (${message}).` };
  if (name === Dexie.errnames.Upgrade || name === Dexie.errnames.Schema || name === Dexie.errnames.InvalidTable)
    return { kind: 'corrupt', message: `The library's database is damaged (${message}).` };
  return { kind: 'write-failed', message: `Could not save; nothing was changed (${message}).` };
}

export async function attempt<T>(work: () => Promise<T>): Promise<LibraryResult<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/** The state of the database once opened: usable, or why not (it is then left untouched). */
export type OpenState = { ok: true } | { ok: false; error: LibraryError };

const NEWER_VERSION: OpenState = {
  ok: false,
  error: { kind: 'newer-version', message: 'The library was saved by a newer version of Marginalia.' },
};

/**
 * The schema version the database is stored at, without opening it; null when it does not exist
 * yet or the browser cannot tell.
 */
async function storedVersion(db: LibraryDb): Promise<number | null> {
  if (typeof db.factory?.databases !== 'function') return null;
  try {
    const stored = (await db.factory.databases()).find((info) => info.name === db.name)?.version;
    return stored === undefined ? null : schemaVersionOf(stored);
  } catch {
    return null;
  }
}

export async function openLibraryDb(db: LibraryDb): Promise<OpenState> {
  // Checked before opening: Dexie adds the tables it knows to a newer database that lacks them,
  // which would change what a later version wrote.
  const stored = await storedVersion(db);
  if (stored !== null && stored > LIBRARY_DB_VERSION) return NEWER_VERSION;
  try {
    // Without Dexie, which would also drop the old word index, slowly (db.ts).
    if (stored === 4) await upgradeFromVersion4(db);
    await db.open();
  } catch (error) {
    const described = describeError(error);
    if (described.kind === 'write-failed' || described.kind === 'quota')
      return {
        ok: false,
        error: { kind: 'corrupt', message: `The library's database is damaged (${described.message}).` },
      };
    return { ok: false, error: described };
  }
  // Where the stored version could not be read first: Dexie opens a database a later version
  // upgraded without complaint; our tables may still be there, their meaning not necessarily.
  if (schemaVersionOf(db.backendDB().version) > LIBRARY_DB_VERSION) {
    db.close();
    return NEWER_VERSION;
  }
  return { ok: true };
}

/** A page's record from its analysis; null when there is no article to keep. */
export function pageFromAnalysis(url: string, analysis: PageAnalysis, now: Date, previous?: KeptPage): KeptPage | null {
  const article = analysis.article;
  if (!article) return null;
  const nowIso = now.toISOString();
  return {
    url,
    title: article.title || previous?.title || url,
    site: siteLabel(url),
    lang: article.lang || '',
    byline: article.byline,
    publishedAt: article.publishedTime,
    keptAt: previous?.keptAt ?? nowIso,
    updatedAt: nowIso,
    originalPublisher: analysis.provenance?.originalPublisher ?? null,
    originalUrl: analysis.provenance?.originalUrl ?? null,
    disclaimer: analysis.disclaimer !== null,
    analyzed: true,
    claimCount: analysis.claims.length,
    termCount: analysis.glossary.length,
    highlightCount: previous?.highlightCount ?? 0,
  };
}

export function claimsFromAnalysis(url: string, analysis: PageAnalysis): KeptClaim[] {
  return analysis.claims.map((claim) => ({
    id: `${url}#${claim.id}`,
    pageUrl: url,
    claimId: claim.id,
    kind: claim.kind,
    speaker: claim.speaker,
    speakerKey: speakerKey(claim.speaker),
    text: claim.text,
    anchor: claim.anchor,
  }));
}

export function termsFromAnalysis(url: string, analysis: PageAnalysis): KeptTerm[] {
  return analysis.glossary.map((entry) => ({
    id: `${url}#${entry.termId}`,
    pageUrl: url,
    termId: entry.termId,
    // The analysis carries no label (definitions are chosen per reader); the page's own word is one.
    label: entry.forms[0] ?? entry.termId.replace(/-/g, ' '),
    forms: entry.forms,
    count: entry.count,
  }));
}

/** The page record a highlight needs when Marginalia never kept the page itself. */
export function pageForHighlights(pageKey: string, title: string, now = new Date()): KeptPage {
  const iso = now.toISOString();
  return {
    url: pageKey,
    title: title || pageKey,
    site: siteLabel(pageKey),
    lang: '',
    byline: null,
    publishedAt: null,
    keptAt: iso,
    updatedAt: iso,
    originalPublisher: null,
    originalUrl: null,
    disclaimer: false,
    analyzed: false,
    claimCount: 0,
    termCount: 0,
    highlightCount: 0,
  };
}

/**
 * Writes `wanted` over `existing` (the rows a page had): only rows that are new or differ are
 * put, and only rows no longer wanted are deleted, so keeping a page again writes little.
 */
async function writeChanges<T>(
  table: Dexie.Table<T, string>,
  existing: readonly T[],
  wanted: readonly T[],
  keyOf: (row: T) => string,
): Promise<void> {
  const before = new Map(existing.map((row) => [keyOf(row), JSON.stringify(row)]));
  const changed = wanted.filter((row) => before.get(keyOf(row)) !== JSON.stringify(row));
  const keep = new Set(wanted.map(keyOf));
  const gone = [...before.keys()].filter((key) => !keep.has(key));
  await Promise.all([gone.length ? table.bulkDelete(gone) : null, changed.length ? table.bulkPut(changed) : null]);
}

/**
 * Brings one page's search entries up to date inside the caller's transaction, writing only the
 * entries that changed. `known` spares reading back the claims and terms the caller just wrote.
 */
export async function reindexPage(
  db: LibraryDb,
  page: KeptPage,
  known?: {
    claims: readonly KeptClaim[];
    terms: readonly KeptTerm[];
    highlights: readonly HighlightRow[];
    entries: readonly SearchEntry[];
  },
): Promise<void> {
  const [claims, terms, highlights, existing] = known
    ? [known.claims, known.terms, known.highlights, known.entries]
    : await Promise.all([
        db.claims.where('pageUrl').equals(page.url).toArray(),
        db.terms.where('pageUrl').equals(page.url).toArray(),
        db.highlights.where('pageUrl').equals(page.url).toArray(),
        db.entries.where('pageUrl').equals(page.url).toArray(),
      ]);
  const context = entryContext(
    page,
    terms.map((term) => term.termId),
  );
  const entries: SearchEntry[] = [pageEntry(page, context)];
  for (const claim of claims) entries.push(claimEntry(claim, context));
  for (const term of terms) entries.push(termEntry(term, context));
  for (const row of highlights) {
    const entry = highlightEntry(row, context);
    if (entry) entries.push(entry);
  }
  await writeChanges(db.entries, existing, entries, (entry) => entry.key);
}

function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

function matchesFilters(entry: SearchEntry, filters: SearchFilters): boolean {
  if (filters.kind && entry.kind !== filters.kind) return false;
  if (filters.speakerKey && entry.speakerKey !== filters.speakerKey) return false;
  if (filters.claimKind && entry.claimKind !== filters.claimKind) return false;
  if (filters.site && entry.site !== filters.site) return false;
  if (filters.lang && entry.lang !== filters.lang) return false;
  if (filters.termId && !entry.termIds.includes(filters.termId)) return false;
  if (filters.from && dayOf(entry.date) < filters.from) return false;
  if (filters.to && dayOf(entry.date) > filters.to) return false;
  return true;
}

export interface Library {
  readonly db: LibraryDb;
  keepAnalysis(url: string, analysis: PageAnalysis, now?: Date): Promise<LibraryResult<KeptPage | null>>;
  forgetPage(url: string): Promise<LibraryResult<boolean>>;
  forgetEverything(): Promise<LibraryResult<void>>;
  search(query: SearchQuery): Promise<LibraryResult<SearchResult>>;
  speakerHistory(
    keys: readonly string[],
    excludeUrl: string,
    limit?: number,
  ): Promise<LibraryResult<SpeakerHistoryItem[]>>;
  overview(): Promise<LibraryResult<LibraryOverview>>;
  isKeeping(): Promise<boolean>;
  setKeeping(on: boolean): Promise<LibraryResult<void>>;
  getPage(url: string): Promise<LibraryResult<KeptPage | null>>;
  /** Adds every record whose id is new; what is already here stays as it is. One transaction. */
  importRecords(records: ParsedImport): Promise<LibraryResult<LibraryImportSummary>>;
  /** Resolves once none of the operations above is running: background work (backfill.ts) waits for it. */
  idle(): Promise<void>;
}

/** The operations in flight, and who waits for there to be none. */
function activity() {
  let running = 0;
  let waiting: (() => void)[] = [];
  return {
    async during<T>(work: () => Promise<T>): Promise<T> {
      running++;
      try {
        return await work();
      } finally {
        if (--running === 0) {
          const wake = waiting;
          waiting = [];
          for (const resolve of wake) resolve();
        }
      }
    },
    idle(): Promise<void> {
      return running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

export function createLibrary(
  db: LibraryDb,
  estimate: () => Promise<{ usage?: number; quota?: number }> = () =>
    navigator.storage?.estimate?.() ?? Promise.resolve({}),
): Library {
  const ALL_TABLES = [db.pages, db.claims, db.terms, db.highlights, db.entries];
  const inFlight = activity();
  const run = <T>(work: () => Promise<T>) => inFlight.during(() => attempt(work));

  async function isKeeping(): Promise<boolean> {
    const row = await db.meta.get(KEEPING_KEY);
    return row?.value !== false;
  }

  async function search(query: SearchQuery): Promise<LibraryResult<SearchResult>> {
    const started = performance.now();
    const limit = Math.min(MAX_LIMIT, Math.max(1, query.limit ?? DEFAULT_LIMIT));
    return run(async () => {
      const keys = await findEntryKeys(db, query, limit + 1);
      const matches = (await db.entries.bulkGet(keys)).filter(
        (entry): entry is SearchEntry => !!entry && matchesFilters(entry, query),
      );
      const shown = matches.slice(0, limit);
      const pages = await db.pages.bulkGet([...new Set(shown.map((entry) => entry.pageUrl))]);
      const titles = new Map(pages.filter((page): page is KeptPage => !!page).map((page) => [page.url, page.title]));
      const hits: SearchHit[] = shown.map((entry) => ({
        kind: entry.kind,
        id: entry.ref,
        pageUrl: entry.pageUrl,
        pageTitle: titles.get(entry.pageUrl) ?? entry.pageUrl,
        site: entry.site,
        lang: entry.lang,
        date: entry.date,
        text: entry.text,
        detail: entry.detail,
        claimKind: entry.claimKind,
        reveal: revealOf(entry),
      }));
      return { hits, more: matches.length > limit, tookMs: performance.now() - started };
    });
  }

  return {
    db,
    isKeeping,
    idle: () => inFlight.idle(),

    async setKeeping(on) {
      return run(async () => {
        await db.meta.put({ key: KEEPING_KEY, value: on });
      });
    },

    async keepAnalysis(url, analysis, now = new Date()) {
      return run(() =>
        db.transaction('rw', ALL_TABLES, async () => {
          const claims = claimsFromAnalysis(url, analysis);
          const terms = termsFromAnalysis(url, analysis);
          // The keys of a new page's entries all start with its date, as for a page first kept now.
          const [fromKey, toKey] = entryKeysOfDate(
            datePrefixOf(pageDate({ publishedAt: analysis.article?.publishedTime ?? null, keptAt: now.toISOString() })),
          );
          // Everything the write depends on, asked at once: one wait before writing.
          const [previous, oldClaims, oldTerms, highlights, entries] = await Promise.all([
            db.pages.get(url),
            db.claims.where('pageUrl').equals(url).toArray(),
            db.terms.where('pageUrl').equals(url).toArray(),
            db.highlights.where('pageUrl').equals(url).toArray(),
            db.entries.where('pageUrl').equals(url).toArray(),
            db.facets.bulkGet(facetIdsOf(siteLabel(url), analysis.article?.lang ?? '', claims, terms)),
            // Which of those keys are taken: the postings middleware then knows the new ones have
            // no entry to replace, and writes their words without reading the entries again.
            db.entries.where(':id').between(fromKey, toKey).primaryKeys(),
          ]);
          const page = pageFromAnalysis(url, analysis, now, previous);
          if (!page) return null;
          // Issued together: IndexedDB runs them in order, without waiting on each reply.
          await Promise.all([
            writeChanges(db.claims, oldClaims, claims, (claim) => claim.id),
            writeChanges(db.terms, oldTerms, terms, (term) => term.id),
            db.pages.put(page),
            reindexPage(db, page, { claims, terms, highlights, entries }),
          ]);
          return page;
        }),
      );
    },

    async forgetPage(url) {
      return run(() =>
        db.transaction('rw', ALL_TABLES, async () => {
          const existed = (await db.pages.get(url)) !== undefined;
          await Promise.all([
            db.pages.delete(url),
            db.claims.where('pageUrl').equals(url).delete(),
            db.terms.where('pageUrl').equals(url).delete(),
            db.highlights.where('pageUrl').equals(url).delete(),
            db.entries.where('pageUrl').equals(url).delete(),
          ]);
          return existed;
        }),
      );
    },

    async forgetEverything() {
      return run(() =>
        db.transaction('rw', ALL_TABLES, async () => {
          await Promise.all(ALL_TABLES.map((table) => table.clear()));
        }),
      );
    },

    search,

    async speakerHistory(keys, excludeUrl, limit = 20) {
      return run(async () => {
        const wanted = [...new Set(keys)].filter(Boolean);
        const lists = await Promise.all(
          wanted.map((key) =>
            db.entries
              .where('speakerKey')
              .equals(key)
              .filter((entry) => entry.kind === 'claim' && entry.pageUrl !== excludeUrl)
              .limit(limit)
              .toArray(),
          ),
        );
        const entries = lists
          .flat()
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
          .slice(0, limit);
        const [claims, pages] = await Promise.all([
          db.claims.bulkGet(entries.map((entry) => entry.ref)),
          db.pages.bulkGet([...new Set(entries.map((entry) => entry.pageUrl))]),
        ]);
        const pageByUrl = new Map(pages.filter((page): page is KeptPage => !!page).map((page) => [page.url, page]));
        const items: SpeakerHistoryItem[] = [];
        claims.forEach((claim) => {
          const page = claim && pageByUrl.get(claim.pageUrl);
          if (claim && page) {
            const { url, title, site, lang, publishedAt, keptAt } = page;
            items.push({ claim, page: { url, title, site, lang, publishedAt, keptAt } });
          }
        });
        return items;
      });
    },

    async overview() {
      return run(async () => {
        // Counts and filter values are kept in `facets` as the library is written: no walk over it here.
        const [facets, recent, keeping, usage, indexedUpTo] = await Promise.all([
          db.facets.toArray(),
          db.pages.orderBy('keptAt').reverse().limit(DEFAULT_LIMIT).toArray(),
          isKeeping(),
          estimate().catch((): { usage?: number; quota?: number } => ({})),
          postingsCompleteUpTo(db),
        ]);
        const count = (table: string) => facets.find((row) => row.facet === 'table' && row.value === table)?.count ?? 0;
        const values = (facet: FacetKind) =>
          facets
            .filter((row) => row.facet === facet && isText(row.value))
            .map((row) => row.value)
            .sort();
        return {
          pages: count('pages'),
          claims: count('claims'),
          terms: count('terms'),
          highlights: count('highlights'),
          recent,
          speakers: facets
            .filter((row) => row.facet === 'speaker' && isText(row.value))
            .map((row) => ({ key: row.value, name: row.name ?? row.value, count: row.count }))
            .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key)),
          sites: values('site'),
          langs: values('lang'),
          termIds: values('term'),
          usage: usage.usage ?? null,
          quota: usage.quota ?? null,
          keeping,
          indexing: indexedUpTo !== null,
        };
      });
    },

    async importRecords(records) {
      return run(() =>
        db.transaction('rw', ALL_TABLES, async () => {
          let duplicates = 0;
          const addNew = async <T extends { id: string } | { url: string }>(
            table: Dexie.Table<T, string>,
            rows: readonly T[],
            keyOf: (row: T) => string,
          ): Promise<T[]> => {
            const present = new Set((await table.bulkGet(rows.map(keyOf))).filter((row): row is T => !!row).map(keyOf));
            const seen = new Set<string>();
            const fresh = rows.filter((row) => {
              const key = keyOf(row);
              if (present.has(key) || seen.has(key)) return false;
              seen.add(key);
              return true;
            });
            duplicates += rows.length - fresh.length;
            await table.bulkAdd(fresh);
            return fresh;
          };
          const pages = await addNew(db.pages, records.pages, (page) => page.url);
          const claims = await addNew(db.claims, records.claims, (claim) => claim.id);
          const terms = await addNew(db.terms, records.terms, (term) => term.id);
          const highlights = await addNew(
            db.highlights,
            records.highlights.map((annotation) => ({
              id: annotation.id,
              pageUrl: annotation.target.source,
              annotation,
            })),
            (row) => row.id,
          );
          const touched = new Set([
            ...pages.map((page) => page.url),
            ...[...claims, ...terms, ...highlights].map((row) => row.pageUrl),
          ]);
          for (const url of touched) {
            const page =
              (await db.pages.get(url)) ??
              pageForHighlights(
                url,
                records.highlights.find((annotation) => annotation.target.source === url)?.marginalia.pageTitle ?? '',
              );
            page.highlightCount = await db.highlights.where('pageUrl').equals(url).count();
            await db.pages.put(page);
            await reindexPage(db, page);
          }
          return {
            pages: pages.length,
            claims: claims.length,
            terms: terms.length,
            highlights: highlights.length,
            duplicates,
          };
        }),
      );
    },

    async getPage(url) {
      return run(async () => (await db.pages.get(url)) ?? null);
    },
  };
}

const isText = (key: unknown): key is string => typeof key === 'string' && key !== '';

function revealOf(entry: SearchEntry): SearchHit['reveal'] {
  switch (entry.kind) {
    case 'claim':
      return { kind: 'claim', id: entry.ref.slice(entry.ref.lastIndexOf('#') + 1) };
    case 'term':
      return { kind: 'term', id: entry.ref.slice(entry.ref.lastIndexOf('#') + 1) };
    case 'highlight':
      return { kind: 'highlight', id: entry.ref };
    case 'page':
      return null;
  }
}
