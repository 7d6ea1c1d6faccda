import { breaksText, SKIPPED_TAGS } from './dom-text';
import { collapseWhitespace } from './text';

export interface TextBlock {
  element: Element;
  /** The element's textContent, whitespace collapsed (what anchors on the live page use). */
  text: string;
  /** The same with a space between block-level children, so "<h4>Disclaimer</h4><p>…" reads as two words. */
  spacedText: string;
}

/**
 * Every element with one of `tags` whose collapsed text has at most `maxLength` characters,
 * innermost first. One walk builds each element's text from its children's, instead of asking
 * every element for its textContent (which re-walks the subtree each time).
 */
export function collectBlocks(root: Element, tags: ReadonlySet<string>, maxLength: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Returns [textContent, spaced text] of the node.
  const visit = (node: Node): [string, string] => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      return [value, value];
    }
    if (node.nodeType !== 1) return ['', ''];
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(element.tagName)) return ['', ''];
    let text = '';
    let spaced = '';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const [childText, childSpaced] = visit(child);
      text += childText;
      spaced += child.nodeType === 1 && breaksText((child as Element).tagName) ? ` ${childSpaced} ` : childSpaced;
    }
    // Collapsing can only shorten, so a raw text far over the limit is skipped unread.
    if (tags.has(tag) && text.length > 0 && text.length <= maxLength * 4) {
      const collapsed = collapseWhitespace(text);
      if (collapsed.length > 0 && collapsed.length <= maxLength) {
        blocks.push({ element, text: collapsed, spacedText: collapseWhitespace(spaced) });
      }
    }
    return [text, spaced];
  };
  visit(root);
  return blocks;
}
