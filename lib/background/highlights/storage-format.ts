/**
 * How highlights sit in `storage.local`.
 *
 * Version 2 (current): `highlights` is an index of pages ({ pages: { [pageKey]: summary } }) and
 * each page's annotations live in their own item `highlights:page:<pageKey>`, so one damaged page
 * cannot hide the others. The version is kept by WXT in `highlights$` ({ v: 2 }).
 *
 * Version 1: `highlights` was one flat list of { text, note, url, color, createdAt }.
 */
import * as v from 'valibot';
import {
  createAnnotation,
  HIGHLIGHT_COLOURS,
  type HighlightAnnotation,
  type HighlightColour,
} from '../../shared/highlights/model';
import { normalizePageUrl } from '../../shared/highlights/url';

export const HIGHLIGHTS_VERSION = 2;
export const INDEX_KEY = 'local:highlights' as const;
export const INDEX_META_KEY = 'local:highlights$' as const;
export const PAGE_KEY_PREFIX = 'highlights:page:';
/** Where a version-1 value that was not a list is kept, untouched, instead of being thrown away. */
export const UNREADABLE_V1_KEY = 'local:highlights:unreadable-v1' as const;

export function pageStorageKey(pageKey: string): `local:${string}` {
  return `local:${PAGE_KEY_PREFIX}${pageKey}`;
}

export const pageSummarySchema = v.object({
  title: v.string(),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.string(),
});
export type PageSummary = v.InferOutput<typeof pageSummarySchema>;

export const indexSchema = v.object({ pages: v.record(v.string(), pageSummarySchema) });
export type HighlightsIndex = v.InferOutput<typeof indexSchema>;

/** Annotations stay `unknown` here: each is validated on its own so one bad entry hides nothing else. */
export const pageRecordSchema = v.object({
  pageKey: v.string(),
  title: v.string(),
  annotations: v.array(v.unknown()),
});
export interface PageRecord {
  pageKey: string;
  title: string;
  annotations: unknown[];
}

export const v1RecordSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1)),
  note: v.optional(v.nullable(v.string())),
  url: v.string(),
  color: v.optional(v.nullable(v.string())),
  /** Milliseconds since the epoch. */
  createdAt: v.number(),
});
export type V1Record = v.InferOutput<typeof v1RecordSchema>;

/** A UUID (version 5 layout) derived from `name`, so migrating the same record twice yields the same id. */
async function nameBasedUuid(name: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(`marginalia:${name}`)));
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = [...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function colourFromV1(color: string | null | undefined): HighlightColour {
  const lower = color?.toLowerCase();
  return HIGHLIGHT_COLOURS.find((colour) => colour === lower) ?? 'yellow';
}

export interface V1Conversion {
  pages: Map<string, HighlightAnnotation[]>;
  /** Entries that were not version-1 records or had no usable URL. */
  skipped: unknown[];
}

/** Turns a version-1 list into annotations grouped by page key. Pure apart from hashing. */
export async function convertV1(records: readonly unknown[]): Promise<V1Conversion> {
  const pages = new Map<string, HighlightAnnotation[]>();
  const skipped: unknown[] = [];
  for (const raw of records) {
    const parsed = v.safeParse(v1RecordSchema, raw);
    if (!parsed.success || !Number.isFinite(parsed.output.createdAt)) {
      skipped.push(raw);
      continue;
    }
    const record = parsed.output;
    let pageKey: string;
    try {
      pageKey = normalizePageUrl(record.url);
    } catch {
      skipped.push(raw);
      continue;
    }
    if (!/^https?:/.test(pageKey)) {
      skipped.push(raw);
      continue;
    }
    const id = `urn:uuid:${await nameBasedUuid(`v1|${record.url}|${record.createdAt}|${record.text}`)}`;
    const annotation = createAnnotation(
      {
        pageKey,
        pageTitle: '',
        exact: record.text,
        prefix: '',
        suffix: '',
        colour: colourFromV1(record.color),
        note: record.note ?? '',
      },
      new Date(record.createdAt),
      id,
    );
    const list = pages.get(pageKey) ?? [];
    list.push(annotation);
    pages.set(pageKey, list);
  }
  return { pages, skipped };
}

/** Adds `incoming` to `existing`, skipping ids already present. */
export function mergeById(existing: readonly unknown[], incoming: readonly HighlightAnnotation[]): unknown[] {
  const ids = new Set(existing.map(idOf).filter((id): id is string => id !== null));
  return [...existing, ...incoming.filter((annotation) => !ids.has(annotation.id))];
}

export function idOf(raw: unknown): string | null {
  return typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : null;
}
