import { breaksText, SKIPPED_TAGS } from '../../shared/dom-text';
export interface TextBlock {
  /** The innermost element holding the whole block. */
  element: Element;
  /** Whitespace-collapsed text. */
  text: string;
  /** Characters (whitespace left out) of the block's text that sit inside links. */
  linkLength: number;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Split `root` into text blocks the way a reader sees paragraphs: every block-level element
 * starts a new block, and inline runs between blocks form their own block.
 */
export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let run = '';
  let runLinkLength = 0;
  let runOwner: Element = root;

  const flush = () => {
    const text = collapseWhitespace(run);
    if (text) blocks.push({ element: runOwner, text, linkLength: runLinkLength });
    run = '';
    runLinkLength = 0;
  };

  const visit = (node: Node, owner: Element, inLink: boolean) => {
    if (node.nodeType === 3) {
      if (!run) runOwner = owner;
      const value = node.nodeValue ?? '';
      run += value;
      if (inLink) runLinkLength += value.replace(/\s+/gu, '').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const linked = inLink || tag === 'A';
    if (breaksText(tag)) {
      flush();
      for (const child of Array.from(el.childNodes)) visit(child, el, linked);
      flush();
    } else {
      for (const child of Array.from(el.childNodes)) visit(child, owner, linked);
    }
  };

  for (const child of Array.from(root.childNodes)) visit(child, root, false);
  flush();
  return blocks;
}
