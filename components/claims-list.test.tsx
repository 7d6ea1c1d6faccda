import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotAStoryKind } from '../lib/shared/not-a-story';
import { makeAnchor, type Claim, type ClaimKind } from '../lib/shared/types';
import { ClaimsList } from './claims-list';

// Messages come back as "key|substitutions" so assertions do not depend on the wording.
vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

const TEXT = 'Altman said the data centre is huge. Revenue rose 40%. <img src=x onerror=alert(1)> is a fact here.';

function claim(id: string, exact: string, kind: ClaimKind, speaker: string | null): Claim {
  const start = TEXT.indexOf(exact);
  return { id, text: exact, kind, speaker, score: 0.5, anchor: makeAnchor(TEXT, start, start + exact.length) };
}

const claims = [
  claim('a', 'Altman said the data centre is huge.', 'quote', 'Sam Altman'),
  claim('b', 'Revenue rose 40%.', 'figure', null),
  claim('c', '<img src=x onerror=alert(1)> is a fact here.', 'fact', null),
];

afterEach(cleanup);

describe('ClaimsList', () => {
  it('shows each claim with its kind badge, speaker and data attributes, page text as text', () => {
    render(<ClaimsList claims={claims} onSelect={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('claims.title');
    const items = screen.getAllByTestId('claim');
    expect(items.map((item) => [item.dataset.kind, item.dataset.speaker])).toEqual([
      ['quote', 'Sam Altman'],
      ['figure', ''],
      ['fact', ''],
    ]);
    expect(items[0]!.querySelector('.claims-kind')!.textContent).toBe('claims.kindQuote');
    expect(items[0]!.querySelector('.claims-speaker')!.textContent).toBe('claims.speaker|Sam Altman');
    expect(items[1]!.querySelector('.claims-speaker')).toBeNull();
    expect(items[2]!.querySelector('img')).toBeNull();
    expect(items[2]!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it("shows the speaker's role beside the name, in the article's language", () => {
    const withRole = { ...claims[0]!, speaker: 'Robert Runcie', speakerRole: 'Superintendent' };
    render(<ClaimsList claims={[withRole]} onSelect={vi.fn()} textLang="en" />);
    const speaker = screen.getByTestId('claim').querySelector('.claims-speaker')!;
    expect(speaker.textContent).toBe('claims.speaker|Robert Runcie (Superintendent)');
    expect(speaker.querySelector('.claims-speaker-role')!.getAttribute('lang')).toBe('en');
  });

  it('calls onSelect on click and on Enter', () => {
    const onSelect = vi.fn();
    render(<ClaimsList claims={claims} onSelect={onSelect} />);
    const items = screen.getAllByTestId('claim');
    fireEvent.click(items[1]!);
    expect(onSelect).toHaveBeenLastCalledWith(claims[1]);
    fireEvent.keyDown(items[2]!, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(claims[2]);
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('has moved the focus when the key event is over, before any re-render', () => {
    render(<ClaimsList claims={claims} onSelect={vi.fn()} />);
    const items = screen.getAllByTestId('claim');
    items[0]!.focus();
    // Dispatched outside act(), as a browser does: nothing flushes renders or effects in between.
    items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(items[2]);
  });

  it('moves focus with the arrow keys, Home and End, keeping one item in the tab order', async () => {
    render(<ClaimsList claims={claims} onSelect={vi.fn()} />);
    const items = screen.getAllByTestId('claim');
    const tabbable = () => items.filter((item) => item.tabIndex === 0);
    expect(tabbable()).toEqual([items[0]]);
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    expect(tabbable()).toEqual([items[1]]);
    fireEvent.keyDown(items[1]!, { key: 'End' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
  });

  it('says so when the article has no claims', () => {
    render(<ClaimsList claims={[]} onSelect={vi.fn()} />);
    expect(screen.queryAllByTestId('claim')).toEqual([]);
    expect(screen.getByTestId('claims-empty').textContent).toBe('claims.empty');
  });

  it('says the page is not a story when that is why there are no claims', () => {
    render(<ClaimsList claims={[]} notAStory onSelect={vi.fn()} />);
    expect(screen.queryAllByTestId('claim')).toEqual([]);
    expect(screen.getByTestId('claims-empty').textContent).toBe('claims.notAStory');
    expect(screen.getByTestId('claims-empty').dataset.notAStory).toBeUndefined();
  });

  it.each<[NotAStoryKind, string]>([
    ['guide', 'claims.notAStoryGuide'],
    ['lists', 'claims.notAStoryLists'],
    ['technical', 'claims.notAStoryTechnical'],
    ['reference', 'claims.notAStoryReference'],
    ['offers', 'claims.notAStoryOffers'],
    ['personal', 'claims.notAStoryPersonal'],
    ['fiction', 'claims.notAStoryFiction'],
  ])('names the kind of page it reads as instead of a story: %s', (kind, message) => {
    render(<ClaimsList claims={[]} notAStory notAStoryKind={kind} onSelect={vi.fn()} />);
    const empty = screen.getByTestId('claims-empty');
    expect(empty.textContent).toBe(message);
    expect(empty.dataset.notAStory).toBe(kind);
  });

  it('says the general line where the kind of page is unknown', () => {
    render(<ClaimsList claims={[]} notAStory notAStoryKind={null} onSelect={vi.fn()} />);
    expect(screen.getByTestId('claims-empty').textContent).toBe('claims.notAStory');
  });

  it('names no kind of page when the page is a story without claims', () => {
    render(<ClaimsList claims={[]} notAStoryKind="guide" onSelect={vi.fn()} />);
    const empty = screen.getByTestId('claims-empty');
    expect(empty.textContent).toBe('claims.empty');
    expect(empty.dataset.notAStory).toBeUndefined();
  });
});
