import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalizeForMatching } from './text';

/** The normalization spelled out, without the shortcut for texts that are already normal. */
function reference(text: string): string {
  return collapseWhitespace(text)
    .normalize('NFC')
    .replace(/[\u064b-\u0652\u0670\u0640]/g, '')
    .replace(/[\u2019\u02bc]/g, "'");
}

describe('normalizeForMatching', () => {
  it('leaves printable ASCII with single inner spaces as it is', () => {
    const text = "It's not financial advice.";
    expect(normalizeForMatching(text)).toBe(text);
  });

  it('still collapses, trims, composes and unifies apostrophes', () => {
    expect(normalizeForMatching('  a  b\tc\n')).toBe('a b c');
    expect(normalizeForMatching(' a')).toBe('a');
    expect(normalizeForMatching('a ')).toBe('a');
    expect(normalizeForMatching('Cafe\u0301 it’s')).toBe("Café it's");
  });

  it('gives what the four passes give, on random texts', () => {
    const alphabet = ['a', 'Z', ' ', ' ', '\t', '\n', '\u00a0', '\u200b', '’', 'é', 'e\u0301', '\u064b', '~', '.', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 5000; run++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(normalizeForMatching(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
