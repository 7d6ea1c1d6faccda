/**
 * Walks a live DOM subtree's rendered text into the parts a TextIndex is made of (see
 * text-index.ts for what the text looks like). The walk can pause (a generator) so that callers
 * may build in slices, and it records where each block element's text lies, so that a changed
 * block can be walked again alone and spliced into an existing index (text-index-update.ts).
 */
import { BLOCK_TAGS, SKIPPED_TAGS } from '../../shared/dom-text';
import { PAINT_MARK_VALUE, UI_ATTRIBUTE } from './ui-attribute';

/** Whitespace that HTML rendering collapses (space, tab, line feed, form feed, carriage return; not NBSP). */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/**
 * Whether /\s/ matches the UTF-16 code unit `code` beyond ASCII, without a string and a regular
 * expression per call (the walk asks at every word end of non-ASCII text).
 */
export function isNonAsciiSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What `emit` counts as a space at the end of a text (besides the collapsible ones, which never end a word). */
function isSpaceLike(code: number): boolean {
  return code === 11 || (code > 127 && isNonAsciiSpace(code));
}

/** Our UI hosts are `div`s and custom elements; only those need the attribute looked up. */
function mayBeUiHost(tag: string): boolean {
  return tag === 'DIV' || tag.includes('-');
}

export interface TextIndexOptions {
  /**
   * Decides whether an element is not rendered. Defaults to the `hidden` attribute plus
   * `checkVisibility()` where the browser has it.
   */
  isHidden?: (element: Element, tag: string) => boolean;
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

export function isElementHidden(element: Element, tag: string = element.tagName): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (PHRASING_TAGS.has(tag)) {
    const style = element.getAttribute('style');
    return style !== null && INLINE_DISPLAY_NONE.test(style);
  }
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

/** Where a block element's text lies in a walk: segments [firstSeg, endSeg), nodes [firstNode, endNode). */
export interface BlockSpan {
  firstSeg: number;
  endSeg: number;
  firstNode: number;
  endNode: number;
}

/** A finished walk of a subtree's text: what a TextIndex is made from. */
export interface WalkedText {
  readonly pieces: readonly string[];
  readonly nodes: readonly Text[];
  readonly segStart: ArrayLike<number>;
  readonly segLength: ArrayLike<number>;
  readonly segNode: ArrayLike<number>;
  readonly segNodeOffset: ArrayLike<number>;
  /** Indexed block elements and where their text is. */
  readonly blocks: ReadonlyMap<Element, BlockSpan>;
}

/** How many nodes the walk visits between looks at the clock. */
const NODES_PER_CHECK = 256;

interface OpenBlock {
  element: Element;
  firstSeg: number;
  firstNode: number;
}

class IndexBuilder implements WalkedText {
  readonly pieces: string[] = [];
  readonly nodes: Text[] = [];
  readonly segStart: number[] = [];
  readonly segLength: number[] = [];
  readonly segNode: number[] = [];
  readonly segNodeOffset: number[] = [];
  readonly blocks = new Map<Element, BlockSpan>();
  private readonly openBlocks: OpenBlock[] = [];
  private length: number;
  /** Separator owed before the next text: '' | ' ' | '\n' | '\n\n'. */
  private pendingBreak = '';
  private pendingSpace: { node: Text; offset: number } | null = null;
  private preDepth: number;
  private lastCharIsSpace = true;
  /** Whether this walk has written text yet: separators go only between texts of the walk. */
  private hasText = false;

  /** `startLength`: the offset the walked text will start at (a block walked again inside an index). */
  constructor(
    private readonly isHidden: (element: Element, tag: string) => boolean,
    startLength = 0,
    preDepth = 0,
  ) {
    this.length = startLength;
    this.preDepth = preDepth;
  }

  /** Walks the children of `root`, pausing (yielding) every NODES_PER_CHECK nodes so that a caller may stop for a while. */
  *walk(root: Node): Generator<void, void, void> {
    const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
    if (!start) return;
    if (start.nodeType === 3) {
      this.addText(start as Text);
      return;
    }
    // Each DOM property is asked once per node: from a content script every read crosses into the
    // page's world. The tags of the elements the walk is inside (innermost last) are kept for their exit.
    const openTags: string[] = [];
    let node: Node | null = start.firstChild;
    let visited = 0;
    while (node) {
      if (++visited % NODES_PER_CHECK === 0) yield;
      const type = node.nodeType;
      if (type === 1) {
        const element = node as Element;
        const tag = element.tagName;
        if (this.accepts(element, tag)) {
          this.enter(element, tag);
          const first = element.firstChild;
          if (first) {
            openTags.push(tag);
            node = first;
            continue;
          }
          this.exit(element, tag);
        }
      } else if (type === 3) {
        this.addText(node as Text);
      }
      let next: Node | null = node.nextSibling;
      while (!next) {
        node = node.parentNode;
        if (!node || node === start) break;
        this.exit(node as Element, openTags.pop()!);
        next = node.nextSibling;
      }
      node = next;
    }
  }

