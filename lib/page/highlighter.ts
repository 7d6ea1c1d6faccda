/**
 * The reader's own highlights on the live page: fetch this page's highlights from the
 * background, find them again on the page's shared text index (position, then quote, then fuzzy
 * quote, with a time budget, in slices), paint them in their colours on the 'highlights' layer,
 * tell the panel which were not found, and save the reader's selection through the selection bar.
 */
import { i18n } from '#i18n';
import { canonicalHrefOf } from '../shared/canonical';
import type { ContentScriptContext } from '#imports';
import { anchorAllInSlices, describeRange } from './anchoring/anchor';
import type { PageText } from './anchoring/page-text';
import { positionOf, quoteOf, type HighlightAnnotation, type HighlightColour } from '../shared/highlights/model';
import { announce, sendToBackground, type Transport } from '../shared/messaging';
import { MAX_NOTE, MAX_QUOTE, MAX_TITLE, type HighlightsAnchoring, type TabReplies } from '../shared/protocol';
import { errorMessage, fail, type Result } from '../shared/result';
import { createPainter, type Painter } from './paint/highlights';
import { getLayers, watchLayers } from '../shared/layers';
import { SelectionBar, selectedRange } from './selection-bar';
import { slicer } from './slices';

/** Where found highlights are handed over so the panel's "show" requests can reach them. */
export interface HighlightRangeSink {
  setHighlightRanges(ranges: ReadonlyMap<string, Range>): void;
}

/** After this long, re-anchoring searches stay near each highlight's old position. */
const FULL_SEARCH_BUDGET_MS = 300;

export class PageHighlighter {
  private painterOnPage: Painter | null = null;
  private highlights: HighlightAnnotation[] = [];
  private ranges = new Map<string, Range>();
  private found: string[] = [];
  private orphans: string[] = [];
  private pageKey: string | null = null;
  private visible = true;
  private disposed = false;
  private generation = 0;
  /** Whether the reader shows the layer, read before the first paint (see `readVisible`). */
  private visibleRead: Promise<void> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly transport: Transport | undefined,
    private readonly text: PageText,
    private readonly sink: HighlightRangeSink | null = null,
    private readonly makePainter: () => Painter = () => createPainter(doc),
    /** Whether the reader shows the highlights layer: asked once, when there are first highlights to paint. */
    private readonly readVisible: () => Promise<boolean> = () => Promise.resolve(true),
  ) {}

  private get painter(): Painter {
    this.painterOnPage ??= this.makePainter();
    return this.painterOnPage;
  }

  get currentPageKey(): string | null {
    return this.pageKey;
  }

  /** The page key plus what was found, in page order, and what was not. */
  anchoring(): HighlightsAnchoring | null {
    return this.pageKey ? { pageKey: this.pageKey, found: [...this.found], orphans: [...this.orphans] } : null;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.paint();
  }

  /** Lists this page's highlights again, re-anchors and repaints them. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const reply = await sendToBackground(
      { type: 'highlights-for-page', canonical: canonicalHrefOf(this.doc) },
      this.transport,
    );
    if (this.disposed || generation !== this.generation || !reply.ok) return;
    this.pageKey = reply.value.pageKey;
    this.highlights = reply.value.highlights;
    if (!(await this.anchor(generation))) return;
    if (this.ranges.size > 0) {
      this.visibleRead ??= this.readVisible().then((visible) => {
        this.visible = visible;
      });
      await this.visibleRead;
      if (this.disposed || generation !== this.generation) return;
    }
    this.paint();
    const report = this.anchoring();
    if (report) announce({ type: 'highlights-anchored', ...report }, this.transport);
  }

  /** Saves `range` as a highlight of this page. */
  async create(range: Range, colour: HighlightColour, note: string): Promise<Result<HighlightAnnotation>> {
    const index = await this.text.current();
    const described = index ? describeRange(index, range) : null;
    if (!described) return fail('no-selection', i18n.t('highlighter.noSelection'));
    if (described.exact.length > MAX_QUOTE) return fail('invalid', i18n.t('highlighter.tooLong'));
    try {
      const reply = await sendToBackground(
        {
          type: 'highlight-add',
          canonical: canonicalHrefOf(this.doc),
          title: this.doc.title.slice(0, MAX_TITLE),
          exact: described.exact,
          prefix: described.prefix,
          suffix: described.suffix,
          start: described.start,
          end: described.end,
          colour,
          note: note.slice(0, MAX_NOTE),
        },
        this.transport,
      );
      return !reply.ok && reply.error.kind === 'unavailable'
        ? fail('unavailable', i18n.t('highlighter.noAnswer'))
        : reply;
    } catch (error) {
      return fail('failed', errorMessage(error));
    }
  }

  dispose(): void {
    this.disposed = true;
    this.painterOnPage?.dispose();
    this.sink?.setHighlightRanges(new Map());
  }

  /** False when a newer refresh or a dispose overtook this one. */
  private async anchor(generation: number): Promise<boolean> {
    this.ranges = new Map();
    if (this.highlights.length === 0) {
      this.found = [];
      this.orphans = this.highlights.map((annotation) => annotation.id);
      this.sink?.setHighlightRanges(this.ranges);
      return true;
    }
    const index = await this.text.current();
    if (this.disposed || generation !== this.generation) return false;
    const targets = this.highlights.map((annotation) => {
      const quote = quoteOf(annotation);
      const position = positionOf(annotation);
      return {
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        ...(position ? { start: position.start, end: position.end } : {}),
      };
    });
    const slices = slicer('anchor');
    const results = index
      ? await anchorAllInSlices(index, targets, slices.tick, { fullSearchBudgetMs: FULL_SEARCH_BUDGET_MS })
      : [];
    slices.end();
    if (this.disposed || generation !== this.generation) return false;
    const located: Array<{ id: string; start: number }> = [];
    const orphans: string[] = [];
    this.highlights.forEach((annotation, i) => {
      const result = results[i];
      if (result?.range) {
        this.ranges.set(annotation.id, result.range);
        located.push({ id: annotation.id, start: result.start });
      } else orphans.push(annotation.id);
    });
    this.found = located.sort((a, b) => a.start - b.start).map((entry) => entry.id);
    this.orphans = orphans;
    this.sink?.setHighlightRanges(this.ranges);
    return true;
  }

  private paint(): void {
    if (this.disposed) return;
    // Nothing to show: no painter (nor its styles) is made for it.
    if (!this.visible || this.ranges.size === 0) {
      this.painterOnPage?.clear('highlights');
      return;
    }
    const colours = new Map(this.highlights.map((annotation) => [annotation.id, annotation.marginalia.colour]));
    this.painter.set(
      'highlights',
      [...this.ranges].map(([id, range]) => ({ range, colour: colours.get(id) ?? 'yellow' })),
    );
  }
}

