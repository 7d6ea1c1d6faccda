import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { readerError, type ReaderError } from '../../components/error-detail';
import { Library } from '../../components/library';
import { LibrarySearch, type LibraryFiles } from '../../components/library-search';
import type { LibraryCall } from '../../lib/ui/library-client';
import type { ImportOutcome } from '../../components/export-bar';
import { toJsonLd, toMarkdownBundle, toReadwiseCsv } from '../../lib/shared/highlights/export';
import type { HighlightsApi } from '../../lib/ui/highlights-client';
import type { PageHighlights, RemovedPage } from '../../lib/shared/highlights/store-types';
import type { Result } from '../../lib/shared/result';

/**
 * The options page's library. In the extension `store` is the background's store reached by
 * messages (createHighlightsClient), so this page never writes storage itself.
 */
export function LibraryApp({
  store,
  call,
  files,
  settings,
}: {
  store: HighlightsApi;
  call?: LibraryCall;
  files?: LibraryFiles;
  /** The page's settings, first inside its main landmark. */
  settings?: ComponentChildren;
}) {
  // The tab says what it is, as the panel's link to it does, not only whose it is.
  useEffect(() => {
    document.title = `${i18n.t('panel.openLibrary')} – Marginalia`;
  }, []);
  const [pages, setPages] = useState<PageHighlights[]>([]);
  const [error, setError] = useState<ReaderError | null>(null);
  // Until the first answer, "no highlights yet" would be a guess.
  const [loaded, setLoaded] = useState(false);
  const lastRemoved = useRef<RemovedPage | null>(null);

  const reload = useCallback(async () => {
    const result = await store.listAll();
    if (result.ok) setPages(result.value);
    else
      setError(
        readerError(result.error, i18n.t('highlights.notRead'), (reason) => i18n.t('highlights.loadFailed', [reason])),
      );
    setLoaded(true);
  }, [store]);

  // Every highlight of every page is a lot to read: only when the reader opens the section
  // (without the library search, as in tests of this list alone, at once).
  const [opened, setOpened] = useState(!call);
  useEffect(() => {
    if (opened) void reload();
  }, [reload, opened]);

  async function afterWrite<T>(result: Result<T>): Promise<T | null> {
    if (!result.ok) {
      setError(
        readerError(result.error, i18n.t('highlights.notSaved'), (reason) => i18n.t('highlights.saveFailed', [reason])),
      );
      return null;
    }
    setError(null);
    await reload();
    return result.value;
  }

  async function remove(pageKey: string) {
    lastRemoved.current = await afterWrite(await store.removePage(pageKey));
  }

  async function undo() {
    const removed = lastRemoved.current;
    if (!removed) return;
    lastRemoved.current = null;
    await afterWrite(await store.restore(removed));
  }

  async function importJson(text: string): Promise<ImportOutcome> {
    const result = await store.importAnnotations(text);
    if (!result.ok) return { ok: false, error: result.error };
    await reload();
    return { ok: true, added: result.value.added, duplicates: result.value.duplicates };
  }

  async function json(): Promise<string> {
    const result = await store.exportAll();
    if (!result.ok) throw new Error(result.error.message);
    return toJsonLd(result.value);
  }

  return (
    <main class="options">
      {settings}
      {call && files && (
        <LibrarySearch
          call={call}
          files={files}
          onChanged={() => {
            if (opened) void reload();
          }}
        />
      )}
      <Library
        pages={pages}
        loading={!loaded}
        error={error}
        onDelete={(pageKey) => void remove(pageKey)}
        onUndo={() => void undo()}
        exportBar={{
          title: 'marginalia-highlights',
          markdown: () => toMarkdownBundle(pages),
          json,
          csv: () => toReadwiseCsv(pages),
          onImport: importJson,
        }}
        fold={{ open: opened, onToggle: setOpened }}
      />
    </main>
  );
}
