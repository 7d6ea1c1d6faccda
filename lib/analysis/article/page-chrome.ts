/**
 * General rules for what is page chrome rather than article: site navigation, forms and
 * buttons, language pickers, share/reaction rows, status widgets. They run on a clone, before
 * and after Readability, and never look at a particular site's wording.
 */

import { collapseWhitespace } from '../../shared/text';
import {
  endsLikeSentence,
  isBlankCode,
  isSegmentedCode,
  isUnspacedCode,
  linkTextLength,
  textWeight,
  UNSPACED_FULL_STOPS,
  visibleLength,
} from './text-measure';
import { findElement, isInBlockquote, walkElements, walkElementsMeasuringText } from './walk';
import { isHeadingTag } from './tags';

/** Elements that are page furniture by their tag or role, whatever they hold. */
const CHROME_TAGS = new Set(['BUTTON', 'TEXTAREA', 'SELECT', 'INPUT', 'DIALOG', 'TEMPLATE', 'IFRAME']);
const CHROME_ROLES = new Set(['search', 'dialog', 'alertdialog', 'marquee', 'status', 'toolbar', 'menu', 'menubar']);
/** Landmarks that frame the page: chrome, unless a site wrapped its whole page in one. */
const LANDMARK_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
const LANDMARK_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);

const MAX_WIDGET_FORM_TEXT = 1000;
/** A landmark holding more than this share of the page's text wraps the page rather than framing it. */
const MAX_LANDMARK_SHARE = 0.5;
/**
 * Class or id words by which a page names the box that presents a story's author (a bio, a
 * signature) or a pitch to the reader set in the story (a call to action, "cta": "Submit a letter
 * to the editor"; a newsletter sign-up): Readability keeps it, as it keeps any box with words in it.
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:bio|biography|signature|author-?bio|author-?box|about-?(?:the-?)?author|cta|call-?to-?action|newsletter)(?:$|[\s_-])/iu;
/** Elements that can be such a box (links, pictures and inline styling cannot). */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'P', 'SPAN', 'UL', 'DL', 'TABLE', 'TD']);
/** A box so named holds this share of the page's text at most: more is the story in an oddly named container. */
const MAX_FURNITURE_SHARE = 0.25;
/** An inline style that hides its element from the reader ("display: none", "visibility: hidden"). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;

/** The attribute names of an element without any. */
const NO_NAMES: readonly string[] = [];

/**
 * What removeDeclaredChrome takes out of a tree, found without changing it: the elements to
 * remove (some may sit inside others), every ancestor of one, and the blockquotes that stay.
 */
export interface DeclaredChrome {
  removed: Set<Node>;
  holdsRemoved: Set<Node>;
  quotes: Element[];
}

/**
 * Remove the elements that are page furniture by their own declaration (tag, role, hidden), and
 * free the embedded posts that stay (see keepEmbeddedPosts).
 */
export function removeDeclaredChrome(root: ParentNode): void {
  const chrome = findDeclaredChrome(root);
  for (const el of chrome.removed) (el as Element).remove();
  keepEmbeddedPosts(chrome.quotes);
}

/**
 * A copy of `doc` without its declared chrome: what `doc.cloneNode(true)` then
 * removeDeclaredChrome gives, without copying the chrome only to drop it (in a DOM emulation,
 * copying and removing cost by the node; the chrome is a third of a page's elements), and
 * without the head's elements that no reading looks at (see isUnreadInHead). Only the
 * ancestors of what goes (and of the quotes kept) are copied level by level; every other subtree
 * is copied whole. `chrome` is findDeclaredChrome(doc), when it is known already.
 */
