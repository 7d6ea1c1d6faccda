/**
 * The highlights store, kept in the library database (lib/background/library/db.ts) beside the
 * pages, claims and terms, so one search covers them all. Created once, in the background
 * script — the one writer. Every operation returns a result instead of throwing, and every
 * write is one IndexedDB transaction: a full disk or a failed write leaves everything as it was.
 * Highlights that could not be read are kept as they are (and exported) but not shown.
 */
import { toAnnotationCollection } from '../../shared/highlights/export';
import { parseAnnotationCollection } from '../../shared/highlights/import';
import { parseAnnotation, sortInPageOrder, withNote, type HighlightAnnotation } from '../../shared/highlights/model';
import type { KeptPage, LibraryResult } from '../../shared/library/types';
import { fail, ok, refuseImport, type Failure, type FailureKind, type Result } from '../../shared/result';
import type {
  HighlightStore,
  ImportSummary,
  PageHighlights,
  PageListing,
  RemovedHighlight,
  RemovedPage,
} from '../../shared/highlights/store-types';
import type { HighlightRow, LibraryDb } from '../library/db';
import { attempt, describeError, pageForHighlights, reindexPage } from '../library/library';
import { idOf } from './storage-format';

export type { HighlightStore, ImportSummary, PageHighlights, PageListing, RemovedHighlight, RemovedPage };

/** A failure the caller meant to report (not found, invalid) travels out of a transaction as this. */
class Refusal extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? '' : result.error.message);
  }
}

function withPage(error: Failure, pageKey?: string): Failure {
  return pageKey === undefined ? error : { ...error, pageKey };
}

/** A row id for an entry without a readable id, stable for the same page and position. */
export function unreadableRowId(pageKey: string, raw: unknown, position: number): string {
  return `unreadable:${pageKey}:${idOf(raw) ?? position}`;
}

export function rowsOf(pageKey: string, annotations: readonly unknown[]): HighlightRow[] {
  return annotations.map((raw, position) => {
    const parsed = parseAnnotation(raw);
    return parsed.ok
      ? { id: parsed.value.id, pageUrl: pageKey, annotation: parsed.value }
      : { id: unreadableRowId(pageKey, raw, position), pageUrl: pageKey, annotation: raw };
  });
}

function readRows(
  pageKey: string,
  rows: readonly HighlightRow[],
): { highlights: HighlightAnnotation[]; problems: string[] } {
  const highlights: HighlightAnnotation[] = [];
  const problems: string[] = [];
  rows.forEach((row, position) => {
    const parsed = parseAnnotation(row.annotation);
    if (parsed.ok) highlights.push(parsed.value);
    else
      problems.push(
        `Entry ${position + 1} (${idOf(row.annotation) ?? 'no id'}) on ${pageKey} is unreadable: ${parsed.message}`,
      );
  });
  return { highlights, problems };
}

/**
 * Counts a page's highlights after a write to them and keeps its record to match, inside the write's transaction: a
 * page kept only for its highlights goes with the last of them; any other is stored and re-indexed.
 */
async function settlePage(db: LibraryDb, page: KeptPage): Promise<void> {
  page.highlightCount = await db.highlights.where('pageUrl').equals(page.url).count();
  if (page.highlightCount === 0 && !page.analyzed) {
    await db.pages.delete(page.url);
    await db.entries.where('pageUrl').equals(page.url).delete();
  } else {
    await db.pages.put(page);
    await reindexPage(db, page);
  }
}

/**
 * `ready` opens the database (and runs the one-time move of older highlights) before the first
 * operation; it is asked again each time, so a database that could not be opened says why.
 */
