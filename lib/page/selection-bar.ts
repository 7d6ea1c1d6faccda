/**
 * The small "Highlight" bar shown next to the reader's selection: plain DOM in a closed shadow
 * root, its styles in selection-bar.css. Nothing of it exists until the first selection.
 */
import { i18n } from '#i18n';
import { selectionFailureText } from '../shared/failure-text';
import { uiLocale } from '../shared/format';
import BAR_CSS from './selection-bar.css?raw';
import { UI_ATTRIBUTE } from './anchoring/ui-attribute';
import { HIGHLIGHT_COLOURS, type HighlightAnnotation, type HighlightColour } from '../shared/highlights/model';
import { MAX_NOTE } from '../shared/protocol';
import type { Result } from '../shared/result';

const MESSAGE_MS = 6000;
const GAP = 8;

interface BarParts {
  host: HTMLElement;
  noteRow: HTMLFormElement;
  noteInput: HTMLInputElement;
  message: HTMLParagraphElement;
  swatches: HTMLButtonElement[];
}

const COLOUR_LABEL: Record<HighlightColour, () => string> = {
  yellow: () => i18n.t('highlights.colourYellow'),
  green: () => i18n.t('highlights.colourGreen'),
  blue: () => i18n.t('highlights.colourBlue'),
  pink: () => i18n.t('highlights.colourPink'),
};

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** A usable selection: one non-empty range inside the page body, outside our own UI. */
export function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = doc.body;
  if (!body || !body.contains(range.commonAncestorContainer)) return null;
  const container = range.commonAncestorContainer;
  const holder = container.nodeType === 1 ? (container as Element) : container.parentElement;
  if (holder?.closest(`[${UI_ATTRIBUTE}]:not([${UI_ATTRIBUTE}="mark"])`)) return null;
  if (!range.toString().trim()) return null;
  return range.cloneRange();
}

/**
 * The bar shown next to a selection. It sits below the selection (above when there is no room
 * below), outside the selection's bounding box, so it never covers the selected text.
 */