export function cloneWithoutDeclaredChrome(doc: Document, chrome = findDeclaredChrome(doc)): Document {
  const { removed, holdsRemoved, quotes } = chrome;
  const stepInto = new Set(holdsRemoved);
  // Each chain stops at a node already in the set, whose ancestors are all in it.
  for (const quote of quotes)
    for (let at: Node | null = quote; at && !stepInto.has(at); at = at.parentNode) stepInto.add(at);
  const head = doc.head;
  if (head) for (let at: Node | null = head; at && !stepInto.has(at); at = at.parentNode) stepInto.add(at);
  const copies = new Map<Node, Node>();
  const fill = (from: Node, to: Node) => {
    for (let child = from.firstChild; child; child = child.nextSibling) {
      if (removed.has(child) || (from === head && isUnreadInHead(child))) continue;
      if (stepInto.has(child)) {
        const copy = child.cloneNode(false);
        to.appendChild(copy);
        copies.set(child, copy);
        fill(child, copy);
      } else to.appendChild(child.cloneNode(true));
    }
  };
  const clone = doc.cloneNode(false) as Document;
  fill(doc, clone);
  keepEmbeddedPosts(quotes.map((quote) => copies.get(quote) as Element));
  return clone;
}

/** Elements of the head that no reading of a copy looks at (see isUnreadInHead). */
const UNREAD_HEAD_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK']);

/**
 * Whether a child of the head is left out of a copy: Readability reads the head's title, metadata and JSON-LD
 * (`<script type="application/ld+json">`) and removes every other script and style itself; our rules read the body.
 * Left in, happy-dom tries to load each script and stylesheet the copy connects, and Readability's queries walk them.
 */
function isUnreadInHead(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName.toUpperCase();
  return (
    UNREAD_HEAD_TAGS.has(tag) && !(tag === 'SCRIPT' && (node as Element).getAttribute('type') === 'application/ld+json')
  );
}

/**
 * The elements that are page furniture by their own declaration, found without changing the
 * tree: each rule reads the tree as the removals before it left it (an element is gone when it or
 * an ancestor was taken, a text is read without what was taken from it). One walk over the tree
 * sorts the elements (selector queries are slow in DOM emulations).
 */
