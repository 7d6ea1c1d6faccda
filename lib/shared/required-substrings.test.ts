import { describe, expect, it } from 'vitest';
import { requiredSubstrings } from './required-substrings';
import { compile } from './text';

describe('requiredSubstrings', () => {
  it('takes the literal of a plain word, and each alternative of an alternation', () => {
    expect(requiredSubstrings(/advice/u)).toEqual(['advice']);
    expect(requiredSubstrings(/ab|c\w/u)).toEqual(['c', 'ab']);
  });

  it('spells out short groups and optional parts, keeping only strings that hold no other', () => {
    expect(requiredSubstrings(/(?:a|b)(?:c|d)e?/u)?.sort()).toEqual(['ac', 'ad', 'bc', 'bd']);
    expect(requiredSubstrings(/investments?/u)).toEqual(['investment']);
  });

  it('keeps the strongest run of a sequence broken by classes, and reads through lookarounds', () => {
    expect(requiredSubstrings(/\bno\b[^.]{0,60}?\bendorsement\b/u)).toEqual(['endorsement']);
    expect(requiredSubstrings(compile(/\bthird[- ]party\b/u))).toEqual(['third']);
    expect(requiredSubstrings(/x(?=y)z/u)).toEqual(['xz']);
  });

  it('reads escapes as the characters they stand for, and astral characters whole', () => {
    expect(requiredSubstrings(/editors? note\./u)?.sort()).toEqual(['editor note.', 'editors note.']);
    expect(requiredSubstrings(/a\.b\s/u)).toEqual(['a.b']);
    expect(requiredSubstrings(/a😀b/u)).toEqual(['a😀b']);
  });

  it('gives no condition when some match may hold no literal', () => {
    expect(requiredSubstrings(/x*/u)).toBeNull();
    expect(requiredSubstrings(/advice|\p{L}+/u)).toBeNull();
    expect(requiredSubstrings(/(?:not )?/u)).toBeNull();
    expect(requiredSubstrings(/advice/iu)).toBeNull();
  });

  it('keeps a repeated part that must occur at least once', () => {
    expect(requiredSubstrings(/(?:ab)+c/u)).toEqual(['ab']);
  });

  it('never rules out a text the pattern matches', () => {
    const patterns = [
      /\b(?:does|do) not (?:necessarily )?(?:endorse|reflect)\b/u,
      /(?:a|b)+c{2,3}(?:d|e)?f/u,
      /\bfor (?:general )?(?:information(?:al)?|educational) purposes?(?: only)?\b/u,
    ];
    const texts = [
      'It does not endorse anything.',
      'we do not necessarily reflect',
      'abacccf',
      'bcccdf and more',
      'for general informational purposes only',
      'for educational purpose',
    ];
    for (const pattern of patterns) {
      const literals = requiredSubstrings(pattern);
      expect(literals).not.toBeNull();
      for (const text of texts) {
        if (pattern.test(text)) expect(literals!.some((literal) => text.includes(literal))).toBe(true);
      }
    }
  });
});
