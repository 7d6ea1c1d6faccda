import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/analysis/article/extract';
import { loadFixtureDocument } from '../fixtures/load';

describe('fixture pages read through happy-dom', () => {
  it('keep the story body that follows an inline SVG icon with its own stylesheet', () => {
    const { document, window } = loadFixtureDocument('svg-icon-stylesheet');
    try {
      const text = extractArticle(document)?.text ?? '';
      expect(text).toContain('The quarrel inside the governing coalition reached a new pitch on Tuesday');
      expect(text).toContain('Analysts said the rift was unlikely to end before the budget debate');
      expect(text).not.toContain('North Korea fires another ballistic missile');
    } finally {
      void window.happyDOM.close();
    }
  });
});
