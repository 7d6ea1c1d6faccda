/**
 * Text that Readability does not weigh, made visible to it on the clone. It scores paragraphs
 * (and sections, cells, preformatted text, and divs holding only inline content), never list
 * items: a story written as items of a list (a common CMS habit) has no score, and Readability
 * settles on a caption or a sidebar instead. An item that reads as a paragraph gets one: its
 * inline content is wrapped in a <p>, the list itself kept. And paragraphs each wrapped in
 * wrappers of their own lose their story's siblings (see unwrapNestedParagraphs).
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

/** A div says at least this much (Latin words; a CJK character half a word) to read as a paragraph. */
const MIN_PROSE_DIV_WEIGHT = 5;
/** ...and this much of it outside its links: a headline, a menu or a "Read more: <link>" line says less. */
const MIN_PROSE_DIV_OWN_WEIGHT = 4;
/** Tags that make a div more than a paragraph to Readability: blocks and images. */
const BLOCK_OR_IMAGE_TAGS = new Set(
  [BLOCK_INSIDE.split(', '), 'li', 'img', 'picture', 'video', 'iframe', 'form', 'hr']
    .flat()
    .map((tag) => tag.toUpperCase()),
);

/**
 * Divs whose content is inline text reading as a paragraph, made <p>s. Readability turns such
 * a div into a paragraph only when few of its letters are links; otherwise it keeps the div,
 * which its cleaning then drops as a link block. A story written in divs (a CMS that never
 * writes <p>) loses every paragraph that cites its sources that way: a round-up of links, a
 * sentence naming a fund or a report. Renamed on the clone (its attributes kept, which
 * Readability weighs), such a div is a paragraph whatever its links, as it would be written as
 * one. Lines that say little outside their links (headlines, menus, a teaser's card inside its
 * link), that say too little or no sentence, and divs named as furniture, stay divs.
 */
export function renameProseDivs(root: Element): void {
  for (const div of inlineDivs(root)) {
    const text = div.textContent ?? '';
    const weight = textWeight(text);
    if (weight < MIN_PROSE_DIV_WEIGHT || sentenceCount(text) === 0) continue;
    if (div.closest('a') || weight - linkWeight(div) < MIN_PROSE_DIV_OWN_WEIGHT) continue;
    if (FURNITURE_NAME.test(`${div.getAttribute('class') ?? ''} ${div.id}`)) continue;
    const paragraph = div.ownerDocument.createElement('p');
    for (const attribute of Array.from(div.attributes)) paragraph.setAttribute(attribute.name, attribute.value);
    while (div.firstChild) paragraph.appendChild(div.firstChild);
    div.replaceWith(paragraph);
  }
}

/** What the element's links say (text weight). */
function linkWeight(element: Element): number {
  let weight = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) weight += textWeight(link.textContent ?? '');
  return weight;
}

/** The divs under `root` holding no block or image, found in one walk (children before their parent). */
function inlineDivs(root: Element): Element[] {
  const divs: Element[] = [];
  const holdsBlock = (el: Element): boolean => {
    let holds = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (holdsBlock(child) || BLOCK_OR_IMAGE_TAGS.has(child.tagName)) holds = true;
    }
    if (!holds && el.tagName === 'DIV') divs.push(el);
    return holds;
  };
  holdsBlock(root);
  return divs;
}

/** Class or id words of a wrapper that marks what it holds as furniture, which Readability weighs down by them. */
const FURNITURE_NAME =
  /comment|reply|replies|related|promo|sponsor|share|social|sidebar|footer|widget|banner|caption|media|meta|(?:^|[\s_-])ads?(?:$|[\s_-])/iu;
/** Tags of wrappers that hold nothing but what is inside them. */
const WRAPPER_TAGS = new Set(['DIV', 'SECTION', 'SPAN']);

/**
 * Paragraphs wrapped two or more levels deep, each alone in its wrappers (a component per
 * paragraph): Readability lifts a paragraph out of one wrapper, not two, and then leaves the
 * story's other wrappers out as siblings that each say too little. On the clone, such a
 * paragraph takes its outermost wrapper's place, unless a wrapper's name marks it as furniture.
 */
export function unwrapNestedParagraphs(root: ParentNode): void {
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    let outermost: Element | null = null;
    let levels = 0;
    for (let wrapper = paragraph.parentElement; wrapper && holdsOnly(wrapper); wrapper = wrapper.parentElement) {
      if (!WRAPPER_TAGS.has(wrapper.tagName.toUpperCase())) break;
      if (FURNITURE_NAME.test(`${wrapper.getAttribute('class') ?? ''} ${wrapper.id}`)) {
        outermost = null;
        break;
      }
      outermost = wrapper;
      levels++;
    }
    if (outermost && levels >= 2) outermost.replaceWith(paragraph);
  }
}

/** Whether an element holds one element and no text beside it. */
function holdsOnly(wrapper: Element): boolean {
  if (wrapper.childElementCount !== 1) return false;
  for (let child = wrapper.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return false;
  }
  return true;
}
