import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { sanitizeHtml } from '@/lib/shared/sanitize';
import './reader-copy.css';

/**
 * The isolated article, collapsed by default. Its HTML came from the page: it is sanitized by
 * DOMPurify here, in the panel's own document, right before it is shown, and never changed after.
 * Sanitizing and inserting it (a third of the panel's first render of an article) wait until the
 * panel has painted, so that the claims above it are not held back by a copy that starts closed.
 */
export function ReaderCopy({ html, lang }: { html: string; /** The article's language. */ lang?: string }) {
  const [clean, setClean] = useState<{ html: string; clean: string } | null>(null);
  useEffect(() => setClean({ html, clean: sanitizeHtml(html, window) }), [html]);
  const body = clean?.html === html ? clean.clean : null;
  if (!html.trim() || body?.trim() === '') return null;
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
      <div class="reader-copy__body" lang={lang} onClick={openLink} dangerouslySetInnerHTML={{ __html: body ?? '' }} />
    </details>
  );
}
