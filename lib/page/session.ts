import { anchorAll } from './anchoring/anchor';
import { buildTextIndexInSlices, type TextIndex } from './anchoring/text-index';
import { sendToBackground, type Transport } from '../shared/messaging';
import { MAX_PAGE_HTML, type AnalysisForPage, type MissingItem, type RevealTarget } from '../shared/protocol';
import { createPainter, installHighlightStyles, type Painter } from './paint/highlights';
import { makeAnchor, type TextAnchor } from '../shared/types';
import { getLayers, watchLayers, type LayerVisibility } from '../shared/layers';
import {
  chooseDefinitionLanguage,
  type DefinitionLang,
  type DefinitionSource,
  type TermText,
} from '../shared/definition-language';
import { getDefinitionSource, watchDefinitionSource } from '../shared/definition-setting';
import { watchTermHover } from './term-card';
import { watchPage } from './watch';

interface Anchored {
  claims: Map<string, Range>;
  terms: Map<string, Range[]>;
  disclaimer: Range | null;
  /** The smallest element holding every claim: where the article lives on the live page. */
  region: Node | null;
}

const NOTHING: Anchored = { claims: new Map(), terms: new Map(), disclaimer: null, region: null };

/**
 * Marginalia's life on one page: send the page off for analysis, find the results on the live
 * page, paint the layers the reader has on, answer the panel's "show me" requests, and start
 * again when the page navigates or its article changes.
 */
export class PageSession {
  private readonly painter: Painter;
  private readonly removeStyles: () => void;
  private readonly controller = new AbortController();
  private anchored: Anchored = NOTHING;
  private layers: LayerVisibility | null = null;
  private analysis: AnalysisForPage | null = null;
  private generation = 0;
  private stopWatchingLayers: (() => void) | null = null;
  /** Where the reader wants definitions from (options), and the term card's texts in that language. */
  private definitionSource: DefinitionSource = 'interface';
  private termTexts: { lang: DefinitionLang; byId: Record<string, TermText> } | null = null;
  private stopWatchingDefinitions: (() => void) | null = null;
  /** The reader's own highlights found on the page (lib/page/highlighter.ts), for reveal by id. */
  private highlightRanges: ReadonlyMap<string, Range> = new Map();

  constructor(
    private readonly doc: Document,
    private readonly transport?: Transport,
    /** The reader's UI language as this (content-script) context sees it. */
    private readonly uiLanguage: () => string = () => browser.i18n.getUILanguage(),
  ) {
    this.painter = createPainter(doc);
    this.removeStyles = installHighlightStyles(doc);
  }

  async start(): Promise<void> {
    if (!/html/i.test(this.doc.contentType)) {
      await sendToBackground(
        { type: 'page-unsupported', url: this.doc.location.href, reason: 'not-html' },
        this.transport,
      );
      return;
    }
    await this.watchLayersOf(this.doc.location.href);
    this.definitionSource = await getDefinitionSource();
    this.stopWatchingDefinitions = watchDefinitionSource((source) => {
      this.definitionSource = source;
      void this.loadTermTexts();
    });
    watchPage(this.doc, {
      region: () => (this.anchored.region?.isConnected ? this.anchored.region : null),
      onNavigate: (url) => {
        this.clearPaint();
        void this.watchLayersOf(url).then(() => this.analyze());
      },
      onContentChange: () => void this.analyze(),
      signal: this.controller.signal,
    });
    watchTermHover(
      this.doc,
      () =>
        (this.analysis?.glossary ?? []).flatMap((entry) => {
          const ranges = this.anchored.terms.get(entry.termId);
          const text = this.termTexts?.byId[entry.termId];
          return ranges && text && this.termTexts ? [{ entry, ranges, text, lang: this.termTexts.lang }] : [];
        }),
      () => this.layers?.terms ?? false,
      this.controller.signal,
    );
    await this.analyze();
  }

  /** Analyze the page as it is now; a newer call supersedes an older one still in flight. */
  async analyze(): Promise<void> {
    const generation = ++this.generation;
    const url = this.doc.location.href;
    const html = timed('serialize', () => this.doc.documentElement.outerHTML);
    if (html.length > MAX_PAGE_HTML) {
      await sendToBackground({ type: 'page-unsupported', url, reason: 'too-large' }, this.transport);
      return;
    }
    const reply = await sendToBackground({ type: 'analyze-page', url, html }, this.transport);
    if (generation !== this.generation || this.controller.signal.aborted || !reply.ok) return;
    const anchored = await this.anchor(reply.value);
    if (generation !== this.generation || this.controller.signal.aborted) return;
    this.analysis = reply.value;
    this.anchored = anchored;
    timed('paint', () => this.paint());
    await this.loadTermTexts();
    if (generation !== this.generation || this.controller.signal.aborted) return;
    const missing = this.missing(reply.value);
    if (missing.length > 0) await sendToBackground({ type: 'anchor-report', url, missing }, this.transport);
  }

  setHighlightRanges(ranges: ReadonlyMap<string, Range>): void {
    this.highlightRanges = ranges;
  }

  reveal(target: RevealTarget): boolean {
    const ranges = this.rangesFor(target).filter((range) => !range.collapsed);
    if (ranges.length === 0) return false;
    this.painter.flash(ranges);
    return true;
  }

  dispose(): void {
    this.controller.abort();
    this.stopWatchingLayers?.();
    this.stopWatchingDefinitions?.();
    this.painter.dispose();
    this.removeStyles();
  }

