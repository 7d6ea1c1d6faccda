/**
 * The reader's own highlights on the live page: fetch this page's highlights from the
 * background, find them again on the page's shared text index (position, then quote, then fuzzy
 * quote, with a time budget, in slices), paint them in their colours on the 'highlights' layer,
 * tell the panel which were not found, and save the reader's selection through the selection bar.
 */
import { i18n } from '#i18n';
import type { ContentScriptContext } from '#imports';
import { anchorAllInSlices, describeRange } from './anchoring/anchor';
import type { PageText } from './anchoring/page-text';
import {
  MAX_QUOTE,
  MAX_NOTE,
  MAX_TITLE,
  type HighlightContentMessage,
  type HighlightTabMessage,
  type HighlightsAnchored,
  type SelectionReply,
} from '../shared/highlights/messages';
import { positionOf, quoteOf, type HighlightAnnotation, type HighlightColour } from '../shared/highlights/model';
import type { PageHighlights, StoreResult } from '../background/highlights/store';
import { createPainter, type Painter } from './paint/highlights';
import { getLayers, watchLayers } from '../shared/layers';
import { SelectionBar, selectedRange } from './selection-bar';
import { slicer } from './slices';

/** Where found highlights are handed over so the panel's "show" requests can reach them. */
export interface HighlightRangeSink {
  setHighlightRanges(ranges: ReadonlyMap<string, Range>): void;
}

type Send = (message: HighlightContentMessage | HighlightsAnchored) => Promise<unknown>;

/** After this long, re-anchoring searches stay near each highlight's old position. */
const FULL_SEARCH_BUDGET_MS = 300;

function canonicalHref(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

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

  constructor(
    private readonly doc: Document,
    private readonly send: Send,
    private readonly text: PageText,
    private readonly sink: HighlightRangeSink | null = null,
    private readonly makePainter: () => Painter = () => createPainter(doc),
  ) {}

  private get painter(): Painter {
    this.painterOnPage ??= this.makePainter();
    return this.painterOnPage;
  }

  get currentPageKey(): string | null {
    return this.pageKey;
  }

  /** The page key plus what was found, in page order, and what was not. */
  anchoring(): HighlightsAnchored | null {
    return this.pageKey
      ? { type: 'highlights-anchored', pageKey: this.pageKey, found: [...this.found], orphans: [...this.orphans] }
      : null;
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.paint();
  }

  /** Lists this page's highlights again, re-anchors and repaints them. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    let reply: StoreResult<PageHighlights> | undefined;
    try {
      reply = (await this.send({ type: 'highlights-for-page', canonical: canonicalHref(this.doc) })) as
        StoreResult<PageHighlights> | undefined;
    } catch {
      return;
    }
    if (this.disposed || generation !== this.generation || !reply?.ok) return;
    this.pageKey = reply.value.pageKey;
    this.highlights = reply.value.highlights;
    if (!(await this.anchor(generation))) return;
    this.paint();
    const report = this.anchoring();
    if (report) await this.send(report).catch(() => undefined);
  }

  /** Saves `range` as a highlight of this page. */
  async create(range: Range, colour: HighlightColour, note: string): Promise<SelectionReply> {
    const index = await this.text.current();
    const described = index ? describeRange(index, range) : null;
    if (!described) return { ok: false, error: { kind: 'no-selection', message: i18n.t('highlighter.noSelection') } };
    if (described.exact.length > MAX_QUOTE)
      return { ok: false, error: { kind: 'invalid', message: i18n.t('highlighter.tooLong') } };
    try {
      const reply = (await this.send({
        type: 'highlight-add',
        canonical: canonicalHref(this.doc),
        title: this.doc.title.slice(0, MAX_TITLE),
        exact: described.exact,
        prefix: described.prefix,
        suffix: described.suffix,
        start: described.start,
        end: described.end,
        colour,
        note: note.slice(0, MAX_NOTE),
      })) as SelectionReply | undefined;
      return reply ?? { ok: false, error: { kind: 'not-ready', message: i18n.t('highlighter.noAnswer') } };
    } catch (error) {
      return { ok: false, error: { kind: 'not-ready', message: errorText(error) } };
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
    if (!this.visible) {
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
  /** Answers the panel's and the background's highlight messages to this tab; true when it replies later. */
  handle(message: HighlightTabMessage, sendResponse: (response: unknown) => void): boolean;
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
  const send: Send = (message) => browser.runtime.sendMessage(message);
  const highlighter = new PageHighlighter(doc, send, host.text, host, () => host.createPainter());

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

  const handle = (message: HighlightTabMessage, sendResponse: (response: unknown) => void): boolean => {
    switch (message.type) {
      case 'highlights-changed':
        if (message.pageKey === highlighter.currentPageKey || highlighter.currentPageKey === null)
          void highlighter.refresh();
        return false;
      case 'highlights-anchoring':
        sendResponse(highlighter.anchoring());
        return false;
      case 'highlight-selection': {
        const range = selectedRange(doc);
        if (!range) {
          bar.say(i18n.t('highlighter.noSelection'), true);
          sendResponse({
            ok: false,
            error: { kind: 'no-selection', message: i18n.t('highlighter.noSelection') },
          } satisfies SelectionReply);
          return false;
        }
        void highlighter.create(range, message.colour ?? 'yellow', '').then((reply) => {
          if (reply.ok) {
            doc.getSelection()?.removeAllRanges();
            bar.hide();
          } else bar.say(reply.error.message, true);
          sendResponse(reply);
        });
        return true;
      }
    }
  };

  let stopWatching: (() => void) | null = null;
  void getLayers(doc.location.href).then((layers) => {
    if (!ctx.isValid) return;
    highlighter.setVisible(layers.highlights);
    stopWatching = watchLayers(doc.location.href, (next) => highlighter.setVisible(next.highlights));
  });
  void highlighter.refresh();
  // Single-page sites change the article without a reload (the session's watcher sees it; nothing polls).
  host.onNavigate(() => void highlighter.refresh());

  ctx.onInvalidated(() => {
    stopWatching?.();
    bar.hide();
    highlighter.dispose();
  });
  return { highlighter, handle };
}
