import { describe, expect, it } from 'vitest';
import { CASES } from '../../../../tests/disclaimer-set/cases';
import { lowerCaseSameLength, normalizeForMatching } from '../../../shared/text';
import { DISCLAIMER_LEXICONS } from './index';
import { LATIN } from './types';

describe('anchor literals', () => {
  // The evaluation skips a language whose literals a text lacks: without them every text pays
  // for each Latin-script language's anchors again.
  it('exist for every Latin-script language', () => {
    for (const lexicon of DISCLAIMER_LEXICONS.filter((item) => item.script === LATIN)) {
      expect(lexicon.anchorLiterals, lexicon.variant).not.toBeNull();
    }
  });

  it('are in every text any anchor of the language matches', () => {
    let matched = 0;
    for (const { text } of CASES) {
      const lower = lowerCaseSameLength(normalizeForMatching(text));
      for (const lexicon of DISCLAIMER_LEXICONS) {
        if (!lexicon.anyAnchor.test(lower)) continue;
        matched++;
        expect(
          lexicon.anchorLiterals?.some((literal) => lower.includes(literal)) ?? true,
          `${lexicon.variant}: ${text}`,
        ).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(CASES.length / 2);
  });
});
