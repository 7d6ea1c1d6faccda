import { describe, expect, it } from 'vitest';
import {
  assignSplits,
  scoreSnippets,
  scoreTokens,
  snippetScore,
  tokenize,
  truthIsArticle,
} from '../../scripts/extraction-scoring';
import { parseHtml, withoutMisparsedStyles } from '../fixtures/load';

describe('extraction scoring', () => {
  it('splits on whitespace, keeping case and punctuation, and counts zh/ja characters', () => {
    expect(tokenize('  The cat,\u00a0the\tCat. ', 'en')).toEqual(['The', 'cat,', 'the', 'Cat.']);
    expect(tokenize('人工 智能。', 'zh')).toEqual(['人', '工', '智', '能', '。']);
    expect(tokenize('e\u0301', 'fr')).toEqual(['\u00e9']);
  });

  it('scores the multiset overlap of tokens', () => {
    const score = scoreTokens('a a b x', 'a b b c', 'en');
    expect(score.precision).toBeCloseTo(2 / 4);
    expect(score.recall).toBeCloseTo(2 / 4);
    expect(score.f1).toBeCloseTo(0.5);
    expect(scoreTokens('', 'a', 'en')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scoreTokens('x', 'a', 'en')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts snippets found in the collapsed output', () => {
    const counts = scoreSnippets('One  two\nthree four', { with: ['two three', 'five'], without: ['four', 'six'] });
    expect(counts).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(snippetScore(counts).f1).toBeCloseTo(0.5);
    expect(scoreSnippets('', { with: ['a'], without: [''] })).toEqual({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });

  it('sees an article in 300 characters, or 150 in zh/ja', () => {
    expect(truthIsArticle('x'.repeat(299), 'en')).toBe(false);
    expect(truthIsArticle('x'.repeat(300), 'en')).toBe(true);
    expect(truthIsArticle('字'.repeat(150), 'zh')).toBe(true);
  });

  it('splits every dataset 60/40, the same way every time', () => {
    const pages = ['a', 'b'].flatMap((dataset) =>
      Array.from({ length: 10 }, (_, index) => ({ dataset, slug: `page-${index}` })),
    );
    const splits = assignSplits(pages);
    for (const dataset of ['a', 'b']) {
      const dev = pages.filter((page) => page.dataset === dataset && splits.get(`${dataset}/${page.slug}`) === 'dev');
      expect(dev).toHaveLength(6);
    }
    expect(assignSplits([...pages].reverse())).toEqual(splits);
  });

  it('takes the stylesheets out of inline SVGs, which the DOM emulation cannot parse, and nothing else', () => {
    const html =
      '<body><svg viewBox="0 0 5 5"><defs><style>.a{fill:red}</style></defs><text>logo</text></svg>' +
      '<style>p{color:red}</style><p>The story.</p></body>';
    expect(withoutMisparsedStyles(html)).toBe(
      '<body><svg viewBox="0 0 5 5"><defs></defs><text>logo</text></svg><style>p{color:red}</style><p>The story.</p></body>',
    );
    expect(parseHtml(withoutMisparsedStyles(html), 'https://news.example/').document.body.textContent).toContain(
      'The story.',
    );
  });
});
