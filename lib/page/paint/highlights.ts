/**
 * Paints annotation layers on the live page through the CSS Custom Highlight API, without
 * changing its text or structure: one registry entry per layer ("marginalia-claims", …, and one
 * per colour of the reader's own highlights), and an attribute on the element around each range
 * (PAINTED_ATTRIBUTE, removed on dispose) under which the `::highlight()` rules apply. Where the API is missing, ranges are wrapped in
 * `<mark data-marginalia-ui="mark">` elements that are removed again without a trace.
 */
import type { HighlightColour } from '../../shared/highlights/model';
import { PAINT_LAYERS, type PaintLayer } from '../../shared/layers';
import { PAINT_MARK_VALUE, UI_ATTRIBUTE } from '../anchoring/text-index';
import { PAINTED_ATTRIBUTE } from '../anchoring/ui-attribute';

/** A range to paint; the colour only matters on the 'highlights' layer (default yellow). */
export type PaintRange = Range | { range: Range; colour?: HighlightColour };

export const FLASH_NAME = 'marginalia-flash';
const FLASH_MS = 1600;
const LAYER_ATTRIBUTE = 'data-marginalia-layer';
const COLOUR_ATTRIBUTE = 'data-marginalia-colour';

export function highlightName(layer: PaintLayer, colour: HighlightColour = 'yellow'): string {
  return layer === 'highlights' ? `marginalia-hl-${colour}` : `marginalia-${layer}`;
}

/** Later layers paint over earlier ones. */
const PRIORITY: Record<PaintLayer, number> = { terms: 1, disclaimer: 2, claims: 3, highlights: 4 };

const LAYER_CSS: Record<string, string> = {
  'marginalia-claims':
    'background-color: rgba(255, 176, 32, 0.26); text-decoration: underline 2px rgba(232, 128, 0, 0.9);',
  'marginalia-terms':
    'background-color: rgba(64, 150, 255, 0.14); text-decoration: underline dotted 2px rgba(64, 150, 255, 0.95);',
  'marginalia-disclaimer':
    'background-color: rgba(235, 64, 64, 0.2); text-decoration: underline wavy 1px rgba(220, 50, 50, 0.95);',
  'marginalia-hl-yellow': 'background-color: rgba(255, 226, 0, 0.45);',
  'marginalia-hl-green': 'background-color: rgba(72, 214, 96, 0.4);',
  'marginalia-hl-blue': 'background-color: rgba(72, 160, 255, 0.4);',
  'marginalia-hl-pink': 'background-color: rgba(255, 96, 170, 0.4);',
  [FLASH_NAME]: 'background-color: rgba(255, 120, 0, 0.65);',
};

function fallbackSelector(name: string): string {
  if (name === FLASH_NAME) return `mark[${LAYER_ATTRIBUTE}="flash"]`;
  if (name.startsWith('marginalia-hl-')) {
    return `mark[${LAYER_ATTRIBUTE}="highlights"][${COLOUR_ATTRIBUTE}="${name.slice('marginalia-hl-'.length)}"]`;
  }
  return `mark[${LAYER_ATTRIBUTE}="${name.slice('marginalia-'.length)}"]`;
}

/**
 * The `::highlight()` rules, plus the same looks for the fallback marks. Semi-transparent
 * backgrounds keep the page's own text colour, so they read on light and dark pages alike.
 *
 * The `::highlight()` rules apply only inside elements the painter marked (PAINTED_ATTRIBUTE). A
 * rule for every element would make the browser restyle the whole page when the sheet is added:
 * 48 ms of thread time on a page of 10,000 elements, in the page's next rendering task. Scoped,
 * adding the sheet restyles nothing, and marking an element restyles its subtree only.
 */
