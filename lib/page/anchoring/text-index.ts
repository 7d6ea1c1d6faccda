/**
 * A plain-text view of a live DOM subtree's rendered text, with offsets that map back to
 * (Text node, offset) points and the other way round.
 *
 * The text resembles Readability-style plain text: whitespace runs collapse to one space,
 * blocks are separated by "\n\n", `<br>` becomes "\n". Text in script/style/etc., in hidden
 * subtrees and inside our own UI (`[data-marginalia-ui]`, except paint marks) is left out.
 *
 * The mapping is kept as segments: runs of index text that map linearly onto one Text node.
 * Synthetic characters (block separators, a space standing for whitespace that was dropped
 * between nodes) belong to no segment.
 */

export const UI_ATTRIBUTE = 'data-marginalia-ui';
/** `data-marginalia-ui="mark"`: the fallback painter's wrappers, whose text is the page's own and stays indexed. */
export const PAINT_MARK_VALUE = 'mark';

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'SELECT',
  'OPTION',
  'DATALIST',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'svg',
  'SVG',
  'MATH',
  'math',
  // Ruby annotations (furigana): the article text the quotes come from leaves them out.
  'RT',
  'RP',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

// Node.DOCUMENT_POSITION_* without relying on a global `Node` (scripts run the index outside a browser).
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/** Whitespace that HTML rendering collapses (not NBSP). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

export interface DomPoint {
  node: Text;
  offset: number;
}

export type Affinity = 'start' | 'end';

export interface TextIndexOptions {
  /**
   * Decides whether an element is not rendered. Defaults to the `hidden` attribute plus
   * `checkVisibility()` where the browser has it.
   */
  isHidden?: (element: Element) => boolean;
}

/**
 * Phrasing elements: hidden by a stylesheet far more rarely than blocks, and numerous, so the
 * layout query is skipped for them (the `hidden` attribute and an inline display:none still count).
 */
const PHRASING_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);
const INLINE_DISPLAY_NONE = /(^|;)\s*display\s*:\s*none/i;

export function isElementHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (PHRASING_TAGS.has(element.tagName)) return INLINE_DISPLAY_NONE.test(element.getAttribute('style') ?? '');
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check !== 'function' || check.call(element)) return false;
  // checkVisibility() is false for boxless `display: contents` elements whose children render.
  const view = element.ownerDocument.defaultView;
  return !view || view.getComputedStyle(element).display !== 'contents';
}

/** Skips only the `hidden` attribute: for documents without layout (parsers, tests). */
export function isHiddenByAttribute(element: Element): boolean {
  return element.hasAttribute('hidden');
}

export class TextIndex {
  readonly root: Node;
  readonly text: string;
  /** Indexed Text nodes in document order. */
  readonly nodes: readonly Text[];
  private readonly segStart: Int32Array;
  private readonly segLength: Int32Array;
  private readonly segNode: Int32Array;
  private readonly segNodeOffset: Int32Array;
  /** First segment of each node; `nodeFirstSeg[nodes.length]` = segment count. */
  private readonly nodeFirstSeg: Int32Array;
  private readonly nodeIds: Map<Text, number>;

  /** `walked`: the text of `root` already walked (see buildTextIndexInSlices); walked now when absent. */
  constructor(root: Node, options: TextIndexOptions = {}, walked?: WalkedText) {
    this.root = root;
    const builder = walked ?? IndexBuilder.walkAll(root, options);
    this.text = builder.pieces.join('');
    this.nodes = builder.nodes;
    this.segStart = Int32Array.from(builder.segStart);
    this.segLength = Int32Array.from(builder.segLength);
    this.segNode = Int32Array.from(builder.segNode);
    this.segNodeOffset = Int32Array.from(builder.segNodeOffset);
    this.nodeFirstSeg = Int32Array.from(builder.nodeFirstSeg);
    this.nodeIds = new Map(builder.nodes.map((node, i) => [node, i]));
  }

