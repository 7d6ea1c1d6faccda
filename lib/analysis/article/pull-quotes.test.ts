import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { extractArticle } from './extract';

const QUOTE = "Just because it's digital doesn't mean it always works";
const PARAGRAPHS = [
  'Small firms are spending more of their marketing budgets online this year, a survey of two thousand companies found.',
  'Most of them said that social networks now bring them more customers than newspapers or the radio ever did.',
  `"${QUOTE}," says Russell Glass, chief executive of a marketing company in San Francisco.`,
  'He advises owners to ask first where their customers spend their time, and only then where to spend the money.',
];

const page = (pull: string) =>
  parseHtml(
    `<!doctype html><html lang="en"><head><title>Firms go online</title></head><body><article>` +
      `<h1>Firms go online</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${pull}` +
      PARAGRAPHS.slice(2)
        .map((text) => `<p>${text}</p>`)
        .join('') +
      `</article></body></html>`,
    'https://news.example/firms',
  ).document;

describe('lines lifted out of the story', () => {
  it('drops a pull quote that repeats a sentence of the text word for word', () => {
    const text = extractArticle(page(`<blockquote class="pull"><p>“${QUOTE}”</p></blockquote>`))?.text ?? '';
    expect(text.split(QUOTE).length - 1).toBe(1);
    expect(text).toContain(PARAGRAPHS[2]);
  });

  it('keeps a line that says something the text does not, and a heading made of the text’s words', () => {
    const own = 'Owners who tried both say the radio still reaches older customers best';
    expect(extractArticle(page(`<blockquote><p>${own}</p></blockquote>`))?.text).toContain(own);
    const heading = 'Where customers spend their time';
    expect(extractArticle(page(`<h2>${heading}</h2>`))?.text).toContain(heading);
  });
});