export const HIGHLIGHT_CSS = [
  `mark[${UI_ATTRIBUTE}="${PAINT_MARK_VALUE}"] { background: transparent; color: inherit; font: inherit; padding: 0; margin: 0; }`,
  ...Object.entries(LAYER_CSS).flatMap(([name, rules]) => [
    `[${PAINTED_ATTRIBUTE}]::highlight(${name}), [${PAINTED_ATTRIBUTE}] *::highlight(${name}) { ${rules} }`,
    `${fallbackSelector(name)} { ${rules} }`,
  ]),
  `@media (prefers-reduced-motion: no-preference) { mark[${LAYER_ATTRIBUTE}="flash"] { transition: background-color 0.3s; } }`,
].join('\n');

/**
 * Adds the highlight styles through `adoptedStyleSheets` (no DOM node); where constructable
 * stylesheets are unavailable, through a `<style data-marginalia-ui>`. Returns the remover.
 */
export function installHighlightStyles(doc: Document): () => void {
  try {
    const remove = adoptSheet(pageSide(doc));
    if (remove) return remove;
  } catch {
    // Fall through to a style element.
  }
  const style = doc.createElement('style');
  style.setAttribute(UI_ATTRIBUTE, 'styles');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/**
 * Firefox's content scripts see the page's document through an Xray wrapper, which will not set
 * `adoptedStyleSheets` ("Accessing from Xray wrapper is not supported", Firefox ESR 140.12) nor
 * iterate it: the sheet is made and adopted on the page's side of the wrapper. It holds our CSS
 * and nothing else, and the page could read it from the document anyway.
 */
function pageSide(doc: Document): Document {
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc;
}

function adoptSheet(doc: Document): (() => void) | null {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc) || typeof view.CSSStyleSheet !== 'function') return null;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets.push(sheet);
  return () => {
    const at = doc.adoptedStyleSheets.indexOf(sheet);
    if (at >= 0) doc.adoptedStyleSheets.splice(at, 1);
  };
}

interface HighlightLike {
  priority: number;
}
interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;

interface HighlightApi {
  registry: HighlightRegistryLike;
  Highlight: HighlightConstructor;
}

function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as
    (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightConstructor }) | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

export function supportsHighlightApi(doc: Document): boolean {
  return highlightApi(doc) !== null;
}

export interface Painter {
  readonly mode: 'highlight-api' | 'dom';
  set(layer: PaintLayer, ranges: readonly PaintRange[]): void;
  clear(layer: PaintLayer): void;
  clearAll(): void;
  /** Scrolls the (first) range into view, inside the page's own scroll container too, and flashes every one. */
  flash(ranges: Range | readonly Range[]): void;
  dispose(): void;
}

function grouped(layer: PaintLayer, ranges: readonly PaintRange[]): Map<string, Range[]> {
  const groups = new Map<string, Range[]>();
  for (const item of ranges) {
    const bare = 'startContainer' in item;
    const range = bare ? item : item.range;
    const colour = bare ? undefined : item.colour;
    if (range.collapsed) continue;
    const name = highlightName(layer, colour);
    const list = groups.get(name);
    if (list) list.push(range);
    else groups.set(name, [range]);
  }
  return groups;
}

export function createPainter(doc: Document, options: { useHighlightApi?: boolean } = {}): Painter {
  const api = options.useHighlightApi === false ? null : highlightApi(doc);
  return api ? new HighlightApiPainter(doc, api) : new MarkPainter(doc);
}

abstract class BasePainter implements Painter {
  abstract readonly mode: 'highlight-api' | 'dom';
  private flashTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(protected readonly doc: Document) {}

  abstract set(layer: PaintLayer, ranges: readonly PaintRange[]): void;
  abstract clear(layer: PaintLayer): void;
  protected abstract showFlash(ranges: readonly Range[]): void;
  protected abstract hideFlash(): void;

  clearAll(): void {
    for (const layer of PAINT_LAYERS) this.clear(layer);
  }

  flash(target: Range | readonly Range[]): void {
    const ranges = 'startContainer' in target ? [target] : target;
    this.stopFlash();
    if (!ranges[0]) return;
    scrollRangeIntoView(ranges[0]);
    this.showFlash(ranges);
    this.flashTimer = setTimeout(() => this.stopFlash(), FLASH_MS);
  }