  get segmentCount(): number {
    return this.segStart.length;
  }

  /** The DOM point for an index offset. 'start' skips forward over synthetic text, 'end' backward. */
  toDomPoint(offset: number, affinity: Affinity): DomPoint | null {
    const count = this.segStart.length;
    if (count === 0) return null;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    if (affinity === 'start') {
      // Last segment starting at or before the offset.
      let s = this.lastSegmentAtOrBefore(clamped);
      if (s < 0) s = 0;
      else if (clamped >= this.segStart[s]! + this.segLength[s]!) {
        if (s + 1 < count) s += 1;
        else return this.pointIn(s, this.segLength[s]!);
      }
      return this.pointIn(s, Math.max(0, clamped - this.segStart[s]!));
    }
    // Last segment starting strictly before the offset.
    const s = this.lastSegmentAtOrBefore(clamped - 1);
    if (s < 0) return this.pointIn(0, 0);
    return this.pointIn(s, Math.min(clamped - this.segStart[s]!, this.segLength[s]!));
  }

  /** A live Range over index text [start, end), trimmed to real text; null when it covers none. */
  toRange(start: number, end: number): Range | null {
    if (end <= start) return null;
    const from = this.toDomPoint(start, 'start');
    const to = this.toDomPoint(end, 'end');
    if (!from || !to) return null;
    const doc = from.node.ownerDocument;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    if (range.collapsed) return null;
    return range;
  }

  /** The index offset of a DOM boundary point; points in unindexed content snap to the nearest text. */
  fromDomPoint(container: Node, offset: number, affinity: Affinity): number {
    const id = container.nodeType === 3 ? this.nodeIds.get(container as Text) : undefined;
    if (id !== undefined) return this.offsetInNode(id, offset, affinity);
    const next = this.firstNodeAfterBoundary(container, offset);
    if (affinity === 'start') {
      return next < this.nodes.length ? this.segStart[this.nodeFirstSeg[next]!]! : this.text.length;
    }
    return next > 0 ? this.segmentEnd(this.nodeFirstSeg[next]! - 1) : 0;
  }

  /** Index offsets of a DOM Range, or null when it lies outside the indexed text. */
  fromRange(range: Range): { start: number; end: number } | null {
    const start = this.fromDomPoint(range.startContainer, range.startOffset, 'start');
    const end = this.fromDomPoint(range.endContainer, range.endOffset, 'end');
    return end > start ? { start, end } : null;
  }

  private pointIn(seg: number, delta: number): DomPoint {
    return { node: this.nodes[this.segNode[seg]!]!, offset: this.segNodeOffset[seg]! + delta };
  }

  private segmentEnd(seg: number): number {
    return this.segStart[seg]! + this.segLength[seg]!;
  }

