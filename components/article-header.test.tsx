import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleInfo } from '@/lib/shared/types';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, substitutions?: string[]) => (key === 'panel.byline' ? `By ${substitutions?.[0]}` : key) },
}));

const { ArticleHeader } = await import('./article-header');

const article = (byline: string | null): ArticleInfo => ({
  title: '<img src=x onerror=alert(1)>',
  byline,
  siteName: 'Gate',
  publishedTime: null,
  lang: 'pt',
  pageLang: 'en',
  excerpt: null,
  text: 'x',
  length: 1,
  html: '',
});

describe('ArticleHeader', () => {
  it('shows page strings as text', () => {
    const { getByTestId, container } = render(<ArticleHeader article={article(null)} />);
    expect(getByTestId('article-title').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('adds "By" only when the byline does not say it already', () => {
    expect(
      render(<ArticleHeader article={article('Dana Whitfield')} />).getByTestId('article-byline').textContent,
    ).toBe('By Dana Whitfield');
    expect(
      render(<ArticleHeader article={article('By Dana Whitfield')} />).getAllByTestId('article-byline')[1]!.textContent,
    ).toBe('By Dana Whitfield');
    expect(
      render(<ArticleHeader article={article('Por Ana Souza')} />).getAllByTestId('article-byline')[2]!.textContent,
    ).toBe('Por Ana Souza');
    expect(
      render(<ArticleHeader article={article('Byron Lee')} />).getAllByTestId('article-byline')[3]!.textContent,
    ).toBe('By Byron Lee');
  });
});
