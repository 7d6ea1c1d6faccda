import { collapseWhitespace } from './text';

export interface TextBlock {
  element: Element;
  /** The element's text, whitespace collapsed. */
  text: string;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

/**
 * Every element with one of `tags` whose collapsed text has at most `maxLength` characters,
 * innermost first. One walk builds each element's text from its children's, instead of asking
 * every element for its textContent (which re-walks the subtree each time).
 */
export function collectBlocks(root: Element, tags: ReadonlySet<string>, maxLength: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag)) return '';
    let text = '';
    for (let child = element.firstChild; child; child = child.nextSibling) text += visit(child);
    // Collapsing can only shorten, so a raw text far over the limit is skipped unread.
    if (tags.has(tag) && text.length > 0 && text.length <= maxLength * 4) {
      const collapsed = collapseWhitespace(text);
      if (collapsed.length > 0 && collapsed.length <= maxLength) blocks.push({ element, text: collapsed });
    }
    return text;
  };
  visit(root);
  return blocks;
}
