import { collapseWhitespace } from '../../shared/text';
import { leadsElsewhere } from './blocks';
import { isHeadingTag } from './tags';
import { visibleLength } from './text-measure';
import { walkElements } from './walk';

/**
 * Fact boxes: a few "Label: value" rows about the story's subject set beside its text inside the
 * story's own container (a biography's "Quick Facts" `aside` of `dt`/`dd` pairs, a net-worth
 * box of title and value cells). Readability drops asides and short rows, but they are the
 * page's text. A navbox is told apart by its rows (many links in a value, long values, many
 * rows), and a site's sidebar by where it stands: only a box followed, inside the same `article`
 * or `main`, by a paragraph Readability kept is taken back, before that paragraph.
 */

/** Where a story's own container is declared. */
const STORY_CONTAINER = 'article, main, [role="main"]';

/**
 * `element.matches(STORY_CONTAINER)` read off its name and role, which a DOM emulation answers
 * without a selector: the page's containers are looked for at every element.
 */
export function isStoryContainer(element: Element): boolean {
  const name = element.localName;
  return name === 'article' || name === 'main' || element.getAttribute('role') === 'main';
}
/** A fact box has at least this many rows (one "Label: links" line is a breadcrumb's "You are here:")... */
const MIN_ROWS = 2;
/** ...at most this many... */
const MAX_ROWS = 15;
/** ...each label at most this long (characters)... */
const MAX_LABEL = 40;
/** ...each value at most this long... */
const MAX_VALUE = 80;
/** ...and at most this many links in a value (a navbox's row is a list of links). */
const MAX_VALUE_LINKS = 3;
/** The paragraphs after a box, in its container, where Readability's text may pick up. */
const FOLLOWING_PARAGRAPHS = 20;
/** Share of a box's text (its heading left out) its rows hold. */
const MIN_ROWS_SHARE = 0.9;
/** The elements a row can be (see rowAt). */
const ROW_TAGS = new Set(['dt', 'tr', 'div', 'li', 'p']);

interface Row {
  label: string;
  value: string;
  links: number;
}

export interface FactBox {
  heading: string;
  rows: Row[];
  /**
   * The text of the paragraphs after the box in its story container: the first Readability keeps
   * is where the box goes. Text, for the box is found on the page and Readability reads a copy.
   */
  following: string[];
}

const text = (node: Node) => collapseWhitespace(node.textContent ?? '');

function linksIn(element: Element): number {
  let count = 0;
  for (const link of element.querySelectorAll('a')) if (leadsElsewhere(link)) count++;
  return count;
}

/** A row of the box that `element` starts: a `dt` with its `dd`, a two-cell table row, or two cells whose first is a label ending with a colon. */
function rowAt(element: Element): { row: Row; cells: Element[] } | null {
  const tag = element.localName;
  if (!ROW_TAGS.has(tag)) return null;
  if (tag === 'dt') {
    const value = element.nextElementSibling;
    if (value?.localName !== 'dd') return null;
    return { row: { label: text(element), value: text(value), links: linksIn(value) }, cells: [element, value] };
  }
  // Two cells and no more (sibling steps: a DOM emulation builds `children` anew each time).
  const first = element.firstElementChild;
  const second = first?.nextElementSibling;
  if (!first || !second || second.nextElementSibling) return null;
  const cells = [first, second];
  if (tag === 'tr') {
    if (!/^t[hd]$/u.test(first.localName) || !/^t[hd]$/u.test(second.localName)) return null;
  } else if (tag === 'div' || tag === 'li' || tag === 'p') {
    // Bare text beside the two cells would be a sentence, not a row.
    for (let node = element.firstChild; node; node = node.nextSibling)
      if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return null;
    if (!endsWithColon(first)) return null;
  } else {
    return null;
  }
  return { row: { label: text(first), value: text(second), links: linksIn(second) }, cells };
}

/** Whether a text's last character but whitespace is a colon. */
const COLON_END = /:\s*$/u;
const NOT_BLANK = /\S/u;

/**
 * `COLON_END.test(element.textContent)`, read from the element's last text nodes back to the last one that is not
 * blank instead of building its whole text (most two-cell elements tested hold no label at all). An HTML <template>'s
 * content is no part of its text (see walk.ts's stepsInto).
 */
function endsWithColon(element: Element): boolean {
  let tail = '';
  const readBack = (node: Node): boolean => {
    for (let child = node.lastChild; child; child = child.previousSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        tail = value + tail;
        if (NOT_BLANK.test(value)) return true;
      } else if (child.nodeType === 1 && (child as Element).tagName !== 'TEMPLATE' && readBack(child)) return true;
    }
    return false;
  };
  readBack(element);
  return COLON_END.test(tail);
}

function isFactRow(row: Row): boolean {
  return (
    row.label.length > 0 &&
    row.label.length <= MAX_LABEL &&
    row.value.length > 0 &&
    row.value.length <= MAX_VALUE &&
    row.links <= MAX_VALUE_LINKS
  );
}

/** The heading a box opens with, when its first element is one. */
function headingOf(box: Element): Element | null {
  const first = box.firstElementChild;
  return first && isHeadingTag(first.tagName) ? first : null;
}

/**
 * Characters of an element's text, whitespace left out (`visibleLength(element.textContent)`), each element's built
 * from its children's and kept: a box is looked for up every row's chain of ancestors, and reading each ancestor's
 * whole text would read the text under it once per level (a long article's rows, up to its container, many times).
 * A <template>'s content is no part of its text (see walk.ts's stepsInto): it is read as it is.
 */
