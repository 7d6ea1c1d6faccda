/**
 * General rules for what is page chrome rather than article: site navigation, forms and
 * buttons, language pickers, share/reaction rows, status widgets. They run on a clone, before
 * and after Readability, and never look at a particular site's wording.
 */

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

const SENTENCE_END = /[.!?。！？…:;"”»)）」』\]]$/u;
const HEADING = /^H[1-6]$/;

function wordCount(text: string): number {
  // CJK text has no spaces: count characters in groups of two as a rough word.
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g) ?? []).length;
  const words = text
    .replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return words + Math.ceil(cjk / 2);
}

/**
 * Whether a block of the isolated article is a UI fragment rather than prose: a short link on
 * its own ("View original", "Read more"), a short label with no sentence punctuation
 * ("Share", "Loading summary…" widgets, reaction rows). Headings, list items and captions are
 * content and are kept.
 */
export function isUiFragment(element: Element, text: string): boolean {
  const tag = element.tagName.toUpperCase();
  if (
    HEADING.test(tag) ||
    tag === 'LI' ||
    tag === 'FIGCAPTION' ||
    tag === 'TD' ||
    tag === 'TH' ||
    tag === 'DT' ||
    tag === 'DD'
  ) {
    return false;
  }
  const words = wordCount(text);
  const linkText = Array.from(element.querySelectorAll('a')).reduce(
    (n, a) => n + (a.textContent ?? '').trim().length,
    0,
  );
  const letters = text.replace(/\s+/g, '').length;
  if (words <= 6 && letters > 0 && linkText >= letters * 0.9) return true;
  if (words <= 6 && !SENTENCE_END.test(text)) {
    // A bold-only short line is a subheading some sites write as <p><strong>…</strong></p>.
    const strong = Array.from(element.querySelectorAll('strong, b')).reduce(
      (n, b) => n + (b.textContent ?? '').trim().length,
      0,
    );
    return strong < letters * 0.9;
  }
  return false;
}