export function findDeclaredChrome(root: ParentNode): DeclaredChrome {
  // No global Element in Node: tell a document by its nodeType.
  const page = (root as Node).nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const removed = new Set<Node>();
  const holdsRemoved = new Set<Node>();
  const remove = (el: Element) => {
    removed.add(el);
    for (let at = el.parentNode; at && !holdsRemoved.has(at); at = at.parentNode) holdsRemoved.add(at);
  };
  const gone = (el: Element) => {
    if (removed.size === 0) return false;
    for (let at: Node | null = el; at; at = at.parentNode) if (removed.has(at)) return true;
    return false;
  };
  // An element's textContent as it would read with the removed elements gone.
  const textOf = (el: Element): string => {
    if (!holdsRemoved.has(el)) return el.textContent ?? '';
    let text = '';
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !removed.has(child)) text += textOf(child as Element);
    }
    return text;
  };
  const rules: ChromeRules = { removed, holdsRemoved, gone, textOf, remove };

  // Measured in the walk, before any removal.
  let pageLength = 0;
  // The page's main regions (`main, [role="main"]`), found in the walk: removals only take
  // elements away, so a landmark holds a main region when it contains one that is not gone.
  const mainRegions: Element[] = [];
  // A landmark that holds the page's main region wraps the story (a header left unclosed in the
  // source swallows everything after it), however much text the footer after it holds.
  const framesPage = (el: Element) =>
    textOf(el).length > pageLength * MAX_LANDMARK_SHARE ||
    mainRegions.some((region) => region !== el && el.contains(region) && !gone(region));

  const fields: Element[] = [];
  const chrome: Element[] = [];
  const landmarks: Element[] = [];
  const forms: Element[] = [];
  const headers: Element[] = [];
  const quotes: Element[] = [];
  const taggedLinks: Element[] = [];
  const scripted: Element[] = [];
  const named: Element[] = [];
  const styledHidden: Element[] = [];
  pageLength = walkElementsMeasuringText(root, page, (el) => {
    const tag = el.tagName.toUpperCase();
    // Most elements carry no attribute: their tag alone decides. (hasAttributes, not attributes.length:
    // DOM emulations build an attribute map object for each element asked for `attributes`.) The others are
    // asked for their attributes' names once, and for a value only where they carry the attribute (each lookup by
    // name lowercases the name and searches the attributes in a DOM emulation).
    const names = el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
    const role = names.includes('role') ? el.getAttribute('role') : null;
    if (tag === 'MAIN' || role === 'main') mainRegions.push(el);
    if ((tag === 'INPUT' && el.getAttribute('type') !== 'hidden') || tag === 'TEXTAREA' || tag === 'SELECT') {
      fields.push(el);
    }
    if (
      CHROME_TAGS.has(tag) ||
      (role && CHROME_ROLES.has(role)) ||
      (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true') ||
      names.includes('hidden')
    ) {
      chrome.push(el);
    } else if (LANDMARK_TAGS.has(tag) || (role && LANDMARK_ROLES.has(role))) landmarks.push(el);
    else if (tag === 'FORM') forms.push(el);
    else if (tag === 'HEADER') headers.push(el);
    if (names.includes('onclick')) scripted.push(el);
    if (names.includes('style') && HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) styledHidden.push(el);
    if (
      BOX_TAGS.has(tag) &&
      (names.includes('class') || names.includes('id')) &&
      FURNITURE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`)
    )
      named.push(el);
    if (tag === 'BLOCKQUOTE') quotes.push(el);
    else if (tag === 'A' && (names.includes('lang') || names.includes('hreflang'))) taggedLinks.push(el);
  });

  findFieldBoxes(fields, rules);
  for (const el of chrome) remove(el);
  for (const el of landmarks) if (!gone(el) && !framesPage(el)) remove(el);
  // Some sites wrap the whole page in one <form>: only a form with little text is a widget.
  for (const form of forms) {
    if (!gone(form) && textOf(form).trim().length < MAX_WIDGET_FORM_TEXT) remove(form);
  }
  // An <article>'s own <header> holds its title; the site's <header> does not.
  for (const header of headers) {
    if (!gone(header) && !header.closest('article, main, [role="main"]') && !framesPage(header)) remove(header);
  }
  // A named box never holds the story's headline or a main region.
  for (const box of named) {
    if (gone(box) || textOf(box).length > pageLength * MAX_FURNITURE_SHARE || framesPage(box)) continue;
    if (!box.querySelector('h1, article, main, [role="main"]')) remove(box);
  }
  // What the page hides by its own style is not read (a hidden original title, a menu's closed
  // panel), unless it holds the story: some pages hide their whole text until a script shows it.
  for (const el of styledHidden) {
    if (gone(el) || textOf(el).length > pageLength * MAX_FURNITURE_SHARE || framesPage(el)) continue;
    if (!el.querySelector('h1, article, main, [role="main"]')) remove(el);
  }
  // Gathered in the walk above, and kept where the removals left them in the page.
  findLanguagePickers(
    root,
    taggedLinks.filter((link) => !gone(link)),
    rules,
  );
  findScriptedControls(
    scripted.filter((el) => !gone(el)),
    rules,
  );
  return { removed, holdsRemoved, quotes: quotes.filter((quote) => !gone(quote)) };
}

/** The tree as findDeclaredChrome's removals so far left it, and the way to remove one more element. */
interface ChromeRules {
  removed: ReadonlySet<Node>;
  holdsRemoved: ReadonlySet<Node>;
  gone: (el: Element) => boolean;
  textOf: (el: Element) => string;
  remove: (el: Element) => void;
}

/**
 * Embedded posts (a tweet, a quoted post) are blockquotes full of links (hashtags, handles, the
 * date) inside wrappers named "social" or "embed": Readability drops them for both. On the clone,
 * their links become plain text and their pure wrappers lose the class and id that condemn them.
 */
function keepEmbeddedPosts(quotes: readonly Element[]): void {
  for (const quote of quotes) {
    for (const link of Array.from(quote.querySelectorAll('a'))) link.replaceWith(...Array.from(link.childNodes));
    const text = (quote.textContent ?? '').trim();
    for (let wrapper = quote.parentElement; wrapper; wrapper = wrapper.parentElement) {
      if (wrapper.matches('article, main, body, html') || (wrapper.textContent ?? '').trim() !== text) break;
      wrapper.removeAttribute('class');
      wrapper.removeAttribute('id');
    }
  }
}

/**
 * Boxes that can be a control when they carry a click handler. Links and inline elements carry
 * handlers for tracking inside sentences, a heading may open an accordion of content, and a
 * table cell may sort its column.
 */
const SCRIPTED_CONTROL_TAGS = new Set(['DIV', 'LI', 'DT', 'DD', 'P']);
/** A scripted control's label says this much at most ("Live Scores", "Show all comments"). */
const MAX_SCRIPTED_LABEL_WEIGHT = 4;

/**
 * Elements that act through a click handler and hold only a short label: navigation items and
 * buttons made of divs and spans ("Live Scores" with onclick="goTo(…)"). Readability keeps their
 * text and drops the handler, so the evidence is read here. A question keeps its text (an
 * accordion's question is content).
 */
function findScriptedControls(scripted: readonly Element[], { textOf, remove }: ChromeRules): void {
  for (const el of scripted) {
    if (!SCRIPTED_CONTROL_TAGS.has(el.tagName.toUpperCase())) continue;
    const text = textOf(el).trim();
    if (text.length > 200 || /[?？]$/u.test(text) || textWeight(text) > MAX_SCRIPTED_LABEL_WEIGHT) continue;
    remove(el);
  }
}

const MAX_FIELD_BOX_WEIGHT = 60;

/**
 * Comment boxes, newsletter sign-ups and login prompts: the box around a form field, grown
 * outwards while it holds little text besides the field (its heading, its pitch, its counters).
 */
function findFieldBoxes(fields: readonly Element[], { removed, gone, textOf, remove }: ChromeRules): void {
  for (const field of fields) {
    if (gone(field)) continue;
    let box: Element = field;
    // Each parent's text is built around the box's, known from the step before, instead of
    // walking the box again.
    let boxText = textOf(field);
    for (let parent = box.parentElement; parent; parent = parent.parentElement) {
      if (parent.matches('article, main, [role="main"], body, html')) break;
      let text = '';
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child === box) text += boxText;
        else if (child.nodeType === 3) text += child.nodeValue ?? '';
        else if (child.nodeType === 1 && !removed.has(child)) text += textOf(child as Element);
      }
      // Past this length (source whitespace included) a text is over the limit without counting words.
      if (text.length > MAX_FIELD_BOX_WEIGHT * 200 || textWeight(text) > MAX_FIELD_BOX_WEIGHT) break;
      box = parent;
      boxText = text;
    }
    remove(box);
  }
}

/** A list of links to the same site in other languages (`taggedLinks`: the links carrying lang / hreflang, in order). */
function findLanguagePickers(root: ParentNode, taggedLinks: readonly Element[], rules: ChromeRules): void {
  const { holdsRemoved, gone, textOf, remove } = rules;
  if (taggedLinks.length < 3) return;
  // Only the containers of tagged links can be pickers; outer ones first, as in document order.
  const candidates = new Set<Element>();
  // An ancestor already climbed through had all of its own ancestors climbed through too.
  const climbed = new Set<Element>();
  for (const link of taggedLinks) {
    for (let at = link.parentElement; at && !climbed.has(at); at = at.parentElement) {
      climbed.add(at);
      if (at.matches('ul, ol, div, section')) candidates.add(at);
    }
  }
  // The candidates under `root` in document order, as `root.querySelectorAll('ul, ol, div, section')` lists them.
  const ordered: Element[] = [];
  walkElements(root, (el) => {
    if (candidates.has(el)) ordered.push(el);
  });
  for (const list of ordered) {
    if (gone(list)) continue;
    let links = Array.from(list.querySelectorAll('a'));
    if (holdsRemoved.has(list)) links = links.filter((a) => !gone(a));
    if (links.length < 3) continue;
    const tagged = links.filter((a) => a.hasAttribute('lang') || a.hasAttribute('hreflang'));
    if (tagged.length < 3 || tagged.length < links.length * 0.6) continue;
    const linkText = tagged.reduce((n, a) => n + textOf(a).trim().length, 0);
    const allText = visibleLength(textOf(list));
    if (linkText >= allText * 0.5) remove(list);
  }
}

/** Tags whose short text is content by nature: headings, list items, captions, table cells. */
const CONTENT_TAGS = new Set(['LI', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD', 'PRE', 'BLOCKQUOTE']);
/** Class or id words that declare a control or a widget. */
const CONTROL_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|btn|button|toolbar|actions?|reactions?|likes?|vote|rating|counter|follow|bookmark|print|tooltip|badge|chip|tabs?|pagination|pager|breadcrumbs?)(?:$|[\s_-])/i;
const ICON = 'img, svg, i, [class*="icon"]';
const COUNTER = /^[\d\s.,:/+\-–%kKmMbB×x万亿]+$/u;
const MAX_CONTROL_WORDS = 6;
/** A line closed by a full stop (quoted or not), in any script: it says something. */
const SENTENCE_STOP_END = new RegExp(`[.!?${UNSPACED_FULL_STOPS}]["”’»)]*$`, 'u');
/** Punctuation that a row of labels never holds: a stop or a comma anywhere in a short line. */
const SENTENCE_PUNCTUATION = new RegExp(`[.!?${UNSPACED_FULL_STOPS},，:：]`, 'u');

/**
 * Runs of text between blanks, plus half a word for each kana or CJK character; counted in one
 * pass. A text in Thai, Lao, Myanmar or Khmer, whose runs are phrases, counts its words.
 */
function words(text: string): number {
  let runs = 0;
  let inRun = false;
  let unspaced = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSegmentedCode(code)) return textWeight(text);
    if (isBlankCode(code)) inRun = false;
    else if (!inRun) {
      runs++;
      inRun = true;
    }
    if (isUnspacedCode(code)) unspaced++;
  }
  return runs + unspaced / 2;
}

function declaresControl(el: Element, stopAt: Element | null): boolean {
  for (let at: Element | null = el; at && at !== stopAt; at = at.parentElement) {
    if (at.matches('[role="button"], [role="tab"], [role="link"], [onclick], label, a[href^="javascript:"]'))
      return true;
    const name = `${at.getAttribute('class') ?? ''} ${at.id}`;
    if (CONTROL_NAME.test(name)) return true;
    if (at.tagName.toUpperCase() === 'ARTICLE') return false;
  }
  return false;
}

/** A bracketed group of link labels ("[edit]", "[编辑]", "[Bearbeiten | Quelltext bearbeiten]"). */
const BRACKETED = /^\[[^[\]]*\p{L}[^[\]]*\]$/u;

/**
 * Drop the links a heading closes with in square brackets ("History[edit]", "简介[编辑]"): a wiki
 * sets its section's edit control so, and the heading is the words before it. Only a group whose
 * letters are all in links, after the heading's own words, goes; a bracket of text ("Results
 * [updated]") or of figures (a note "[1]") stays.
 */
export function dropHeadingEditLinks(root: Element): void {
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const said = collapseWhitespace(heading.textContent ?? '');
    if (!said.endsWith(']')) continue;
    const links = heading.querySelectorAll('a[href]');
    const last = links[links.length - 1];
    if (!last) continue;
    // The group is the highest element around the last link whose text is the bracketed group alone.
    let group: Element | null = null;
    for (let at: Element | null = last; at && at !== heading; at = at.parentElement) {
      if (BRACKETED.test(collapseWhitespace(at.textContent ?? ''))) group = at;
    }
    if (!group) continue;
    const groupText = collapseWhitespace(group.textContent ?? '');
    const rest = said.slice(0, said.length - groupText.length).trim();
    if (!rest || !said.endsWith(groupText) || !/\p{L}/u.test(rest)) continue;
    const letters = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').length;
    if (letters(linkTextOf(group)) !== letters(groupText)) continue;
    group.remove();
  }
}

/** The text of the links inside an element, run together. */
function linkTextOf(element: Element): string {
  return Array.from(element.querySelectorAll('a[href]'), (link) => link.textContent ?? '').join('');
}

/**
 * An element's text without the controls inside it: a byline written as "<span>Name</span>
 * <span class="follow">Follow</span>" names the writer, and its button's label is no part of it.
 */
export function textWithoutControls(element: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName.toUpperCase() === 'BUTTON' || declaresControl(el, el.parentElement)) return;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
  };
  for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
  return collapseWhitespace(text);
}