function textSizes(): (element: Element) => number {
  const sizes = new Map<Element, number>();
  const sizeOf = (element: Element): number => {
    let size = sizes.get(element);
    if (size !== undefined) return size;
    if (element.localName === 'template') size = visibleLength(element.textContent ?? '');
    else {
      size = 0;
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) size += visibleLength(child.nodeValue ?? '');
        else if (child.nodeType === 1) size += sizeOf(child as Element);
      }
    }
    sizes.set(element, size);
    return size;
  };
  return sizeOf;
}

/**
 * The fact boxes under `root`, each with the paragraphs after it in its story container. A box
 * is the outermost element under that container whose text (its heading left out) is its rows.
 */
export function findFactBoxes(root: Element): FactBox[] {
  const found: { row: Row; cells: Element[]; container: Element }[] = [];
  // Only the story containers are walked (most pages have one or none): a row outside them is no box's.
  const outers: Element[] = [];
  if (isStoryContainer(root)) outers.push(root);
  else
    walkElements(root, (element) => {
      if (isStoryContainer(element)) outers.push(element);
    });
  for (const outer of outers) {
    if (outer.parentElement?.closest(STORY_CONTAINER)) continue;
    walkElements(outer, (element) => {
      const row = rowAt(element);
      if (!row) return;
      const container = element.closest(STORY_CONTAINER);
      if (container) found.push({ ...row, container });
    });
  }
  if (!found.length) return [];
  const sizeOf = textSizes();
  // What each element holds of the rows' text.
  const rowSize = new Map<Element, number>();
  for (const { cells, container } of found) {
    const size = cells.reduce((sum, cell) => sum + sizeOf(cell), 0);
    for (let at = cells[0]!.parentElement; at && at !== container; at = at.parentElement) {
      rowSize.set(at, (rowSize.get(at) ?? 0) + size);
    }
  }
  const size = new Map<Element, number>();
  const boxText = (element: Element) => {
    let known = size.get(element);
    if (known === undefined) {
      const heading = headingOf(element);
      known = sizeOf(element) - (heading ? sizeOf(heading) : 0);
      size.set(element, known);
    }
    return known;
  };
  const rowsOf = new Map<Element, Row[]>();
  for (const { row, cells, container } of found) {
    let box: Element | null = null;
    for (let at = cells[0]!.parentElement; at && at !== container; at = at.parentElement) {
      if ((rowSize.get(at) ?? 0) < MIN_ROWS_SHARE * boxText(at)) break;
      box = at;
    }
    if (!box) continue;
    const rows = rowsOf.get(box) ?? [];
    rows.push(row);
    rowsOf.set(box, rows);
  }
  const boxes: FactBox[] = [];
  for (const [box, rows] of rowsOf) {
    if (rows.length < MIN_ROWS || rows.length > MAX_ROWS || !rows.every(isFactRow)) continue;
    const heading = headingOf(box);
    const container = box.closest(STORY_CONTAINER)!;
    const following = paragraphsAfter(box, container);
    boxes.push({ heading: heading ? text(heading) : '', rows, following });
  }
  return boxes;
}

/**
 * The text of the first FOLLOWING_PARAGRAPHS paragraphs with text after `box` in `container`, in the page's order: the
 * ones inside the siblings after the box and after each of its ancestors up to the container. Walked so rather than
 * placing each of the container's paragraphs against the box, which a DOM emulation does by building both ancestor
 * chains (seconds on a long page with many boxes' worth of rows).
 */
function paragraphsAfter(box: Element, container: Element): string[] {
  const following: string[] = [];
  const take = (paragraph: Element) => {
    const said = text(paragraph);
    if (said) following.push(said);
    return following.length >= FOLLOWING_PARAGRAPHS;
  };
  for (let at: Element | null = box; at && at !== container; at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.localName === 'p' && take(next)) return following;
      for (const paragraph of next.querySelectorAll('p')) if (take(paragraph)) return following;
    }
  }
  return following;
}

/**
 * Put back, in Readability's `content`, each fact box it dropped (a box some of whose values it
 * does not hold): before the first paragraph after the box that it kept, as a heading and one
 * paragraph a row ("Label value").
 */
export function restoreFactBoxes(content: Element, boxes: readonly FactBox[]): void {
  if (!boxes.length) return;
  const doc = content.ownerDocument;
  const held = text(content);
  const paragraphs = new Map<string, Element>();
  for (const paragraph of content.querySelectorAll('p')) {
    const said = text(paragraph);
    if (said && !paragraphs.has(said)) paragraphs.set(said, paragraph);
  }
  for (const { heading, rows, following } of boxes) {
    if (rows.every((row) => held.includes(row.value))) continue;
    const anchor = following.map((said) => paragraphs.get(said)).find((paragraph) => paragraph);
    if (!anchor?.parentNode) continue;
    const restored = doc.createElement('div');
    if (heading) {
      const line = doc.createElement('h3');
      line.textContent = heading;
      restored.append(line);
    }
    for (const row of rows) {
      const line = doc.createElement('p');
      line.textContent = `${row.label} ${row.value}`;
      restored.append(line);
    }
    anchor.parentNode.insertBefore(restored, anchor);
  }
}
