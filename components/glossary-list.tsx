import { i18n } from '#i18n';
import { termText } from '../lib/analysis/glossary/texts';
import type { DefinitionLang } from '../lib/shared/definition-language';
import { formatNumber, uiLocale } from '../lib/shared/format';
import { safeHttpUrl } from '../lib/shared/safe-url';
import { useRovingFocus, type RovingItemProps } from '../lib/ui/roving-focus';
import type { GlossaryEntry } from '../lib/shared/types';
import './glossary-list.css';

const FEATURED_TERM_ID = 'scaling-laws';

export interface TermCardProps {
  entry: GlossaryEntry;
  /** The reader's definition language, chosen in the panel (never baked into the analysis). */
  lang: DefinitionLang;
  /** Highlighted look (the scaling-laws card). */
  featured?: boolean;
  /** When given, the term heading is a button and a click anywhere on the card (but the source link) selects it. */
  onSelect?(entry: GlossaryEntry): void;
  /** Language of the article, which the forms are written in. */
  textLang?: string;
  /**
   * The card's place in a list's one Tab stop: its term button and its source link are in the Tab
   * order only while the card is the list's active item.
   */
  focus?: RovingItemProps<HTMLButtonElement>;
}

/**
 * One term: the form used on the page, the concept's name, its definition and its source. Used
 * by the panel's list and reusable as the on-page hover card (without `onSelect`).
 */
export function TermCard({ entry, lang, featured = false, onSelect, textLang, focus }: TermCardProps) {
  const text = termText(entry.termId, lang);
  const form = entry.forms[0] ?? text?.label ?? entry.termId;
  const href = safeHttpUrl(entry.source.url);
  const heading = (
    <>
      <span class="glossary-term-form" lang={textLang}>
        {form}
      </span>
      {text && text.label.toLocaleLowerCase() !== form.toLocaleLowerCase() && (
        <span class="glossary-term-label" lang={lang}>
          {text.label}
        </span>
      )}
    </>
  );
  const onCardClick = (event: MouseEvent) => {
    if (!onSelect) return;
    if ((event.target as Element | null)?.closest?.('a')) return;
    onSelect(entry);
  };
  return (
    <div class={`glossary-term${featured ? ' glossary-term--featured' : ''}`} onClick={onCardClick}>
      {featured && <p class="glossary-term-badge">{i18n.t('glossary.featured')}</p>}
      {onSelect ? (
        <button type="button" class="glossary-term-head" title={i18n.t('glossary.show')} {...focus}>
          {heading}
        </button>
      ) : (
        <p class="glossary-term-head">{heading}</p>
      )}
      {text && (
        <p class="glossary-term-definition" lang={lang}>
          {text.definition}
        </p>
      )}
      <p class="glossary-term-meta">
        {entry.count > 0 && (
          <span class="glossary-term-count">{i18n.t('glossary.count', [formatNumber(entry.count, uiLocale())])}</span>
        )}
        <span class="glossary-term-source">
          <span class="glossary-term-source-label">{i18n.t('glossary.source')}</span>
          {/* The cited work's own title, in its own language. */}
          <cite>
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                {...(focus && { tabIndex: focus.tabIndex, onFocus: focus.onFocus, onKeyDown: focus.onKeyDown })}
              >
                {entry.source.title}
              </a>
            ) : (
              entry.source.title
            )}
          </cite>
        </span>
      </p>
    </div>
  );
}

export interface GlossaryListProps {
  entries: GlossaryEntry[];
  /** Language of the names and definitions shown. */
  lang: DefinitionLang;
  /** Language of the article, which the forms are written in. */
  textLang?: string;
  /** Called on click or Enter: the panel flashes the term's occurrences on the page. */
  onSelect(entry: GlossaryEntry): void;
}

/**
 * The "Terms" section: most relevant first, the scaling-laws card on top and highlighted. One Tab
 * stop as the claims list is: arrow keys, Home and End move between terms, and Tab goes on from
 * the focused term to its source link.
 */
export function GlossaryList({ entries, lang, onSelect, textLang }: GlossaryListProps) {
  const featured = entries.filter((entry) => entry.termId === FEATURED_TERM_ID);
  const ordered = [...featured, ...entries.filter((entry) => entry.termId !== FEATURED_TERM_ID)];
  const roving = useRovingFocus<HTMLButtonElement>(ordered.length);
  return (
    <section class="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title" class="glossary-title">
        {i18n.t('glossary.title')}
      </h2>
      {ordered.length === 0 ? (
        <p class="glossary-empty" data-testid="glossary-empty">
          {i18n.t('glossary.empty')}
        </p>
      ) : (
        <ul class="glossary-items" aria-label={i18n.t('glossary.listLabel')}>
          {ordered.map((entry, index) => (
            <li key={entry.termId} class="glossary-card" data-testid="glossary-entry" data-term-id={entry.termId}>
              <TermCard
                entry={entry}
                lang={lang}
                featured={entry.termId === FEATURED_TERM_ID}
                onSelect={onSelect}
                textLang={textLang}
                focus={roving.item(index)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
