/**
 * The reader's own highlights on the live page: fetch this page's highlights from the
 * background, find them again (position, then quote, then fuzzy quote, with a time budget),
 * paint them in their colours on the 'highlights' layer, tell the panel which were not found,
 * and offer a small "Highlight" bar next to a selection. Plain DOM in a closed shadow root.
 */
import { i18n } from '#i18n';
import { failureText } from '../shared/failure-text';
import { uiLocale } from '../shared/format';
import type { ContentScriptContext } from '#imports';
import { anchorAll, describeRange, indexOf } from './anchoring/anchor';
import { UI_ATTRIBUTE } from './anchoring/text-index';
import {
  HIGHLIGHT_COLOURS,
  positionOf,
  quoteOf,
  type HighlightAnnotation,
  type HighlightColour,
} from '../shared/highlights/model';
import { announce, sendToBackground, type Transport } from '../shared/messaging';
import { MAX_NOTE, MAX_QUOTE, MAX_TITLE, type HighlightsAnchoring, type TabReplies } from '../shared/protocol';
import { errorMessage, fail, type Result } from '../shared/result';
import { createPainter, type Painter } from './paint/highlights';
import { getLayers, watchLayers } from '../shared/layers';

/** Where found highlights are handed over so the panel's "show" requests can reach them. */
export interface HighlightRangeSink {
  setHighlightRanges(ranges: ReadonlyMap<string, Range>): void;
}

/** After this long, re-anchoring searches stay near each highlight's old position. */
const FULL_SEARCH_BUDGET_MS = 300;
const MESSAGE_MS = 6000;
const GAP = 8;

function canonicalHref(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}

