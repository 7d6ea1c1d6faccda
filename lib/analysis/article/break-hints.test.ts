import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { extractArticle } from './extract';

const PARAGRAPHS = [
  'En réac\u00adtion à la can\u00addi\u00adda\u00adture du conseiller, plus de deux mille cher\u00adcheurs annoncent une candidature collective.',
  'L’initiative se veut une réappropriation par les acteurs de la recherche de l’évaluation de leur propre travail.',
  'La lettre liste trois conditions nécessaires pour que cette autonomie se réalise, et demande des moyens pérennes.',
];

describe('break hints in the text', () => {
  it('reads a word hyphenated by hand with soft hyphens as the word the reader sees', () => {
    const page = parseHtml(
      `<!doctype html><html lang="fr"><head><title>Une candidature collective</title></head><body><article>` +
        `<h1>Une candidature collective</h1>${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
      'https://news.example/candidature',
    ).document;
    const text = extractArticle(page)?.text ?? '';
    expect(text).toContain('En réaction à la candidature du conseiller, plus de deux mille chercheurs');
    expect(text).not.toContain('\u00ad');
  });
});