/** Largest declared side of an image that is still an icon. */
const MAX_ICON_SIDE = 48;

/**
 * An icon (a small image, an svg, an icon font element) with no text of its own. A picture (an
 * image larger than an icon, or one with a description) goes with its line too, as a photo
 * credit does, unless the line introduces it ("So here's to you, Friz:"). An icon that closes a
 * line with no link marks the words before it (a member's badge after a name in a directory)
 * rather than labels a control, whose picture comes first ("[printer] Print").
 */
function hasBareIcon(el: Element, text: string, linked: number): boolean {
  const introduces = /[:：]$/u.test(text);
  return Array.from(el.querySelectorAll(ICON)).some((icon) => {
    if ((icon.textContent ?? '').trim()) return false;
    const isImage = icon.tagName.toUpperCase() === 'IMG';
    const sides = ['width', 'height'].map((side) => Number.parseInt(icon.getAttribute(side) ?? '', 10));
    const isSmall = sides.some((side) => Number.isFinite(side) && side <= MAX_ICON_SIDE);
    if (linked === 0 && (!isImage || isSmall) && closesLine(icon, el)) return false;
    if (!isImage || /icon/i.test(icon.getAttribute('class') ?? '')) return true;
    const isPicture = sides.some((side) => Number.isFinite(side))
      ? sides.every((side) => !Number.isFinite(side) || side > MAX_ICON_SIDE)
      : !!(icon.getAttribute('alt') ?? '').trim();
    return !(isPicture && introduces);
  });
}