export function createHighlightStore(ready: () => Promise<LibraryResult<LibraryDb>>): HighlightStore {
  async function withDb<T>(work: (db: LibraryDb) => Promise<T>, pageKey?: string): Promise<Result<T>> {
    const opened = await ready();
    if (!opened.ok) return { ok: false, error: withPage(opened.error, pageKey) };
    try {
      return ok(await work(opened.value));
    } catch (error) {
      // Dexie may wrap what a transaction body threw; a Refusal is an answer, not a failure.
      const inner = (error as { inner?: unknown } | null)?.inner ?? error;
      if (error instanceof Refusal) return error.result;
      if (inner instanceof Refusal) return inner.result;
      return { ok: false, error: withPage(describeError(error), pageKey) };
    }
  }

  /** Runs `work` in one transaction over everything a highlight touches, then re-indexes the page. */
  function write<T>(pageKey: string, work: (db: LibraryDb) => Promise<{ page: KeptPage | null; result: T }>) {
    return withDb(
      (db) =>
        db.transaction('rw', [db.pages, db.highlights, db.entries, db.claims, db.terms], async () => {
          const { page, result } = await work(db);
          if (page) await settlePage(db, page);
          return result;
        }),
      pageKey,
    );
  }

  function refuse(kind: FailureKind, message: string, pageKey?: string): never {
    throw new Refusal(fail(kind, message, pageKey));
  }

  async function findRow(db: LibraryDb, pageKey: string, id: string) {
    const row = await db.highlights.get(id);
    if (!row || row.pageUrl !== pageKey) refuse('not-found', `No highlight ${id} on ${pageKey}.`, pageKey);
    const parsed = parseAnnotation(row.annotation);
    if (!parsed.ok) refuse('corrupt', `The highlight ${id} on ${pageKey} is unreadable.`, pageKey);
    return parsed.value;
  }

  async function list(pageKey: string): Promise<Result<PageHighlights>> {
    return withDb(async (db) => {
      const [rows, page] = await Promise.all([
        db.highlights.where('pageUrl').equals(pageKey).toArray(),
        db.pages.get(pageKey),
      ]);
      const { highlights, problems } = readRows(pageKey, rows);
      const title = page && page.title !== pageKey ? page.title : (highlights.at(-1)?.marginalia.pageTitle ?? '');
      return { pageKey, title, highlights: sortInPageOrder(highlights), problems };
    }, pageKey);
  }

  async function listAll(): Promise<Result<PageHighlights[]>> {
    return withDb(async (db) => {
      const rows = await db.highlights.toArray();
      const byPage = new Map<string, HighlightRow[]>();
      for (const row of rows) byPage.set(row.pageUrl, [...(byPage.get(row.pageUrl) ?? []), row]);
      const pages = await db.pages.bulkGet([...byPage.keys()]);
      const result: PageHighlights[] = [...byPage].map(([pageKey, pageRows], position) => {
        const { highlights, problems } = readRows(pageKey, pageRows);
        const title = pages[position]?.title ?? highlights.at(-1)?.marginalia.pageTitle ?? '';
        return { pageKey, title: title === pageKey ? '' : title, highlights: sortInPageOrder(highlights), problems };
      });
      const updated = (page: PageHighlights) =>
        page.highlights.reduce(
          (latest, annotation) => (annotation.modified > latest ? annotation.modified : latest),
          '',
        );
      return result.sort((a, b) => updated(b).localeCompare(updated(a)) || a.pageKey.localeCompare(b.pageKey));
    });
  }

  return {
    list,
    listAll,

    async listPages() {
      const all = await listAll();
      if (!all.ok) return all;
      return ok(
        all.value.map((page) => ({
          pageKey: page.pageKey,
          title: page.title,
          count: page.highlights.length,
          updatedAt: page.highlights.reduce((latest, a) => (a.modified > latest ? a.modified : latest), ''),
        })),
      );
    },

    async add(pageKey, meta, annotation) {
      const parsed = parseAnnotation(annotation);
      if (!parsed.ok) return fail('invalid', `Not a valid highlight: ${parsed.message}`, pageKey);
      if (parsed.value.target.source !== pageKey)
        return fail('invalid', `The highlight targets ${parsed.value.target.source}, not ${pageKey}.`, pageKey);
      return write(pageKey, async (db) => {
        if (await db.highlights.get(parsed.value.id))
          refuse('invalid', `A highlight with id ${parsed.value.id} already exists.`, pageKey);
        const page = (await db.pages.get(pageKey)) ?? pageForHighlights(pageKey, meta.title);
        if (meta.title && page.title === pageKey) page.title = meta.title;
        await db.highlights.add({ id: parsed.value.id, pageUrl: pageKey, annotation: parsed.value });
        return { page, result: parsed.value };
      });
    },

    async update(pageKey, id, patch) {
      return write(pageKey, async (db) => {
        const current = await findRow(db, pageKey, id);
        let next = patch.note === undefined ? current : withNote(current, patch.note);
        if (patch.colour) next = { ...next, marginalia: { ...next.marginalia, colour: patch.colour } };
        next = { ...next, modified: new Date().toISOString() };
        await db.highlights.put({ id, pageUrl: pageKey, annotation: next });
        return { page: (await db.pages.get(pageKey)) ?? null, result: next };
      });
    },

    async remove(pageKey, id) {
      return write<RemovedHighlight>(pageKey, async (db) => {
        const annotation = await findRow(db, pageKey, id);
        await db.highlights.delete(id);
        const page = (await db.pages.get(pageKey)) ?? null;
        const title = page && page.title !== pageKey ? page.title : annotation.marginalia.pageTitle;
        return { page, result: { kind: 'highlight', pageKey, title, annotation } };
      });
    },

    async restore(removed) {
      const incoming = removed.kind === 'highlight' ? [removed.annotation] : removed.annotations;
      return write<void>(removed.pageKey, async (db) => {
        const rows = rowsOf(removed.pageKey, incoming);
        const present = new Set((await db.highlights.bulkGet(rows.map((row) => row.id))).map((row) => row?.id));
        await db.highlights.bulkAdd(rows.filter((row) => !present.has(row.id)));
        const page = (await db.pages.get(removed.pageKey)) ?? pageForHighlights(removed.pageKey, removed.title);
        return { page, result: undefined };
      });
    },

    async removePage(pageKey) {
      return write<RemovedPage>(pageKey, async (db) => {
        const rows = await db.highlights.where('pageUrl').equals(pageKey).toArray();
        const page = (await db.pages.get(pageKey)) ?? null;
        if (!rows.length) refuse('not-found', `No highlights are stored for ${pageKey}.`, pageKey);
        await db.highlights.where('pageUrl').equals(pageKey).delete();
        const title =
          page && page.title !== pageKey
            ? page.title
            : (readRows(pageKey, rows).highlights.at(-1)?.marginalia.pageTitle ?? '');
        return { page, result: { kind: 'page', pageKey, title, annotations: rows.map((row) => row.annotation) } };
      });
    },

    async movePage(from, to) {
      if (from === to) return ok(0);
      return withDb(
        (db) =>
          db.transaction('rw', [db.pages, db.highlights, db.entries, db.claims, db.terms], async () => {
            const rows = await db.highlights.where('pageUrl').equals(from).toArray();
            if (!rows.length) return 0;
            const moved = rows.map((row) => {
              const parsed = parseAnnotation(row.annotation);
              // An unreadable entry moves as it was stored; only its row says which page it is on.
              return parsed.ok ? { ...parsed.value, target: { ...parsed.value.target, source: to } } : row.annotation;
            });
            await db.highlights.bulkDelete(rows.map((row) => row.id));
            await db.highlights.bulkPut(rowsOf(to, moved));
            const previous = (await db.pages.get(from)) ?? null;
            if (previous) await settlePage(db, previous);
            const title =
              previous && previous.title !== from
                ? previous.title
                : (readRows(from, rows).highlights.at(-1)?.marginalia.pageTitle ?? '');
            await settlePage(db, (await db.pages.get(to)) ?? pageForHighlights(to, title));
            return rows.length;
          }),
        to,
      );
    },

    async importAnnotations(json) {
      const parsed = parseAnnotationCollection(json);
      if (!parsed.ok) return refuseImport(parsed.refusal, parsed.message);
      return importHighlights(ready, parsed.value);
    },

    async exportAll() {
      const pages = await listAll();
      if (!pages.ok) return pages;
      return ok(toAnnotationCollection(pages.value.flatMap((page) => page.highlights)));
    },
  };
}

