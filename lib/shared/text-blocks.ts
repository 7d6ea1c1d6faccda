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

/** Characters `collapseWhitespace` turns into spaces (and trims). */
const BLANK = /^[\s\u00a0\u200b]*$/;

/**
 * The blocks of each request, innermost first, from one walk of `root`. Each element's text is
 * built from its children's, instead of asking every element for its textContent (which re-walks
 * the subtree each time). A raw text over four times a request's limit is skipped unread (its
 * whitespace could hardly collapse that much), and as an ancestor's raw text is never shorter
 * than its child's, nothing above the first subtree too long for every request is built at all.
 *
 * An element whose text is one child's text between blanks (`<div>\n <p>…</p>\n</div>`)
 * collapses to what that child collapses to: it takes the child's collapsed texts instead of
 * collapsing its own again, so a chain of wrappers collapses its text once.
 */
export function collectBlockSets(root: Element, requests: readonly BlockRequest[]): TextBlock[][] {
  const sets: TextBlock[][] = requests.map(() => []);
  const rawLimits = requests.map((request) => request.maxLength * 4);
  const rawLimit = Math.max(0, ...rawLimits);
  // What the last visited subtree reads as (set by `visit` when it returns true; false: its raw
  // text is longer than any requested block can be, and so are its ancestors'): its text; the
  // same spaced between block-level children (null when it holds none, so the two are the same);
  // whether it is blank (collapses to nothing); and its collapsed texts when already known.
  let subtreeText = '';
  let subtreeSpaced: string | null = null;
  let subtreeBlank = true;
  let subtreeCollapsed: string | undefined;
  let subtreeCollapsedSpaced: string | undefined;

  const visit = (node: Node): boolean => {
    subtreeSpaced = null;
    subtreeCollapsed = undefined;
    subtreeCollapsedSpaced = undefined;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.length > rawLimit) return false;
      subtreeText = value;
      subtreeBlank = BLANK.test(value);
      return true;
    }
    subtreeText = '';
    subtreeBlank = true;
    if (node.nodeType !== 1) return true;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) return true;
    let text = '';
    // Built only from the first block-level child on (until then it is `text`).
    let spaced: string | null = null;
    let overflow = false;
    // The one child that is not blank, while there is just one, and its collapsed texts.
    let filledChildren = 0;
    let collapsed: string | undefined;
    let collapsedSpaced: string | undefined;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      // The remaining children are still walked: blocks inside them may qualify.
      if (!visit(child) || overflow) {
        overflow = true;
        continue;
      }
      const childRaw = subtreeText;
      const childSpaced = subtreeSpaced;
      if (!subtreeBlank) {
        filledChildren++;
        collapsed = subtreeCollapsed;
        collapsedSpaced = subtreeCollapsedSpaced;
      }
      const breaks = child.nodeType === 1 && breaksText((child as Element).tagName);
      if (spaced === null && (breaks || childSpaced !== null)) spaced = text;
      text += childRaw;
      if (spaced !== null) spaced += breaks ? ` ${childSpaced ?? childRaw} ` : (childSpaced ?? childRaw);
      if (text.length > rawLimit) overflow = true;
    }
    if (overflow) return false;
    subtreeText = text;
    subtreeSpaced = spaced;
    subtreeBlank = filledChildren === 0;
    if (filledChildren !== 1) collapsed = collapsedSpaced = undefined;
    if (text.length > 0) {
      for (let i = 0; i < requests.length; i++) {
        const request = requests[i]!;
        if (text.length > rawLimits[i]! || !request.tags.has(element.localName)) continue;
        collapsed ??= collapseWhitespace(text);
        if (collapsed.length === 0 || collapsed.length > request.maxLength) continue;
        collapsedSpaced ??= spaced === null ? collapsed : collapseWhitespace(spaced);
        sets[i]!.push({ element, text: collapsed, spacedText: collapsedSpaced });
      }
    }
    subtreeCollapsed = collapsed;
    subtreeCollapsedSpaced = collapsedSpaced;
    return true;
  };
  visit(root);
  return sets;
}

/** The blocks of one request (see collectBlockSets). */
export function collectBlocks(root: Element, tags: ReadonlySet<string>, maxLength: number): TextBlock[] {
  return collectBlockSets(root, [{ tags, maxLength }])[0]!;
}
