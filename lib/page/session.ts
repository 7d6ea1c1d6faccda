import { anchorAllInSlices } from './anchoring/anchor';
import type { TextIndex } from './anchoring/text-index';
import { PageText } from './anchoring/page-text';
import { serializeInSlices } from './serialize';
import { slicer, SLICE_MS, timed, yieldToPage, type Slicer } from './slices';
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
 * again when the page navigates or its article changes. Nothing is done before `start()`, and
 * the painter and its styles come with the first paint.
 */
export class PageSession {
  /** The page's text index, shared with the highlighter. */
  readonly text: PageText;
  private pagePainter: Painter | null = null;
  private removeStyles: (() => void) | null = null;
  private hoverWatched = false;
  private readonly navigateListeners = new Set<(url: string) => void>();
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
  /** The first read of the layers and the definition source, begun when there is first something to paint. */
  private settingsRead: Promise<void> | null = null;
  /** The reader's own highlights found on the page (lib/page/highlighter.ts), for reveal by id. */
  private highlightRanges: ReadonlyMap<string, Range> = new Map();

  constructor(
    private readonly doc: Document,
    private readonly transport?: Transport,
    /** The reader's UI language as this (content-script) context sees it. */
    private readonly uiLanguage: () => string = () => browser.i18n.getUILanguage(),
  ) {
    this.text = new PageText(doc);
  }

  private get painter(): Painter {
    this.pagePainter ??= this.createPainter();
    return this.pagePainter;
  }

  /** A painter for this page, with the highlight styles installed the first time one is made (for the highlighter too). */
  createPainter(): Painter {
    this.removeStyles ??= installHighlightStyles(this.doc);
    return createPainter(this.doc);
  }

  /** Single-page navigation, for the highlighter. */
  onNavigate(listener: (url: string) => void): void {
    this.navigateListeners.add(listener);
  }

  async start(): Promise<void> {
    if (!this.isHtml()) {
      await this.reportNotHtml();
      return;
    }
    watchPage(this.doc, {
      region: () => (this.anchored.region?.isConnected ? this.anchored.region : null),
      onNavigate: (url) => {
        this.clearPaint();
        for (const listener of this.navigateListeners) listener(url);
        // The layers are the site's: read again for the new address, if they were read at all.
        const layersRead = this.settingsRead ? this.watchLayersOf(url) : Promise.resolve();
        void layersRead.then(() => this.analyze());
      },
      onContentChange: () => void this.analyze(),
      signal: this.controller.signal,
    });
    await this.analyze();
  }

  /**
   * The reader asked for the analysis again (the panel's "Try again" after a failure): the page
   * as it is now, with everything found and painted until then kept until the new answer.
   */
  analyzeAgain(): Promise<void> {
    return this.isHtml() ? this.analyze() : this.reportNotHtml();
  }

  private isHtml(): boolean {
    return /html/i.test(this.doc.contentType);
  }

  private async reportNotHtml(): Promise<void> {
    await sendToBackground(
      { type: 'page-unsupported', url: this.doc.location.href, reason: 'not-html' },
      this.transport,
    );
  }

  /** Analyze the page as it is now; a newer call supersedes an older one still in flight. */
  async analyze(): Promise<void> {
    const generation = ++this.generation;
    const url = this.doc.location.href;
    const serializing = slicer('serialize');
    const html = await serializeInSlices(this.doc, { sliceMs: SLICE_MS, pause: serializing.pause });
    serializing.end();
    if (html.length > MAX_PAGE_HTML) {
      await sendToBackground({ type: 'page-unsupported', url, reason: 'too-large' }, this.transport);
      return;
    }
    // The send's synchronous part (the browser copies the page's HTML) is measured apart: npm run bench shows it.
    const reply = await timed('send', () => sendToBackground({ type: 'analyze-page', url, html }, this.transport));
    if (generation !== this.generation || this.controller.signal.aborted || !reply.ok) return;
    // Read while anchoring, from the first analysis with something to paint.
    const settingsRead = hasTargets(reply.value) ? this.readSettings() : this.settingsRead;
    const anchored = await this.anchor(reply.value);
    await settingsRead;
    if (generation !== this.generation || this.controller.signal.aborted) return;
    this.analysis = reply.value;
    this.anchored = anchored;
    await this.paintInSlices();
    if (generation !== this.generation || this.controller.signal.aborted) return;
    await this.loadTermTexts();
    if (generation !== this.generation || this.controller.signal.aborted) return;
    if (this.anchored.terms.size > 0) this.watchHover();
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
    this.text.dispose();
    this.pagePainter?.dispose();
    this.pagePainter = null;
    this.removeStyles?.();
    this.removeStyles = null;
  }