  dispose(): void {
    this.stopFlash();
    this.clearAll();
  }

  private stopFlash(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.hideFlash();
  }
}

/** How many layers (of any painter: the page's and the highlighter's share elements) paint in each marked element. */
const paintedHolders = new WeakMap<Element, number>();

class HighlightApiPainter extends BasePainter {
  readonly mode = 'highlight-api';
  private readonly names = new Map<PaintLayer, Set<string>>();
  /**
   * Per layer (and 'flash'), the elements marked with PAINTED_ATTRIBUTE for it: each range's
   * common ancestor. A mark goes when no layer paints in its element any more, so that with
   * nothing painted the page is exactly as it was.
   */
  private readonly marked = new Map<string, Set<Element>>();

  constructor(
    doc: Document,
    private readonly api: HighlightApi,
  ) {
    super(doc);
  }

  set(layer: PaintLayer, ranges: readonly PaintRange[]): void {
    this.unregister(layer);
    const groups = grouped(layer, ranges);
    this.mark(layer, [...groups.values()].flat());
    const names = new Set<string>();
    for (const [name, list] of groups) {
      const highlight = new this.api.Highlight(...list);
      highlight.priority = PRIORITY[layer];
      this.api.registry.set(name, highlight);
      names.add(name);
    }
    this.names.set(layer, names);
  }

  clear(layer: PaintLayer): void {
    this.unregister(layer);
    this.mark(layer, []);
  }

  /** Takes the layer's highlights out of the page's registry. */
  private unregister(layer: PaintLayer): void {
    for (const name of this.names.get(layer) ?? []) this.api.registry.delete(name);
    this.names.delete(layer);
  }

  protected showFlash(ranges: readonly Range[]): void {
    this.mark('flash', ranges);
    const highlight = new this.api.Highlight(...ranges);
    highlight.priority = 10;
    this.api.registry.set(FLASH_NAME, highlight);
  }

  protected hideFlash(): void {
    this.api.registry.delete(FLASH_NAME);
    this.mark('flash', []);
  }

  /** Marks the common ancestor of each of `ranges` for `key`, and unmarks the ones `key` no longer needs. */
  private mark(key: string, ranges: readonly Range[]): void {
    const before = this.marked.get(key);
    const after = new Set<Element>();
    for (const range of ranges) {
      const common = range.commonAncestorContainer;
      const element = common.nodeType === 1 ? (common as Element) : common.parentElement;
      if (!element || after.has(element)) continue;
      after.add(element);
      if (before?.has(element)) continue;
      const holders = paintedHolders.get(element) ?? 0;
      paintedHolders.set(element, holders + 1);
      if (holders === 0) element.setAttribute(PAINTED_ATTRIBUTE, '');
    }
    for (const element of before ?? []) if (!after.has(element)) unmark(element);
    if (after.size > 0) this.marked.set(key, after);
    else this.marked.delete(key);
  }
}

function unmark(element: Element): void {
  const holders = (paintedHolders.get(element) ?? 1) - 1;
  if (holders > 0) {
    paintedHolders.set(element, holders);
    return;
  }
  paintedHolders.delete(element);
  element.removeAttribute(PAINTED_ATTRIBUTE);
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** The parts of Text nodes a range covers, in document order. */
function textPieces(range: Range): TextPiece[] {
  const pieces: TextPiece[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const addPiece = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) pieces.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    addPiece(root as Text);
    return pieces;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) addPiece(node as Text);
  }
  return pieces;
}

/** Fallback for browsers without the Highlight API: wraps text in marks and unwraps it exactly. */
class MarkPainter extends BasePainter {
  readonly mode = 'dom';
  private readonly marks = new Map<string, HTMLElement[]>();
  /** Text nodes split off by us, merged back into their previous sibling when unpainted. */
  private readonly splitOff = new Set<Text>();

