import { i18n } from '#i18n';
import type { Provenance } from '../lib/types';
import './provenance-line.css';

export interface ProvenanceLineProps {
  provenance: Provenance;
}

/** The URL again as an http(s) address, or null: page data never becomes a javascript: link. */
function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function ProvenanceLine({ provenance }: ProvenanceLineProps) {
  const href = safeHref(provenance.originalUrl);
  const publisher = provenance.originalPublisher ?? (href ? new URL(href).hostname : null);
  if (!publisher) return null;
  return (
    <p class="provenance-line" data-testid="provenance">
      {i18n.t('disclaimer.provenance.firstPublishedBy')}{' '}
      {href ? (
        <a class="provenance-line__link" href={href} target="_blank" rel="noopener noreferrer">
          {publisher}
        </a>
      ) : (
        <strong class="provenance-line__publisher">{publisher}</strong>
      )}
      {provenance.republishedBy && (
        <span class="provenance-line__republished">
          {' · '}
          {i18n.t('disclaimer.provenance.republishedBy')} {provenance.republishedBy}
        </span>
      )}
    </p>
  );
}
