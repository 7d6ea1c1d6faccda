import { breaksText, SKIPPED_TAGS } from '../../shared/dom-text';
import { collapseWhitespace } from '../../shared/text';
import { isHeadingTag } from './tags';
import { SPACELESS_SCRIPT_CHARS, visibleLength } from './text-measure';
export interface TextBlock {
  /** The innermost element holding the whole block. */
  element: Element;
  /** Whitespace-collapsed text. */
  text: string;
  /** Characters (whitespace left out) of the block's text that sit inside links to elsewhere (see leadsElsewhere). */
  linkLength: number;
}

/**
 * Whether an <a> takes the reader elsewhere. A mail or phone address is contact information
 * written as a link ("Email: name@example.org"), and a named anchor (<a name>, no href) marks a
 * place in the text: both are text of the page. So is an entry of the page's own table of
 * contents, when the caller knows them (`contents`, see findContentsEntries). A bare <a> is still
 * a link (scripts drive it).
 */
export function leadsElsewhere(link: Element, contents?: ReadonlySet<Element>): boolean {
  const href = link.getAttribute('href');
  if (href === null) return !link.hasAttribute('name');
  if (/^\s*(?:mailto|tel):/iu.test(href)) return false;
  return !contents?.has(link);
}

/** Where a place the page marks may start its heading: the mark itself, its block, the element after it. */
const MARK_BLOCK = 'p, h1, h2, h3, h4, h5, h6, li, dt, td, th, div, section';
/** Entries a table of contents lists at least: one or two such links are a skip link or a comment count's. */
const MIN_CONTENTS_ENTRIES = 3;

/**
 * The entries of a table of contents inside `root` (the story's container): three or more links
 * to places on the same page ("#part-2"), in the container or elsewhere on its page, whose text
 * opens that place's own text (the page lists its parts: "Tighten intelligence network" leads to the story
 * so headed). A skip link ("Continue reading the main story", "Back to top") leads to a place that
 * says something else.
 */
export function findContentsEntries(root: Element): ReadonlySet<Element> {
  const entries = new Set<Element>();
  const links = root.querySelectorAll('a[href^="#"]');
  if (links.length < MIN_CONTENTS_ENTRIES) return entries;
  const marksIn = (holder: ParentNode) => {
    const marks = new Map<string, Element>();
    for (const mark of holder.querySelectorAll('[id], a[name]')) {
      for (const name of [mark.id, mark.tagName.toUpperCase() === 'A' ? mark.getAttribute('name') : '']) {
        if (name && !marks.has(name)) marks.set(name, mark);
      }
    }
    return marks;
  };
  const marks = marksIn(root);
  // An old page's list of its stories may lead to stories the container left out (each laid out
  // in a table of its own): the page still holds their places.
  let pageMarks: Map<string, Element> | undefined;
  const markOf = (name: string) => {
    const mark = marks.get(name);
    const page = root.ownerDocument?.body;
    if (mark || !page) return mark;
    pageMarks ??= marksIn(page);
    return pageMarks.get(name);
  };
  for (const link of links) {
    const mark = markOf((link.getAttribute('href') ?? '').slice(1));
    const said = normalizedText(link);
    if (!mark || !said || mark.contains(link)) continue;
    const places = [mark, mark.closest(MARK_BLOCK), mark.nextElementSibling];
    const opens = (place: Element | null) =>
      !!place && !place.contains(link) && normalizedStart(place, said.length + 1).startsWith(said);
    if (places.some(opens)) entries.add(link);
  }
  return entries.size >= MIN_CONTENTS_ENTRIES ? entries : new Set();
}

function normalizedText(element: Element): string {
  return collapseWhitespace(element.textContent ?? '').toLowerCase();
}

/** The opening of an element's text, read no further than about `length` characters (a mark's block may be the whole story). */
function normalizedStart(element: Element, length: number): string {
  let text = '';
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) {
      for (let child = node.firstChild; child; child = child.nextSibling) if (visit(child)) return true;
    }
    return text.length > 2 * length;
  };
  visit(element);
  return collapseWhitespace(text).toLowerCase();
}

/**
 * A <time> is a field of its own: a page that sets it beside a name with no blank between
 * ("<span>ABMedia</span><time>2025-09-12</time>") spaces the two by style, and its text must
 * not read as one word. Only letters and figures of spaced scripts are set apart.
 */
const GLUED_END = new RegExp(`[\\p{L}\\p{N}](?<![${SPACELESS_SCRIPT_CHARS}])$`, 'u');
const GLUED_START = new RegExp(`^(?![${SPACELESS_SCRIPT_CHARS}])[\\p{L}\\p{N}]`, 'u');

/**
 * Split `root` into text blocks the way a reader sees paragraphs: every block-level element
 * starts a new block, and inline runs between blocks form their own block.
 */
export function collectBlocks(
  root: Element,
  /** Asked after each block: true ends the walk there (the blocks read so far are returned). */
  enough?: (blocks: readonly TextBlock[]) => boolean,
  /** Read the entries of a table of contents inside `root` as text (see findContentsEntries): the story's container only. */
  readsContents = false,
): TextBlock[] {
  const blocks: TextBlock[] = [];
  let run = '';
  let runLinkLength = 0;
  let runOwner: Element = root;
  let done = false;
  /** A <time> just ended: its figures are not glued to the word that follows it. */
  let afterTime = false;
  /** The table of contents inside `root`, when asked for (`readsContents`), found at its first link to a place on the page. */
  let contents: ReadonlySet<Element> | undefined;
  const contentsFor = (link: Element) =>
    readsContents && link.getAttribute('href')?.startsWith('#') ? (contents ??= findContentsEntries(root)) : undefined;

  const flush = () => {
    const text = collapseWhitespace(run);
    if (text && !done) {
      blocks.push({ element: runOwner, text, linkLength: runLinkLength });
      done = enough?.(blocks) ?? false;
    }
    run = '';
    runLinkLength = 0;
  };

  // Children by sibling steps: happy-dom builds a proxied NodeList for each element of a fresh
  // clone asked for childNodes, four times the cost of the walk itself. (The two differ only
  // inside <template>, which is skipped.)
  const visit = (node: Node, owner: Element, inLink: boolean, inHeading: boolean) => {
    if (done) return;
    if (node.nodeType === 3) {
      if (!run) runOwner = owner;
      const value = node.nodeValue ?? '';
      run += afterTime && GLUED_START.test(value) && GLUED_END.test(run) ? ` ${value}` : value;
      afterTime = false;
      if (inLink) runLinkLength += visibleLength(value);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    // A heading is one line: a <br> inside it only wraps the headline ("Postharvest Cooling of<br>Blueberries").
    if (tag === 'BR' && inHeading) {
      run += ' ';
      return;
    }
    const linked = inLink || (tag === 'A' && leadsElsewhere(el, contentsFor(el)));
    const heading = inHeading || (tag.length === 2 && isHeadingTag(tag));
    if (tag === 'TIME' && GLUED_END.test(run)) run += ' ';
    if (breaksText(tag)) {
      flush();
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child, el, linked, heading);
      flush();
    } else {
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child, owner, linked, heading);
    }
    if (tag === 'TIME') afterTime = true;
  };

  // The walk only reads: the live child lists need no copies.
  for (let child = root.firstChild; child; child = child.nextSibling)
    visit(child, root, false, isHeadingTag(root.tagName));
  flush();
  return blocks;
}
