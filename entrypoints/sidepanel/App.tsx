import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToTab } from '@/lib/shared/messaging';
import { notAStoryKindOf } from '@/lib/shared/not-a-story';
import type { RevealTarget } from '@/lib/shared/protocol';
import { isUnscriptableUrl, type TabMissing, type TabState } from '@/lib/shared/tab-state';
import { useDefinitionLanguage } from '@/lib/ui/definition-language';
import { OPEN_COMMAND, useShortcuts } from '@/lib/ui/shortcuts';
import { followTab, watchTabMissing, watchTabState } from '@/lib/ui/follow-tab';
import type { PageAnalysis } from '@/lib/shared/types';
import { formatNumber, uiLocale } from '@/lib/shared/format';
import { AnalysisFailed, useAnalysisRetry } from '../../components/analysis-retry';
import { ArticleHeader } from '../../components/article-header';
import { ClaimsList } from '../../components/claims-list';
import { DisclaimerFlag } from '../../components/disclaimer-flag';
import { GlossaryList } from '../../components/glossary-list';
import { HighlightsSection } from '../../components/highlights-section';
import { LayerToggles } from '../../components/layer-toggles';
import { KeySentence } from '../../components/key-sentence';
import { LibraryLink } from '../../components/library-link';
import { Analyzing, Status } from '../../components/panel-status';
import { ProvenanceLine } from '../../components/provenance-line';
import { ReaderCopy } from '../../components/reader-copy';
import { RunHere } from '../../components/run-here';
import { ForgetPage } from '../../components/forget-page';
import { SpeakerHistory } from '../../components/speaker-history';
import { createLibraryClient, type LibraryCall } from '@/lib/ui/library-client';
import '../../components/palette.css';
import '../../components/panel.css';

let libraryClient: LibraryCall | null = null;
/** Made on first use, so tests that render the panel without a browser do not need one. */
function library(): LibraryCall {
  libraryClient ??= createLibraryClient();
  return libraryClient;
}

export function SidePanel() {
  // undefined until the browser has said which tab the panel is beside (null: none).
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [missing, setMissing] = useState<TabMissing | null>(null);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => followTab(setTabId), []);
  useEffect(() => {
    setState(undefined);
    if (tabId === null || tabId === undefined) return undefined;
    return watchTabState(tabId, setState);
  }, [tabId]);
  useEffect(() => {
    setMissing(null);
    if (tabId === null || tabId === undefined) return undefined;
    return watchTabMissing(tabId, setMissing);
  }, [tabId]);

  const reveal = (target: RevealTarget) => {
    if (tabId === null || tabId === undefined) return;
    void sendToTab(tabId, { type: 'reveal', target });
  };

  if (tabId === null) return <CannotRun kind="no-tab" reason={i18n.t('panel.unsupportedNoTab')} />;
  if (tabId === undefined || state === undefined) return <main class="panel" aria-busy="true" />;
  // A control the reader was on can leave with the view it belonged to ("Try again" once the
  // page is analyzed): the focus then goes to the top of the panel, not to nowhere.
  const focusPanelIfLost = () => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) panel.current?.focus();
  };
  return (
    <main class="panel" ref={panel} tabIndex={-1}>
      <PanelBody tabId={tabId} state={state} missing={missing} reveal={reveal} focusPanelIfLost={focusPanelIfLost} />
      <LibraryLink />
    </main>
  );
}

function PanelBody({
  tabId,
  state,
  missing,
  reveal,
  focusPanelIfLost,
}: {
  tabId: number;
  state: TabState | null;
  missing: TabMissing | null;
  reveal: (target: RevealTarget) => void;
  focusPanelIfLost: () => void;
}) {
  // Forgetting the page removes its highlights too: the list starts over (the background tells
  // every tab of the page to repaint without them).
  const [forgotten, setForgotten] = useState(0);
  // Failing again leaves the reader on "Try again"; anything else replaces it.
  const retry = useAnalysisRetry(tabId, state, (failedAgain) => {
    if (!failedAgain) focusPanelIfLost();
  });

  if (state === null) return <NotRun tabId={tabId} />;
  switch (state.status) {
    case 'analyzing':
      // The run the reader asked for: shown in place of the failure, whose button keeps the focus.
      if (retry.running) return <AnalysisFailed message="" retry={retry} />;
      return <Analyzing />;
    case 'unsupported':
      return <CannotRun kind="unsupported" reason={unsupportedReason(state.reason)} />;
    case 'error':
      return <AnalysisFailed message={state.message} retry={retry} />;
    case 'ready': {
      const { analysis } = state;
      if (!analysis.article) {
        return (
          <>
            <Status kind="no-article">
              <p data-testid="no-article">{i18n.t('panel.noArticle')}</p>
            </Status>
            <RunHere tabId={tabId} url={state.url} />
          </>
        );
      }
      return (
        <>
          <p class="panel__sr-status" data-testid="status" data-status="ready" role="status">
            {i18n.t('panel.ready')}
          </p>
          {analysis.disclaimer && (
            <DisclaimerFlag flag={analysis.disclaimer} onShow={() => reveal({ kind: 'disclaimer' })} />
          )}
          {analysis.provenance && <ProvenanceLine provenance={analysis.provenance} />}
          <ArticleHeader article={analysis.article} />
          <AnalysisSections
            analysis={analysis}
            url={state.url}
            missing={missing?.url === state.url ? missing.missing.length : 0}
            reveal={reveal}
          />
          <SpeakerHistory
            url={state.url}
            canonical={analysis.canonical}
            claims={analysis.claims}
            call={library()}
            onOpen={(item) =>
              void library()({
                type: 'library-open',
                url: item.page.url,
                reveal: { kind: 'claim', id: item.claim.claimId },
              })
            }
          />
          <HighlightsSection key={forgotten} tabId={tabId} url={state.url} analysis={analysis} />
          <ReaderCopy html={analysis.article.html} lang={analysis.article.lang} />
          <RunHere tabId={tabId} url={state.url} />
          <ForgetPage
            url={state.url}
            canonical={analysis.canonical}
            call={library()}
            onForgotten={() => setForgotten((count) => count + 1)}
          />
        </>
      );
    }
  }
}

