import { useState } from 'preact/hooks';
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
}

function HighlightItem({ annotation, orphan, onSelect, onEdit, onDelete }: ItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const note = noteOf(annotation);
  const colour = annotation.marginalia.colour;
  const quote = quoteOf(annotation).exact;

  function saveNote(event: Event) {
    event.preventDefault();
    if (draft !== null && draft.trim() !== note) onEdit(annotation.id, { note: draft });
    setDraft(null);
  }

  return (
    <li
      class={`highlights-item highlights-colour-${colour}${orphan ? ' highlights-orphan' : ''}`}
      data-testid="highlight"
      data-id={annotation.id}
    >
      {orphan ? (
        <blockquote class="highlights-quote">{quote}</blockquote>
      ) : (
        <button
          type="button"
          class="highlights-quote highlights-select"
          title={i18n.t('highlights.show')}
          onClick={() => onSelect(annotation.id)}
        >
          {quote}
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
              class="highlights-note-input"
              data-testid="highlight-note-input"
              value={draft}
              rows={3}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
          </label>
          <div class="highlights-actions">
            <button type="submit" data-testid="highlight-note-save">
              {i18n.t('highlights.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {i18n.t('highlights.cancel')}
            </button>
          </div>
        </form>
      )}
      <div class="highlights-actions">
        <span class="highlights-colours" role="radiogroup" aria-label={i18n.t('highlights.colour')}>
          {HIGHLIGHT_COLOURS.map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={option === colour}
              aria-label={COLOUR_LABEL[option]()}
              title={COLOUR_LABEL[option]()}
              class={`highlights-swatch highlights-colour-${option}`}
              data-colour={option}
              onClick={() => option !== colour && onEdit(annotation.id, { colour: option })}
            />
          ))}
        </span>
        {draft === null && (
          <button type="button" data-testid="highlight-edit-note" onClick={() => setDraft(note)}>
            {note ? i18n.t('highlights.editNote') : i18n.t('highlights.addNote')}
          </button>
        )}
        <button
          type="button"
          class="highlights-delete"
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
export function HighlightsList({ highlights, orphans, onSelect, onEdit, onDelete, onUndo }: HighlightsListProps) {
  const [undoable, setUndoable] = useState(false);
  const total = highlights.length + orphans.length;

  function remove(id: string) {
    onDelete(id);
    setUndoable(onUndo !== undefined);
  }

  function undo() {
    setUndoable(false);
    onUndo?.();
  }

  const itemProps = { onSelect, onEdit, onDelete: remove };
  return (
    <section class="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title" class="highlights-title">
        {i18n.t('highlights.title')}{' '}
        <span class="highlights-count">({i18n.t('highlights.count', total, [formatNumber(total, uiLocale())])})</span>
      </h2>
      {undoable && (
        <p class="highlights-undo" role="status">
          {i18n.t('highlights.deleted')}{' '}
          <button type="button" data-testid="highlight-undo" onClick={undo}>
            {i18n.t('highlights.undo')}
          </button>
        </p>
      )}
      {total === 0 && <p class="highlights-empty">{i18n.t('highlights.empty')}</p>}
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
