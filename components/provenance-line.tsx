import { i18n } from '#i18n';
import { safeHttpUrl } from '../lib/shared/safe-url';
import type { Provenance } from '../lib/shared/types';
import './provenance-line.css';

export interface ProvenanceLineProps {
  provenance: Provenance;
}

export function ProvenanceLine({ provenance }: ProvenanceLineProps) {
  const href = safeHttpUrl(provenance.originalUrl);
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
