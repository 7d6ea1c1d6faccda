import { useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatNumber, uiLocale } from '../lib/shared/format';
import { noteOf, quoteOf, sortInPageOrder, type HighlightAnnotation } from '../lib/shared/highlights/model';
import { siteLabel } from '../lib/shared/highlights/url';
import { ReaderErrorText, type ReaderError } from './error-detail';
import { ExportBar, type ExportBarProps } from './export-bar';
import { useFocusAfterDelete } from './focus-after-delete';
import { LoadingLine } from './loading-line';
import './library.css';
import { safeHttpUrl } from '../lib/shared/safe-url';

export interface LibraryPage {
  pageKey: string;
  title: string;
  highlights: readonly HighlightAnnotation[];
  /** Entries of this page that could not be read. */
  problems: readonly string[];
}

export interface LibraryProps {
  pages: readonly LibraryPage[];
  onDelete: (pageKey: string) => void;
  /** When given, the last deleted page can be brought back. */
  onUndo?: () => void;
  /** "Export all" and import. */
  exportBar: ExportBarProps;
  /** A problem that kept the list from loading, or a failed action. */
  error?: ReaderError | null;
  /** The pages have not been read yet: no "no highlights" message. */
  loading?: boolean;
  /**
   * Folded until the reader opens it (reading every highlight waits for them): the title is then
   * the fold's toggle, said once, and nothing below it is drawn while folded.
   */
  fold?: { open: boolean; onToggle(open: boolean): void };
}

/** Lowercased, without diacritics, so "inteligencia" finds "Inteligência". */
function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function searchableText(page: LibraryPage): string {
  return foldForSearch(
    [page.title, page.pageKey, ...page.highlights.flatMap((a) => [quoteOf(a).exact, noteOf(a)])].join('\n'),
  );
}

/** The options page's highlights: every page with highlights, searchable, with open, delete (undo) and export all. */
export function Library({ pages, onDelete, onUndo, exportBar, error, loading = false, fold }: LibraryProps) {
  const [query, setQuery] = useState('');
  const [deletedTitle, setDeletedTitle] = useState<string | null>(null);
  const index = useMemo(() => pages.map((page) => ({ page, text: searchableText(page) })), [pages]);
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  const shown = terms.length
    ? index.filter(({ text }) => terms.every((term) => text.includes(term))).map(({ page }) => page)
    : pages;

  const list = useRef<HTMLUListElement>(null);
  const focus = useFocusAfterDelete(
    (pageKey) =>
      ([...(list.current?.children ?? [])] as HTMLElement[])
        .find((element) => element.dataset.pageKey === pageKey)
        ?.querySelector<HTMLElement>('a, button') ?? null,
    () => list.current?.parentElement ?? null,
  );

  function remove(page: LibraryPage) {
    onDelete(page.pageKey);
    setDeletedTitle(onUndo ? page.title || page.pageKey : null);
    focus.deleted(page.pageKey, onUndo !== undefined);
  }

  function undo() {
    setDeletedTitle(null);
    focus.undone();
    onUndo?.();
  }

  const title = (
    <h2
      class="library-title"
      id="highlights-library-title"
      // Folded, the toggle around the title takes the focus instead.
      tabIndex={fold ? undefined : -1}
      ref={fold ? undefined : focus.heading}
    >
      {i18n.t('highlights.libraryTitle')}
    </h2>
  );
  const body = (
    <section class="library" aria-labelledby="highlights-library-title" aria-busy={loading || undefined}>
      {!fold && title}
      <section class="library-export" aria-label={i18n.t('highlights.exportAll')}>
        <h3 class="library-subtitle">{i18n.t('highlights.exportAll')}</h3>
        <ExportBar {...exportBar} />
      </section>
      {error && (
        <div class="library-error reader-error" role="alert" data-testid="library-error">
          <ReaderErrorText error={error} />
        </div>
      )}
      {deletedTitle !== null && (
        <p class="library-undo" role="status">
          {i18n.t('highlights.pageDeleted', [deletedTitle])}{' '}
          <button type="button" ref={focus.undoButton} data-testid="library-undo" onClick={undo}>
            {i18n.t('highlights.undo')}
          </button>
        </p>
      )}
      <label class="library-search">
        <span class="library-visually-hidden">{i18n.t('highlights.search')}</span>
        <input
          type="search"
          data-testid="highlights-search"
          placeholder={i18n.t('highlights.search')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <LoadingLine loading={loading} />
      {pages.length === 0 && !loading && <p class="library-empty">{i18n.t('highlights.libraryEmpty')}</p>}
      {/* Always there, empty while pages match: a screen reader hears it fill as the reader types. */}
      <p class="library-no-matches" role="status" data-testid="highlights-no-matches">
        {pages.length > 0 && shown.length === 0 && i18n.t('highlights.noMatches', [query])}
      </p>
      <ul class="library-pages" ref={list}>
        {shown.map((page) => (
          <li class="library-page" key={page.pageKey} data-testid="library-page" data-page-key={page.pageKey}>
            <div class="library-page-head">
              <span class="library-page-title">{page.title || page.pageKey}</span>
              <span class="library-page-meta">
                {siteLabel(page.pageKey)} ·{' '}
                {i18n.t('highlights.count', page.highlights.length, [formatNumber(page.highlights.length, uiLocale())])}
              </span>
            </div>
            <div class="library-actions">
              {safeHttpUrl(page.pageKey) !== null && (
                <a href={page.pageKey} target="_blank" rel="noopener noreferrer" data-testid="library-open">
                  {i18n.t('highlights.open')}
                </a>
              )}
              <button type="button" data-testid="library-delete" onClick={() => remove(page)}>
                {i18n.t('highlights.deletePage')}
              </button>
            </div>
            {page.problems.length > 0 && (
              <div class="library-error reader-error" data-testid="library-page-problems">
                <ReaderErrorText error={{ text: i18n.t('highlights.notRead'), detail: page.problems.join(' ') }} />
              </div>
            )}
            <ol class="library-quotes">
              {sortInPageOrder(page.highlights).map((annotation) => (
                <li key={annotation.id} class={`library-quote library-colour-${annotation.marginalia.colour}`}>
                  <span>{quoteOf(annotation).exact}</span>
                  {noteOf(annotation) && <span class="library-note">{noteOf(annotation)}</span>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
  if (!fold) return body;
  return (
    <details
      class="library-fold"
      data-testid="highlights-library"
      open={fold.open}
      onToggle={(event) => fold.onToggle(event.currentTarget.open)}
    >
      <summary ref={focus.heading}>{title}</summary>
      {fold.open && body}
    </details>
  );
}
