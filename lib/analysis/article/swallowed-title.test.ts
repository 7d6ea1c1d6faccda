import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { extractArticle } from './extract';
import { recoverSwallowedPage } from './swallowed-title';

const PARAGRAPH =
  'The commission opened two new investigations into the company on Monday, after complaints from rivals who said its software shut them out of the market for years.';

const story = (title: string) =>
  `<html><head><title>${title}</head><body><div id="main"><h1>Regulators open two new cases</h1>` +
  [1, 2, 3, 4, 5].map((n) => `<p>${n}. ${PARAGRAPH}</p>`).join('') +
  '</div></body></html>';

describe('recoverSwallowedPage', () => {
  it('reads the page that an unclosed title took in as its text', () => {
    const { document } = parseHtml(
      story('News - Regulators open two new cases</titavaScript" src="a.js"></script>'),
      'https://example.com/a',
    );
    expect(document.body.textContent?.trim()).toBe('');
    const page = recoverSwallowedPage(document);
    expect(page).not.toBeNull();
    expect(page!.title).toBe('News - Regulators open two new cases');
    expect(page!.querySelectorAll('p')).toHaveLength(5);
    const article = extractArticle(document);
    expect(article?.text).toContain('5. The commission opened two new investigations');
  });

  it('leaves a page whose title is closed as it is', () => {
    const { document } = parseHtml(story('News &lt;b&gt; Regulators</title>'), 'https://example.com/a');
    expect(recoverSwallowedPage(document)).toBeNull();
  });
});
