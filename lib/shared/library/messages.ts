/**
 * Messages about the reader's library, from extension pages (options, side panel) to the
 * background, which owns the database and is its only writer. Content scripts send none: a
 * page is kept by the background itself when it analyses it.
 */
import * as v from 'valibot';
import type { LibraryImportSummary, LibraryOverview, LibraryResult, SearchResult, SpeakerHistoryItem } from './types';
import type { KeptPage } from './types';

const MAX_URL = 8_192;
const MAX_QUERY = 500;
export const MAX_LIBRARY_IMPORT = 64 * 1024 * 1024;

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL),
  v.check((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL'),
);
const shortText = v.pipe(v.string(), v.maxLength(200));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const claimKind = v.picklist(['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact']);
const searchKind = v.picklist(['claim', 'highlight', 'term', 'page']);

export const searchQuerySchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_QUERY)),
  speakerKey: v.optional(shortText),
  claimKind: v.optional(claimKind),
  site: v.optional(shortText),
  lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
  termId: v.optional(shortText),
  from: v.optional(day),
  to: v.optional(day),
  kind: v.optional(searchKind),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});

export const revealSchema = v.object({
  kind: v.picklist(['claim', 'term', 'highlight']),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_URL + 200)),
});

/** Extension pages → background. */
export const libraryMessageSchema = v.variant('type', [
  v.object({ type: v.literal('library-overview') }),
  v.object({ type: v.literal('library-search'), query: searchQuerySchema }),
  v.object({
    type: v.literal('library-speaker-history'),
    keys: v.pipe(v.array(shortText), v.maxLength(50)),
    excludeUrl: httpUrl,
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  }),
  v.object({ type: v.literal('library-page'), url: httpUrl }),
  v.object({ type: v.literal('library-forget-page'), url: httpUrl }),
  v.object({ type: v.literal('library-forget-everything') }),
  v.object({ type: v.literal('library-set-keeping'), on: v.boolean() }),
  v.object({
    type: v.literal('library-import'),
    json: v.pipe(v.string(), v.maxLength(MAX_LIBRARY_IMPORT, 'the file is too large to import')),
  }),
  v.object({ type: v.literal('library-open'), url: httpUrl, reveal: v.nullable(revealSchema) }),
]);
export type LibraryMessage = v.InferOutput<typeof libraryMessageSchema>;

/** What the background answers to each library message. */
export interface LibraryReplies {
  'library-overview': LibraryResult<LibraryOverview>;
  'library-search': LibraryResult<SearchResult>;
  'library-speaker-history': LibraryResult<SpeakerHistoryItem[]>;
  'library-page': LibraryResult<KeptPage | null>;
  'library-forget-page': LibraryResult<boolean>;
  'library-forget-everything': LibraryResult<void>;
  'library-set-keeping': LibraryResult<void>;
  'library-import': LibraryResult<LibraryImportSummary>;
  'library-open': LibraryResult<void>;
}
