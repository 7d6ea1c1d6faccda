/**
 * Every message Marginalia sends, in one place: for each receiver, a map from message type to
 * who may send it, the schema of its fields, and (in the `…Replies` interfaces) what it answers.
 * Receivers validate before they act and drop anything that does not match; replies are always
 * a `Result` (see ./result). `./messaging` sends and receives through these maps.
 */
import * as v from 'valibot';
import type { AnnotationCollection } from './highlights/export';
import { HIGHLIGHTS_TOO_LARGE, MAX_IMPORT_CHARS } from './highlights/import';
import { HIGHLIGHT_COLOURS, highlightAnnotationSchema, type HighlightAnnotation } from './highlights/model';
import type {
  ImportSummary,
  PageHighlights,
  PageListing,
  RemovedHighlight,
  RemovedPage,
} from './highlights/store-types';
import { DEFINITION_LANGS, type DefinitionLang, type TermText } from './definition-language';
import type { PageAnalysis } from './types';
import {
  historyLimitSchema,
  libraryImportSchema,
  libraryRevealSchema,
  searchQuerySchema,
  speakerKeysSchema,
} from './library/messages';
import type {
  KeptPage,
  LibraryImportSummary,
  LibraryOverview,
  SearchResult,
  SpeakerHistoryItem,
} from './library/types';

/** Who sent a runtime message, as the receiver establishes it (never what the message claims). */
export type SenderRole = 'content' | 'extension-page' | 'background';

export interface Route<Entries extends v.ObjectEntries = v.ObjectEntries> {
  /** The senders this message is accepted from. */
  from: readonly SenderRole[];
  /**
   * The schemas of its fields, made when the first such message arrives (lib/shared/messaging.ts):
   * a context builds the validators of the messages it receives only, and none while it loads
   * (the content script is evaluated on every page before the page is idle).
   */
  fields: () => Entries;
}

const route = <Entries extends v.ObjectEntries>(
  from: readonly SenderRole[],
  fields: () => Entries,
): Route<Entries> => ({
  from,
  fields,
});

export type Routes = Record<string, Route>;

/** The message itself: `{ type, ...fields }`. */
export type MessageOf<R extends Routes, K extends keyof R> = { type: K } & v.InferOutput<
  v.ObjectSchema<ReturnType<R[K]['fields']>, undefined>
>;
export type AnyMessageOf<R extends Routes> = { [K in keyof R]: MessageOf<R, K> }[keyof R];

// ---- field schemas shared by several messages (functions: see Route.fields)

const MAX_URL = 8_192;
/** A page serialized for analysis; larger pages are refused with a clear state rather than stall the panel. */
export const MAX_PAGE_HTML = 16 * 1024 * 1024;
export const MAX_QUOTE = 20_000;
export const MAX_CONTEXT = 256;
export const MAX_NOTE = 10_000;
export const MAX_TITLE = 1_000;
const MAX_IDS = 10_000;
/** More than the term base holds: a longer list is not from our content script. */
const MAX_TERM_IDS = 200;

const pageUrl = () =>
  v.pipe(
    v.string(),
    v.maxLength(MAX_URL),
    v.check((url) => /^(https?|file):/i.test(url), 'page URL must be http(s) or file'),
  );
const id = () => v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const tabId = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const colour = () => v.picklist(HIGHLIGHT_COLOURS);
const offset = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const pageKey = () =>
  v.pipe(
    v.string(),
    v.maxLength(MAX_URL),
    v.check((url) => /^https?:\/\//i.test(url), 'page key must be an http(s) URL'),
  );
const canonical = () => v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL)));
const note = () => v.pipe(v.string(), v.maxLength(MAX_NOTE));
const title = () => v.pipe(v.string(), v.maxLength(MAX_TITLE));

const missingItem = () => v.object({ kind: v.picklist(['claim', 'term', 'disclaimer']), id: id() });
/** A claim, term or disclaimer of the analysis that the content script could not find on the live page. */
export type MissingItem = v.InferOutput<ReturnType<typeof missingItem>>;

