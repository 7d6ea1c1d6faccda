import { errorMessage } from '../lib/shared/result';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatNumber, uiLocale } from '../lib/shared/format';
import { alreadyHereText } from '../lib/ui/library-format';
import { exportFileName } from '../lib/shared/highlights/export';
import type { Failure } from '../lib/shared/result';
import { importRefusalText } from '../lib/shared/failure-text';
import { OutcomeLine, readerError, type ActionOutcome, type ReaderError } from './error-detail';
import './export-bar.css';
import './file-button.css';

export type ImportOutcome = { ok: true; added: number; duplicates: number } | { ok: false; error: Failure };

export interface ExportBarProps {
  /** Used for file names (reduced to safe characters). */
  title: string;
  /** Each builds the file's text when asked; leave one out to hide its buttons. */
  markdown?: () => string | Promise<string>;
  json: () => string | Promise<string>;
  csv: () => string | Promise<string>;
  /** Receives the chosen file's text; without it there is no import button. */
  onImport?: (text: string) => Promise<ImportOutcome>;
}

type Format = 'markdown' | 'json' | 'csv';

const FORMATS: Record<Format, { extension: 'md' | 'json' | 'csv'; mime: string; label: () => string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8', label: () => i18n.t('highlights.formatMarkdown') },
  json: { extension: 'json', mime: 'application/ld+json;charset=utf-8', label: () => i18n.t('highlights.formatJson') },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', label: () => i18n.t('highlights.formatCsv') },
};

/** Saves `text` as a file through a temporary object URL and a download link. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportBar({ title, markdown, json, csv, onImport }: ExportBarProps) {
  /** What the last action said: that it was done, or why not. */
  const [status, setStatus] = useState<ActionOutcome | null>(null);
  const builders: Partial<Record<Format, () => string | Promise<string>>> = { markdown, json, csv };

  async function download(format: Format) {
    const { extension, mime, label } = FORMATS[format];
    try {
      downloadText(await builders[format]!(), exportFileName(title, extension), mime);
      setStatus(null);
    } catch (error) {
      setStatus({ error: { text: i18n.t('highlights.downloadFailed', [label()]), detail: errorMessage(error) } });
    }
  }

  async function copy(format: Format) {
    const label = FORMATS[format].label();
    try {
      await navigator.clipboard.writeText(await builders[format]!());
      setStatus({ done: i18n.t('highlights.copied', [label]) });
    } catch (error) {
      setStatus({ error: { text: i18n.t('highlights.copyFailed', [label]), detail: errorMessage(error) } });
    }
  }

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !onImport) return;
    try {
      const outcome = await onImport(await file.text());
      setStatus(
        outcome.ok
          ? {
              done: i18n.t('highlights.imported', [
                i18n.t('highlights.countNew', outcome.added, [formatNumber(outcome.added, uiLocale())]),
                alreadyHereText(outcome.duplicates),
              ]),
            }
          : { error: importFailure(outcome.error) },
      );
    } catch (error) {
      setStatus({ error: { text: i18n.t('highlights.notImported'), detail: errorMessage(error) } });
    } finally {
      // Lets the same file be chosen again.
      input.value = '';
    }
  }

  return (
    <div
      class="export-bar"
      role="group"
      aria-label={i18n.t(onImport ? 'highlights.exportAndImport' : 'highlights.exportTitle')}
    >
      {(Object.keys(FORMATS) as Format[])
        .filter((format) => builders[format])
        .map((format) => {
          const label = FORMATS[format].label();
          return (
            <span class="export-bar-format" key={format}>
              <button
                type="button"
                class="panel__button"
                data-testid={`export-${format}`}
                onClick={() => void download(format)}
              >
                {i18n.t('highlights.download', [label])}
              </button>
              <button
                type="button"
                class="panel__button"
                data-testid={`copy-${format}`}
                onClick={() => void copy(format)}
              >
                {i18n.t('highlights.copy', [label])}
              </button>
            </span>
          );
        })}
      {onImport && (
        <label class="file-button panel__button">
          {i18n.t('highlights.importFile')}
          <input
            type="file"
            data-testid="import-json"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={(event) => void importFile(event)}
          />
        </label>
      )}
      <OutcomeLine
        outcome={status}
        testId="export-status"
        errorClass="export-bar-status export-bar-error"
        doneClass="export-bar-status"
      />
    </div>
  );
}

/**
 * Why nothing was imported: a file the parser refused says which way (not read, or read and not
 * accepted), its English apart; any other failure is the store's (a library a newer Marginalia
 * saved, a full storage), and says that, not that the file could not be read.
 */
function importFailure(failure: Failure): ReaderError {
  if (failure.kind === 'invalid') return importRefusalText(failure, i18n.t('highlights.importNotAnExport'));
  return readerError(failure, i18n.t('highlights.notImported'));
}
