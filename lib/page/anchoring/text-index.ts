/**
 * A plain-text view of a live DOM subtree's rendered text, with offsets that map back to
 * (Text node, offset) points and the other way round. Built by text-index-builder.ts.
 *
 * The text resembles Readability-style plain text: whitespace runs collapse to one space,
 * blocks are separated by "\n\n", `<br>` becomes "\n". Text in script/style/etc., in hidden
 * subtrees and inside our own UI (`[data-marginalia-ui]`, except paint marks) is left out.
 *
 * The mapping is kept as segments: runs of index text that map linearly onto one Text node.
 * Synthetic characters (block separators, a space standing for whitespace that was dropped
 * between nodes) belong to no segment.
 */
import { walkText, type BlockSpan, type TextIndexOptions, type WalkedText } from './text-index-builder';

export { PAINT_MARK_VALUE, UI_ATTRIBUTE } from './ui-attribute';
export { isElementHidden, isHiddenByAttribute, type TextIndexOptions } from './text-index-builder';

// Node.DOCUMENT_POSITION_* without relying on a global `Node` (scripts run the index outside a browser).
const FOLLOWING = 4;
const CONTAINED_BY = 16;

export interface DomPoint {
  node: Text;
  offset: number;
}

export type Affinity = 'start' | 'end';

function isWalked(value: TextIndexOptions | WalkedText): value is WalkedText {
  return 'pieces' in value;
}

export class TextIndex {
  readonly root: Node;
  readonly text: string;
  /** Indexed Text nodes in document order. */
  readonly nodes: readonly Text[];
  /** Indexed block elements and where their text is (for updating the index block by block). */
  readonly blocks: ReadonlyMap<Element, BlockSpan>;
  /** @internal the segments; see spliceBlock in text-index-update.ts. */
  readonly segStart: Int32Array;
  readonly segLength: Int32Array;
  readonly segNode: Int32Array;
  readonly segNodeOffset: Int32Array;
  /** First segment of each node; `nodeFirstSeg[nodes.length]` = segment count. */
  private readonly nodeFirstSeg: Int32Array;
  private nodeIdMap: Map<Text, number> | null = null;

  /** From `root`'s text walked now, or from a finished walk of it (built in slices, or spliced). */
  constructor(root: Node, source: TextIndexOptions | WalkedText = {}) {
    this.root = root;
    const walked = isWalked(source) ? source : walkText(root, source);
    this.text = walked.pieces.join('');
    this.nodes = walked.nodes;
    this.blocks = walked.blocks;
    this.segStart = new Int32Array(walked.segStart);
    this.segLength = new Int32Array(walked.segLength);
    this.segNode = new Int32Array(walked.segNode);
    this.segNodeOffset = new Int32Array(walked.segNodeOffset);
    this.nodeFirstSeg = new Int32Array(this.nodes.length + 1);
    let seg = 0;
    for (let id = 0; id <= this.nodes.length; id++) {
      while (seg < this.segNode.length && this.segNode[seg]! < id) seg++;
      this.nodeFirstSeg[id] = seg;
    }
  }

  /** Made on first use: only DOM-to-index lookups (the reader's selection) need it. */
  private get nodeIds(): Map<Text, number> {
    this.nodeIdMap ??= new Map(this.nodes.map((node, i) => [node, i]));
    return this.nodeIdMap;
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
