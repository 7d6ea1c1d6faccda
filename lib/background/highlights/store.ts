/**
 * The highlights store. Meant to be created once, in the background script — the one writer —
 * so that two tabs highlighting the same page at once cannot overwrite each other. Every
 * operation returns a result instead of throwing: a damaged page or a failed write is reported
 * and everything else keeps working; a failed write leaves storage exactly as it was.
 */
import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { errorMessage, fail, ok, type Result } from '../../shared/result';
import type {
  HighlightStore,
  ImportSummary,
  PageHighlights,
  PageListing,
  PageMeta,
  RemovedHighlight,
  RemovedPage,
} from '../../shared/highlights/store-types';
import { toAnnotationCollection } from '../../shared/highlights/export';
import { parseAnnotationCollection } from '../../shared/highlights/import';
import { parseAnnotation, sortInPageOrder, withNote, type HighlightAnnotation } from '../../shared/highlights/model';
import {
  convertV1,
  HIGHLIGHTS_VERSION,
  idOf,
  INDEX_KEY,
  INDEX_META_KEY,
  indexSchema,
  mergeById,
  PAGE_KEY_PREFIX,
  pageRecordSchema,
  pageStorageKey,
  UNREADABLE_V1_KEY,
  type HighlightsIndex,
  type PageRecord,
  type PageSummary,
} from './storage-format';

function writeFailure<T>(error: unknown, pageKey?: string): Result<T> {
  const message = errorMessage(error);
  return /quota/i.test(message)
    ? fail('quota', `Storage is full; nothing was changed (${message}).`, pageKey)
    : fail('write-failed', `Could not save; nothing was changed (${message}).`, pageKey);
}

function summarize(record: PageRecord, annotations: readonly HighlightAnnotation[]): PageSummary {
  const updatedAt = annotations.reduce(
    (latest, annotation) => (annotation.modified > latest ? annotation.modified : latest),
    '',
  );
  return { title: record.title, count: annotations.length, updatedAt };
}

function readAnnotations(record: PageRecord): { highlights: HighlightAnnotation[]; problems: string[] } {
  const highlights: HighlightAnnotation[] = [];
  const problems: string[] = [];
  record.annotations.forEach((raw, position) => {
    const parsed = parseAnnotation(raw);
    if (parsed.ok) highlights.push(parsed.value);
    else
      problems.push(
        `Entry ${position + 1} (${idOf(raw) ?? 'no id'}) on ${record.pageKey} is unreadable: ${parsed.message}`,
      );
  });
  return { highlights, problems };
}

/** Version-1 value → version-2 index, writing the per-page items on the way. Safe to run again. */
async function migrateIndexToV2(oldValue: unknown): Promise<HighlightsIndex> {
  if (v.is(indexSchema, oldValue)) return oldValue;
  if (!Array.isArray(oldValue)) {
    await storage.setItem(UNREADABLE_V1_KEY, oldValue);
    return { pages: {} };
  }
  const { pages, skipped } = await convertV1(oldValue);
  const index: HighlightsIndex = { pages: {} };
  const writes: { key: `local:${string}`; value: unknown }[] = [];
  for (const [pageKey, annotations] of pages) {
    const existing = await storage.getItem<unknown>(pageStorageKey(pageKey));
    const previous: PageRecord = v.is(pageRecordSchema, existing) ? existing : { pageKey, title: '', annotations: [] };
    const record: PageRecord = { ...previous, annotations: mergeById(previous.annotations, annotations) };
    index.pages[pageKey] = summarize(record, readAnnotations(record).highlights);
    writes.push({ key: pageStorageKey(pageKey), value: record });
  }
  if (skipped.length) writes.push({ key: UNREADABLE_V1_KEY, value: skipped });
  if (writes.length) await storage.setItems(writes);
  return index;
}

type PageState = { state: 'absent' } | { state: 'ok'; record: PageRecord } | { state: 'corrupt'; message: string };