  private lastSegmentAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.segStart.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segStart[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private offsetInNode(id: number, offset: number, affinity: Affinity): number {
    const first = this.nodeFirstSeg[id]!;
    const last = this.nodeFirstSeg[id + 1]! - 1;
    if (affinity === 'start') {
      for (let s = first; s <= last; s++) {
        const nodeOffset = this.segNodeOffset[s]!;
        if (nodeOffset + this.segLength[s]! > offset) {
          return this.segStart[s]! + Math.max(0, offset - nodeOffset);
        }
      }
      return last + 1 < this.segStart.length ? this.segStart[last + 1]! : this.text.length;
    }
    for (let s = last; s >= first; s--) {
      const nodeOffset = this.segNodeOffset[s]!;
      if (nodeOffset < offset) return this.segStart[s]! + Math.min(offset - nodeOffset, this.segLength[s]!);
    }
    return first > 0 ? this.segmentEnd(first - 1) : 0;
  }

  /** Position in `nodes` of the first indexed node at or after the boundary point (container, offset). */
  private firstNodeAfterBoundary(container: Node, offset: number): number {
    let isAfter: (node: Text) => boolean;
    const children = container.childNodes;
    if (container.nodeType !== 3 && offset < children.length) {
      const ref = children[offset]!;
      isAfter = (node) => node === ref || (ref.compareDocumentPosition(node) & FOLLOWING) !== 0;
    } else {
      isAfter = (node) => {
        const position = container.compareDocumentPosition(node);
        return (position & FOLLOWING) !== 0 && (position & CONTAINED_BY) === 0;
      };
    }
    let lo = 0;
    let hi = this.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isAfter(this.nodes[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** A finished walk of a subtree's text: what a TextIndex is made from. */
export interface WalkedText {
  readonly pieces: readonly string[];
  readonly nodes: readonly Text[];
  readonly segStart: readonly number[];
  readonly segLength: readonly number[];
  readonly segNode: readonly number[];
  readonly segNodeOffset: readonly number[];
  readonly nodeFirstSeg: readonly number[];
}

/** How many nodes the walk visits between looks at the clock. */
const NODES_PER_CHECK = 256;

class IndexBuilder implements WalkedText {
  readonly pieces: string[] = [];
  readonly nodes: Text[] = [];
  readonly segStart: number[] = [];
  readonly segLength: number[] = [];
  readonly segNode: number[] = [];
  readonly segNodeOffset: number[] = [];
  readonly nodeFirstSeg: number[] = [];
  private length = 0;
  /** Separator owed before the next text: '' | ' ' | '\n' | '\n\n'. */
  private pendingBreak = '';
  private pendingSpace: DomPoint | null = null;
  private preDepth = 0;
  private lastCharIsSpace = true;

  constructor(private readonly isHidden: (element: Element) => boolean) {}

  static walkAll(root: Node, options: TextIndexOptions): IndexBuilder {
    const builder = new IndexBuilder(options.isHidden ?? isElementHidden);
    for (const _ of builder.walk(root));
    return builder;
  }

  /** Walks `root`, pausing (yielding) every NODES_PER_CHECK nodes so that a caller may stop for a while. */
  *walk(root: Node): Generator<void, void, void> {
    const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
    if (!start) return;
    if (start.nodeType === 3) {
      this.addText(start as Text);
      this.finish();
      return;
    }
    let node: Node | null = start.firstChild;
    let visited = 0;
    while (node) {
      if (++visited % NODES_PER_CHECK === 0) yield;
      let descend = false;
      if (node.nodeType === 1) {
        const element = node as Element;
        if (this.accepts(element)) {
          this.enter(element);
          if (element.firstChild) descend = true;
          else this.exit(element);
        }
      } else if (node.nodeType === 3) {
        this.addText(node as Text);
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== start && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== start) this.exit(node as Element);
      }
      node = node && node !== start ? node.nextSibling : null;
    }
    this.finish();
  }

  private accepts(element: Element): boolean {
    if (SKIPPED_TAGS.has(element.tagName)) return false;
    const ui = element.getAttribute(UI_ATTRIBUTE);
    if (ui !== null && ui !== PAINT_MARK_VALUE) return false;
    return !this.isHidden(element);
  }

  private enter(element: Element): void {
    const tag = element.tagName;
    if (tag === 'BR') this.requestBreak('\n');
    else if (BLOCK_TAGS.has(tag)) this.requestBreak('\n\n');
    if (tag === 'PRE') this.preDepth++;
  }

  private exit(element: Element): void {
    const tag = element.tagName;
    if (BLOCK_TAGS.has(tag)) this.requestBreak('\n\n');
    if (tag === 'PRE') this.preDepth--;
  }

  private requestBreak(kind: '\n' | '\n\n'): void {
    if (this.pendingBreak.length < kind.length) this.pendingBreak = kind;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const id = this.nodes.length;
    const segsBefore = this.segStart.length;
    if (this.preDepth > 0) {
      this.flushPending(id, node);
      this.emit(id, 0, data.length, data);
    } else {
      COLLAPSIBLE.lastIndex = 0;
      let cursor = 0;
      for (let match = COLLAPSIBLE.exec(data); ; match = COLLAPSIBLE.exec(data)) {
        const wordEnd = match ? match.index : data.length;
        if (wordEnd > cursor) {
          this.flushPending(id, node);
          this.emit(id, cursor, wordEnd - cursor, data.slice(cursor, wordEnd));
        }
        if (!match) break;
        if (!this.lastCharIsSpace && !this.pendingSpace) this.pendingSpace = { node, offset: match.index };
        cursor = match.index + match[0].length;
      }
    }
    if (this.segStart.length > segsBefore) {
      this.nodes.push(node);
      this.nodeFirstSeg.push(segsBefore);
    } else if (this.pendingSpace?.node === node) {
      this.pendingSpace = null;
      if (!this.pendingBreak) this.pendingBreak = ' ';
    }
  }

  private flushPending(id: number, node: Text): void {
    if (this.length > 0 && this.pendingBreak && this.pendingBreak !== ' ') {
      this.pushSynthetic(this.pendingBreak);
    } else if (this.length > 0 && this.pendingSpace) {
      const space = this.pendingSpace;
      if (space.node === node) this.emit(id, space.offset, 1, ' ');
      else this.pushSynthetic(' ');
    } else if (this.length > 0 && this.pendingBreak === ' ') {
      this.pushSynthetic(' ');
    }
    this.pendingBreak = '';
    this.pendingSpace = null;
  }

  private pushSynthetic(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    this.lastCharIsSpace = true;
  }

  private emit(id: number, nodeOffset: number, length: number, text: string): void {
    const last = this.segStart.length - 1;
    if (
      last >= 0 &&
      this.segNode[last] === id &&
      this.segNodeOffset[last]! + this.segLength[last]! === nodeOffset &&
      this.segStart[last]! + this.segLength[last]! === this.length
    ) {
      this.segLength[last]! += length;
    } else {
      this.segStart.push(this.length);
      this.segLength.push(length);
      this.segNode.push(id);
      this.segNodeOffset.push(nodeOffset);
    }
    this.pieces.push(text);
    this.length += length;
    this.lastCharIsSpace = /\s$/.test(text);
  }

  private finish(): void {
    this.nodeFirstSeg.push(this.segStart.length);
  }
}

export function buildTextIndex(root: Node, options?: TextIndexOptions): TextIndex {
  return new TextIndex(root, options);
}

export interface SliceOptions extends TextIndexOptions {
  /** Work at most about this long before pausing (default 8 ms). */
  sliceMs?: number;
  /** Gives the main thread back to the page, e.g. scheduler.yield(). */
  pause: () => Promise<void>;
}

/**
 * A TextIndex built in slices of about `sliceMs`, pausing in between, so that a large page's index
 * is not one long task. Should the subtree change while the walk is paused, the walk so far is
 * thrown away and the index is built again in one go, so that it always matches the DOM as it is
 * when the promise resolves.
 */
export async function buildTextIndexInSlices(root: Node, options: SliceOptions): Promise<TextIndex> {
  const sliceMs = options.sliceMs ?? 8;
  const builder = new IndexBuilder(options.isHidden ?? isElementHidden);
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const Observer = doc?.defaultView?.MutationObserver;
  let changed = false;
  const observer = Observer
    ? new Observer(() => {
        changed = true;
      })
    : null;
  observer?.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  try {
    let sliceStart = performance.now();
    for (const _ of builder.walk(root)) {
      if (performance.now() - sliceStart < sliceMs) continue;
      await options.pause();
      if (changed || (observer && observer.takeRecords().length > 0)) return new TextIndex(root, options);
      sliceStart = performance.now();
    }
    return new TextIndex(root, options, builder);
  } finally {
    observer?.disconnect();
  }
}