/** The session parts the highlighter uses: its text index, painters with the page's styles, where found highlights go, and navigation. */
export interface HighlighterHost extends HighlightRangeSink {
  readonly text: PageText;
  createPainter(): Painter;
  onNavigate(listener: (url: string) => void): void;
}

export interface AttachedHighlighter {
  highlighter: PageHighlighter;
  /** The background says this page key's highlights changed. */
  onChanged(pageKey: string): void;
  /** Highlight the reader's selection (context menu, shortcut, the panel's button). */
  highlightSelection(colour: HighlightColour | undefined): Promise<Result<TabReplies['highlight-selection']>>;
}

/**
 * Starts highlights on this page for the content script, once the page is idle. Everything it
 * adds (listeners, the bar, the paint) goes away when `ctx` is invalidated.
 */
export function attachHighlighter(
  ctx: ContentScriptContext,
  host: HighlighterHost,
  doc: Document = document,
): AttachedHighlighter {
  let stopWatching: (() => void) | null = null;
  // The layer setting is read (and watched) only once the page has highlights: most pages have none.
  const readVisible = async () => {
    const layers = await getLayers(doc.location.href);
    if (ctx.isValid) stopWatching = watchLayers(doc.location.href, (next) => highlighter.setVisible(next.highlights));
    return layers.highlights;
  };
  const highlighter = new PageHighlighter(doc, undefined, host.text, host, () => host.createPainter(), readVisible);

  // A new highlight is painted when the background's "changed" message arrives, as in every other tab of the page.
  const bar = new SelectionBar(doc, (range, colour, note) => highlighter.create(range, colour, note));

  const offerBar = () => {
    const range = selectedRange(doc);
    if (range) bar.showFor(range);
    else if (!bar.hasFocus) bar.hide();
  };
  ctx.addEventListener(doc, 'mouseup', (event: MouseEvent) => {
    if (!event.isTrusted || (bar.host && event.target === bar.host)) return;
    // The selection is final only after the mouseup has been handled.
    setTimeout(offerBar, 0);
  });
  ctx.addEventListener(doc, 'keyup', (event: KeyboardEvent) => {
    if (!event.isTrusted || (bar.host && event.target === bar.host)) return;
    if (event.key === 'Escape') bar.hide();
    else if (event.shiftKey || event.key === 'Shift') offerBar();
  });
  ctx.addEventListener(doc, 'mousedown', (event: MouseEvent) => {
    if (event.isTrusted && event.target !== bar.host && bar.isOpen) bar.hide();
  });

  void highlighter.refresh();
  // Single-page sites change the article without a reload (the session's watcher sees it; nothing polls).
  host.onNavigate(() => void highlighter.refresh());

  ctx.onInvalidated(() => {
    stopWatching?.();
    bar.hide();
    highlighter.dispose();
  });

  return {
    highlighter,
    onChanged(pageKey) {
      if (pageKey === highlighter.currentPageKey || highlighter.currentPageKey === null) void highlighter.refresh();
    },
    async highlightSelection(colour) {
      const range = selectedRange(doc);
      const reply = range
        ? await highlighter.create(range, colour ?? 'yellow', '')
        : fail('no-selection', i18n.t('highlighter.noSelection'));
      bar.settle(reply);
      return reply;
    },
  };
}
