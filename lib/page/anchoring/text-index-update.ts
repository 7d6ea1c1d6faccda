/**
 * Keeping a TextIndex in step with a live page at bounded cost: building it in slices that give
 * the page its thread back, and, when the page changes, walking again only the block elements
 * that changed and splicing their text into the index instead of rebuilding it.
 */
import { watchChanges } from '../change-watch';
import { TextIndex } from './text-index';
import {
  walkBlockText,
  walkTextInSteps,
  type BlockSpan,
  type TextIndexOptions,
  type WalkedText,
} from './text-index-builder';

export interface SliceOptions extends TextIndexOptions {
  /** Work at most about this long before pausing (default 8 ms). */
  sliceMs?: number;
  /** Gives the main thread back to the page, e.g. scheduler.yield(). */
  pause: () => Promise<void>;
  /** Walks begun again after a change before the last one is finished in one go (default 3). */
  maxRestarts?: number;
}

/**
 * A TextIndex built in slices of about `sliceMs`, pausing in between, so that a large page's index
 * is not one long task. Should the subtree change while the walk is paused, the walk starts over
 * (in slices again, a few times, then in one go), so that the index always matches the DOM as it
 * is when the promise resolves.
 */
export async function buildTextIndexInSlices(root: Node, options: SliceOptions): Promise<TextIndex> {
  const sliceMs = options.sliceMs ?? 8;
  const changes = watchChanges(root);
  try {
    for (let attempt = 0; attempt <= (options.maxRestarts ?? 3); attempt++) {
      const steps = walkTextInSteps(root, options);
      let sliceStart = performance.now();
      let step = steps.next();
      let restarted = false;
      while (!step.done) {
        if (performance.now() - sliceStart >= sliceMs) {
          await options.pause();
          if (changes.changedSincePause()) {
            restarted = true;
            break;
          }
          sliceStart = performance.now();
        }
        step = steps.next();
      }
      if (!restarted && step.done) return new TextIndex(root, step.value);
    }
    return new TextIndex(root, options);
  } finally {
    changes.stop();
  }
}

/** More changed blocks than this: rebuilding costs about as much as splicing. */
const MAX_SPLICED_BLOCKS = 32;

/**
 * The index after the DOM changes at `changed` (mutation targets: elements, or text nodes), with
 * only the innermost indexed block around each change walked again; null when that cannot be done
 * exactly (a change outside every block, a block that became empty or hidden …): rebuild then.
 * The result equals a fresh index of the same root.
 */
export function updateTextIndex(
  index: TextIndex,
  changed: Iterable<Node>,
  options: TextIndexOptions = {},
): TextIndex | null {
  const blocks = new Set<Element>();
  for (const node of changed) {
    // A node taken out of the page: its removal is a change to a parent that is still in it.
    if (!node.isConnected) continue;
    const block = enclosingBlock(index, node);
    if (!block) return null;
    blocks.add(block);
    if (blocks.size > MAX_SPLICED_BLOCKS) return null;
  }
  // A block inside another changed block is walked with it.
  const outermost = [...blocks].filter((block) => {
    for (let up = block.parentElement; up; up = up.parentElement) if (blocks.has(up)) return false;
    return true;
  });
  let current = index;
  for (const block of outermost) {
    const next = spliceBlock(current, block, options);
    if (!next) return null;
    current = next;
  }
  return current;
}

function enclosingBlock(index: TextIndex, node: Node): Element | null {
  const root = index.root;
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && element !== root) {
    if (index.blocks.has(element)) return element.isConnected ? element : null;
    element = element.parentElement;
  }
  return null;
}

/** `index` with `block`'s text walked again; null when the block had or has no text, or is no longer indexed. */
export function spliceBlock(index: TextIndex, block: Element, options: TextIndexOptions = {}): TextIndex | null {
  const span = index.blocks.get(block);
  if (!span || span.endSeg <= span.firstSeg || !index.root.contains(block)) return null;
  const from = index.segStart[span.firstSeg]!;
  const to = index.segStart[span.endSeg - 1]! + index.segLength[span.endSeg - 1]!;
  const walked = walkBlockText(block, from, options);
  if (!walked || walked.segStart.length === 0) return null;
  const newText = walked.pieces.join('');
  const textShift = newText.length - (to - from);
  const segShift = walked.segStart.length - (span.endSeg - span.firstSeg);
  const nodeShift = walked.nodes.length - (span.endNode - span.firstNode);

  const splice = (old: Int32Array, inserted: ArrayLike<number>, addInserted: number, addAfter: number) => {
    const out = new Int32Array(old.length + segShift);
    out.set(old.subarray(0, span.firstSeg));
    for (let i = 0; i < inserted.length; i++) out[span.firstSeg + i] = inserted[i]! + addInserted;
    const after = old.subarray(span.endSeg);
    const at = span.firstSeg + inserted.length;
    if (addAfter === 0) out.set(after, at);
    else for (let i = 0; i < after.length; i++) out[at + i] = after[i]! + addAfter;
    return out;
  };

  const blocks = new Map<Element, BlockSpan>();
  const shiftSeg = (seg: number) => (seg >= span.endSeg ? seg + segShift : seg);
  const shiftNode = (node: number) => (node >= span.endNode ? node + nodeShift : node);
  for (const [element, old] of index.blocks) {
    if (element === block) continue;
    // Told apart by where their text is, without asking the DOM: what lies inside the block's text
    // was in the block (or moved, and is walked again where it is now); only an equal span is ambiguous.
    const inside = old.firstSeg >= span.firstSeg && old.endSeg <= span.endSeg;
    const around = old.firstSeg <= span.firstSeg && old.endSeg >= span.endSeg;
    if (inside && (!around || block.contains(element))) continue;
    blocks.set(element, {
      firstSeg: shiftSeg(old.firstSeg),
      endSeg: shiftSeg(old.endSeg),
      firstNode: shiftNode(old.firstNode),
      endNode: shiftNode(old.endNode),
    });
  }
  for (const [element, inner] of walked.blocks) {
    blocks.set(element, {
      firstSeg: inner.firstSeg + span.firstSeg,
      endSeg: inner.endSeg + span.firstSeg,
      firstNode: inner.firstNode + span.firstNode,
      endNode: inner.endNode + span.firstNode,
    });
  }
  blocks.set(block, {
    firstSeg: span.firstSeg,
    endSeg: span.firstSeg + walked.segStart.length,
    firstNode: span.firstNode,
    endNode: span.firstNode + walked.nodes.length,
  });

  const spliced: WalkedText = {
    pieces: [index.text.slice(0, from), newText, index.text.slice(to)],
    nodes: [...index.nodes.slice(0, span.firstNode), ...walked.nodes, ...index.nodes.slice(span.endNode)],
    segStart: splice(index.segStart, walked.segStart, 0, textShift),
    segLength: splice(index.segLength, walked.segLength, 0, 0),
    segNode: splice(index.segNode, walked.segNode, span.firstNode, nodeShift),
    segNodeOffset: splice(index.segNodeOffset, walked.segNodeOffset, 0, 0),
    blocks,
  };
  return new TextIndex(index.root, spliced);
}
