/**
 * The reader's library as the extension pages see it: what is kept of each page, what a search
 * asks and returns, and the errors a library operation can end with. The records themselves
 * live in IndexedDB (lib/background/library/db.ts), written only by the background.
 */
import type { Failure, Result } from '../result';
import type { ClaimKind, TextAnchor } from '../types';

/** The IndexedDB database of the library (schema: lib/background/library/db.ts). */
export const LIBRARY_DB_NAME = 'marginalia-library';

/** A highlight as kept: the annotation exactly as it came (validated on read), so nothing is lost. */
export interface HighlightRow {
  /** The annotation's urn:uuid, or `unreadable:<page>:<n>` for an entry that could not be read. */
  id: string;
  pageUrl: string;
  annotation: unknown;
}

/** A kept page. `url` is the page key (normalizePageUrl): one record per page, whatever the tab's URL. */
export interface KeptPage {
  url: string;
  title: string;
  /** Host without "www.". */
  site: string;
  /** BCP 47 primary subtag of the article ("pt"), or "" when unknown. */
  lang: string;
  byline: string | null;
  /** ISO 8601 publication date when the page gives one. */
  publishedAt: string | null;
  /** ISO 8601: first and last time Marginalia kept this page. */
  keptAt: string;
  updatedAt: string;
  /** Where the story was first published, when the page says so. */
  originalPublisher: string | null;
  originalUrl: string | null;
  /** The page carries a third-party-content / not-an-endorsement disclaimer. */
  disclaimer: boolean;
  /** Kept from Marginalia's analysis; false for a page kept only for the reader's highlights. */
  analyzed: boolean;
  claimCount: number;
  termCount: number;
  highlightCount: number;
}

export interface KeptClaim {
  /** `${pageUrl}#${claimId}`. */
  id: string;
  pageUrl: string;
  /** The analysis' claim id, used to reveal the sentence on the page. */
  claimId: string;
  kind: ClaimKind;
  speaker: string | null;
  /** speakerKey(speaker): one key per person across pages and languages. */
  speakerKey: string | null;
  text: string;
  anchor: TextAnchor;
}

export interface KeptTerm {
  /** `${pageUrl}#${termId}`. */
  id: string;
  pageUrl: string;
  termId: string;
  label: string;
  forms: string[];
  count: number;
}

export type SearchKind = 'claim' | 'highlight' | 'term' | 'page';
export const SEARCH_KINDS: readonly SearchKind[] = ['claim', 'highlight', 'term', 'page'];

export interface SearchFilters {
  speakerKey?: string;
  claimKind?: ClaimKind;
  site?: string;
  lang?: string;
  termId?: string;
  /** Inclusive, ISO dates (YYYY-MM-DD) compared with the page's date (published, else kept). */
  from?: string;
  to?: string;
  kind?: SearchKind;
}

export interface SearchQuery extends SearchFilters {
  text: string;
  limit?: number;
}

export interface SearchHit {
  kind: SearchKind;
  /** The record's id: claim / term id, highlight urn, or the page URL. */
  id: string;
  pageUrl: string;
  pageTitle: string;
  site: string;
  lang: string;
  /** The page's date: published, else kept (ISO 8601). */
  date: string;
  /** What matched: the sentence, the highlighted quote, the term label, the title. */
  text: string;
  /** Claims: who said it; highlights: the note. */
  detail: string | null;
  claimKind: ClaimKind | null;
  /** What to reveal when the page opens: a claim id, a term id or a highlight id. */
  reveal: { kind: 'claim' | 'term' | 'highlight'; id: string } | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True when more than `limit` matched. */
  more: boolean;
  tookMs: number;
}

/** A claim by the same speaker on another kept page, for "Earlier from …". */
export interface SpeakerHistoryItem {
  claim: KeptClaim;
  page: Pick<KeptPage, 'url' | 'title' | 'site' | 'lang' | 'publishedAt' | 'keptAt'>;
}

/** Everything the options page shows before any search. */
export interface LibraryOverview {
  pages: number;
  claims: number;
  terms: number;
  highlights: number;
  /** Newest pages first. */
  recent: KeptPage[];
  speakers: { key: string; name: string; count: number }[];
  sites: string[];
  langs: string[];
  termIds: string[];
  /** Bytes used by the extension's origin and the quota, when the browser says. */
  usage: number | null;
  quota: number | null;
  keeping: boolean;
  /**
   * The search index's word rows of entries kept before schema version 5 are still being written
   * (backfill.ts): searches find everything meanwhile, reading older entries one by one.
   */
  indexing: boolean;
}

/** Library operations answer with the one result shape of every message (lib/shared/result.ts). */
export type LibraryError = Failure;
export type LibraryResult<T> = Result<T>;

export interface LibraryImportSummary {
  pages: number;
  claims: number;
  terms: number;
  highlights: number;
  /** Records already present (same id), left as they were. */
  duplicates: number;
}
