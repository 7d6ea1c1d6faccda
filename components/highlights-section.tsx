import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { createHighlightsClient, type HighlightsApi } from '../lib/ui/highlights-client';
import {
  toAnnotationCollection,
  toJsonLd,
  toMarkdown,
  toReadwiseCsv,
  type ExportPage,
} from '../lib/shared/highlights/export';
import type { HighlightAnnotation } from '../lib/shared/highlights/model';
import type { RemovedHighlight } from '../lib/shared/highlights/store-types';
import { pageKeyFor } from '../lib/shared/highlights/url';
import { parseRouted, sendToTab } from '../lib/shared/messaging';
import { pageEventRoutes, type HighlightsAnchoring } from '../lib/shared/protocol';
import type { Failure, Result } from '../lib/shared/result';
import type { PageAnalysis } from '../lib/shared/types';
import { readerError, ReaderErrorText, type ReaderError } from './error-detail';
import { ExportBar, type ImportOutcome } from './export-bar';
import { HighlightsList, type HighlightEdit } from './highlights-list';
import './highlights-section.css';

/** How the section talks to the rest of the extension; the defaults are the real browser. */
export interface HighlightsChannels {
  api: HighlightsApi;
  sendToTab: typeof sendToTab;
  /** Calls back with each anchoring report the tab's content script sends; returns the unsubscriber. */
  onAnchored: (tabId: number, listener: (report: HighlightsAnchoring) => void) => () => void;
}

export interface HighlightsSectionProps {
  tabId: number;
  url: string;
  analysis: PageAnalysis;
  channels?: HighlightsChannels;
}

function browserChannels(): HighlightsChannels {
  return {
    api: createHighlightsClient(),
    sendToTab,
    onAnchored(tabId, listener) {
      const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
        const fromTab = sender.id === browser.runtime.id && sender.tab?.id === tabId && sender.frameId === 0;
        const report = parseRouted(pageEventRoutes, raw, fromTab ? 'content' : null);
        if (report) listener(report);
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}

/** The panel's "My highlights": this page's highlights and orphans, edit, delete/undo, export and import. */
export function HighlightsSection({ tabId, url, analysis, channels: given }: HighlightsSectionProps) {
  const [channels] = useState(() => given ?? browserChannels());
  const [anchoring, setAnchoring] = useState<HighlightsAnchoring | null>(null);
  const [highlights, setHighlights] = useState<HighlightAnnotation[]>([]);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<ReaderError | null>(null);
  // Until the first answer, "no highlights yet" would be a guess.
  const [loaded, setLoaded] = useState(false);
  const lastRemoved = useRef<RemovedHighlight | null>(null);
  const pageKey = anchoring?.pageKey ?? pageKeyFor(url, analysis.canonical ?? null);

  const reload = useCallback(async () => {
    if (!pageKey) return;
    const result = await channels.api.list(pageKey);
    if (result.ok) {
      setHighlights(result.value.highlights);
      setTitle(result.value.title);
    } else
      setError(
        readerError(result.error, i18n.t('highlights.notRead'), (reason) => i18n.t('highlights.loadFailed', [reason])),
      );
    setLoaded(true);
  }, [channels, pageKey]);

  useEffect(() => {
    let live = true;
    setAnchoring(null);
    const stop = channels.onAnchored(tabId, (report) => live && setAnchoring(report));
    void channels.sendToTab(tabId, { type: 'highlights-anchoring' }).then((reply) => {
      // A report that arrived meanwhile is newer than this answer.
      if (live && reply.ok && reply.value) setAnchoring((current) => current ?? reply.value);
    });
    return () => {
      live = false;
      stop();
    };
  }, [channels, tabId]);

  useEffect(() => {
    void reload();
  }, [reload, anchoring]);

  async function write<T>(result: Promise<Result<T>>): Promise<T | null> {
    const settled = await result;
    if (!settled.ok) {
      setError(
        readerError(settled.error, i18n.t('highlights.notSaved'), (reason) =>
          i18n.t('highlights.saveFailed', [reason]),
        ),
      );
      return null;
    }
    setError(null);
    await reload();
    return settled.value;
  }

  const orphanIds = new Set(anchoring?.orphans ?? []);
  const found = highlights.filter((annotation) => !orphanIds.has(annotation.id));
  const orphans = highlights.filter((annotation) => orphanIds.has(annotation.id));

  function select(id: string) {
    void channels.sendToTab(tabId, { type: 'reveal', target: { kind: 'highlight', id } });
  }

  function edit(id: string, change: HighlightEdit) {
    if (pageKey) void write(channels.api.update(pageKey, id, change));
  }

  async function remove(id: string) {
    if (!pageKey) return;
    const removed = await write(channels.api.remove(pageKey, id));
    if (removed) lastRemoved.current = removed;
  }

  async function undo() {
    const removed = lastRemoved.current;
    lastRemoved.current = null;
    if (removed) await write(channels.api.restore(removed));
  }

  async function highlightSelection() {
    const reply = await channels.sendToTab(tabId, { type: 'highlight-selection' });
    if (!reply.ok) setError(selectionFailure(reply.error));
    else {
      setError(null);
      await reload();
    }
  }

  async function importJson(text: string): Promise<ImportOutcome> {
    const result = await channels.api.importAnnotations(text);
    if (!result.ok) return { ok: false, error: result.error };
    await reload();
    return { ok: true, added: result.value.added, duplicates: result.value.duplicates };
  }

  const pageTitle = analysis.article?.title || title || pageKey || url;
  const exportPage = (): ExportPage => ({
    pageKey: pageKey ?? url,
    title: pageTitle,
    highlights,
    author: analysis.article?.byline ?? null,
  });

  return (
    <div class="highlights-section" data-testid="highlights-section">
      <HighlightsList
        highlights={found}
        orphans={orphans}
        onSelect={select}
        onEdit={edit}
        onDelete={(id) => void remove(id)}
        onUndo={() => void undo()}
        textLang={analysis.article?.lang}
        loading={!loaded}
      />
      <div class="highlights-section-actions">
        <button
          type="button"
          class="panel__button"
          data-testid="highlight-selection"
          onClick={() => void highlightSelection()}
        >
          {i18n.t('highlighter.panelButton')}
        </button>
      </div>
      {error && (
        <div class="highlights-section-error reader-error" role="alert" data-testid="highlights-error">
          <ReaderErrorText error={error} />
        </div>
      )}
      <ExportBar
        title={pageTitle}
        markdown={() => toMarkdown(exportPage(), analysis)}
        json={() => toJsonLd(toAnnotationCollection(highlights, { label: pageTitle }))}
        csv={() => toReadwiseCsv([exportPage()])}
        onImport={importJson}
      />
    </div>
  );
}

/** Why "Highlight selection" did nothing: the page's or the background's sentence, or ours over their English. */
function selectionFailure(failure: Failure): ReaderError {
  if (failure.kind === 'unavailable') return { text: i18n.t('highlighter.pageUnreachable'), detail: null };
  return readerError(failure, i18n.t('highlighter.selectionFailed'), (reason) => reason);
}