/** Whether no text follows a node inside its line. */
function closesLine(node: Element, line: Element): boolean {
  for (let at: Element | null = node; at && at !== line; at = at.parentElement) {
    for (let next = at.nextSibling; next; next = next.nextSibling) {
      if ((next.textContent ?? '').trim()) return false;
    }
  }
  return true;
}

/**
 * Whether a block of the isolated article is interface rather than text. A block is dropped only
 * on evidence: it is a lone link ("View original"), a counter ("0/400", "1.2k"), a control by its
 * role or class (share/reaction/tab rows), an icon with its label, or one of a row of three or
 * more short sibling items with no sentence among them. Being short is never enough: headings,
 * list items, captions, table cells and quotes are kept, and so is any line that reads as text.
 */
export function isUiFragment(element: Element, text: string, linkLength = -1): boolean {
  const tag = element.tagName.toUpperCase();
  if (isInBlockquote(element)) return false;
  const linked = linkLength >= 0 ? linkLength : linkTextLength(element);
  // A pager is a control wherever it sits, a table cell included. Its links may have been
  // scripts that Readability turned into text: a row split by bars is a pager's too.
  if ((linked > 0 || text.includes('|')) && isPager(text)) return true;
  if (isHeadingTag(tag) || CONTENT_TAGS.has(tag)) return false;
  const size = words(text);
  if (size > MAX_CONTROL_WORDS * 2) return false;
  const letters = visibleLength(text);
  if (COUNTER.test(text)) return true;
  if (size > MAX_CONTROL_WORDS) return false;
  if (letters > 0 && linked >= letters * 0.9) return true;
  if (SENTENCE_STOP_END.test(text)) return false;
  if (declaresControl(element, element.closest('article, main, body')) || isFormLabel(element, text)) return true;
  // The icon must sit beside this line: an element holding a whole story around it (lines split
  // by <br>) has its pictures elsewhere.
  if (holdsLittleBeside(element, letters) && hasBareIcon(element, text, linked)) return true;
  return isInShortItemRow(element);
}

