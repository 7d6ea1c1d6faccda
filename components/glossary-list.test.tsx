import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TERM_TEXTS } from '../lib/analysis/glossary/texts';
import type { GlossaryEntry } from '../lib/shared/types';
import { GlossaryList, TermCard } from './glossary-list';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

afterEach(cleanup);

function makeEntry(termId: string, overrides: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    termId,
    forms: [`${termId} form`],
    count: 2,
    occurrences: [
      { start: 0, end: 4, form: `${termId} form` },
      { start: 10, end: 14, form: `${termId} form` },
    ],
    source: { title: `${termId} paper`, url: `https://example.org/${termId}` },
    relevance: 10,
    ...overrides,
  };
}

describe('GlossaryList', () => {
  it('shows a Terms section with one card per entry, keyed by term id', () => {
    render(<GlossaryList entries={[makeEntry('gpu'), makeEntry('agi')]} lang="en" onSelect={() => {}} />);
    expect(screen.getByRole('heading', { name: 'glossary.title' })).toBeTruthy();
    const cards = screen.getAllByTestId('glossary-entry');
    expect(cards.map((card) => card.getAttribute('data-term-id'))).toEqual(['gpu', 'agi']);
  });

  it('puts the scaling-laws card first and highlights it', () => {
    render(
      <GlossaryList
        entries={[makeEntry('gpu'), makeEntry('scaling-laws'), makeEntry('agi')]}
        lang="en"
        onSelect={() => {}}
      />,
    );
    const cards = screen.getAllByTestId('glossary-entry');
    expect(cards[0]?.getAttribute('data-term-id')).toBe('scaling-laws');
    expect(cards[0]?.querySelector('.glossary-term--featured')).not.toBeNull();
    expect(cards[1]?.querySelector('.glossary-term--featured')).toBeNull();
  });

  it('shows the form used on the page, the definition and a safe source link', () => {
    render(
      <GlossaryList
        entries={[makeEntry('scaling-laws', { forms: ['lei de escalabilidade', 'Lei de Escalonamento'] })]}
        lang="en"
        onSelect={() => {}}
      />,
    );
    const card = screen.getByTestId('glossary-entry');
    expect(within(card).getByText('lei de escalabilidade')).toBeTruthy();
    expect(within(card).getByText(TERM_TEXTS['scaling-laws']!.en.definition)).toBeTruthy();
    const link = within(card).getByRole('link', { name: 'scaling-laws paper' });
    expect(link.getAttribute('href')).toBe('https://example.org/scaling-laws');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('calls onSelect when the card is clicked, not when the source link is', () => {
    const onSelect = vi.fn();
    const entry = makeEntry('gpu');
    render(<GlossaryList entries={[entry]} lang="en" onSelect={onSelect} />);
    const card = screen.getByTestId('glossary-entry');
    fireEvent.click(within(card).getByText(TERM_TEXTS.gpu!.en.definition));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(entry);
    const link = within(card).getByRole('link');
    // Keep happy-dom from navigating; the card must ignore the click either way.
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('selects from the keyboard through the term button', () => {
    const onSelect = vi.fn();
    render(<GlossaryList entries={[makeEntry('agi')]} lang="en" onSelect={onSelect} />);
    const button = screen.getByRole('button');
    expect(button.textContent).toContain('agi form');
    // A native button turns Enter into a click.
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('is one Tab stop: the active term and its source link, moved with the arrow keys, Home and End', async () => {
    const entries = [makeEntry('agi'), makeEntry('gpu'), makeEntry('rlhf', { source: { title: 'No link', url: '' } })];
    render(<GlossaryList entries={entries} lang="en" onSelect={vi.fn()} />);
    const list = screen.getByRole('list');
    const terms = within(list).getAllByRole('button');
    const links = within(list).getAllByRole('link');
    const tabbable = () => [...list.querySelectorAll<HTMLElement>('button, a')].filter((el) => el.tabIndex === 0);
    // Tab goes from the term to its source, then out of the list.
    expect(tabbable()).toEqual([terms[0], links[0]]);
    terms[0]!.focus();
    fireEvent.keyDown(terms[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(terms[1]);
    expect(tabbable()).toEqual([terms[1], links[1]]);
    // From the source link, the arrow keys go on between terms.
    links[1]!.focus();
    fireEvent.keyDown(links[1]!, { key: 'End' });
    expect(document.activeElement).toBe(terms[2]);
    expect(tabbable()).toEqual([terms[2]]);
    fireEvent.keyDown(terms[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(terms[0]);
    // Up from the first source link goes back to its own term.
    links[0]!.focus();
    fireEvent.keyDown(links[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(terms[0]);
    // A link focused some other way (a click) makes its term the active one.
    fireEvent.focus(links[1]!);
    await vi.waitFor(() => expect(tabbable()).toEqual([terms[1], links[1]]));
    // Still a list of items, each term a button named by its form.
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(terms[1]!.textContent).toContain('gpu form');
  });

  it('says so when there are no terms', () => {
    render(<GlossaryList entries={[]} lang="en" onSelect={() => {}} />);
    expect(screen.getByTestId('glossary-empty').textContent).toBe('glossary.empty');
    expect(screen.queryAllByTestId('glossary-entry')).toHaveLength(0);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    render(<GlossaryList entries={[makeEntry('gpu', { forms: [hostile] })]} lang="en" onSelect={() => {}} />);
    const card = screen.getByTestId('glossary-entry');
    expect(card.querySelector('img')).toBeNull();
    expect(within(card).getByText(hostile)).toBeTruthy();
  });
});

describe('TermCard', () => {
  it('does not link non-http sources', () => {
    render(
      <TermCard entry={makeEntry('gpu', { source: { title: 'Bad source', url: 'javascript:alert(1)' } })} lang="en" />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Bad source/)).toBeTruthy();
  });

  it('without onSelect is static: no button', () => {
    render(<TermCard entry={makeEntry('gpu')} lang="en" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('gpu form')).toBeTruthy();
    expect(screen.getByText(TERM_TEXTS.gpu!.en.label)).toBeTruthy();
  });
});

describe("definitions in the reader's language", () => {
  it('shows the name and definition in the language the panel chose, marked with that language', () => {
    const entries = [makeEntry('scaling-laws', { forms: ['scaling laws'] })];
    const { rerender } = render(<GlossaryList entries={entries} lang="ja" onSelect={() => {}} />);
    const card = screen.getByTestId('glossary-entry');
    const definition = within(card).getByText(TERM_TEXTS['scaling-laws']!.ja.definition);
    expect(definition.getAttribute('lang')).toBe('ja');
    expect(within(card).getByText('スケーリング則')).toBeTruthy();

    // The same entries (a cached analysis) switch language with the reader's choice.
    rerender(<GlossaryList entries={entries} lang="pt" onSelect={() => {}} />);
    expect(within(card).getByText(TERM_TEXTS['scaling-laws']!.pt.definition).getAttribute('lang')).toBe('pt');
    expect(within(card).queryByText(TERM_TEXTS['scaling-laws']!.ja.definition)).toBeNull();
  });

  it('shows the form without a definition for a term id it has no text for', () => {
    render(<TermCard entry={makeEntry('not-a-term')} lang="en" />);
    expect(screen.getByText('not-a-term form')).toBeTruthy();
    expect(document.querySelector('.glossary-term-definition')).toBeNull();
  });
});
