import { errorMessage, refuseImport } from '../lib/shared/result';
import { importRefusalText } from '../lib/shared/failure-text';
import { LIBRARY_TOO_LARGE, MAX_LIBRARY_IMPORT } from '../lib/shared/library/messages';
import { useConfirmQuestion } from './swap-focus';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { LibraryCall } from '../lib/ui/library-client';
import {
  alreadyHereText,
  formatBytes,
  formatDate,
  languageName,
  libraryCountTexts,
  libraryError,
} from '../lib/ui/library-format';
import { termText } from '../lib/analysis/glossary/texts';
import { definitionLanguage } from '../lib/shared/definition-language';
import { formatList, uiLocale } from '../lib/shared/format';
import type {
  LibraryError,
  LibraryOverview,
  SearchFilters,
  SearchHit,
  SearchKind,
  SearchResult,
} from '../lib/shared/library/types';
import type { ClaimKind } from '../lib/shared/types';
import { OutcomeLine, ReaderErrorText, type ActionOutcome } from './error-detail';
import { downloadText } from './export-bar';
import './file-button.css';
import './library-search.css';

export interface LibraryFiles {
  /** The whole library as JSON (JSON-LD highlights + claims). */
  json: () => Promise<string>;
  /** One Markdown note per page, zipped. */
  zip: () => Promise<Uint8Array>;
}

export interface LibrarySearchProps {
  call: LibraryCall;
  files: LibraryFiles;
  /** Wait this long after the last keystroke before searching. */
  debounceMs?: number;
  /** Told after an import or "forget everything", so other views can reload. */
  onChanged?: () => void;
}

const CLAIM_KINDS: ClaimKind[] = ['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact'];
const SEARCH_KINDS: SearchKind[] = ['claim', 'highlight', 'term', 'page'];

function claimKindLabel(kind: ClaimKind): string {
  switch (kind) {
    case 'quote':
      return i18n.t('claims.kindQuote');
    case 'figure':
      return i18n.t('claims.kindFigure');
    case 'prediction':
      return i18n.t('claims.kindPrediction');
    case 'plan':
      return i18n.t('claims.kindPlan');
    case 'opinion':
      return i18n.t('claims.kindOpinion');
    case 'fact':
      return i18n.t('claims.kindFact');
  }
}

function searchKindLabel(kind: SearchKind): string {
  switch (kind) {
    case 'claim':
      return i18n.t('library.kindClaim');
    case 'highlight':
      return i18n.t('library.kindHighlight');
    case 'term':
      return i18n.t('library.kindTerm');
    case 'page':
      return i18n.t('library.kindPage');
  }
}

/** The filter's terms by their names in the reader's language (the glossary's own), sorted as that language sorts. */
function termOptions(termIds: readonly string[]): [string, string][] {
  const locale = uiLocale();
  const lang = definitionLanguage(locale);
  return termIds
    .map((termId): [string, string] => [termId, termText(termId, lang)?.label ?? termId.replace(/-/g, ' ')])
    .sort(([, a], [, b]) => a.localeCompare(b, locale));
}

/** What the last action said: that it was done, or why not. */
type Status = ActionOutcome | null;

/** How long the overview may take before the page says the library is still opening. */
const OPENING_NOTICE_MS = 1_000;
/** While the search index is being built, how often the overview is asked again, to stop saying so once it is done. */
const INDEXING_RECHECK_MS = 5_000;

