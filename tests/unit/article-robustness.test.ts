import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/analysis/article/extract';
import { scoreTokens } from '../../scripts/extraction-scoring';
import { PERTURBATIONS } from '../article-robustness/perturb';
import { parseHtml } from '../fixtures/load';

/**
 * The article survives the ways real sites write the same story differently (see
 * tests/article-robustness/perturb.ts): each committed page, written for this test, gives the
 * same article under every perturbation, and furniture added beside the story stays out of it.
 * `npm run eval:article-robustness` runs the same perturbations over the corpus's dev pages.
 */
const PAGES = [
  { file: 'en-story.html', lang: 'en', storyLine: 'last passenger ferry', furniture: 'Most read' },
  { file: 'zh-brief.html', lang: 'zh', storyLine: '城南老街改造工程已基本完工', furniture: '热门新闻' },
  // A round-up of links: paragraphs mostly made of links, which Readability drops when written as divs.
  { file: 'en-roundup.html', lang: 'en', storyLine: 'buy a lighthouse', furniture: 'Two jumpers and a kettle' },
];
const DIR = join(import.meta.dirname, '../fixtures/robustness');

const windows: { happyDOM: { close: () => Promise<void> } }[] = [];
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

function articleOf(html: string, apply?: (doc: Document) => void): string | null {
  const { window, document } = parseHtml(html, 'https://news.example/story');
  windows.push(window);
  apply?.(document);
  return extractArticle(document)?.text ?? null;
}

/** The story as a reader sees it: the page's headline and its paragraphs (the pages hold no others). */
function storyOf(html: string): string {
  const { window, document } = parseHtml(html, 'https://news.example/story');
  windows.push(window);
  return Array.from(document.querySelectorAll('h1, p'), (el) => el.textContent ?? '').join('\n');
}

describe.each(PAGES)('article robustness: $file', ({ file, lang, storyLine, furniture }) => {
  const html = readFileSync(join(DIR, file), 'utf8');

  it('gives its story as it is', () => {
    const text = articleOf(html);
    expect(text).toContain(storyLine);
    expect(text).not.toContain(furniture);
    const score = scoreTokens(text!, storyOf(html), lang);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });

  it.each(PERTURBATIONS.map((perturbation) => [perturbation.name, perturbation] as const))(
    'gives the same story with %s',
    (_name, perturbation) => {
      const perturbed = articleOf(html, (doc) => perturbation.apply(doc, lang));
      expect(perturbed).not.toBeNull();
      const score = scoreTokens(perturbed!, storyOf(html), lang);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
      expect(score.precision).toBeGreaterThanOrEqual(perturbation.keepsWords ? 0.95 : 0.9);
    },
  );
});