/** Marginalia cannot run beside this tab, and why in a few words: nothing offers to run it. */
function CannotRun({ kind, reason }: { kind: 'no-tab' | 'unsupported'; reason: string }) {
  return (
    <Status kind={kind}>
      <p>{i18n.t('panel.unsupported')}</p>
      <p class="panel__hint" data-testid="cannot-run-reason">
        {reason}
      </p>
    </Status>
  );
}

/**
 * A page Marginalia has not run on. One it cannot run on (a store, a PDF viewer, a browser page)
 * says so where the panel can see its address, rather than offering to run; without the "tabs"
 * permission the browser hides about:blank's and its own pages' addresses, which stay "not run
 * yet" until the toolbar button says they cannot be read. Where the browser lets the panel see
 * the tab's address (a site the reader started Marginalia on earlier, which activeTab keeps open
 * across that site's pages), it offers "Always run on this site" too; elsewhere the panel cannot
 * name the site, so the toolbar button comes first and the views after it offer the choice.
 */
function NotRun({ tabId }: { tabId: number }) {
  const url = useTabUrl(tabId);
  // The reader's own shortcut as the browser writes it (it may be changed, unset, or ⌥⇧M on a Mac).
  const shortcut = useShortcuts()?.[OPEN_COMMAND];
  // Not yet read: saying "not run yet" first would flash an offer that may be taken back.
  if (url === undefined) return null;
  if (isUnscriptableUrl(url)) return <CannotRun kind="unsupported" reason={unsupportedReason('browser-page')} />;
  return (
    <>
      <Status kind="not-run">
        <p>{i18n.t('panel.notRun')}</p>
        <p class="panel__hint" data-testid="not-run-hint">
          {shortcut ? (
            <KeySentence sentence={(slot) => i18n.t('panel.notRunHint', [slot])} shortcut={shortcut} />
          ) : (
            i18n.t('panel.notRunHintNoKey')
          )}
        </p>
      </Status>
      {url && <RunHere tabId={tabId} url={url} />}
    </>
  );
}

/**
 * The tab's address when the browser shows it to the panel (host access to it), read again when
 * the tab's address changes or a page finishes loading: not on the title, favicon, audio and other
 * updates a tab sends many of. (The update carries the address only where the panel may see it, so
 * a page it may not see is noticed by its load completing.)
 */
function useTabUrl(tabId: number): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      void browser.tabs.get(tabId).then(
        (tab) => live && setUrl(tab.url ?? null),
        () => live && setUrl(null),
      );
    const onUpdated = (updatedId: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (updatedId === tabId && (change.url !== undefined || change.status === 'complete')) read();
    };
    read();
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return url;
}

function unsupportedReason(reason: Extract<TabState, { status: 'unsupported' }>['reason']): string {
  switch (reason) {
    case 'browser-page':
      return i18n.t('panel.unsupportedBrowserPage');
    case 'not-html':
      return i18n.t('panel.unsupportedNotHtml');
    case 'too-large':
      return i18n.t('panel.unsupportedTooLarge');
    case 'no-access':
      return i18n.t('panel.unsupportedNoAccess');
  }
}

function AnalysisSections(props: {
  analysis: PageAnalysis;
  url: string;
  missing: number;
  reveal: (target: RevealTarget) => void;
}) {
  const { analysis, url, missing, reveal } = props;
  const definitionLang = useDefinitionLanguage(analysis.article?.lang);
  return (
    <>
      <LayerToggles url={url} />
      {missing > 0 && (
        <p class="panel__hint" data-testid="not-found-on-page">
          {i18n.t('layers.notFound', missing, [formatNumber(missing, uiLocale())])}
        </p>
      )}
      <ClaimsList
        claims={analysis.claims}
        notAStory={analysis.story === false}
        notAStoryKind={notAStoryKindOf(analysis.noStoryRule)}
        textLang={analysis.article?.lang}
        onSelect={(claim) => reveal({ kind: 'claim', id: claim.id })}
      />
      <GlossaryList
        entries={analysis.glossary}
        lang={definitionLang}
        textLang={analysis.article?.lang}
        onSelect={(entry) => reveal({ kind: 'term', id: entry.termId })}
      />
    </>
  );
}