  accepts(element: Element, tag: string): boolean {
    if (SKIPPED_TAGS.has(tag)) return false;
    if (mayBeUiHost(tag)) {
      const ui = element.getAttribute(UI_ATTRIBUTE);
      if (ui !== null && ui !== PAINT_MARK_VALUE) return false;
    }
    return !this.isHidden(element, tag);
  }

  private enter(element: Element, tag: string): void {
    if (tag === 'BR') this.requestBreak('\n');
    else if (BLOCK_TAGS.has(tag)) {
      this.requestBreak('\n\n');
      this.openBlocks.push({ element, firstSeg: this.segStart.length, firstNode: this.nodes.length });
    }
    if (tag === 'PRE') this.preDepth++;
  }

  private exit(element: Element, tag: string): void {
    if (BLOCK_TAGS.has(tag)) {
      this.requestBreak('\n\n');
      const open = this.openBlocks.pop();
      if (open?.element === element) {
        this.blocks.set(element, {
          firstSeg: open.firstSeg,
          endSeg: this.segStart.length,
          firstNode: open.firstNode,
          endNode: this.nodes.length,
        });
      }
    }
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
      // Words between runs of collapsible whitespace (a scan of char codes: no match objects to allocate).
      // A lone space between two words reads as itself: the words and such spaces go out as one run.
      const length = data.length;
      let cursor = 0;
      while (cursor <= length) {
        let wordEnd = cursor;
        for (;;) {
          while (wordEnd < length && !isCollapsible(data.charCodeAt(wordEnd))) wordEnd++;
          if (
            wordEnd > cursor &&
            wordEnd + 1 < length &&
            data.charCodeAt(wordEnd) === 32 &&
            !isCollapsible(data.charCodeAt(wordEnd + 1)) &&
            !isSpaceLike(data.charCodeAt(wordEnd - 1))
          )
            wordEnd += 2;
          else break;
        }
        if (wordEnd > cursor) {
          this.flushPending(id, node);
          this.emit(id, cursor, wordEnd - cursor, data.slice(cursor, wordEnd));
        }
        if (wordEnd === length) break;
        if (!this.lastCharIsSpace && !this.pendingSpace) this.pendingSpace = { node, offset: wordEnd };
        cursor = wordEnd + 1;
        while (cursor < length && isCollapsible(data.charCodeAt(cursor))) cursor++;
      }
    }
    if (this.segStart.length > segsBefore) {
      this.nodes.push(node);
    } else if (this.pendingSpace?.node === node) {
      this.pendingSpace = null;
      if (!this.pendingBreak) this.pendingBreak = ' ';
    }
  }

  private flushPending(id: number, node: Text): void {
    if (this.hasText && this.pendingBreak && this.pendingBreak !== ' ') {
      this.pushSynthetic(this.pendingBreak);
    } else if (this.hasText && this.pendingSpace) {
      const space = this.pendingSpace;
      if (space.node === node) this.emit(id, space.offset, 1, ' ');
      else this.pushSynthetic(' ');
    } else if (this.hasText && this.pendingBreak === ' ') {
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
    this.hasText = true;
    const lastCode = text.charCodeAt(text.length - 1);
    // What /\s$/ would say, without a regular expression for the common (ASCII) case.
    this.lastCharIsSpace =
      lastCode === 32 || (lastCode >= 9 && lastCode <= 13) || (lastCode > 127 && isNonAsciiSpace(lastCode));
  }
}

/** The whole text of `root` in one go. */
export function walkText(root: Node, options: TextIndexOptions = {}): WalkedText {
  const builder = new IndexBuilder(options.isHidden ?? isElementHidden);
  for (const _ of builder.walk(root));
  return builder;
}

/** The walk of `root` that pauses every few hundred nodes; its return value is the finished walk. */
export function* walkTextInSteps(root: Node, options: TextIndexOptions = {}): Generator<void, WalkedText, void> {
  const builder = new IndexBuilder(options.isHidden ?? isElementHidden);
  yield* builder.walk(root);
  return builder;
}

/**
 * The text of one block element alone, as it reads inside the whole walk when its text starts
 * at `startLength`; null when the block is not indexed as it stands (skipped, hidden, inside <pre>).
 */
export function walkBlockText(block: Element, startLength: number, options: TextIndexOptions = {}): WalkedText | null {
  const isHidden = options.isHidden ?? isElementHidden;
  const builder = new IndexBuilder(isHidden, startLength, block.tagName === 'PRE' ? 1 : 0);
  if (!BLOCK_TAGS.has(block.tagName) || !builder.accepts(block, block.tagName)) return null;
  if (block.parentElement?.closest('pre')) return null;
  for (const _ of builder.walk(block));
  return builder;
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}
