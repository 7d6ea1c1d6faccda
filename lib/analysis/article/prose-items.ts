/**
 * Text that Readability does not weigh, made visible to it on the clone. It scores paragraphs
 * (and sections, cells, preformatted text, and divs holding only inline content), never list
 * items: a story written as items of a list (a common CMS habit) has no score, and Readability
 * settles on a caption or a sidebar instead. An item that reads as a paragraph gets one: its
 * inline content is wrapped in a <p>, the list itself kept. And paragraphs each wrapped in
 * wrappers of their own lose their story's siblings (see unwrapNestedParagraphs), and so do
 * sections that each wrap their paragraphs under a heading (see flattenHeadedSections).
 */
import { sentenceCount, textWeight, visibleLength } from './text-measure';
import { isHeadingTag } from './tags';

/** An item says at least this much (Latin words; a CJK character half a word) to read as a paragraph. */
const MIN_PROSE_ITEM_WEIGHT = 12;
/** Share of an item's letters in links, at most: a teaser's headline and a menu are links. */
const MAX_PROSE_ITEM_LINK_SHARE = 0.3;

/** Inline content: an item holding any of these is already made of blocks. */
const BLOCK_INSIDE = 'p, div, section, article, ul, ol, dl, table, pre, blockquote, h1, h2, h3, h4, h5, h6, figure';
const BLOCK_TAGS = new Set(BLOCK_INSIDE.split(', ').map((tag) => tag.toUpperCase()));

/** The list items that read as paragraphs get one (`items`: those holding no block, see findProseCandidates). */
export function wrapProseListItems(root: Element, items = findProseCandidates(root).items): void {
  const doc = root.ownerDocument;
  for (const item of items) {
    const text = item.textContent ?? '';
    if (textWeight(text) < MIN_PROSE_ITEM_WEIGHT || sentenceCount(text) === 0) continue;
    let linked = 0;
    for (const link of Array.from(item.getElementsByTagName('a'))) linked += visibleLength(link.textContent ?? '');
    if (linked > visibleLength(text) * MAX_PROSE_ITEM_LINK_SHARE) continue;
    const paragraph = doc.createElement('p');
    while (item.firstChild) paragraph.appendChild(item.firstChild);
    item.appendChild(paragraph);
  }
}

/** Inline text says at least this much (Latin words; a CJK character half a word) to read as a paragraph. */
const MIN_PARAGRAPH_WEIGHT = 5;
/** ...and this much of it outside its links: a headline, a menu or a "Read more: <link>" line says less. */
const MIN_PARAGRAPH_OWN_WEIGHT = 4;

/**
 * Whether inline text written without <p> (a div's, a run between <br><br>s) reads as a
 * paragraph: a sentence, enough words, enough of them outside its links. `linkWeight` (the text
 * weight of its links) is asked only when the rest holds, since it reads the DOM.
 */