/** The options page's library: storage use, keeping, search with filters, export, import, forget everything. */
export function LibrarySearch({ call, files, debounceMs = 150, onChanged }: LibrarySearchProps) {
  const [overview, setOverview] = useState<LibraryOverview | null>(null);
  const [openError, setOpenError] = useState<LibraryError | null>(null);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [result, setResult] = useState<SearchResult | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const forgetAll = useConfirmQuestion();
  const [generation, setGeneration] = useState(0);
  const searchId = useRef(0);

  // Said only when opening takes a while (a library an older version kept is upgraded first).
  const [slowToOpen, setSlowToOpen] = useState(false);
  useEffect(() => {
    let answered = false;
    const timer = setTimeout(() => setSlowToOpen(!answered), OPENING_NOTICE_MS);
    void call({ type: 'library-overview' }).then((reply) => {
      answered = true;
      setSlowToOpen(false);
      if (reply.ok) {
        setOverview(reply.value);
        setOpenError(null);
      } else setOpenError(reply.error);
    });
    return () => clearTimeout(timer);
  }, [call, generation]);

  useEffect(() => {
    if (!overview?.indexing) return;
    const timer = setTimeout(() => {
      void call({ type: 'library-overview' }).then((reply) => {
        if (reply.ok) setOverview(reply.value);
      });
    }, INDEXING_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [call, overview]);

  useEffect(() => {
    const id = ++searchId.current;
    const empty = !text.trim() && !Object.values(filters).some(Boolean);
    const run = () =>
      void call({
        type: 'library-search',
        query: { text, ...filters, ...(empty ? { kind: 'page' as const } : {}) },
      }).then((reply) => {
        if (id !== searchId.current) return;
        if (reply.ok) setResult(reply.value);
        else setStatus({ error: libraryError(reply.error) });
      });
    if (!text) {
      run();
      return undefined;
    }
    const timer = setTimeout(run, debounceMs);
    return () => clearTimeout(timer);
  }, [call, text, filters, debounceMs, generation]);

  const setFilter = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K] | '') =>
    setFilters((current) => {
      const next = { ...current };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });

  async function setKeeping(on: boolean) {
    const reply = await call({ type: 'library-set-keeping', on });
    if (!reply.ok) setStatus({ error: libraryError(reply.error) });
    setGeneration((n) => n + 1);
  }

  async function open(hit: SearchHit) {
    const reply = await call({ type: 'library-open', url: hit.pageUrl, reveal: hit.reveal });
    if (!reply.ok) setStatus({ error: libraryError(reply.error) });
  }

  async function download(kind: 'json' | 'zip') {
    const name = `marginalia-library-${new Date().toISOString().slice(0, 10)}.${kind}`;
    try {
      if (kind === 'json') {
        downloadText(await files.json(), name, 'application/ld+json;charset=utf-8');
        setStatus({ done: i18n.t('library.exported', [name]) });
      } else {
        const bytes = await files.zip();
        const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/zip' }));
        const link = Object.assign(document.createElement('a'), { href: url, download: name, rel: 'noopener' });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        setStatus({ done: i18n.t('library.exported', [name]) });
      }
    } catch (error) {
      setStatus({ error: { text: i18n.t('library.exportFailed', [name]), detail: errorMessage(error) } });
    }
  }

  async function importFile(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setStatus({ error: { text: i18n.t('highlights.notImported'), detail: errorMessage(error) } });
      return;
    }
    // The router would refuse a message over its size limit as a bug; a file that large is the reader's "too large".
    const reply =
      text.length > MAX_LIBRARY_IMPORT
        ? refuseImport('too-large', LIBRARY_TOO_LARGE)
        : await call({ type: 'library-import', json: text });
    if (!reply.ok) {
      setStatus({
        error:
          reply.error.kind === 'invalid'
            ? importRefusalText(reply.error, i18n.t('library.importNotAnExport'))
            : libraryError(reply.error),
      });
      return;
    }
    const { pages, claims, terms, highlights, duplicates } = reply.value;
    setStatus({
      done: i18n.t('library.imported', [
        formatList(libraryCountTexts({ pages, claims, terms, highlights }), uiLocale()),
        alreadyHereText(duplicates),
      ]),
    });
    setGeneration((n) => n + 1);
    onChanged?.();
  }

  async function forgetEverything() {
    forgetAll.ask(false);
    const reply = await call({ type: 'library-forget-everything' });
    setStatus(reply.ok ? { done: i18n.t('library.forgotAll') } : { error: libraryError(reply.error) });
    setGeneration((n) => n + 1);
    onChanged?.();
  }

  const hits = result?.hits ?? [];
  return (
    <section class="lib" aria-labelledby="lib-title">
      <h1 id="lib-title" class="lib__title">
        {i18n.t('library.title')}
      </h1>
      {overview && (
        <p class="lib__summary" data-testid="library-summary">
          {libraryCountTexts(overview).join(' · ')}
          {overview.usage !== null && (
            <span data-testid="library-usage">
              {' · '}
              {overview.quota
                ? i18n.t('library.usage', [formatBytes(overview.usage), formatBytes(overview.quota)])
                : i18n.t('library.usageUnknown', [formatBytes(overview.usage)])}
            </span>
          )}
        </p>
      )}
      {overview?.indexing && (
        <p class="lib__status" role="status" data-testid="library-indexing">
          {i18n.t('library.indexing')}
        </p>
      )}
      {slowToOpen && !overview && !openError && (
        <p class="lib__status" role="status" data-testid="library-opening">
          {i18n.t('library.opening')}
        </p>
      )}
      {openError && (
        <div class="lib__error reader-error" role="alert" data-testid="library-error" data-kind={openError.kind}>
          <ReaderErrorText error={libraryError(openError)} />
        </div>
      )}
      <OutcomeLine outcome={status} testId="library-status" errorClass="lib__error" doneClass="lib__status" />
      {overview && (
        <label class="lib__keeping">
          <input
            type="checkbox"
            data-testid="library-keeping"
            checked={overview.keeping}
            onChange={(event) => void setKeeping(event.currentTarget.checked)}
          />{' '}
          {i18n.t('library.keeping')}
          <span class="lib__hint">{i18n.t('library.keepingHint')}</span>
        </label>
      )}

      <form class="lib__search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label class="lib__query">
          <span class="lib__visually-hidden">{i18n.t('library.searchLabel')}</span>
          <input
            type="search"
            data-testid="library-search"
            placeholder={i18n.t('library.search')}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <fieldset class="lib__filters">
          <legend>{i18n.t('library.filters')}</legend>
          <Select
            label={i18n.t('library.filterKind')}
            testId="filter-kind"
            value={filters.kind ?? ''}
            options={SEARCH_KINDS.map((kind) => [kind, searchKindLabel(kind)])}
            onChange={(value) => setFilter('kind', value as SearchKind)}
          />
          <Select
            label={i18n.t('library.filterSpeaker')}
            testId="filter-speaker"
            value={filters.speakerKey ?? ''}
            options={(overview?.speakers ?? []).map((speaker) => [speaker.key, speaker.name])}
            onChange={(value) => setFilter('speakerKey', value)}
          />
          <Select
            label={i18n.t('library.filterClaimType')}
            testId="filter-claim-type"
            value={filters.claimKind ?? ''}
            options={CLAIM_KINDS.map((kind) => [kind, claimKindLabel(kind)])}
            onChange={(value) => setFilter('claimKind', value as ClaimKind)}
          />
          <Select
            label={i18n.t('library.filterSite')}
            testId="filter-site"
            value={filters.site ?? ''}
            options={(overview?.sites ?? []).map((site) => [site, site])}
            onChange={(value) => setFilter('site', value)}
          />
          <Select
            label={i18n.t('library.filterLang')}
            testId="filter-lang"
            value={filters.lang ?? ''}
            options={(overview?.langs ?? []).map((lang) => [lang, languageName(lang)])}
            onChange={(value) => setFilter('lang', value)}
          />
          <Select
            label={i18n.t('library.filterTerm')}
            testId="filter-term"
            value={filters.termId ?? ''}
            options={termOptions(overview?.termIds ?? [])}
            onChange={(value) => setFilter('termId', value)}
          />
          <label class="lib__filter">
            {i18n.t('library.filterFrom')}
            <input
              type="date"
              data-testid="filter-from"
              value={filters.from ?? ''}
              onChange={(event) => setFilter('from', event.currentTarget.value)}
            />
          </label>
          <label class="lib__filter">
            {i18n.t('library.filterTo')}
            <input
              type="date"
              data-testid="filter-to"
              value={filters.to ?? ''}
              onChange={(event) => setFilter('to', event.currentTarget.value)}
            />
          </label>
        </fieldset>
      </form>

      {overview && overview.pages === 0 && !openError && <p class="lib__empty">{i18n.t('library.empty')}</p>}
      {/* Always there, empty while there are results: a screen reader hears it fill as the reader types, which a live region added with its text is not sure to be. */}
      <p class="lib__empty" role="status" data-testid="library-no-results">
        {result && hits.length === 0 && overview && overview.pages > 0 && i18n.t('library.noResults')}
      </p>
      <ol class="lib__results" aria-label={i18n.t('library.resultsLabel')} data-took-ms={result?.tookMs.toFixed(1)}>
        {hits.map((hit) => (
          <li
            key={`${hit.kind}|${hit.id}`}
            class={`lib__result lib__result--${hit.kind}`}
            data-testid="search-result"
            data-kind={hit.kind}
            data-url={hit.pageUrl}
          >
            <button type="button" class="lib__open" onClick={() => void open(hit)}>
              <span class="lib__kind">{hit.claimKind ? claimKindLabel(hit.claimKind) : searchKindLabel(hit.kind)}</span>
              {/* Sentences, quotes and titles are in the page's language; the speaker and the note are not marked. */}
              <span class="lib__text" lang={hit.lang || undefined}>
                {hit.text}
              </span>
              {hit.detail && <span class="lib__detail">{hit.detail}</span>}
            </button>
            <span class="lib__meta">
              {hit.kind !== 'page' && (
                <span class="lib__page-title" lang={hit.lang || undefined}>
                  {hit.pageTitle}
                </span>
              )}
              <span>{[hit.site, formatDate(hit.date), languageName(hit.lang)].filter(Boolean).join(' · ')}</span>
            </span>
          </li>
        ))}
      </ol>
      {result?.more && <p class="lib__hint">{i18n.t('library.more')}</p>}

      <section class="lib__files" aria-labelledby="lib-files">
        <h2 id="lib-files" class="lib__subtitle">
          {i18n.t('library.exportTitle')}
        </h2>
        <div class="lib__buttons">
          <button type="button" data-testid="library-export-json" onClick={() => void download('json')}>
            {i18n.t('library.exportJson')}
          </button>
          <button type="button" data-testid="library-export-zip" onClick={() => void download('zip')}>
            {i18n.t('library.exportZip')}
          </button>
          <label class="file-button">
            {i18n.t('library.import')}
            <input
              type="file"
              accept="application/json,application/ld+json,.json,.jsonld"
              data-testid="library-import"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
        </div>
        <div class="lib__forget">
          {!forgetAll.confirming ? (
            <button
              type="button"
              ref={forgetAll.askButton}
              class="lib__danger"
              data-testid="library-forget-all"
              onClick={() => forgetAll.ask(true)}
            >
              {i18n.t('library.forgetAll')}
            </button>
          ) : (
            <p
              role="alertdialog"
              aria-label={i18n.t('library.forgetAll')}
              onKeyDown={(event) => {
                if (event.key === 'Escape') forgetAll.ask(false);
              }}
            >
              {i18n.t('library.forgetAllConfirm')}{' '}
              <button
                type="button"
                class="lib__danger"
                data-testid="library-forget-all-confirm"
                onClick={() => void forgetEverything()}
              >
                {i18n.t('library.forgetAllYes')}
              </button>{' '}
              <button type="button" ref={forgetAll.cancelButton} onClick={() => forgetAll.ask(false)}>
                {i18n.t('library.cancel')}
              </button>
            </p>
          )}
        </div>
      </section>
    </section>
  );
}

function Select(props: {
  label: string;
  testId: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <label class="lib__filter">
      {props.label}
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{i18n.t('library.any')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