  /** The definition card's pointer watch, from the first time terms are on the page. */
  private watchHover(): void {
    if (this.hoverWatched) return;
    this.hoverWatched = true;
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

  /**
   * The reader's layers (watched from then on) and definition source, read once: only painting
   * and the term card need them, so a page without results never touches the extension's storage.
   */
  private readSettings(): Promise<void> {
    if (this.settingsRead) return this.settingsRead;
    let definitionSourceChanged = false;
    this.settingsRead = Promise.all([
      this.watchLayersOf(this.doc.location.href),
      getDefinitionSource().then((source) => {
        if (!definitionSourceChanged) this.definitionSource = source;
      }),
    ]).then(() => undefined);
    this.stopWatchingDefinitions = watchDefinitionSource((source) => {
      definitionSourceChanged = true;
      this.definitionSource = source;
      void this.loadTermTexts();
    });
    return this.settingsRead;
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

  /** Finds the analysis on the live page: the shared index, then every target, in slices that give the page its thread back. */
  private async anchor(analysis: AnalysisForPage): Promise<Anchored> {
    // Nothing to find: the page's text index is not built for it (it is built on its first use,
    // e.g. by the reader's highlights), which on a page without results is most of the work.
    if (!hasTargets(analysis)) return NOTHING;
    const index = await this.text.current();
    if (!index) return NOTHING;
    const slices = slicer('anchor');
    try {
      return await this.anchorOn(index, analysis, slices);
    } finally {
      slices.end();
    }
  }

  private async anchorOn(index: TextIndex, analysis: AnalysisForPage, slices: Slicer): Promise<Anchored> {
    const claims = new Map<string, Range>();
    const claimResults = await anchorAllInSlices(
      index,
      analysis.claims.map((claim) => claim.anchor),
      slices.tick,
    );
    analysis.claims.forEach((claim, i) => {
      const range = claimResults[i]?.range;
      if (range) claims.set(claim.id, range);
    });
    const terms = await this.anchorTerms(index, analysis, slices);
    const disclaimer = analysis.disclaimer
      ? ((await anchorAllInSlices(index, [withoutPosition(analysis.disclaimer.anchor)], slices.tick))[0]?.range ?? null)
      : null;
    return { claims, terms, disclaimer, region: articleRegion([...claims.values()]) };
  }

  private async anchorTerms(
    index: TextIndex,
    analysis: AnalysisForPage,
    slices: Slicer,
  ): Promise<Map<string, Range[]>> {
    const terms = new Map<string, Range[]>();
    const text = analysis.article?.text ?? '';
    for (const entry of analysis.glossary) {
      const targets = entry.occurrences.map((o) => makeAnchor(text, o.start, o.end));
      const ranges = (await anchorAllInSlices(index, targets, slices.tick, { windowOnly: true }))
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
    if (this.pagePainter) for (const layer of LAYERS) this.painter.clear(layer);
  }

  /**
   * One layer per slice, each under a `marginalia:paint` measure. A later layer with nothing to
   * paint or clear takes no slice of its own; the first always runs, so every analysis ends with
   * a paint measure (npm run bench waits for it).
   */
  private async paintInSlices(): Promise<void> {
    for (const [i, layer] of LAYERS.entries()) {
      if (i > 0) {
        if (this.layerWork(layer) === null) continue;
        await yieldToPage();
      }
      timed('paint', () => this.paintLayer(layer));
    }
  }

  private paint(): void {
    for (const layer of LAYERS) this.paintLayer(layer);
  }

  private paintLayer(layer: (typeof LAYERS)[number]): void {
    if (!this.layers) return;
    const work = this.layerWork(layer);
    if (work === 'clear') this.painter.clear(layer);
    else if (work) this.painter.set(layer, work);
  }

  /**
   * What painting a layer does: paint its ranges (the layer is on and has some), clear it (a
   * painter exists), or nothing at all (null).
   */
  private layerWork(layer: (typeof LAYERS)[number]): Range[] | 'clear' | null {
    const ranges = this.rangesOf(layer);
    if (this.layers?.[layer] && ranges.length > 0) return ranges;
    return this.pagePainter ? 'clear' : null;
  }

  private rangesOf(layer: (typeof LAYERS)[number]): Range[] {
    return layer === 'claims'
      ? [...this.anchored.claims.values()]
      : layer === 'terms'
        ? [...this.anchored.terms.values()].flat()
        : this.anchored.disclaimer
          ? [this.anchored.disclaimer]
          : [];
  }
}

const LAYERS = ['claims', 'terms', 'disclaimer'] as const;

/** Whether the analysis holds anything to find on the page (see PageSession.anchorOn). */
function hasTargets(analysis: AnalysisForPage): boolean {
  return (
    analysis.claims.length > 0 ||
    Boolean(analysis.disclaimer) ||
    analysis.glossary.some((entry) => entry.occurrences.length > 0)
  );
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
