import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { extractArticle } from './extract';

const PARAGRAPHS = [
  'Gunmen opened fire on visitors at the country’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners.',
  'It was the most deadly attack in the country in more than a decade, and no group has so far claimed responsibility for it.',
  'The attackers stormed the museum in the afternoon, before security forces raided the building to end the siege after three hours.',
  'The prime minister said that a local museum worker and a police officer were among the dead, and that two attackers had been killed.',
];

const page = (lede: string, rest = PARAGRAPHS.slice(1)) =>
  parseHtml(
    `<!doctype html><html lang="en"><head><title>Gunmen attack museum</title></head><body>` +
      `<nav><a href="/">Home</a> <span class="author-menu">Sign in</span></nav>` +
      `<article><h1>Gunmen attack museum</h1>${lede}${rest.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
    'https://news.example/museum',
  ).document;

describe('inline bylines', () => {
  it("keeps a dateline set in the lede as a byline-named span, and a writer's name linked in a sentence", () => {
    const lede = `<p><span class="dateline">CAIRO —</span> ${PARAGRAPHS[0]}</p>`;
    expect(extractArticle(page(lede))?.text).toContain(`CAIRO — ${PARAGRAPHS[0]}`);

    const named = `<p>The museum had reopened in March, <a class="author-link" href="/by/ann">Ann Cole</a> wrote in a column for this paper at the time.</p>`;
    const text = extractArticle(page(`<p>${PARAGRAPHS[0]}</p>${named}`))?.text ?? '';
    expect(text).toContain('reopened in March, Ann Cole wrote in a column');
  });

  it('still reads a line that is only the byline as the byline', () => {
    const article = extractArticle(page(`<p>By <span class="byline">Ann Cole</span></p><p>${PARAGRAPHS[0]}</p>`));
    expect(article?.byline).toContain('Ann Cole');
    expect(article?.text).toContain(PARAGRAPHS[0]);
  });
});
