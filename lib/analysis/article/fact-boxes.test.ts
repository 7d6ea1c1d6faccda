import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { extractArticle } from './extract';
import { findFactBoxes, isStoryContainer } from './fact-boxes';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Jane Fonda is an American actress and activist, and paragraph ${i + 1} of her biography goes on about her films, her causes and the years she spent working on both coasts.</p>`,
).join('');

const QUICK_FACTS =
  '<aside class="quickfacts"><h2>Quick Facts</h2>' +
  '<dl><dt>Name</dt><dd>Jane Fonda</dd></dl>' +
  '<dl><dt>Occupation</dt><dd><a href="/groups/actresses">Actress</a></dd></dl>' +
  '<dl><dt>Birth Date</dt><dd><a href="/born-december-21">December 21</a>, <a href="/born-1937">1937</a></dd></dl>' +
  '<dl><dt>Zodiac Sign</dt><dd><a href="/sagittarius">Sagittarius</a></dd></dl></aside>';

const NAVBOX =
  '<aside class="links"><dl><dt>Films</dt><dd>' +
  Array.from({ length: 8 }, (_, i) => `<a href="/film-${i}">Film ${i}</a>`).join(' · ') +
  '</dd></dl><dl><dt>Awards</dt><dd>' +
  Array.from({ length: 8 }, (_, i) => `<a href="/award-${i}">Award ${i}</a>`).join(' · ') +
  '</dd></dl></aside>';

const page = (inArticle: string, outside = '') =>
  parseHtml(
    `<html><head><title>Jane Fonda Biography</title></head><body>${outside}<article><h1>Jane Fonda Biography</h1>${inArticle}${STORY}</article></body></html>`,
    'https://example.org/jane-fonda',
  ).document;

describe('findFactBoxes', () => {
  it('finds a box of label-value rows inside the story container, with its heading', () => {
    const [box, ...rest] = findFactBoxes(page(QUICK_FACTS).body);
    expect(rest).toEqual([]);
    expect(box!.heading).toBe('Quick Facts');
    expect(box!.rows.map((row) => `${row.label}: ${row.value}`)).toEqual([
      'Name: Jane Fonda',
      'Occupation: Actress',
      'Birth Date: December 21, 1937',
      'Zodiac Sign: Sagittarius',
    ]);
    expect(box!.following).toHaveLength(6);
  });

  it('finds cells whose label ends with a colon', () => {
    const cells =
      '<div class="stats"><div class="row"><div>Net worth:</div><div>$400 Thousand</div></div>' +
      '<div class="row"><div>Born:</div><div>January 1962</div></div></div>';
    expect(findFactBoxes(page(cells).body).map((box) => box.rows.length)).toEqual([2]);
  });

  it('leaves out a navbox (a row of many links), a breadcrumb (one row) and a box outside the story', () => {
    expect(findFactBoxes(page(NAVBOX).body)).toEqual([]);
    const breadcrumb = '<div class="crumbs"><span>You are here:</span><span><a href="/">Home</a></span></div>';
    expect(findFactBoxes(page(breadcrumb).body)).toEqual([]);
    expect(findFactBoxes(page('', QUICK_FACTS).body)).toEqual([]);
  });
});

describe('extractArticle and fact boxes', () => {
  it('takes back the fact box Readability drops, before the story', () => {
    const text = extractArticle(page(QUICK_FACTS))!.text;
    expect(text).toContain('Quick Facts');
    expect(text).toContain('Birth Date December 21, 1937');
    expect(text.indexOf('Zodiac Sign Sagittarius')).toBeLessThan(text.indexOf('paragraph 1 of'));
  });

  it('does not take back a navbox or a box outside the story', () => {
    expect(extractArticle(page(NAVBOX))!.text).not.toContain('Film 3');
    expect(extractArticle(page('', QUICK_FACTS))!.text).not.toContain('Sagittarius');
  });
});

describe('isStoryContainer', () => {
  it('holds for the elements `article, main, [role="main"]` matches, and only those', () => {
    const { document } = parseHtml(
      '<html><body><main><article><div role="main"><section role="Main"><div role="navigation main">' +
        '<aside role="presentation">Text</aside></div></section></div></article></main></body></html>',
      'https://example.org/',
    );
    const all = Array.from(document.body.querySelectorAll('*'));
    expect(all.filter(isStoryContainer)).toEqual(
      all.filter((element) => element.matches('article, main, [role="main"]')),
    );
    expect(all.filter(isStoryContainer).map((element) => element.localName)).toEqual(['main', 'article', 'div']);
  });
});
