import { describe, expect, it } from 'vitest';
import { en } from './lexicon/en';
import { selectClaims, type Candidate } from './rank';

function candidate(text: string, start: number, block: number, score: number): Candidate {
  return { text, start, end: start + text.length, block, score };
}

describe('selectClaims', () => {
  it('merges near-duplicates into the better-scored one', () => {
    const lead = candidate('Northwind will open a research lab in Toronto next spring.', 0, 0, 0.6);
    const repeat = candidate(
      'Northwind will open its research lab in Toronto next spring, the company said.',
      500,
      5,
      0.8,
    );
    const other = candidate('Revenue tripled last year to 96 million dollars.', 900, 8, 0.5);
    expect(selectClaims([lead, repeat, other], 8, 1000, en, false)).toEqual([repeat, other]);
  });

  it('spreads picks over the article instead of taking one paragraph', () => {
    const sameBlock = [0, 1, 2].map((i) =>
      candidate(`Paragraph one sentence about topic ${['alpha', 'beta', 'gamma'][i]} and more words.`, i * 60, 0, 0.8),
    );
    const later = candidate('A later paragraph makes a distinct point about energy prices.', 2000, 9, 0.7);
    const picked = selectClaims([...sameBlock, later], 2, 2100, en, false);
    expect(picked).toContain(later);
    expect(picked).toHaveLength(2);
  });

  it('returns at most max claims, in article order', () => {
    const topics = ['chips exports', 'hospital radiology', 'startup funding', 'factory robots', 'senate regulation'];
    const all = [5, 1, 3, 2, 4].map((n) => candidate(`A statement on ${topics[n - 1]} matters.`, n * 100, n, n / 10));
    const picked = selectClaims(all, 3, 600, en, false);
    expect(picked).toHaveLength(3);
    expect(picked.map((c) => c.start)).toEqual([...picked.map((c) => c.start)].sort((a, b) => a - b));
    expect(selectClaims(all, 0, 600, en, false)).toEqual([]);
  });

  it('takes candidates below minScore only once those above it run out', () => {
    const sameParagraph = [
      'Chip exports to Korea fell sharply in March.',
      'Hospitals hired forty radiologists this spring.',
      'Robots now assemble most cars in the region.',
    ].map((text, n) => candidate(text, n * 60, 0, 0.45));
    const plain = candidate('The plant sits on the edge of the old harbour district.', 900, 9, 0.38);
    expect(selectClaims([...sameParagraph, plain], 3, 1000, en, false, 0.4)).toEqual(sameParagraph);
    expect(selectClaims([...sameParagraph, plain], 8, 1000, en, false, 0.4)).toEqual([...sameParagraph, plain]);
  });
});
