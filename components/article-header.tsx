import { i18n } from '#i18n';
import { formatDate, uiLocale } from '@/lib/shared/format';
import type { ArticleInfo } from '@/lib/shared/types';

function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Many sites write the "By" themselves ("By Dana Whitfield", "Por Ana Souza"). */
const WRITES_ITS_OWN_BY = /^(by|por|par|von|di|door|przez|от|作者)(?=[\s:：])/iu;

export function ArticleHeader({ article }: { article: ArticleInfo }) {
  const locale = uiLocale();
  const published = formatDate(article.publishedTime, locale);
  return (
    <header class="article-header">
      <h1 class="article-header__title" data-testid="article-title" lang={article.lang}>
        {article.title}
      </h1>
      <p class="article-header__meta">
        {article.siteName && <span data-testid="article-site">{article.siteName}</span>}
        {article.byline && (
          <span data-testid="article-byline" lang={WRITES_ITS_OWN_BY.test(article.byline) ? article.lang : undefined}>
            {WRITES_ITS_OWN_BY.test(article.byline) ? article.byline : i18n.t('panel.byline', [article.byline])}
          </span>
        )}
        {published && (
          <time dateTime={article.publishedTime ?? undefined}>{i18n.t('panel.publishedOn', [published])}</time>
        )}
        <span data-testid="article-lang" data-lang={article.lang} title={i18n.t('panel.language')}>
          {languageName(article.lang, locale)}
        </span>
      </p>
    </header>
  );
}
