/**
 * General rules for what is page chrome rather than article: site navigation, forms and
 * buttons, language pickers, share/reaction rows, status widgets. They run on a clone, before
 * and after Readability, and never look at a particular site's wording.
 */

import { textWeight } from './text-measure';

const CHROME_SELECTORS = [
  'nav',
  'footer',
  'aside',
  'button',
  'textarea',
  'select',
  'input',
  'dialog',
  'template',
  'iframe',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="marquee"]',
  '[role="status"]',
  '[role="toolbar"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(',');

const MAX_WIDGET_FORM_TEXT = 1000;

/** Remove the elements that are page furniture by their own declaration (tag, role, hidden). */
export function removeDeclaredChrome(root: ParentNode): void {
  removeFieldBoxes(root);
  for (const el of Array.from(root.querySelectorAll(CHROME_SELECTORS))) el.remove();
  // Some sites wrap the whole page in one <form>: only a form with little text is a widget.
  for (const form of Array.from(root.querySelectorAll('form'))) {
    if ((form.textContent ?? '').trim().length < MAX_WIDGET_FORM_TEXT) form.remove();
  }
  // An <article>'s own <header> holds its title; the site's <header> does not.
  for (const header of Array.from(root.querySelectorAll('header'))) {
    if (!header.closest('article, main, [role="main"]')) header.remove();
  }
  removeLanguagePickers(root);
}

const MAX_FIELD_BOX_WEIGHT = 60;

/**
 * Comment boxes, newsletter sign-ups and login prompts: the box around a form field, grown
 * outwards while it holds little text besides the field (its heading, its pitch, its counters).
 */
function removeFieldBoxes(root: ParentNode): void {
  for (const field of Array.from(root.querySelectorAll('input:not([type="hidden"]), textarea, select'))) {
    if (!field.isConnected) continue;
    let box: Element = field;
    for (let parent = box.parentElement; parent; parent = parent.parentElement) {
      if (parent.matches('article, main, [role="main"], body, html')) break;
      if (textWeight(parent.textContent ?? '') > MAX_FIELD_BOX_WEIGHT) break;
      box = parent;
    }
    box.remove();
  }
}

/** A list of links to the same site in other languages (links carrying lang / hreflang). */
function removeLanguagePickers(root: ParentNode): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol, div, section'))) {
    if (!list.isConnected) continue;
    const links = Array.from(list.querySelectorAll('a'));
    if (links.length < 3) continue;
    const tagged = links.filter((a) => a.hasAttribute('lang') || a.hasAttribute('hreflang'));
    if (tagged.length < 3 || tagged.length < links.length * 0.6) continue;
    const linkText = tagged.reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    const allText = (list.textContent ?? '').replace(/\s+/g, '').length;
    if (linkText >= allText * 0.5) list.remove();
  }
}

const HEADING = /^H[1-6]$/;
/** Tags whose short text is content by nature: headings, list items, captions, table cells. */
const CONTENT_TAGS = new Set(['LI', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD', 'PRE', 'BLOCKQUOTE']);
/** Class or id words that declare a control or a widget. */
const CONTROL_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|btn|button|toolbar|actions?|reactions?|likes?|vote|rating|counter|follow|bookmark|print|tooltip|badge|chip|tabs?|pagination|pager|breadcrumbs?)(?:$|[\s_-])/i;
const ICON = 'img, svg, i, [class*="icon"]';
const COUNTER = /^[\d\s.,:/+\-–%kKmMbB×x万亿]+$/u;
const MAX_CONTROL_WORDS = 6;

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length + (text.match(/[\u3040-\u30ff\u3400-\u9fff]/gu) ?? []).length / 2;
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

/** An icon (a small image, an svg, an icon font element) with no text of its own. */
function hasBareIcon(el: Element): boolean {
  return Array.from(el.querySelectorAll(ICON)).some((icon) => !(icon.textContent ?? '').trim());
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
  if (HEADING.test(tag) || CONTENT_TAGS.has(tag) || element.closest('blockquote')) return false;
  const size = words(text);
  if (size > MAX_CONTROL_WORDS * 2) return false;
  const letters = text.replace(/\s+/gu, '').length;
  const linked =
    linkLength >= 0
      ? linkLength
      : Array.from(element.querySelectorAll('a')).reduce(
          (n, a) => n + (a.textContent ?? '').replace(/\s+/gu, '').length,
          0,
        );
  if (COUNTER.test(text)) return true;
  if (size > MAX_CONTROL_WORDS) return false;
  if (letters > 0 && linked >= letters * 0.9) return true;
  if (/[.!?。！？]["”’»)]*$/u.test(text)) return false;
  if (declaresControl(element, element.closest('article, main, body'))) return true;
  if (hasBareIcon(element)) return true;
  return isInShortItemRow(element);
}

/** One of three or more sibling elements that are all short labels (an action or tab row). */
function isInShortItemRow(element: Element): boolean {
  const parent = element.parentElement;
  if (!parent) return false;
  const siblings = Array.from(parent.children).filter((child) => (child.textContent ?? '').trim());
  if (siblings.length < 3) return false;
  return siblings.every((child) => {
    const text = (child.textContent ?? '').trim();
    return words(text) <= 3 && !/[.!?。！？,，:：]/u.test(text);
  });
}