/**
 * A line that is all a form's label ("Valora esta noticia", "Rate this story"): the label of a
 * widget whose inputs (stars, a box) hold no text. declaresControl reads the line's ancestors; the
 * label sits inside the line.
 */
function isFormLabel(element: Element, text: string): boolean {
  // A short line holds a few elements: walking them is cheaper than a selector query.
  const label = findElement(element, (inside) => inside.localName === 'label');
  return !!label && collapseWhitespace(label.textContent ?? '') === text;
}

/** A number alone on its line: a whole, a decimal or a fraction ("2", "1.5", "1 1/2", "½"). */
const BARE_NUMBER = /^(?:\d{1,4}(?:[.,]\d{1,3})?(?:\s*(?:\d{1,2}\/\d{1,2}|[½⅓⅔¼¾⅛]))?|\d{1,2}\/\d{1,2}|[½⅓⅔¼¾⅛])$/u;
/** Steps a numbered list counts at least before its numbers read as its own. */
const MIN_COUNTED_STEPS = 3;

/**
 * The number lines that belong to the text beside them though they read as counters: a quantity
 * set apart from the words it counts ("2" before "cups kosher salt"; the next line goes on in
 * lower case), and the numbers of a list written as lines of their own, counting up from 1 with
 * one line of text after each ("1", "Mix the water…", "2", "Heat the oven…", "3", …). The text
 * beside them is kept text (`isFragment` false for it): a share row's counts ("634" beside
 * "Save") and a recipe card's figures whose labels went as fragments ("10", "minutes") do neither.
 */
