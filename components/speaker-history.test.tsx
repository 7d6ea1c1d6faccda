import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { speakerKey } from '../lib/shared/library/speaker-key';
import type { SpeakerHistoryItem } from '../lib/shared/library/types';
import { ok } from '../lib/shared/result';
import type { Claim } from '../lib/shared/types';
import type { LibraryCall } from '../lib/ui/library-client';
import { SpeakerHistory } from './speaker-history';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

afterEach(cleanup);

const claimHere: Claim = {
  id: 'c1',
  text: 'Altman disse que…',
  kind: 'quote',
  speaker: 'Sam Altman',
  score: 1,
  anchor: { exact: 'Altman disse que…', prefix: '', suffix: '', start: 0, end: 17 },
};

const earlier: SpeakerHistoryItem = {
  claim: {
    id: 'https://www.theverge.com/a#c9',
    pageUrl: 'https://www.theverge.com/a',
    claimId: 'c9',
    kind: 'quote',
    speaker: 'Sam Altman',
    speakerKey: speakerKey('Sam Altman'),
    text: 'We will need far more compute.',
    anchor: { exact: 'We will need far more compute.', prefix: '', suffix: '', start: 0, end: 30 },
  },
  page: {
    url: 'https://www.theverge.com/a',
    title: 'Altman interview',
    site: 'theverge.com',
    lang: 'en',
    publishedAt: '2026-10-12T14:00:00.000Z',
    keptAt: '2026-10-12T15:00:00.000Z',
  },
};

describe('SpeakerHistory', () => {
  it('marks what was said earlier with the language of the page it was said on', async () => {
    const call = (async () => ok([earlier])) as unknown as LibraryCall;
    render(<SpeakerHistory url="https://tecnoblog.net/noticias/x/" claims={[claimHere]} call={call} />);
    const item = await screen.findByTestId('speaker-history-item');
    const text = item.querySelector('.speaker-history__text')!;
    expect(text.textContent).toBe('We will need far more compute.');
    expect(text.getAttribute('lang')).toBe('en');
  });
});
