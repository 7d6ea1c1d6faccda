import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatNumber, uiLocale } from '../lib/shared/format';
import {
  HIGHLIGHT_COLOURS,
  noteOf,
  quoteOf,
  sortInPageOrder,
  type HighlightAnnotation,
  type HighlightColour,
} from '../lib/shared/highlights/model';
import { useFocusAfterDelete } from './focus-after-delete';
import { inParentheses, spaceBetween } from '../lib/ui/typography';
import { LoadingLine } from './loading-line';
import { useSwapFocus } from './swap-focus';
import './highlights-list.css';

export interface HighlightEdit {
  /** An empty string removes the note. */
  note?: string;
  colour?: HighlightColour;
}

export interface HighlightsListProps {
  /** Highlights found on the page. */
  highlights: readonly HighlightAnnotation[];
  /** Highlights that could not be found on the page any more; shown with their text, never dropped. */
  orphans: readonly HighlightAnnotation[];
  onSelect: (id: string) => void;
  onEdit: (id: string, edit: HighlightEdit) => void;
  onDelete: (id: string) => void;
  /** When given, a deleted highlight can be brought back from the notice that follows. */
  onUndo?: () => void;
  /** Language of the page the quotes come from. */
  textLang?: string;
  /** The list has not been read yet: no "no highlights" message. */
  loading?: boolean;
}

const COLOUR_LABEL: Record<HighlightColour, () => string> = {
  yellow: () => i18n.t('highlights.colourYellow'),
  green: () => i18n.t('highlights.colourGreen'),
  blue: () => i18n.t('highlights.colourBlue'),
  pink: () => i18n.t('highlights.colourPink'),
};

interface ItemProps {
  annotation: HighlightAnnotation;
  orphan: boolean;
  onSelect: (id: string) => void;
  onEdit: (id: string, edit: HighlightEdit) => void;
  onDelete: (id: string) => void;
  textLang?: string;
}