export class PageHighlighter {
  private readonly painter: Painter;
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
    private readonly transport: Transport | undefined,
    private readonly sink: HighlightRangeSink | null = null,
  ) {
    this.painter = createPainter(doc);
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
      { type: 'highlights-for-page', canonical: canonicalHref(this.doc) },
      this.transport,
    );
    if (this.disposed || generation !== this.generation || !reply.ok) return;
    this.pageKey = reply.value.pageKey;
    this.highlights = reply.value.highlights;
    this.anchor();
    this.paint();
    const report = this.anchoring();
    if (report) announce({ type: 'highlights-anchored', ...report }, this.transport);
  }

  /** Saves `range` as a highlight of this page. */
  async create(range: Range, colour: HighlightColour, note: string): Promise<Result<HighlightAnnotation>> {
    const root = this.doc.body;
    const described = root ? describeRange(indexOf(root), range) : null;
    if (!described) return fail('no-selection', i18n.t('highlighter.noSelection'));
    if (described.exact.length > MAX_QUOTE) return fail('invalid', i18n.t('highlighter.tooLong'));
    try {
      const reply = await sendToBackground(
        {
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
    this.painter.dispose();
    this.sink?.setHighlightRanges(new Map());
  }

  private anchor(): void {
    const root = this.doc.body;
    this.ranges = new Map();
    if (!root || this.highlights.length === 0) {
      this.found = [];
      this.orphans = this.highlights.map((annotation) => annotation.id);
      this.sink?.setHighlightRanges(this.ranges);
      return;
    }
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
    const results = anchorAll(indexOf(root), targets, { fullSearchBudgetMs: FULL_SEARCH_BUDGET_MS });
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
  }

  private paint(): void {
    if (this.disposed) return;
    if (!this.visible) {
      this.painter.clear('highlights');
      return;
    }
    const colours = new Map(this.highlights.map((annotation) => [annotation.id, annotation.marginalia.colour]));
    this.painter.set(
      'highlights',
      [...this.ranges].map(([id, range]) => ({ range, colour: colours.get(id) ?? 'yellow' })),
    );
  }
}

// ------------------------------------------------------------------ the selection bar

const BAR_CSS = `
:host { all: initial; }
.bar { display: flex; flex-direction: column; gap: 4px; padding: 4px; border-radius: 8px; background: #1f1f1f; color: #fff;
  font: 13px/1.3 system-ui, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,.35); max-width: 320px; }
.row { display: flex; align-items: center; gap: 4px; }
button { all: unset; box-sizing: border-box; cursor: pointer; border-radius: 5px; padding: 4px 8px; font: inherit; color: inherit; }
button:hover, button:focus-visible { background: #3a3a3a; }
button:focus-visible, input:focus-visible { outline: 2px solid #ffd54a; outline-offset: 1px; }
.swatch { width: 18px; height: 18px; padding: 0; border-radius: 50%; border: 2px solid transparent; }
.swatch[aria-pressed="true"] { border-color: #fff; }
.yellow { background: #ffe200; } .green { background: #48d660; } .blue { background: #48a0ff; } .pink { background: #ff60aa; }
.swatch:hover, .swatch:focus-visible { filter: brightness(1.1); }
input { all: unset; box-sizing: border-box; flex: 1; min-width: 0; background: #fff; color: #111; border-radius: 5px; padding: 4px 6px; font: inherit; }
.message { margin: 0; padding: 2px 4px; }
.error { color: #ffb4a8; }
[hidden] { display: none !important; }
`;

const COLOUR_LABEL: Record<HighlightColour, () => string> = {
  yellow: () => i18n.t('highlights.colourYellow'),
  green: () => i18n.t('highlights.colourGreen'),
  blue: () => i18n.t('highlights.colourBlue'),
  pink: () => i18n.t('highlights.colourPink'),
};

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** A usable selection: one non-empty range inside the page body, outside our own UI. */
function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = doc.body;
  if (!body || !body.contains(range.commonAncestorContainer)) return null;
  const container = range.commonAncestorContainer;
  const holder = container.nodeType === 1 ? (container as Element) : container.parentElement;
  if (holder?.closest(`[${UI_ATTRIBUTE}]:not([${UI_ATTRIBUTE}="mark"])`)) return null;
  if (!range.toString().trim()) return null;
  return range.cloneRange();
}

/**
 * The bar shown next to a selection. It sits below the selection (above when there is no room
 * below), outside the selection's bounding box, so it never covers the selected text.
 */
class SelectionBar {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly noteRow: HTMLFormElement;
  private readonly noteInput: HTMLInputElement;
  private readonly message: HTMLParagraphElement;
  private readonly swatches: HTMLButtonElement[] = [];
  private range: Range | null = null;
  private colour: HighlightColour = 'yellow';
  private messageTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onCreate: (
      range: Range,
      colour: HighlightColour,
      note: string,
    ) => Promise<Result<HighlightAnnotation>>,
  ) {
    this.host = element(doc, 'div', { [UI_ATTRIBUTE]: 'highlighter' });
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = element(doc, 'style');
    style.textContent = BAR_CSS;
    // In the reader's language, not the page's (a Japanese bar on a Chinese page keeps Japanese glyphs).
    const bar = element(doc, 'div', {
      class: 'bar',
      role: 'toolbar',
      'aria-label': i18n.t('highlighter.barLabel'),
      lang: uiLocale(),
    });
    const row = element(doc, 'div', { class: 'row' });
    const highlight = element(doc, 'button', { type: 'button', class: 'highlight' }, i18n.t('highlighter.highlight'));
    highlight.addEventListener('click', (event) => event.isTrusted && void this.submit());
    row.append(highlight);
    for (const colour of HIGHLIGHT_COLOURS) {
      const swatch = element(doc, 'button', {
        type: 'button',
        class: `swatch ${colour}`,
        'aria-pressed': String(colour === this.colour),
        'aria-label': COLOUR_LABEL[colour](),
        title: COLOUR_LABEL[colour](),
      });
      swatch.addEventListener('click', (event) => event.isTrusted && this.pick(colour));
      this.swatches.push(swatch);
      row.append(swatch);
    }
    const noteToggle = element(doc, 'button', { type: 'button', class: 'note-toggle' }, i18n.t('highlighter.note'));
    noteToggle.addEventListener('click', (event) => event.isTrusted && this.openNote());
    row.append(noteToggle);

    this.noteRow = element(doc, 'form', { class: 'row', hidden: '' });
    this.noteInput = element(doc, 'input', {
      type: 'text',
      maxlength: String(MAX_NOTE),
      'aria-label': i18n.t('highlighter.note'),
      placeholder: i18n.t('highlighter.notePlaceholder'),
    });
    this.noteRow.append(this.noteInput, element(doc, 'button', { type: 'submit' }, i18n.t('highlighter.save')));
    this.noteRow.addEventListener('submit', (event) => {
      event.preventDefault();
      if (event.isTrusted) void this.submit();
    });

    this.message = element(doc, 'p', { class: 'message', role: 'status', hidden: '' });
    bar.append(row, this.noteRow, this.message);
    this.shadow.append(style, bar);
    // Keep the page's selection when the bar's buttons are pressed.
    bar.addEventListener('mousedown', (event) => {
      if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
    });
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  get isOpen(): boolean {
    return this.host.isConnected;
  }

  /** Whether keyboard focus is inside the bar (typing a note). */
  get hasFocus(): boolean {
    return this.doc.activeElement === this.host;
  }

  showFor(range: Range): void {
    this.range = range;
    this.noteRow.hidden = true;
    this.noteInput.value = '';
    this.hideMessage();
    this.mount();
    this.place();
  }

  /** A message next to the last selection, or at the top of the view when there is none. */
  say(text: string, error: boolean): void {
    this.message.textContent = text;
    this.message.className = error ? 'message error' : 'message';
    this.message.setAttribute('role', error ? 'alert' : 'status');
    this.message.hidden = false;
    this.mount();
    this.place();
    if (this.messageTimer !== null) clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => this.hide(), MESSAGE_MS);
  }

  hide(): void {
    if (this.messageTimer !== null) clearTimeout(this.messageTimer);
    this.messageTimer = null;
    this.range = null;
    this.host.remove();
  }

  private mount(): void {
    if (this.host.isConnected) return;
    const style = this.host.style;
    style.setProperty('position', 'absolute', 'important');
    style.setProperty('z-index', '2147483647', 'important');
    style.setProperty('display', 'block', 'important');
    style.setProperty('margin', '0', 'important');
    this.doc.documentElement.append(this.host);
  }

  private place(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const box = this.host.getBoundingClientRect();
    const rect = this.range?.getBoundingClientRect();
    let top: number;
    let left: number;
    if (rect && (rect.width > 0 || rect.height > 0)) {
      const below = rect.bottom + GAP;
      top =
        below + box.height <= view.innerHeight || rect.top - GAP - box.height < 0 ? below : rect.top - GAP - box.height;
      left = Math.min(Math.max(4, rect.left), Math.max(4, view.innerWidth - box.width - 4));
    } else {
      top = GAP;
      left = Math.max(4, view.innerWidth - box.width - GAP);
    }
    this.host.style.setProperty('top', `${top + view.scrollY}px`, 'important');
    this.host.style.setProperty('left', `${left + view.scrollX}px`, 'important');
  }

  private pick(colour: HighlightColour): void {
    this.colour = colour;
    this.swatches.forEach((swatch, i) => swatch.setAttribute('aria-pressed', String(HIGHLIGHT_COLOURS[i] === colour)));
  }

  private openNote(): void {
    this.noteRow.hidden = false;
    this.place();
    this.noteInput.focus();
  }

  private async submit(): Promise<void> {
    const range = this.range;
    if (!range) return;
    const reply = await this.onCreate(range, this.colour, this.noteInput.value);
    if (reply.ok) {
      this.hide();
      this.doc.getSelection()?.removeAllRanges();
    } else this.say(failureText(reply.error), true);
  }

  private hideMessage(): void {
    this.message.hidden = true;
    this.message.textContent = '';
  }
}

