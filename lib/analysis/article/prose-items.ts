/**
 * Text that Readability does not weigh. It scores paragraphs (and sections, cells, preformatted
 * text, and divs holding only inline content), never list items: a story written as items of a
 * list ("text in list items", a common CMS habit) has no score, and Readability settles on a
 * caption or a sidebar instead. On the clone, an item that reads as a paragraph gets one: its
 * inline content is wrapped in a <p>, the list itself kept.
 */
import { sentenceCount, textWeight, visibleLength } from './text-measure';

/** An item says at least this much (Latin words; a CJK character half a word) to read as a paragraph. */
const MIN_PROSE_ITEM_WEIGHT = 12;
/** Share of an item's letters in links, at most: a teaser's headline and a menu are links. */
const MAX_PROSE_ITEM_LINK_SHARE = 0.3;

/** Inline content: an item holding any of these is already made of blocks. */
const BLOCK_INSIDE = 'p, div, section, article, ul, ol, dl, table, pre, blockquote, h1, h2, h3, h4, h5, h6, figure';

export function wrapProseListItems(root: ParentNode): void {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!doc) return;
  for (const item of Array.from(root.querySelectorAll('li'))) {
    const text = item.textContent ?? '';
    if (sentenceCount(text) === 0 || textWeight(text) < MIN_PROSE_ITEM_WEIGHT) continue;
    if (item.querySelector(BLOCK_INSIDE)) continue;
    let linked = 0;
    for (const link of Array.from(item.getElementsByTagName('a'))) linked += visibleLength(link.textContent ?? '');
    if (linked > visibleLength(text) * MAX_PROSE_ITEM_LINK_SHARE) continue;
    const paragraph = doc.createElement('p');
    while (item.firstChild) paragraph.appendChild(item.firstChild);
    item.appendChild(paragraph);
  }
}