/** Adds every annotation whose id is new, in one transaction; pages are created as needed. */
export async function importHighlights(
  ready: () => Promise<LibraryResult<LibraryDb>>,
  annotations: readonly HighlightAnnotation[],
): Promise<Result<ImportSummary>> {
  const opened = await ready();
  if (!opened.ok) return { ok: false, error: withPage(opened.error) };
  const db = opened.value;
  const result = await attempt(() =>
    db.transaction('rw', [db.pages, db.highlights, db.entries, db.claims, db.terms], async () => {
      const present = new Set(
        (await db.highlights.bulkGet(annotations.map((annotation) => annotation.id))).map((row) => row?.id),
      );
      const fresh = annotations.filter((annotation, position) => {
        if (present.has(annotation.id)) return false;
        // The same id twice in one file counts once.
        return annotations.findIndex((other) => other.id === annotation.id) === position;
      });
      await db.highlights.bulkAdd(
        fresh.map((annotation) => ({ id: annotation.id, pageUrl: annotation.target.source, annotation })),
      );
      const pageKeys = [...new Set(annotations.map((annotation) => annotation.target.source))];
      const touched = new Set(fresh.map((annotation) => annotation.target.source));
      for (const pageKey of touched) {
        const title = fresh.findLast((annotation) => annotation.target.source === pageKey)?.marginalia.pageTitle ?? '';
        const page = (await db.pages.get(pageKey)) ?? pageForHighlights(pageKey, title);
        page.highlightCount = await db.highlights.where('pageUrl').equals(pageKey).count();
        await db.pages.put(page);
        await reindexPage(db, page);
      }
      return {
        added: fresh.length,
        duplicates: annotations.length - fresh.length,
        pages: pageKeys.length,
        changedPages: [...touched],
      };
    }),
  );
  return result.ok ? ok(result.value) : { ok: false, error: withPage(result.error) };
}