const revealTarget = () =>
  v.variant('kind', [
    v.object({ kind: v.literal('claim'), id: id() }),
    v.object({ kind: v.literal('term'), id: id() }),
    v.object({ kind: v.literal('disclaimer') }),
    v.object({ kind: v.literal('highlight'), id: id() }),
  ]);
export type RevealTarget = v.InferOutput<ReturnType<typeof revealTarget>>;

const removed = () =>
  v.variant('kind', [
    v.object({
      kind: v.literal('highlight'),
      pageKey: pageKey(),
      title: title(),
      annotation: highlightAnnotationSchema,
    }),
    v.object({
      kind: v.literal('page'),
      pageKey: pageKey(),
      title: title(),
      annotations: v.pipe(v.array(v.unknown()), v.maxLength(MAX_IDS)),
    }),
  ]);

// ---- to the background

const CONTENT = ['content'] as const;
const PAGES = ['extension-page'] as const;

/**
 * Messages the background answers. A content script's page is always its own: the page URL a
 * highlight belongs to comes from the browser's sender record, not from the message.
 */
export const backgroundRoutes = {
  'analyze-page': route(CONTENT, () => ({ url: pageUrl(), html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML)) })),
  'page-unsupported': route(CONTENT, () => ({ url: pageUrl(), reason: v.picklist(['not-html', 'too-large']) })),
  'anchor-report': route(CONTENT, () => ({
    url: pageUrl(),
    missing: v.pipe(v.array(missingItem()), v.maxLength(MAX_IDS)),
  })),
  /** The term card's names and definitions, in the language the content script chose for its reader. */
  'term-texts': route(CONTENT, () => ({
    lang: v.picklist(DEFINITION_LANGS),
    termIds: v.pipe(v.array(id()), v.maxLength(MAX_TERM_IDS)),
  })),
  'highlight-add': route(CONTENT, () => ({
    canonical: canonical(),
    title: title(),
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
    prefix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT)),
    suffix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT)),
    start: offset(),
    end: offset(),
    colour: colour(),
    note: note(),
  })),
  'highlights-for-page': route(CONTENT, () => ({ canonical: canonical() })),
  'run-on-tab': route(PAGES, () => ({ tabId: tabId() })),
  'highlights-list': route(PAGES, () => ({ pageKey: pageKey() })),
  'highlights-list-all': route(PAGES, () => ({})),
  'highlights-list-pages': route(PAGES, () => ({})),
  'highlight-update': route(PAGES, () => ({
    pageKey: pageKey(),
    id: id(),
    note: v.optional(note()),
    colour: v.optional(colour()),
  })),
  'highlight-delete': route(PAGES, () => ({ pageKey: pageKey(), id: id() })),
  'highlights-restore': route(PAGES, () => ({ removed: removed() })),
  'highlights-remove-page': route(PAGES, () => ({ pageKey: pageKey() })),
  'highlights-import': route(PAGES, () => ({
    json: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, HIGHLIGHTS_TOO_LARGE)),
  })),
  'highlights-export-all': route(PAGES, () => ({})),
  // The reader's library (lib/background/library): read, search, forget, import, open a result.
  'library-overview': route(PAGES, () => ({})),
  'library-search': route(PAGES, () => ({ query: searchQuerySchema })),
  'library-speaker-history': route(PAGES, () => ({
    keys: speakerKeysSchema,
    excludeUrl: pageKey(),
    limit: historyLimitSchema,
  })),
  'library-page': route(PAGES, () => ({ url: pageKey() })),
  'library-forget-page': route(PAGES, () => ({ url: pageKey() })),
  'library-forget-everything': route(PAGES, () => ({})),
  'library-set-keeping': route(PAGES, () => ({ on: v.boolean() })),
  'library-import': route(PAGES, () => ({ json: libraryImportSchema })),
  'library-open': route(PAGES, () => ({ url: pageKey(), reveal: libraryRevealSchema })),
} satisfies Routes;
export type BackgroundRoutes = typeof backgroundRoutes;
export type BackgroundMessage = AnyMessageOf<BackgroundRoutes>;

