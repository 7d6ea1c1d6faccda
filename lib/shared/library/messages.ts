/**
 * The fields of the library's messages (the routes themselves are in ../protocol.ts, with every
 * other message). Only extension pages send them; a page is kept by the background itself when
 * it analyses it, never because a content script asked.
 */
import * as v from 'valibot';

const MAX_QUERY = 500;
export const MAX_LIBRARY_IMPORT = 64 * 1024 * 1024;

const shortText = v.pipe(v.string(), v.maxLength(200));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const searchQuerySchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_QUERY)),
  speakerKey: v.optional(shortText),
  claimKind: v.optional(v.picklist(['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact'])),
  site: v.optional(shortText),
  lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
  termId: v.optional(shortText),
  from: v.optional(day),
  to: v.optional(day),
  kind: v.optional(v.picklist(['claim', 'highlight', 'term', 'page'])),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});

export const speakerKeysSchema = v.pipe(v.array(shortText), v.maxLength(50));
export const historyLimitSchema = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)));

/** What to scroll to once a library result's page is open. */
export const libraryRevealSchema = v.nullable(
  v.object({
    kind: v.picklist(['claim', 'term', 'highlight']),
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  }),
);

export const LIBRARY_TOO_LARGE = 'The file is too large to be a library export.';

export const libraryImportSchema = v.pipe(v.string(), v.maxLength(MAX_LIBRARY_IMPORT, LIBRARY_TOO_LARGE));
