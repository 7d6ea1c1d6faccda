import { i18n } from '#i18n';
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '@/lib/shared/sanitize';
import './reader-copy.css';

/**
 * The isolated article, collapsed by default. Its HTML came from the page: it is sanitized by
 * DOMPurify here, in the panel's own document, right before it is shown, and never changed after.
 */
export function ReaderCopy({ html, lang }: { html: string; /** The article's language. */ lang?: string }) {
  const clean = useMemo(() => sanitizeHtml(html, window), [html]);
  if (!clean.trim()) return null;
  const openLink = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link) return;
    event.preventDefault();
    const href = (link as HTMLAnchorElement).href;
    if (/^https?:/i.test(href)) void browser.tabs.create({ url: href });
  };
  return (
    <details class="reader-copy" data-testid="reader-copy">
      <summary>{i18n.t('reader.title')}</summary>
      <p class="panel__hint">{i18n.t('reader.hint')}</p>
      <div class="reader-copy__body" lang={lang} onClick={openLink} dangerouslySetInnerHTML={{ __html: clean }} />
    </details>
  );
}