  set(layer: PaintLayer, ranges: readonly PaintRange[]): void {
    this.clear(layer);
    const marks: HTMLElement[] = [];
    for (const [name, list] of grouped(layer, ranges)) {
      const colour = name.startsWith('marginalia-hl-') ? name.slice('marginalia-hl-'.length) : null;
      marks.push(...this.wrap(list, layer, colour));
    }
    this.marks.set(layer, marks);
  }

  clear(layer: PaintLayer): void {
    this.unwrap(layer);
  }

  protected showFlash(ranges: readonly Range[]): void {
    this.marks.set('flash', this.wrap(ranges, 'flash', null));
  }

  protected hideFlash(): void {
    this.unwrap('flash');
  }

  private wrap(ranges: readonly Range[], layer: string, colour: string | null): HTMLElement[] {
    // Collect every piece first: wrapping moves text nodes, which would disturb the other ranges.
    const byNode = new Map<Text, Array<[number, number]>>();
    for (const range of ranges) {
      for (const piece of textPieces(range)) {
        const list = byNode.get(piece.node);
        if (list) list.push([piece.start, piece.end]);
        else byNode.set(piece.node, [[piece.start, piece.end]]);
      }
    }
    const marks: HTMLElement[] = [];
    for (const [node, spans] of byNode) {
      if (!node.parentNode) continue;
      // Merge overlaps, then wrap from the end so earlier offsets stay valid.
      spans.sort((a, b) => a[0] - b[0]);
      const merged: Array<[number, number]> = [];
      for (const span of spans) {
        const last = merged[merged.length - 1];
        if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
        else merged.push([span[0], span[1]]);
      }
      for (let i = merged.length - 1; i >= 0; i--) {
        const [start, end] = merged[i]!;
        if (end < node.length) this.splitOff.add(node.splitText(end));
        const target = start > 0 ? node.splitText(start) : node;
        if (target !== node) this.splitOff.add(target);
        const mark = this.doc.createElement('mark');
        mark.setAttribute(UI_ATTRIBUTE, PAINT_MARK_VALUE);
        mark.setAttribute(LAYER_ATTRIBUTE, layer);
        if (colour) mark.setAttribute(COLOUR_ATTRIBUTE, colour);
        target.parentNode!.insertBefore(mark, target);
        mark.appendChild(target);
        marks.push(mark);
      }
    }
    return marks;
  }

  private unwrap(key: string): void {
    const marks = this.marks.get(key);
    if (!marks) return;
    this.marks.delete(key);
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    for (const piece of [...this.splitOff]) {
      const previous = piece.previousSibling;
      if (!piece.parentNode) this.splitOff.delete(piece);
      else if (previous && previous.nodeType === 3) {
        (previous as Text).appendData(piece.data);
        piece.remove();
        this.splitOff.delete(piece);
      }
    }
  }
}

function isScrollable(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view || element.scrollHeight <= element.clientHeight) return false;
  const overflow = view.getComputedStyle(element).overflowY;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}

function rangeElement(range: Range): Element | null {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/**
 * Centres the range in its nearest scrollable ancestor (pages that scroll an inner container
 * rather than the document), then lets the browser bring that container into view.
 */
export function scrollRangeIntoView(range: Range): void {
  const element = rangeElement(range);
  if (!element) return;
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  const smooth = !view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto';
  let container: Element | null = element.parentElement;
  while (container && container !== doc.body && container !== doc.documentElement && !isScrollable(container)) {
    container = container.parentElement;
  }
  if (container && container !== doc.body && container !== doc.documentElement) {
    const target = range.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    const top = container.scrollTop + (target.top - box.top) - (container.clientHeight - target.height) / 2;
    container.scrollTo?.({ top: Math.max(0, top), behavior });
    container.scrollIntoView?.({ block: 'nearest', behavior });
    return;
  }
  element.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior });
}
