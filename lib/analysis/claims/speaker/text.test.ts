import { describe, expect, it } from 'vitest';
import { openQuotationStart } from './text';

// The regular expression openQuotationStart replaced, kept as the reference it must agree with.
const REFERENCE = /[“«][^”“»«„]{12,}$|(?<=^[^"]*(?:"[^"]*"[^"]*)*)"[^"”“»«„]{12,}$/u;
const referenceStart = (sentence: string): number => REFERENCE.exec(sentence)?.index ?? -1;

describe('openQuotationStart', () => {
  it('finds a curly or guillemet quotation left open at the end of the sentence', () => {
    expect(openQuotationStart('He said: “We will build the largest network')).toBe(9);
    expect(openQuotationStart('Il a dit : « Nous allons construire le réseau')).toBe(11);
  });

  it('finds a straight quotation only after an even count of straight quotes', () => {
    expect(openQuotationStart('He called it "big" and said "we will build the network')).toBe(28);
    expect(openQuotationStart('He called it "big" and then he left the room')).toBe(-1);
    expect(openQuotationStart('"We will build," he said, "the largest network')).toBe(26);
  });

  it('reads no quotation when a closing mark follows or too little follows the mark', () => {
    expect(openQuotationStart('He said “we will build the network” and left')).toBe(-1);
    expect(openQuotationStart('He said “we will')).toBe(-1);
    expect(openQuotationStart('Sie sagte: „Wir bauen das größte Netz“ und ging')).toBe(-1);
  });

  it('counts the characters after the mark as code points', () => {
    expect(openQuotationStart('“😀😀😀😀😀😀😀😀😀😀😀😀')).toBe(0);
    expect(openQuotationStart('“😀😀😀😀😀😀😀😀😀😀😀')).toBe(-1);
  });

  it('agrees with the regular expression it replaced on random sentences', () => {
    const alphabet = ['a', 'b', ' ', '"', '“', '”', '«', '»', '„', '😀'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 20000; round++) {
      const length = Math.floor(random() * 40);
      let sentence = '';
      for (let index = 0; index < length; index++) {
        // Letters far more often than marks, as in text.
        sentence += random() < 0.75 ? 'a' : alphabet[Math.floor(random() * alphabet.length)];
      }
      expect(openQuotationStart(sentence), sentence).toBe(referenceStart(sentence));
    }
  });
});