export function createHighlightStore(): HighlightStore {
  const indexItem = storage.defineItem<HighlightsIndex>(INDEX_KEY, {
    fallback: { pages: {} },
    version: HIGHLIGHTS_VERSION,
    migrations: { 2: migrateIndexToV2 },
  });
  // getMeta waits for WXT's automatic migration run.
  const migrated = indexItem.getMeta();

  let queueTail: Promise<unknown> = Promise.resolve();
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queueTail.then(task, task);
    queueTail = run.catch(() => undefined);
    return run;
  }

  async function readPage(pageKey: string): Promise<PageState> {
    const raw = await storage.getItem<unknown>(pageStorageKey(pageKey));
    if (raw == null) return { state: 'absent' };
    const parsed = v.safeParse(pageRecordSchema, raw);
    if (!parsed.success) return { state: 'corrupt', message: `The stored highlights of ${pageKey} are unreadable.` };
    return { state: 'ok', record: parsed.output };
  }

  async function rebuildIndex(): Promise<HighlightsIndex> {
    const everything = await storage.snapshot('local');
    const index: HighlightsIndex = { pages: {} };
    for (const [key, raw] of Object.entries(everything)) {
      if (!key.startsWith(PAGE_KEY_PREFIX) || key.endsWith('$')) continue;
      const parsed = v.safeParse(pageRecordSchema, raw);
      if (!parsed.success) continue;
      const { highlights } = readAnnotations(parsed.output);
      if (parsed.output.annotations.length) index.pages[parsed.output.pageKey] = summarize(parsed.output, highlights);
    }
    return index;
  }

  /** The index; a damaged one is rebuilt from the page items (it only summarizes them). */
  async function loadIndex(): Promise<Result<HighlightsIndex>> {
    await migrated;
    const raw = await storage.getItem<unknown>(INDEX_KEY);
    if (raw == null) return ok({ pages: {} });
    if (v.is(indexSchema, raw)) return ok(raw);
    if (Array.isArray(raw)) {
      // Still version 1: the automatic migration failed (WXT only logs that). Try once more, loudly.
      try {
        await indexItem.migrate();
      } catch (error) {
        return fail(
          'migration-failed',
          `Highlights saved by an older version could not be upgraded: ${errorMessage(error)}`,
        );
      }
      const again = await storage.getItem<unknown>(INDEX_KEY);
      if (v.is(indexSchema, again)) return ok(again);
      return fail('migration-failed', 'Highlights saved by an older version could not be upgraded.');
    }
    return ok(await rebuildIndex());
  }

  /** One `storage.local.set` call, so the page and the index change together or not at all. */
  async function commit(record: PageRecord, index: HighlightsIndex): Promise<void> {
    const { highlights } = readAnnotations(record);
    const pages = { ...index.pages };
    if (record.annotations.length) pages[record.pageKey] = summarize(record, highlights);
    else delete pages[record.pageKey];
    await storage.setItems([
      { key: pageStorageKey(record.pageKey), value: record },
      { key: INDEX_KEY, value: { pages } },
      { key: INDEX_META_KEY, value: { v: HIGHLIGHTS_VERSION } },
    ]);
    if (!record.annotations.length) {
      // The empty record is already harmless; removing the key is only tidying up.
      await storage.removeItem(pageStorageKey(record.pageKey)).catch(() => undefined);
    }
  }

  /** Read page + index, apply `change`, write both; any failure leaves storage untouched. */
  function modifyPage<T>(
    pageKey: string,
    change: (record: PageRecord) => Result<{ record: PageRecord; result: T }>,
    whenAbsent: PageMeta | null,
  ): Promise<Result<T>> {
    return serialized(async () => {
      const index = await loadIndex();
      if (!index.ok) return index;
      const page = await readPage(pageKey);
      if (page.state === 'corrupt') return fail('corrupt', `${page.message} Delete the page to start again.`, pageKey);
      if (page.state === 'absent' && !whenAbsent)
        return fail('not-found', `No highlights are stored for ${pageKey}.`, pageKey);
      const current: PageRecord =
        page.state === 'ok' ? page.record : { pageKey, title: whenAbsent!.title, annotations: [] };
      const changed = change(current);
      if (!changed.ok) return changed;
      try {
        await commit(changed.value.record, index.value);
      } catch (error) {
        return writeFailure(error, pageKey);
      }
      return ok(changed.value.result);
    });
  }

  function findAnnotation(
    record: PageRecord,
    id: string,
  ): { position: number; annotation: HighlightAnnotation } | null {
    const position = record.annotations.findIndex((raw) => idOf(raw) === id);
    if (position < 0) return null;
    const parsed = parseAnnotation(record.annotations[position]);
    return parsed.ok ? { position, annotation: parsed.value } : null;
  }

  async function list(pageKey: string): Promise<Result<PageHighlights>> {
    await migrated;
    const page = await readPage(pageKey);
    if (page.state === 'absent') return ok({ pageKey, title: '', highlights: [], problems: [] });
    if (page.state === 'corrupt') return fail('corrupt', page.message, pageKey);
    const { highlights, problems } = readAnnotations(page.record);
    return ok({ pageKey, title: page.record.title, highlights: sortInPageOrder(highlights), problems });
  }

  async function listPages(): Promise<Result<PageListing[]>> {
    const index = await loadIndex();
    if (!index.ok) return index;
    const pages = Object.entries(index.value.pages).map(([pageKey, summary]) => ({ pageKey, ...summary }));
    pages.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.pageKey.localeCompare(b.pageKey));
    return ok(pages);
  }

  async function listAll(): Promise<Result<PageHighlights[]>> {
    const pages = await listPages();
    if (!pages.ok) return pages;
    const result: PageHighlights[] = [];
    for (const { pageKey, title } of pages.value) {
      const page = await list(pageKey);
      if (page.ok) result.push(page.value);
      else result.push({ pageKey, title, highlights: [], problems: [page.error.message] });
    }
    return ok(result);
  }

  return {
    list,
    listPages,
    listAll,

    add(pageKey, meta, annotation) {
      const parsed = parseAnnotation(annotation);
      if (!parsed.ok) return Promise.resolve(fail('invalid', `Not a valid highlight: ${parsed.message}`, pageKey));
      if (parsed.value.target.source !== pageKey) {
        return Promise.resolve(
          fail('invalid', `The highlight targets ${parsed.value.target.source}, not ${pageKey}.`, pageKey),
        );
      }
      return modifyPage(
        pageKey,
        (record) => {
          if (record.annotations.some((raw) => idOf(raw) === parsed.value.id)) {
            return fail('invalid', `A highlight with id ${parsed.value.id} already exists.`, pageKey);
          }
          return ok({
            record: {
              ...record,
              title: meta.title || record.title,
              annotations: [...record.annotations, parsed.value],
            },
            result: parsed.value,
          });
        },
        meta,
      );
    },

    update(pageKey, id, patch) {
      return modifyPage(
        pageKey,
        (record) => {
          const found = findAnnotation(record, id);
          if (!found) return fail('not-found', `No highlight ${id} on ${pageKey}.`, pageKey);
          let next = patch.note === undefined ? found.annotation : withNote(found.annotation, patch.note);
          if (patch.colour) next = { ...next, marginalia: { ...next.marginalia, colour: patch.colour } };
          next = { ...next, modified: new Date().toISOString() };
          const annotations = [...record.annotations];
          annotations[found.position] = next;
          return ok({ record: { ...record, annotations }, result: next });
        },
        null,
      );
    },

    remove(pageKey, id) {
      return modifyPage<RemovedHighlight>(
        pageKey,
        (record) => {
          const found = findAnnotation(record, id);
          if (!found) return fail('not-found', `No highlight ${id} on ${pageKey}.`, pageKey);
          const annotations = record.annotations.filter((_, position) => position !== found.position);
          return ok({
            record: { ...record, annotations },
            result: { kind: 'highlight', pageKey, title: record.title, annotation: found.annotation },
          });
        },
        null,
      );
    },

    restore(removed) {
      const incoming = removed.kind === 'highlight' ? [removed.annotation] : removed.annotations;
      return modifyPage<void>(
        removed.pageKey,
        (record) => {
          const ids = new Set(record.annotations.map(idOf));
          const missing = incoming.filter((raw) => idOf(raw) === null || !ids.has(idOf(raw)));
          return ok({
            record: {
              ...record,
              title: record.title || removed.title,
              annotations: [...record.annotations, ...missing],
            },
            result: undefined,
          });
        },
        { title: removed.title },
      );
    },

    removePage(pageKey) {
      return serialized(async () => {
        const index = await loadIndex();
        if (!index.ok) return index;
        const raw = await storage.getItem<unknown>(pageStorageKey(pageKey));
        if (raw == null && !index.value.pages[pageKey])
          return fail('not-found', `No highlights are stored for ${pageKey}.`, pageKey);
        const parsed = v.safeParse(pageRecordSchema, raw);
        const removed: RemovedPage = parsed.success
          ? { kind: 'page', pageKey, title: parsed.output.title, annotations: parsed.output.annotations }
          : { kind: 'page', pageKey, title: index.value.pages[pageKey]?.title ?? '', annotations: [] };
        try {
          await commit({ pageKey, title: removed.title, annotations: [] }, index.value);
        } catch (error) {
          return writeFailure<RemovedPage>(error, pageKey);
        }
        return ok(removed);
      });
    },

    importAnnotations(json) {
      const parsed = parseAnnotationCollection(json);
      if (!parsed.ok) return Promise.resolve(fail('invalid', parsed.message));
      return serialized(async () => {
        const index = await loadIndex();
        if (!index.ok) return index;
        const byPage = new Map<string, HighlightAnnotation[]>();
        for (const annotation of parsed.value) {
          const list = byPage.get(annotation.target.source) ?? [];
          list.push(annotation);
          byPage.set(annotation.target.source, list);
        }
        const pages = { ...index.value.pages };
        const writes: { key: `local:${string}`; value: unknown }[] = [];
        let added = 0;
        let duplicates = 0;
        const changedPages: string[] = [];
        for (const [pageKey, annotations] of byPage) {
          const page = await readPage(pageKey);
          if (page.state === 'corrupt') return fail('corrupt', `${page.message} Nothing was imported.`, pageKey);
          const current: PageRecord = page.state === 'ok' ? page.record : { pageKey, title: '', annotations: [] };
          const annotationsAfter = mergeById(current.annotations, annotations);
          const newCount = annotationsAfter.length - current.annotations.length;
          added += newCount;
          duplicates += annotations.length - newCount;
          if (!newCount) continue;
          changedPages.push(pageKey);
          const title = current.title || annotations.at(-1)!.marginalia.pageTitle;
          const record: PageRecord = { ...current, title, annotations: annotationsAfter };
          pages[pageKey] = summarize(record, readAnnotations(record).highlights);
          writes.push({ key: pageStorageKey(pageKey), value: record });
        }
        if (writes.length) {
          try {
            await storage.setItems([
              ...writes,
              { key: INDEX_KEY, value: { pages } },
              { key: INDEX_META_KEY, value: { v: HIGHLIGHTS_VERSION } },
            ]);
          } catch (error) {
            return writeFailure<ImportSummary>(error);
          }
        }
        return ok({ added, duplicates, pages: byPage.size, changedPages });
      });
    },

    async exportAll() {
      const pages = await listAll();
      if (!pages.ok) return pages;
      return ok(toAnnotationCollection(pages.value.flatMap((page) => page.highlights)));
    },
  };
}
