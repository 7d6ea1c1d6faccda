import { describe, expect, it } from 'vitest';
import { MatchingTexts } from './matching-text';
import { lowerCaseSameLength, normalizeForMatching } from './text';

describe('MatchingTexts', () => {
  it('gives the normalized text and its lower case, computed once per raw text', () => {
    const texts = new MatchingTexts();
    const raw = '  First\u00a0published  in THE Example’s  site ';
    const matching = texts.of(raw);
    expect(matching.text).toBe(normalizeForMatching(raw));
    expect(matching.lower).toBe(lowerCaseSameLength(normalizeForMatching(raw)));
    expect(texts.of(raw)).toBe(matching);
    expect(texts.of('other')).not.toBe(matching);
  });
});