export function readsAsParagraph(text: string, linkWeight: () => number): boolean {
  const weight = textWeight(text);
  if (weight < MIN_PARAGRAPH_WEIGHT || sentenceCount(text) === 0) return false;
  return weight - linkWeight() >= MIN_PARAGRAPH_OWN_WEIGHT;
}
/** Tags that make a div more than a paragraph to Readability: blocks and images. */
const BLOCK_OR_IMAGE_TAGS = new Set([...BLOCK_TAGS, 'LI', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME', 'FORM', 'HR']);

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
export function renameProseDivs(root: Element, divs = findProseCandidates(root).divs): Element[] {
  const paragraphs: Element[] = [];
  for (const div of divs) {
    if (!readsAsParagraph(div.textContent ?? '', () => linkWeight(div)) || div.closest('a')) continue;
    if (FURNITURE_NAME.test(`${div.getAttribute('class') ?? ''} ${div.id}`)) continue;
    const paragraph = div.ownerDocument.createElement('p');
    for (const attribute of Array.from(div.attributes)) paragraph.setAttribute(attribute.name, attribute.value);
    while (div.firstChild) paragraph.appendChild(div.firstChild);
    div.replaceWith(paragraph);
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** What the element's links say (text weight). */
function linkWeight(element: Element): number {
  let weight = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) weight += textWeight(link.textContent ?? '');
  return weight;
}

/** What the prose rules look at under `root`, found in one walk. */
export interface ProseCandidates {
  /** List items holding no block (none holds another, so their order does not matter). */
  items: Element[];
  /** Divs holding no block or image, children before their parent. */
  divs: Element[];
  paragraphs: Element[];
  /** Sections written as a heading and one wrapper of the section's text (see flattenHeadedSections), inner before outer. */
  sections: Element[];
}

const HOLDS_BLOCK = 1;
const HOLDS_BLOCK_OR_IMAGE = 2;

export function findProseCandidates(root: Element): ProseCandidates {
  const found: ProseCandidates = { items: [], divs: [], paragraphs: [], sections: [] };
  const visit = (element: Element): number => {
    let holds = 0;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName;
      holds |=
        visit(child) |
        (BLOCK_TAGS.has(tag) ? HOLDS_BLOCK : 0) |
        (BLOCK_OR_IMAGE_TAGS.has(tag) ? HOLDS_BLOCK_OR_IMAGE : 0);
    }
    const tag = element.tagName;
    if (tag === 'P') found.paragraphs.push(element);
    else if (tag === 'LI' && !(holds & HOLDS_BLOCK)) found.items.push(element);
    else if (tag === 'DIV' && !(holds & HOLDS_BLOCK_OR_IMAGE)) found.divs.push(element);
    else if (isHeadedSection(element)) found.sections.push(element);
    return holds;
  };
  visit(root);
  return found;
}

/**
 * The rules below on the clone, with one walk to find what they look at: list items and
 * divs that read as paragraphs become paragraphs, then paragraphs alone in nested wrappers
 * take their wrappers' place, and sibling sections that wrap their paragraphs under a heading
 * give way to them. A div renamed is a paragraph too; the items' new paragraphs sit
 * in their items, never in a wrapper, so they are left out.
 */
export function scoreProse(root: Element): void {
  const { items, divs, paragraphs, sections } = findProseCandidates(root);
  wrapProseListItems(root, items);
  const renamed = renameProseDivs(root, divs);
  unwrapNestedParagraphs(root, [...paragraphs, ...renamed]);
  flattenHeadedSections(sections);
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
export function unwrapNestedParagraphs(root: Element, paragraphs = findProseCandidates(root).paragraphs): void {
  for (const paragraph of paragraphs) {
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

const SECTION_TAGS = new Set(['DIV', 'SECTION']);
/** Sibling sections of one story, at least: a lone headed box is a widget as often as a section. */
const MIN_SIBLING_SECTIONS = 2;

/** A div or section holding a heading and then one wrapper (a div or section), nothing else. */
function isHeadedSection(element: Element): boolean {
  if (element.childElementCount !== 2 || !SECTION_TAGS.has(element.tagName)) return false;
  return isHeadingTag(element.firstElementChild!.tagName) && SECTION_TAGS.has(element.lastElementChild!.tagName);
}

/**
 * Sections each written as a heading over a wrapper of their paragraphs (an org-mode or
 * documentation export: div.outline-2 > h2 + div.outline-text-2 > p): Readability credits a
 * paragraph's score to its parent in full and to the section only in half, settles on the
 * strongest section's wrapper and, its siblings being the heading alone, loses the other
 * sections. On the clone, when two or more such sections stand side by side and their wrappers
 * hold paragraphs, each section gives way to its heading and its paragraphs, so the story's
 * paragraphs share one parent. Sections named as furniture (a sidebar's widgets) stay.
 */
export function flattenHeadedSections(sections: Element[]): void {
  const byParent = new Map<Element, Element[]>();
  for (const section of sections) {
    const parent = section.parentElement;
    // The rules before may have changed the section since the walk found it.
    if (!parent || !isHeadedSection(section) || !holdsParagraph(section.lastElementChild!)) continue;
    if (FURNITURE_NAME.test(`${section.getAttribute('class') ?? ''} ${section.id}`)) continue;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(section);
    else byParent.set(parent, [section]);
  }
  for (const siblings of byParent.values()) {
    if (siblings.length < MIN_SIBLING_SECTIONS) continue;
    for (const section of siblings) {
      const heading = section.firstElementChild!;
      const body = section.lastElementChild!;
      section.replaceWith(heading, ...Array.from(body.childNodes));
    }
  }
}

function holdsParagraph(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling)
    if (child.tagName === 'P') return true;
  return false;
}