// ------------------------------------------------------------------ wiring

/**
 * Starts highlights on this page for the content script: call once from `main(ctx)`.
 * Everything it adds (listeners, the bar, the paint) goes away when `ctx` is invalidated.
 */
export interface AttachedHighlighter {
  highlighter: PageHighlighter;
  /** The background says this page key's highlights changed. */
  onChanged(pageKey: string): void;
  /** Highlight the reader's selection (context menu, shortcut, the panel's button). */
  highlightSelection(colour: HighlightColour | undefined): Promise<Result<TabReplies['highlight-selection']>>;
}

export function attachHighlighter(
  ctx: ContentScriptContext,
  sink: HighlightRangeSink,
  doc: Document = document,
): AttachedHighlighter {
  const highlighter = new PageHighlighter(doc, undefined, sink);

  // A new highlight is painted when the background's "changed" message arrives, as in every other tab of the page.
  const bar = new SelectionBar(doc, (range, colour, note) => highlighter.create(range, colour, note));

  const offerBar = () => {
    const range = selectedRange(doc);
    if (range) bar.showFor(range);
    else if (!bar.hasFocus) bar.hide();
  };
  ctx.addEventListener(doc, 'mouseup', (event: MouseEvent) => {
    if (!event.isTrusted || event.target === bar.host) return;
    // The selection is final only after the mouseup has been handled.
    setTimeout(offerBar, 0);
  });
  ctx.addEventListener(doc, 'keyup', (event: KeyboardEvent) => {
    if (!event.isTrusted || event.target === bar.host) return;
    if (event.key === 'Escape') bar.hide();
    else if (event.shiftKey || event.key === 'Shift') offerBar();
  });
  ctx.addEventListener(doc, 'mousedown', (event: MouseEvent) => {
    if (event.isTrusted && event.target !== bar.host && bar.isOpen) bar.hide();
  });

  let stopWatching: (() => void) | null = null;
  void getLayers(doc.location.href).then((layers) => {
    if (!ctx.isValid) return;
    highlighter.setVisible(layers.highlights);
    stopWatching = watchLayers(doc.location.href, (next) => highlighter.setVisible(next.highlights));
  });
  void highlighter.refresh();
  // Single-page sites change the article without a reload.
  ctx.addEventListener(window, 'wxt:locationchange', () => void highlighter.refresh());

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
      if (!range) {
        bar.say(i18n.t('highlighter.noSelection'), true);
        return fail('no-selection', i18n.t('highlighter.noSelection'));
      }
      const reply = await highlighter.create(range, colour ?? 'yellow', '');
      if (reply.ok) {
        doc.getSelection()?.removeAllRanges();
        bar.hide();
      } else bar.say(failureText(reply.error), true);
      return reply;
    },
  };
}
