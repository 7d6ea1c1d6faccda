import { describe, expect, it } from 'vitest';
import { makeAnchor, type Claim, type ClaimKind } from '../../lib/shared/types';
import { metricsOf, sameSpeaker, scorePage } from '../claims-real/score';

function claim(text: string, kind: ClaimKind, speaker: string | null): Claim {
  return { id: text, text, kind, speaker, score: 1, anchor: makeAnchor(text, 0, text.length) };
}

describe('real-page claim scoring', () => {
  it('matches a speaker by name words, never a place for a person', () => {
    expect(sameSpeaker('Runcie', 'Robert Runcie', 'en')).toBe(true);
    expect(sameSpeaker('Mr Obama', 'Barack Obama', 'en')).toBe(true);
    expect(sameSpeaker('Broward County', 'Robert Runcie', 'en')).toBe(false);
    expect(sameSpeaker('SDK', 'Showa Denko|SDK', 'en')).toBe(true);
    expect(sameSpeaker(null, null, 'en')).toBe(true);
    expect(sameSpeaker('Reuters', null, 'en')).toBe(false);
    expect(sameSpeaker('李明远', '李明远', 'zh')).toBe(true);
    expect(sameSpeaker('国家算力发展办公室负责人', '国家算力发展办公室', 'zh')).toBe(true);
  });

  it('counts a claim cut shorter than the gold sentence as found, and an unrelated one as wrong', () => {
    const gold = [
      {
        sentence: 'Shares fell 9 percent in early trading after the company cut its forecast.',
        kind: 'figure' as const,
        speaker: null,
      },
      {
        sentence: 'The chief executive said the rules would cost the firm $2.5 billion.',
        kind: 'figure' as const,
        speaker: 'Ingrid Halvorsen',
      },
    ];
    const { tally } = scorePage(
      [
        claim('Shares fell 9 percent in early trading', 'prediction', null),
        claim('Subscribe to our newsletter for the latest deals and offers.', 'fact', null),
      ],
      gold,
      { lang: 'en', story: true, maxShown: 8 },
    );
    const metrics = metricsOf(tally);
    expect(metrics.precision).toBe(0.5);
    expect(metrics.recall).toBe(0.5);
    expect(metrics.typeAccuracy).toBe(0);
    expect(metrics.speakerAccuracy).toBe(1);
  });

  it('counts every claim shown on a page that is not a story', () => {
    const { tally } = scorePage([claim('Only 325 euros for the bundle today.', 'figure', null)], [], {
      lang: 'de',
      story: false,
      maxShown: 8,
    });
    expect(metricsOf(tally)).toMatchObject({ nonStoryPages: 1, nonStoryClaims: 1, shown: 0 });
  });
});