const COLOUR_STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Arrow keys in the colour group choose the next or previous colour, round the ends, and move the focus with it. */
function chooseColourByKey(event: KeyboardEvent, current: HighlightColour, choose: (colour: HighlightColour) => void) {
  const step = COLOUR_STEPS[event.key];
  if (!step) return;
  event.preventDefault();
  const count = HIGHLIGHT_COLOURS.length;
  const next = HIGHLIGHT_COLOURS[(HIGHLIGHT_COLOURS.indexOf(current) + step + count) % count]!;
  choose(next);
  (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-colour="${next}"]`)?.focus();
}

function HighlightItem({ annotation, orphan, onSelect, onEdit, onDelete, textLang }: ItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const note = noteOf(annotation);
  const colour = annotation.marginalia.colour;
  const quote = quoteOf(annotation).exact;
  const editing = draft !== null;
  // The note's button and its editor replace each other: the one shown takes the focus.
  const noteFocus = useSwapFocus<HTMLButtonElement, HTMLTextAreaElement>(editing);

  function openNote() {
    noteFocus.focusNext();
    setDraft(note);
  }

  function closeNote() {
    noteFocus.focusNext();
    setDraft(null);
  }

  function saveNote(event: Event) {
    event.preventDefault();
    if (draft !== null && draft.trim() !== note) onEdit(annotation.id, { note: draft });
    closeNote();
  }

  return (
    <li
      class={`highlights-item highlights-colour-${colour}${orphan ? ' highlights-orphan' : ''}`}
      data-testid="highlight"
      data-id={annotation.id}
    >
      {orphan ? (
        <blockquote class="highlights-quote" lang={textLang}>
          {quote}
        </blockquote>
      ) : (
        <button
          type="button"
          class="highlights-quote highlights-select"
          title={i18n.t('highlights.show')}
          onClick={() => onSelect(annotation.id)}
        >
          {/* The quote in the page's language; the button's title is the interface's. */}
          <span lang={textLang}>{quote}</span>
        </button>
      )}
      {draft === null ? (
        note && (
          <p class="highlights-note" data-testid="highlight-note">
            {note}
          </p>
        )
      ) : (
        <form class="highlights-note-form" onSubmit={saveNote}>
          <label>
            <span class="highlights-visually-hidden">{i18n.t('highlights.note')}</span>
            <textarea
              ref={noteFocus.second}
              class="highlights-note-input"
              data-testid="highlight-note-input"
              value={draft}
              rows={3}
              onInput={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Escape closes an untouched note; typed words are only dropped by Cancel, never by a stray key.
                if (event.key === 'Escape' && event.currentTarget.value === note) {
                  event.preventDefault();
                  closeNote();
                }
                // Enter starts a new line of the note; Ctrl+Enter (⌘+Enter) saves it, as in most
                // note and comment boxes. Not while an input method is still composing.
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
                  event.preventDefault();
                  saveNote(event);
                }
              }}
            />
          </label>
          <div class="highlights-actions">
            <button type="submit" class="panel__button" data-testid="highlight-note-save">
              {i18n.t('highlights.save')}
            </button>
            <button type="button" class="panel__button" onClick={closeNote}>
              {i18n.t('highlights.cancel')}
            </button>
          </div>
        </form>
      )}
      <div class="highlights-actions">
        <span
          class="highlights-colours"
          role="radiogroup"
          aria-label={i18n.t('highlights.colour')}
          onKeyDown={(event) => chooseColourByKey(event, colour, (option) => onEdit(annotation.id, { colour: option }))}
        >
          {HIGHLIGHT_COLOURS.map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={option === colour}
              aria-label={COLOUR_LABEL[option]()}
              title={COLOUR_LABEL[option]()}
              tabIndex={option === colour ? 0 : -1}
              class={`highlights-swatch highlights-colour-${option}`}
              data-colour={option}
              onClick={() => option !== colour && onEdit(annotation.id, { colour: option })}
            />
          ))}
        </span>
        {draft === null && (
          <button
            type="button"
            class="panel__button"
            ref={noteFocus.first}
            data-testid="highlight-edit-note"
            onClick={openNote}
          >
            {note ? i18n.t('highlights.editNote') : i18n.t('highlights.addNote')}
          </button>
        )}
        <button
          type="button"
          class="panel__button highlights-delete"
          data-testid="highlight-delete"
          onClick={() => onDelete(annotation.id)}
        >
          {i18n.t('highlights.delete')}
        </button>
      </div>
    </li>
  );
}

/** "My highlights" for the current page: found ones in page order, then the orphans. */
export function HighlightsList({
  highlights,
  orphans,
  onSelect,
  onEdit,
  onDelete,
  onUndo,
  textLang,
  loading = false,
}: HighlightsListProps) {
  const [undoable, setUndoable] = useState(false);
  const total = highlights.length + orphans.length;
  const section = useRef<HTMLElement>(null);
  const focus = useFocusAfterDelete(
    (id) =>
      [...(section.current?.querySelectorAll<HTMLElement>('[data-testid="highlight"]') ?? [])]
        .find((element) => element.dataset.id === id)
        ?.querySelector<HTMLElement>('button') ?? null,
    () => section.current,
  );

  function remove(id: string) {
    onDelete(id);
    setUndoable(onUndo !== undefined);
    focus.deleted(id, onUndo !== undefined);
  }

  function undo() {
    setUndoable(false);
    focus.undone();
    onUndo?.();
  }

  const itemProps = { onSelect, onEdit, onDelete: remove, textLang };
  const title = i18n.t('highlights.title');
  const count = loading ? '' : inParentheses(i18n.t('highlights.count', total, [formatNumber(total, uiLocale())]));
  return (
    <section class="highlights" aria-labelledby="highlights-title" aria-busy={loading || undefined} ref={section}>
      <h2 id="highlights-title" class="highlights-title" tabIndex={-1} ref={focus.heading}>
        {title}
        {count && (
          <>
            {spaceBetween(title, count)}
            <span class="highlights-count">{count}</span>
          </>
        )}
      </h2>
      {undoable && (
        <p class="highlights-undo" role="status">
          {i18n.t('highlights.deleted')}{' '}
          <button
            type="button"
            class="panel__button"
            ref={focus.undoButton}
            data-testid="highlight-undo"
            onClick={undo}
          >
            {i18n.t('highlights.undo')}
          </button>
        </p>
      )}
      <LoadingLine loading={loading} />
      {total === 0 && !loading && <p class="highlights-empty">{i18n.t('highlights.empty')}</p>}
      {highlights.length > 0 && (
        <ol class="highlights-items">
          {sortInPageOrder(highlights).map((annotation) => (
            <HighlightItem key={annotation.id} annotation={annotation} orphan={false} {...itemProps} />
          ))}
        </ol>
      )}
      {orphans.length > 0 && (
        <div class="highlights-orphans" data-testid="highlight-orphans">
          <h3 class="highlights-subtitle">{i18n.t('highlights.orphansTitle')}</h3>
          <p class="highlights-hint">{i18n.t('highlights.orphansHint')}</p>
          <ul class="highlights-items">
            {orphans.map((annotation) => (
              <HighlightItem key={annotation.id} annotation={annotation} orphan {...itemProps} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