/** What the content script needs of an analysis: everything but the article's HTML. */
export type AnalysisForPage = Omit<PageAnalysis, 'article'> & {
  article: Omit<NonNullable<PageAnalysis['article']>, 'html'> | null;
};

export interface BackgroundReplies {
  'analyze-page': AnalysisForPage;
  'page-unsupported': void;
  'anchor-report': void;
  /** Names and definitions by term id (unknown ids left out). */
  'term-texts': { lang: DefinitionLang; texts: Record<string, TermText> };
  'highlight-add': HighlightAnnotation;
  'highlights-for-page': PageHighlights;
  'run-on-tab': void;
  'highlights-list': PageHighlights;
  'highlights-list-all': PageHighlights[];
  'highlights-list-pages': PageListing[];
  'highlight-update': HighlightAnnotation;
  'highlight-delete': RemovedHighlight;
  'highlights-restore': void;
  'highlights-remove-page': RemovedPage;
  'highlights-import': ImportSummary;
  'highlights-export-all': AnnotationCollection;
  'library-overview': LibraryOverview;
  'library-search': SearchResult;
  'library-speaker-history': SpeakerHistoryItem[];
  'library-page': KeptPage | null;
  'library-forget-page': boolean;
  'library-forget-everything': void;
  'library-set-keeping': void;
  'library-import': LibraryImportSummary;
  'library-open': void;
}

// ---- to the content script of a tab (top frame)

/**
 * A content script cannot tell the background from an extension page (both are the extension's
 * origin): it accepts these from its own extension only, whichever context sent them.
 */
export const tabRoutes = {
  /** Scroll to and flash a claim, term, the disclaimer or a highlight. */
  reveal: route(PAGES, () => ({ target: revealTarget() })),
  /** Something changed for this page key: list again, re-anchor, repaint. */
  'highlights-changed': route(PAGES, () => ({ pageKey: pageKey() })),
  /** Highlight whatever the reader has selected (context menu, shortcut, panel button). */
  'highlight-selection': route(PAGES, () => ({ colour: v.optional(colour()) })),
  /** The panel asks which page key the tab uses and which highlights were not found. */
  'highlights-anchoring': route(PAGES, () => ({})),
  /** Analyze the page again as it is now, in place (the panel's "Try again"): no reload, highlights kept. */
  'analyze-again': route(PAGES, () => ({})),
} satisfies Routes;
export type TabRoutes = typeof tabRoutes;
export type TabMessage = AnyMessageOf<TabRoutes>;

/** Where the reader's highlights stand on the live page. */
export interface HighlightsAnchoring {
  pageKey: string;
  /** Found highlights, in the order they appear on the page. */
  found: string[];
  orphans: string[];
}

export interface TabReplies {
  /** Whether the target was on the page. */
  reveal: boolean;
  'highlights-changed': void;
  'highlight-selection': HighlightAnnotation;
  'highlights-anchoring': HighlightsAnchoring | null;
  'analyze-again': void;
}

// ---- to the offscreen document (Chrome): analysis where a DOM parser exists

export const offscreenRoutes = {
  'analyze-html': route(['background'], () => ({
    url: pageUrl(),
    html: v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML)),
  })),
} satisfies Routes;
export type OffscreenRoutes = typeof offscreenRoutes;

export interface OffscreenReplies {
  'analyze-html': PageAnalysis;
}

// ---- events: content script → extension pages, no reply

export const pageEventRoutes = {
  /** After each (re-)anchoring of the reader's highlights. */
  'highlights-anchored': route(CONTENT, () => ({
    pageKey: pageKey(),
    found: v.pipe(v.array(id()), v.maxLength(MAX_IDS)),
    orphans: v.pipe(v.array(id()), v.maxLength(MAX_IDS)),
  })),
} satisfies Routes;
export type PageEventRoutes = typeof pageEventRoutes;
export interface PageEventReplies {
  'highlights-anchored': void;
}