  /**
   * The term card's names and definitions, in the language chosen here for the reader (their
   * choice in options, this context's UI language, the article's language): only the terms of
   * this page, asked of the background, so the content script carries no term base.
   */
  private async loadTermTexts(): Promise<void> {
    const analysis = this.analysis;
    const termIds = analysis?.glossary.map((entry) => entry.termId) ?? [];
    if (!analysis || termIds.length === 0) {
      this.termTexts = null;
      return;
    }
    const lang = chooseDefinitionLanguage(this.definitionSource, this.uiLanguage(), analysis.article?.lang);
    if (this.termTexts?.lang === lang && termIds.every((id) => this.termTexts?.byId[id])) return;
    const reply = await sendToBackground({ type: 'term-texts', lang, termIds }, this.transport);
    if (this.analysis !== analysis || this.controller.signal.aborted) return;
    this.termTexts = reply.ok ? { lang: reply.value.lang, byId: reply.value.texts } : null;
  }

  private async watchLayersOf(url: string): Promise<void> {
    this.stopWatchingLayers?.();
    this.layers = await getLayers(url);
    this.stopWatchingLayers = watchLayers(url, (layers) => {
      this.layers = layers;
      this.paint();
    });
  }

  /** A term is every place it occurs; anything else is one place. */
  private rangesFor(target: RevealTarget): Range[] {
    switch (target.kind) {
      case 'claim':
        return listOf(this.anchored.claims.get(target.id));
      case 'term':
        return this.anchored.terms.get(target.id) ?? [];
      case 'disclaimer':
        return listOf(this.anchored.disclaimer);
      case 'highlight':
        return listOf(this.highlightRanges.get(target.id));
    }
  }

  /** Finds the analysis on the live page; the index is built in slices that give the page its thread back. */
  private async anchor(analysis: AnalysisForPage): Promise<Anchored> {
    const root = this.doc.body;
    if (!root) return NOTHING;
    let sliceStart = performance.now();
    const index = await buildTextIndexInSlices(root, {
      pause: async () => {
        performance.measure('marginalia:index', { start: sliceStart });
        await yieldToPage();
        sliceStart = performance.now();
      },
    });
    performance.measure('marginalia:index', { start: sliceStart });
    return timed('anchor', () => this.anchorOn(index, analysis));
  }

  private anchorOn(index: TextIndex, analysis: AnalysisForPage): Anchored {
    const claims = new Map<string, Range>();
    const claimResults = anchorAll(
      index,
      analysis.claims.map((claim) => claim.anchor),
    );
    analysis.claims.forEach((claim, i) => {
      const range = claimResults[i]?.range;
      if (range) claims.set(claim.id, range);
    });
    return {
      claims,
      terms: this.anchorTerms(index, analysis),
      disclaimer: analysis.disclaimer
        ? (anchorAll(index, [withoutPosition(analysis.disclaimer.anchor)])[0]?.range ?? null)
        : null,
      region: articleRegion([...claims.values()]),
    };
  }

  private anchorTerms(index: TextIndex, analysis: AnalysisForPage): Map<string, Range[]> {
    const terms = new Map<string, Range[]>();
    const text = analysis.article?.text ?? '';
    for (const entry of analysis.glossary) {
      const targets = entry.occurrences.map((o) => makeAnchor(text, o.start, o.end));
      const ranges = anchorAll(index, targets, { windowOnly: true })
        .map((result) => result.range)
        .filter((range): range is Range => range !== null);
      if (ranges.length > 0) terms.set(entry.termId, ranges);
    }
    return terms;
  }

  private missing(analysis: AnalysisForPage): MissingItem[] {
    return [
      ...analysis.claims
        .filter((c) => !this.anchored.claims.has(c.id))
        .map((c) => ({ kind: 'claim' as const, id: c.id })),
      ...analysis.glossary
        .filter((g) => !this.anchored.terms.has(g.termId))
        .map((g) => ({ kind: 'term' as const, id: g.termId })),
      ...(analysis.disclaimer && !this.anchored.disclaimer ? [{ kind: 'disclaimer' as const, id: 'disclaimer' }] : []),
    ];
  }

  private clearPaint(): void {
    this.anchored = NOTHING;
    for (const layer of ['claims', 'terms', 'disclaimer'] as const) this.painter.clear(layer);
  }

  private paint(): void {
    const layers = this.layers;
    if (!layers) return;
    const ranges = {
      claims: [...this.anchored.claims.values()],
      terms: [...this.anchored.terms.values()].flat(),
      disclaimer: this.anchored.disclaimer ? [this.anchored.disclaimer] : [],
    };
    for (const layer of ['claims', 'terms', 'disclaimer'] as const) {
      if (layers[layer] && ranges[layer].length > 0) this.painter.set(layer, ranges[layer]);
      else this.painter.clear(layer);
    }
  }
}

/**
 * Runs `work` under a User Timing measure named `marginalia:<stage>` (npm run bench reads them
 * from the page's performance timeline, which the content script shares with the page).
 */
function timed<T>(stage: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`marginalia:${stage}`, { start });
  }
}

/** Lets the page run (input, rendering) before we go on: scheduler.yield where the browser has it. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function listOf(range: Range | null | undefined): Range[] {
  return range ? [range] : [];
}

/** The disclaimer's offsets are in the page text, not the article text: find it by its quote. */
function withoutPosition(anchor: TextAnchor) {
  return { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
}

/** The page's article element around the claims, or the block that holds them all. */
function articleRegion(ranges: Range[]): Element | null {
  let ancestor: Node | null = null;
  for (const range of ranges) {
    const node = range.commonAncestorContainer;
    if (!ancestor) ancestor = node;
    else while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentNode;
  }
  const element = ancestor?.nodeType === 1 ? (ancestor as Element) : (ancestor?.parentElement ?? null);
  return element?.closest('article, main, [role="main"]') ?? element?.parentElement ?? element;
}
