/**
 * What the highlights store answers with: the background owns the store, and extension pages
 * and content scripts see these shapes in its replies.
 */
import type { Result } from '../result';
import type { AnnotationCollection } from './export';
import type { HighlightAnnotation, HighlightColour } from './model';

export interface PageHighlights {
  pageKey: string;
  title: string;
  /** Valid annotations, in page order. */
  highlights: HighlightAnnotation[];
  /** One line per stored entry that could not be read (kept in storage, not shown). */
  problems: string[];
}

export interface PageListing {
  pageKey: string;
  title: string;
  count: number;
  updatedAt: string;
}

export interface PageMeta {
  title: string;
}

export interface HighlightPatch {
  /** An empty string removes the note. */
  note?: string;
  colour?: HighlightColour;
}

export interface RemovedHighlight {
  kind: 'highlight';
  pageKey: string;
  title: string;
  annotation: HighlightAnnotation;
}

export interface RemovedPage {
  kind: 'page';
  pageKey: string;
  title: string;
  /** Exactly what was stored, unreadable entries included, so undo gives everything back. */
  annotations: unknown[];
}

export interface ImportSummary {
  added: number;
  /** Annotations whose id was already stored. */
  duplicates: number;
  pages: number;
  /** The pages that gained highlights, so their tabs can repaint. */
  changedPages: string[];
}

export interface HighlightStore {
  list(pageKey: string): Promise<Result<PageHighlights>>;
  listPages(): Promise<Result<PageListing[]>>;
  /** Every page with its highlights, for the library and "export all". */
  listAll(): Promise<Result<PageHighlights[]>>;
  add(pageKey: string, meta: PageMeta, annotation: HighlightAnnotation): Promise<Result<HighlightAnnotation>>;
  update(pageKey: string, id: string, patch: HighlightPatch): Promise<Result<HighlightAnnotation>>;
  remove(pageKey: string, id: string): Promise<Result<RemovedHighlight>>;
  restore(removed: RemovedHighlight | RemovedPage): Promise<Result<void>>;
  removePage(pageKey: string): Promise<Result<RemovedPage>>;
  /**
   * Moves every highlight stored under `from` to `to` (a page whose key changed), unreadable
   * entries included; answers how many moved (0 when `from` has none).
   */
  movePage(from: string, to: string): Promise<Result<number>>;
  importAnnotations(json: string): Promise<Result<ImportSummary>>;
  exportAll(): Promise<Result<AnnotationCollection>>;
}
