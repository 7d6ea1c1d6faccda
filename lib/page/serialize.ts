/**
 * The page as HTML for the analysis, serialized in slices that give the page its thread back:
 * the same markup as `document.documentElement.outerHTML`, but elements with many descendants
 * are written tag by tag around their children instead of in one call, so that no single call
 * serializes the whole document. A change to the page during a pause starts the serialization
 * over, so the HTML is always one consistent state of the page.
 *
 * The code of the page's scripts and the rules of its style sheets are left out (the elements
 * stay, empty): the analysis reads neither (only JSON-LD, which is kept), and on news pages they
 * are often most of the HTML, which is then copied, sent and parsed again for nothing.
 */
import { PAINTED_ATTRIBUTE } from './anchoring/ui-attribute';
import { watchChanges } from './change-watch';

/**
 * Elements with fewer descendant elements than this are serialized in one outerHTML call (a few
 * milliseconds at most): most pages are, whole. Calls per element cost more in all than one call.
 */
const WHOLE_BELOW = 3000;

const VOID_TAGS = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is not escaped, or that hold a separate fragment: always serialized whole. */
const WHOLE_TAGS = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'noscript',
  'template',
  'textarea',
  'title',
]);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
}

function openTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of element.attributes)
    if (attribute.name !== PAINTED_ATTRIBUTE) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
  return `${tag}>`;
}

const PAINTED_MARKUP = ` ${PAINTED_ATTRIBUTE}=""`;

/** An element's outerHTML without the painter's marks (lib/page/paint/highlights.ts): the page as it is without us. */
function outerHtml(element: Element): string {
  const html = element.outerHTML;
  return html.includes(PAINTED_MARKUP) ? html.replaceAll(PAINTED_MARKUP, '') : html;
}

function isWhole(element: Element, wholeBelow: number): boolean {
  const name = element.localName;
  return (
    element.namespaceURI !== HTML_NAMESPACE ||
    VOID_TAGS.has(name) ||
    WHOLE_TAGS.has(name) ||
    element.getElementsByTagName('*').length < wholeBelow
  );
}

/** Script or style text shorter than this is left in: cutting it out would cost more than it saves. */
export const CUT_MIN_LENGTH = 512;

/** What the serialization leaves out: the elements written empty, and their ancestors, written tag by tag around their children. */
export interface Cut {
  readonly emptied: ReadonlySet<Element>;
  readonly opened: ReadonlySet<Element>;
}

const NOTHING_CUT: Cut = { emptied: new Set(), opened: new Set() };

/** Script code (JSON-LD is data the analysis reads) or style rules, at least `minLength` long. */
function isUnread(element: Element, minLength: number): boolean {
  if (element.namespaceURI !== HTML_NAMESPACE) return false;
  if (element.localName === 'script' && element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    return false;
  return (element.textContent?.length ?? 0) >= minLength;
}

/** The page's scripts and style sheets to write empty under `root`, and the elements around them. */
export function cutOf(root: Element, minLength = CUT_MIN_LENGTH): Cut {
  const emptied = new Set<Element>();
  const opened = new Set<Element>();
  for (const tag of ['script', 'style'])
    for (const element of Array.from(root.getElementsByTagName(tag))) {
      if (!isUnread(element, minLength)) continue;
      // Only through plain HTML elements, which are written tag by tag exactly as outerHTML writes them.
      const around: Element[] = [];
      let ancestor = element.parentElement;
      let plain = true;
      while (ancestor && !opened.has(ancestor)) {
        if (ancestor.namespaceURI !== HTML_NAMESPACE || WHOLE_TAGS.has(ancestor.localName)) {
          plain = false;
          break;
        }
        around.push(ancestor);
        if (ancestor === root) break;
        ancestor = ancestor.parentElement;
      }
      if (!plain || !(ancestor === root || opened.has(ancestor!))) continue;
      emptied.add(element);
      for (const element of around) opened.add(element);
    }
  return emptied.size > 0 ? { emptied, opened } : NOTHING_CUT;
}

/** The serialization as steps: each step appends a piece to `out` and may be followed by a pause. */
export function* serializeSteps(
  root: Element,
  out: string[],
  wholeBelow = WHOLE_BELOW,
  cut: Cut = NOTHING_CUT,
): Generator<void, void, void> {
  if (cut.emptied.has(root)) {
    out.push(`${openTag(root)}</${root.localName}>`);
    return;
  }
  if (!cut.opened.has(root) && isWhole(root, wholeBelow)) {
    out.push(outerHtml(root));
    yield;
    return;
  }
  out.push(openTag(root));
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) yield* serializeSteps(child as Element, out, wholeBelow, cut);
    else if (child.nodeType === 3) out.push(escapeText((child as Text).data));
    else if (child.nodeType === 8) out.push(`<!--${(child as Comment).data}-->`);
  }
  out.push(`</${root.localName}>`);
  yield;
}

export interface SerializeOptions {
  /** Work at most about this long before pausing. */
  sliceMs: number;
  pause: () => Promise<void>;
  /** Attempts begun again after a change before the last one is done in one go (default 3). */
  maxRestarts?: number;
  /** Elements with fewer descendants are serialized in one call (default WHOLE_BELOW; smaller in tests). */
  wholeBelow?: number;
  /** Scripts and style sheets with less text are left whole (default CUT_MIN_LENGTH; Infinity keeps all). */
  cutMinLength?: number;
}

/**
 * `doc.documentElement.outerHTML` less the code of scripts and the rules of style sheets,
 * computed in slices; restarted when the page changes during a pause.
 */
export async function serializeInSlices(doc: Document, options: SerializeOptions): Promise<string> {
  const root = doc.documentElement;
  const changes = watchChanges(root);
  try {
    for (let attempt = 0; attempt <= (options.maxRestarts ?? 3); attempt++) {
      const out: string[] = [];
      let sliceStart = performance.now();
      let restarted = false;
      const cut = cutOf(root, options.cutMinLength);
      for (const _ of serializeSteps(root, out, options.wholeBelow, cut)) {
        if (performance.now() - sliceStart < options.sliceMs) continue;
        await options.pause();
        if (changes.changedSincePause()) {
          restarted = true;
          break;
        }
        sliceStart = performance.now();
      }
      if (!restarted) return out.join('');
    }
    return outerHtml(root);
  } finally {
    changes.stop();
  }
}
