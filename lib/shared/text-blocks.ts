import { breaksText, SKIPPED_TAGS } from './dom-text';
import { collapseWhitespace } from './text';

export interface TextBlock {
  element: Element;
  /** The element's textContent, whitespace collapsed (what anchors on the live page use). */
  text: string;
  /** The same with a space between block-level children, so "<h4>Disclaimer</h4><p>…" reads as two words. */
  spacedText: string;
}

/** Which blocks a detector reads: elements with one of `tags` whose collapsed text has at most `maxLength` characters. */
export interface BlockRequest {
  tags: ReadonlySet<string>;
  maxLength: number;
}

/**
 * What a subtree reads as: its text, and the same spaced between block-level children (null when
 * it holds none, so the two are the same); null once its raw text is longer than any requested
 * block can be (so are its ancestors').
 */
type SubtreeText = [text: string, spaced: string | null] | null;

const EMPTY: SubtreeText = ['', null];

/**
 * The blocks of each request, innermost first, from one walk of `root`. Each element's text is
 * built from its children's, instead of asking every element for its textContent (which re-walks
 * the subtree each time). A raw text over four times a request's limit is skipped unread (its
 * whitespace could hardly collapse that much), and as an ancestor's raw text is never shorter
 * than its child's, nothing above the first subtree too long for every request is built at all.
 */
export function collectBlockSets(root: Element, requests: readonly BlockRequest[]): TextBlock[][] {
  const sets: TextBlock[][] = requests.map(() => []);
  const rawLimits = requests.map((request) => request.maxLength * 4);
  const rawLimit = Math.max(0, ...rawLimits);
  const visit = (node: Node): SubtreeText => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      return value.length > rawLimit ? null : [value, null];
    }
    if (node.nodeType !== 1) return EMPTY;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) return EMPTY;
    let text = '';
    // Built only from the first block-level child on (until then it is `text`).
    let spaced: string | null = null;
    let overflow = false;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const childText = visit(child);
      // The remaining children are still walked: blocks inside them may qualify.
      if (overflow || !childText) {
        overflow = true;
        continue;
      }
      const [childRaw, childSpaced] = childText;
      const breaks = child.nodeType === 1 && breaksText((child as Element).tagName);
      if (spaced === null && (breaks || childSpaced !== null)) spaced = text;
      text += childRaw;
      if (spaced !== null) spaced += breaks ? ` ${childSpaced ?? childRaw} ` : (childSpaced ?? childRaw);
      if (text.length > rawLimit) overflow = true;
    }
    if (overflow) return null;
    if (text.length === 0) return [text, spaced];
    let collapsed: string | undefined;
    let collapsedSpaced: string | undefined;
    for (const [i, request] of requests.entries()) {
      if (text.length > rawLimits[i]! || !request.tags.has(element.localName)) continue;
      collapsed ??= collapseWhitespace(text);
      if (collapsed.length === 0 || collapsed.length > request.maxLength) continue;
      collapsedSpaced ??= spaced === null ? collapsed : collapseWhitespace(spaced);
      sets[i]!.push({ element, text: collapsed, spacedText: collapsedSpaced });
    }
    return [text, spaced];
  };
  visit(root);
  return sets;
}

/** The blocks of one request (see collectBlockSets). */
export function collectBlocks(root: Element, tags: ReadonlySet<string>, maxLength: number): TextBlock[] {
  return collectBlockSets(root, [{ tags, maxLength }])[0]!;
}
