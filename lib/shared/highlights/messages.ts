/**
 * Messages about the reader's highlights. The background is the only writer: content scripts
 * may add a highlight to the page they run on and list that page's highlights; everything
 * else (edit, delete, undo, whole pages, import, export all) is for extension pages only.
 */
import * as v from 'valibot';
import type { AnnotationCollection } from './export';
import { HIGHLIGHT_COLOURS, highlightAnnotationSchema, type HighlightAnnotation } from './model';
import type {
  ImportSummary,
  PageHighlights,
  PageListing,
  RemovedHighlight,
  RemovedPage,
  StoreResult,
} from '../../background/highlights/store';

export const MAX_QUOTE = 20_000;
export const MAX_CONTEXT = 256;
export const MAX_NOTE = 10_000;
export const MAX_TITLE = 1_000;
export const MAX_IMPORT = 8 * 1024 * 1024;
const MAX_URL = 8_192;
const MAX_IDS = 10_000;

const colour = v.picklist(HIGHLIGHT_COLOURS);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const pageKey = v.pipe(
  v.string(),
  v.maxLength(MAX_URL),
  v.check((url) => /^https?:\/\//i.test(url), 'page key must be an http(s) URL'),
);
const highlightId = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const note = v.pipe(v.string(), v.maxLength(MAX_NOTE));
const title = v.pipe(v.string(), v.maxLength(MAX_TITLE));

/** Content script → background. The page is always the sender's own (its URL comes from the browser). */
export const highlightContentMessageSchema = v.variant('type', [
  v.object({
    type: v.literal('highlight-add'),
    canonical: v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL))),
    title,
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
    prefix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT)),
    suffix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT)),
    start: offset,
    end: offset,
    colour,
    note,
  }),
  v.object({ type: v.literal('highlights-for-page'), canonical: v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL))) }),
]);
export type HighlightContentMessage = v.InferOutput<typeof highlightContentMessageSchema>;

const removedSchema = v.variant('kind', [
  v.object({ kind: v.literal('highlight'), pageKey, title, annotation: highlightAnnotationSchema }),
  v.object({
    kind: v.literal('page'),
    pageKey,
    title,
    annotations: v.pipe(v.array(v.unknown()), v.maxLength(MAX_IDS)),
  }),
]);

/** Extension pages (side panel, options) → background. */
export const highlightPageMessageSchema = v.variant('type', [
  v.object({ type: v.literal('highlights-list'), pageKey }),
  v.object({ type: v.literal('highlights-list-all') }),
  v.object({ type: v.literal('highlights-list-pages') }),
  v.object({
    type: v.literal('highlight-update'),
    pageKey,
    id: highlightId,
    note: v.optional(note),
    colour: v.optional(colour),
  }),
  v.object({ type: v.literal('highlight-delete'), pageKey, id: highlightId }),
  v.object({ type: v.literal('highlights-restore'), removed: removedSchema }),
  v.object({ type: v.literal('highlights-remove-page'), pageKey }),
  v.object({
    type: v.literal('highlights-import'),
    json: v.pipe(v.string(), v.maxLength(MAX_IMPORT, 'the file is too large to import')),
  }),
  v.object({ type: v.literal('highlights-export-all') }),
]);
export type HighlightPageMessage = v.InferOutput<typeof highlightPageMessageSchema>;

/** Background or extension pages → the content script of a tab. */
export const highlightTabMessageSchema = v.variant('type', [
  /** Something changed for this page key: list again, re-anchor, repaint. */
  v.object({ type: v.literal('highlights-changed'), pageKey }),
  /** Highlight whatever the reader has selected (context menu, shortcut, panel button). */
  v.object({ type: v.literal('highlight-selection'), colour: v.optional(colour) }),
  /** The panel asks which page key the tab uses and which highlights were not found. */
  v.object({ type: v.literal('highlights-anchoring') }),
]);
export type HighlightTabMessage = v.InferOutput<typeof highlightTabMessageSchema>;

/** Content script → extension pages, after each (re-)anchoring. */
export const highlightsAnchoredSchema = v.object({
  type: v.literal('highlights-anchored'),
  pageKey,
  /** Found highlights, in the order they appear on the page. */
  found: v.pipe(v.array(highlightId), v.maxLength(MAX_IDS)),
  orphans: v.pipe(v.array(highlightId), v.maxLength(MAX_IDS)),
});
export type HighlightsAnchored = v.InferOutput<typeof highlightsAnchoredSchema>;

export type SelectionReply =
  { ok: true; value: HighlightAnnotation } | { ok: false; error: { kind: string; message: string } };

/** What the background answers to each message type. */
export interface HighlightReplies {
  'highlight-add': StoreResult<HighlightAnnotation>;
  'highlights-for-page': StoreResult<PageHighlights>;
  'highlights-list': StoreResult<PageHighlights>;
  'highlights-list-all': StoreResult<PageHighlights[]>;
  'highlights-list-pages': StoreResult<PageListing[]>;
  'highlight-update': StoreResult<HighlightAnnotation>;
  'highlight-delete': StoreResult<RemovedHighlight>;
  'highlights-restore': StoreResult<void>;
  'highlights-remove-page': StoreResult<RemovedPage>;
  'highlights-import': StoreResult<ImportSummary>;
  'highlights-export-all': StoreResult<AnnotationCollection>;
}