export class SelectionBar {
  private parts: BarParts | null = null;
  private range: Range | null = null;
  private colour: HighlightColour = 'yellow';
  private messageTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onCreate: (
      range: Range,
      colour: HighlightColour,
      note: string,
    ) => Promise<Result<HighlightAnnotation>>,
  ) {}

  /** The bar's host element, once the bar has been shown. */
  get host(): HTMLElement | null {
    return this.parts?.host ?? null;
  }

  get isOpen(): boolean {
    return this.parts?.host.isConnected ?? false;
  }

  /** Whether keyboard focus is inside the bar (typing a note). */
  get hasFocus(): boolean {
    return !!this.parts && this.doc.activeElement === this.parts.host;
  }

  /** Built on first use: most readers never select text. */
  private build(): BarParts {
    if (this.parts) return this.parts;
    const doc = this.doc;
    const host = element(doc, 'div', { [UI_ATTRIBUTE]: 'highlighter' });
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = element(doc, 'style');
    style.textContent = BAR_CSS;
    const swatches: HTMLButtonElement[] = [];
    // In the reader's language, not the page's (a Japanese bar on a Chinese page keeps Japanese glyphs).
    const bar = element(doc, 'div', {
      class: 'bar',
      role: 'toolbar',
      'aria-label': i18n.t('highlighter.barLabel'),
      lang: uiLocale(),
    });
    const row = element(doc, 'div', { class: 'row' });
    const highlight = element(doc, 'button', { type: 'button', class: 'highlight' }, i18n.t('highlighter.highlight'));
    highlight.addEventListener('click', (event) => event.isTrusted && void this.submit());
    row.append(highlight);
    for (const colour of HIGHLIGHT_COLOURS) {
      const swatch = element(doc, 'button', {
        type: 'button',
        class: `swatch ${colour}`,
        'aria-pressed': String(colour === this.colour),
        'aria-label': COLOUR_LABEL[colour](),
        title: COLOUR_LABEL[colour](),
      });
      swatch.addEventListener('click', (event) => event.isTrusted && this.pick(colour));
      swatches.push(swatch);
      row.append(swatch);
    }
    const noteToggle = element(doc, 'button', { type: 'button', class: 'note-toggle' }, i18n.t('highlighter.note'));
    noteToggle.addEventListener('click', (event) => event.isTrusted && this.openNote());
    row.append(noteToggle);

    const noteRow = element(doc, 'form', { class: 'row', hidden: '' });
    const noteInput = element(doc, 'input', {
      type: 'text',
      maxlength: String(MAX_NOTE),
      'aria-label': i18n.t('highlighter.note'),
      placeholder: i18n.t('highlighter.notePlaceholder'),
    });
    noteRow.append(noteInput, element(doc, 'button', { type: 'submit' }, i18n.t('highlighter.save')));
    noteRow.addEventListener('submit', (event) => {
      event.preventDefault();
      if (event.isTrusted) void this.submit();
    });

    const message = element(doc, 'p', { class: 'message', role: 'status', hidden: '' });
    bar.append(row, noteRow, message);
    shadow.append(style, bar);
    // Keep the page's selection when the bar's buttons are pressed.
    bar.addEventListener('mousedown', (event) => {
      if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
    });
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
    this.parts = { host, noteRow, noteInput, message, swatches };
    return this.parts;
  }

  showFor(range: Range): void {
    const { noteRow, noteInput } = this.build();
    this.range = range;
    noteRow.hidden = true;
    noteInput.value = '';
    this.hideMessage();
    this.mount();
    this.place();
  }

  /** A message next to the last selection, or at the top of the view when there is none. */
  say(text: string, error: boolean): void {
    const { message } = this.build();
    message.textContent = text;
    message.className = error ? 'message error' : 'message';
    message.setAttribute('role', error ? 'alert' : 'status');
    message.hidden = false;
    this.mount();
    this.place();
    if (this.messageTimer !== null) clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => this.hide(), MESSAGE_MS);
  }

  hide(): void {
    if (this.messageTimer !== null) clearTimeout(this.messageTimer);
    this.messageTimer = null;
    this.range = null;
    this.parts?.host.remove();
  }

  private mount(): void {
    const host = this.build().host;
    if (host.isConnected) return;
    const style = host.style;
    style.setProperty('position', 'absolute', 'important');
    style.setProperty('z-index', '2147483647', 'important');
    style.setProperty('display', 'block', 'important');
    style.setProperty('margin', '0', 'important');
    this.doc.documentElement.append(host);
  }

  private place(): void {
    const view = this.doc.defaultView;
    const host = this.parts?.host;
    if (!view || !host) return;
    const box = host.getBoundingClientRect();
    const rect = this.range?.getBoundingClientRect();
    let top: number;
    let left: number;
    if (rect && (rect.width > 0 || rect.height > 0)) {
      const below = rect.bottom + GAP;
      top =
        below + box.height <= view.innerHeight || rect.top - GAP - box.height < 0 ? below : rect.top - GAP - box.height;
      left = Math.min(Math.max(4, rect.left), Math.max(4, view.innerWidth - box.width - 4));
    } else {
      top = GAP;
      left = Math.max(4, view.innerWidth - box.width - GAP);
    }
    host.style.setProperty('top', `${top + view.scrollY}px`, 'important');
    host.style.setProperty('left', `${left + view.scrollX}px`, 'important');
  }

  private pick(colour: HighlightColour): void {
    this.colour = colour;
    this.parts?.swatches.forEach((swatch, i) =>
      swatch.setAttribute('aria-pressed', String(HIGHLIGHT_COLOURS[i] === colour)),
    );
  }

  private openNote(): void {
    const { noteRow, noteInput } = this.build();
    noteRow.hidden = false;
    this.place();
    noteInput.focus();
  }

  /**
   * How a request to highlight the selection ended, from the bar or from the panel, menu or
   * shortcut: made (the bar and the selection go), or why not, in the reader's words.
   */
  settle(reply: Result<unknown>): void {
    if (reply.ok) {
      this.hide();
      this.doc.getSelection()?.removeAllRanges();
    } else this.say(selectionFailureText(reply.error), true);
  }

  private async submit(): Promise<void> {
    const range = this.range;
    if (!range) return;
    this.settle(await this.onCreate(range, this.colour, this.parts?.noteInput.value ?? ''));
  }

  private hideMessage(): void {
    if (!this.parts) return;
    this.parts.message.hidden = true;
    this.parts.message.textContent = '';
  }
}