export function listNumbers(blocks: readonly { text: string }[], isFragment: readonly boolean[]): Set<number> {
  const numbers = new Set<number>();
  const isText = (index: number) =>
    index < blocks.length && !isFragment[index] && !BARE_NUMBER.test(blocks[index]!.text);
  for (let index = 0; index < blocks.length; index++) {
    const text = blocks[index]!.text;
    if (!isFragment[index] || !BARE_NUMBER.test(text)) continue;
    if (isText(index + 1) && /^\p{Ll}/u.test(blocks[index + 1]!.text)) numbers.add(index);
    if (text !== '1') continue;
    let steps = 1;
    while (isText(index + 2 * steps - 1) && blocks[index + 2 * steps]?.text === String(steps + 1)) steps++;
    if (steps < MIN_COUNTED_STEPS || !isText(index + 2 * steps - 1)) continue;
    for (let step = 0; step < steps; step++) numbers.add(index + 2 * step);
  }
  return numbers;
}

/** Page numbers a pager shows at least. */
const MIN_PAGER_NUMBERS = 3;

/**
 * A row of page numbers ("1 | 2 | 3 | Next>", "Page 1 | Page 2 | Page 3"): three or more numbers
 * counting up by one, with at most two other words beside them, each said once or before every
 * number. A sentence that counts ("steps 1, 2 and 3") ends as a sentence and is no link row.
 */
function isPager(text: string): boolean {
  if (!/\d\D+\d\D+\d/u.test(text) || endsLikeSentence(text)) return false;
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const numbers = tokens.filter((token) => /^\d{1,4}$/u.test(token)).map(Number);
  if (numbers.length < MIN_PAGER_NUMBERS) return false;
  if (numbers.some((number, index) => index > 0 && number !== numbers[index - 1]! + 1)) return false;
  const others = new Map<string, number>();
  for (const token of tokens) {
    if (!/^\d{1,4}$/u.test(token)) others.set(token.toLowerCase(), (others.get(token.toLowerCase()) ?? 0) + 1);
  }
  if (others.size > 2) return false;
  return Array.from(others.values()).every((count) => count === 1 || count === numbers.length);
}

/** Letters an element may hold beside a line and still be that line's own (a figure's caption beside its credit). */
const MAX_LETTERS_BESIDE = 200;

function holdsLittleBeside(element: Element, letters: number): boolean {
  return visibleLength(element.textContent ?? '') <= letters + MAX_LETTERS_BESIDE;
}

/** One of three or more sibling elements that are all short labels (an action or tab row). */
function isInShortItemRow(element: Element): boolean {
  const parent = element.parentElement;
  if (!parent) return false;
  // Each sibling's text is read once, and the first that is not a label settles it: a line among
  // a story's paragraphs would otherwise read all of them.
  let labels = 0;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const text = (child.textContent ?? '').trim();
    if (!text) continue;
    if (words(text) > 3 || SENTENCE_PUNCTUATION.test(text)) return false;
    labels++;
  }
  return labels >= 3;
}
