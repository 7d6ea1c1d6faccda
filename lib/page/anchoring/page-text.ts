/**
 * The one text index of the live page that the session (claims, terms, disclaimer) and the
 * highlighter share: built in slices on first use, then kept in step with the page by walking
 * again only the blocks that changed (text-index-update.ts), and rebuilt in slices only when that
 * cannot be done exactly.
 */
import type { TextIndex } from './text-index';
import { buildTextIndexInSlices, updateTextIndex } from './text-index-update';
import type { TextIndexOptions } from './text-index-builder';
import { UI_ATTRIBUTE, PAINT_MARK_VALUE, isPaintedMarking } from './ui-attribute';
import { slicer } from '../slices';

export interface PageTextOptions extends TextIndexOptions {
  /** Slice length and pause, for tests (default: SLICE_MS and scheduler.yield). */
  sliceMs?: number;
  pause?: () => Promise<void>;
}

/** Changes inside our own UI (the selection bar, the term card) never touch the page's text. */
function isOurUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const ui = element?.closest(`[${UI_ATTRIBUTE}]`);
  return !!ui && ui.getAttribute(UI_ATTRIBUTE) !== PAINT_MARK_VALUE;
}

/** More changed nodes than this before the next use: the index is dropped and rebuilt then (a busy page keeps nothing alive). */
const MAX_PENDING_CHANGES = 256;

export class PageText {
  private index: TextIndex | null = null;
  private building: Promise<TextIndex> | null = null;
  private readonly changed = new Set<Node>();
  private observer: MutationObserver | null = null;
  /** How the last call got its index, for tests and the benchmark. */
  lastUpdate: 'built' | 'updated' | 'reused' | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: PageTextOptions = {},
  ) {}

  /** The index of the page's body as it is now. */
  async current(): Promise<TextIndex | null> {
    const body = this.doc.body;
    if (!body) return null;
    if (this.building) return this.building;
    this.collect();
    if (this.index && this.index.root === body) {
      if (this.changed.size === 0) {
        this.lastUpdate = 'reused';
        return this.index;
      }
      const start = performance.now();
      const updated = updateTextIndex(this.index, this.changed, this.options);
      performance.measure('marginalia:index', { start });
      this.changed.clear();
      if (updated) {
        this.index = updated;
        this.lastUpdate = 'updated';
        return updated;
      }
    }
    this.building = this.build(body).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.index = null;
  }

  private async build(body: HTMLElement): Promise<TextIndex> {
    this.watch(body);
    const slices = slicer('index', this.options.sliceMs, this.options.pause);
    const index = await buildTextIndexInSlices(body, {
      ...this.options,
      sliceMs: this.options.sliceMs,
      pause: slices.pause,
    });
    slices.end();
    // The build saw every change up to now.
    this.observer?.takeRecords();
    this.changed.clear();
    this.index = index;
    this.lastUpdate = 'built';
    return index;
  }

  private watch(body: HTMLElement): void {
    this.observer?.disconnect();
    const Observer = this.doc.defaultView?.MutationObserver;
    if (!Observer) return;
    this.observer = new Observer((records) => this.note(records));
    this.observer.observe(body, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  private collect(): void {
    if (this.observer) this.note(this.observer.takeRecords());
  }

  private note(records: MutationRecord[]): void {
    for (const record of records) {
      // The painter's marks first: one comparison, where isOurUi looks up the ancestors.
      if (isPaintedMarking(record) || isOurUi(record.target)) continue;
      if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurUiNode)) continue;
      this.changed.add(record.target);
    }
    if (this.changed.size > MAX_PENDING_CHANGES && !this.building) {
      // Splicing that many blocks would cost about a rebuild: stop watching until the next use.
      this.observer?.disconnect();
      this.observer = null;
      this.index = null;
      this.changed.clear();
    }
  }
}

function isOurUiNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(UI_ATTRIBUTE) && !isPaintMark(node as Element);
}

function isPaintMark(element: Element): boolean {
  return element.getAttribute(UI_ATTRIBUTE) === PAINT_MARK_VALUE;
}
