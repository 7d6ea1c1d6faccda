import { UI_ATTRIBUTE } from './anchoring/text-index';
import { safeHttpUrl } from '../shared/safe-url';
import type { DefinitionLang, TermText } from '../shared/definition-language';
import type { GlossaryEntry } from '../shared/types';

export interface HoverableTerm {
  entry: GlossaryEntry;
  ranges: Range[];
  /** Name and definition in the reader's language, fetched for this page (the content script holds no term base). */
  text: TermText;
  lang: DefinitionLang;
}

const CARD_CSS = `
:host {
  all: initial !important; position: fixed !important; display: block !important; z-index: 2147483647 !important;
  top: var(--marginalia-top) !important; left: var(--marginalia-left) !important;
}
.card {
  box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #d7dbe0; border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18); text-align: left;
}
.label { font-weight: 650; font-size: 15px; margin: 0 0 2px; }
.form { color: #5b6470; font-size: 12px; margin: 0 0 8px; }
.definition { margin: 0 0 8px; }
.source { font-size: 12px; color: #2455d6; text-decoration: underline; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  .card { color: #e7e9ec; background: #1f2227; border-color: #3a3f46; }
  .form { color: #a3abb6; }
  .source { color: #7aa2ff; }
}`;

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The definition card shown when the pointer rests on a painted AI term. It lives in a closed
 * shadow root on a host added to <html> only while it shows, so the page can neither read nor
 * restyle it and the page's markup is untouched the rest of the time.
 */
export function watchTermHover(
  doc: Document,
  terms: () => HoverableTerm[],
  enabled: () => boolean,
  signal: AbortSignal,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let host: HTMLElement | null = null;
  let shownFor: string | null = null;
  let frame = 0;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let overCard = false;

  const hide = () => {
    host?.remove();
    host = null;
    shownFor = null;
  };

  const show = (term: HoverableTerm, range: Range) => {
    clearTimeout(hideTimer);
    if (shownFor === term.entry.termId && host?.isConnected) return;
    hide();
    host = doc.createElement('marginalia-term-card');
    host.setAttribute(UI_ATTRIBUTE, 'term-card');
    host.setAttribute('data-term-id', term.entry.termId);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.lang = term.lang;
    const label = doc.createElement('p');
    label.className = 'label';
    label.textContent = term.text.label;
    const form = doc.createElement('p');
    form.className = 'form';
    form.textContent = range.toString();
    const definition = doc.createElement('p');
    definition.className = 'definition';
    definition.textContent = term.text.definition;
    card.append(label, form, definition);
    const href = safeHttpUrl(term.entry.source.url);
    if (href) {
      const source = doc.createElement('a');
      source.className = 'source';
      source.href = href;
      source.target = '_blank';
      source.rel = 'noopener noreferrer';
      source.textContent = term.entry.source.title;
      card.append(source);
    }
    root.append(style, card);
    host.addEventListener('mouseenter', () => {
      overCard = true;
      clearTimeout(hideTimer);
    });
    host.addEventListener('mouseleave', () => {
      overCard = false;
      scheduleHide();
    });
    const rect = range.getBoundingClientRect();
    const top = rect.bottom + 8 + 200 > view.innerHeight ? Math.max(8, rect.top - 8 - 200) : rect.bottom + 8;
    const left = Math.min(Math.max(8, rect.left), Math.max(8, view.innerWidth - 328));
    // :host's !important rules outrank every page rule (even `* { all: unset !important }`); they read the place from here.
    host.style.setProperty('--marginalia-top', `${top}px`, 'important');
    host.style.setProperty('--marginalia-left', `${left}px`, 'important');
    doc.documentElement.append(host);
    shownFor = term.entry.termId;
  };

  const scheduleHide = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!overCard) hide();
    }, 300);
  };

  const hitTest = (x: number, y: number) => {
    const caret = caretAt(doc, x, y);
    if (!caret) return scheduleHide();
    for (const term of terms()) {
      for (const range of term.ranges) {
        if (range.collapsed || !range.isPointInRange(caret.node, caret.offset)) continue;
        const box = range.getBoundingClientRect();
        if (x >= box.left - 2 && x <= box.right + 2 && y >= box.top - 2 && y <= box.bottom + 2)
          return show(term, range);
      }
    }
    if (!overCard) scheduleHide();
  };

  const onMove = (event: MouseEvent) => {
    if (!enabled() || !event.isTrusted) return;
    if (frame) return;
    const { clientX, clientY } = event;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      hitTest(clientX, clientY);
    });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  doc.addEventListener('mousemove', onMove, { passive: true, signal });
  doc.addEventListener('keydown', onKey, { signal });
  view.addEventListener('scroll', hide, { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(hideTimer);
    if (frame) view.cancelAnimationFrame(frame);
    hide();
  });
}
