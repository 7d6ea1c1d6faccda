import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleInfo } from '@/lib/shared/types';

const ui = vi.hoisted(() => ({ locale: 'en' }));

vi.mock('#i18n', () => ({
  i18n: {
    t: (key: string, substitutions?: string[]) => {
      if (key === 'uiLocale') return ui.locale;
      if (key === 'panel.byline') return `By ${substitutions?.[0]}`;
      if (key === 'panel.publishedOn') return `Published ${substitutions?.[0]}`;
      return key;
    },
  },
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
  storyStart: 0,
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

  it('writes the date and the article’s language in the UI language', () => {
    const dated = { ...article(null), publishedTime: '2025-09-12T08:00:00Z' };
    ui.locale = 'ja';
    const { container } = render(<ArticleHeader article={dated} />);
    expect(container.querySelector('time')?.textContent).toBe('Published 2025/09/12');
    expect(container.querySelector('[data-testid="article-lang"]')?.textContent).toBe('ポルトガル語');
    ui.locale = 'pt-BR';
    const again = render(<ArticleHeader article={dated} />).container;
    expect(again.querySelector('time')?.textContent).toBe('Published 12 de set. de 2025');
    expect(again.querySelector('[data-testid="article-lang"]')?.textContent).toBe('português');
    ui.locale = 'en';
  });

  it('marks the title, written by the page, with the article’s language', () => {
    const { container } = render(<ArticleHeader article={article(null)} />);
    expect(container.querySelector('h1')?.getAttribute('lang')).toBe('pt');
  });
});
