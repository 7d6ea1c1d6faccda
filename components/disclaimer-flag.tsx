import { i18n } from '#i18n';
import type { DisclaimerFlag as DisclaimerFlagData, DisclaimerKind } from '../lib/shared/types';
import { formatList, uiLocale } from '@/lib/shared/format';
import { withNameSpacing } from '../lib/ui/typography';
import './disclaimer-flag.css';

export interface DisclaimerFlagProps {
  flag: DisclaimerFlagData;
  /** Scroll the page to the disclaimer and flash it. */
  onShow(): void;
}

function kindPhrase(kind: DisclaimerKind, host: string | null): string {
  switch (kind) {
    case 'third-party':
      return i18n.t('disclaimer.kind.thirdParty');
    case 'no-endorsement':
      return host
        ? withNameSpacing(i18n.t('disclaimer.kind.noEndorsementBy', { host }))
        : i18n.t('disclaimer.kind.noEndorsement');
    case 'informational-only':
      return i18n.t('disclaimer.kind.informationalOnly');
    case 'author-views-only':
      return i18n.t('disclaimer.kind.authorViewsOnly');
    case 'not-advice':
      return i18n.t('disclaimer.kind.notAdvice');
    case 'sponsored':
      return i18n.t('disclaimer.kind.sponsored');
  }
}

function kindChip(kind: DisclaimerKind): string {
  switch (kind) {
    case 'third-party':
      return i18n.t('disclaimer.chip.thirdParty');
    case 'no-endorsement':
      return i18n.t('disclaimer.chip.noEndorsement');
    case 'informational-only':
      return i18n.t('disclaimer.chip.informationalOnly');
    case 'author-views-only':
      return i18n.t('disclaimer.chip.authorViewsOnly');
    case 'not-advice':
      return i18n.t('disclaimer.chip.notAdvice');
    case 'sponsored':
      return i18n.t('disclaimer.chip.sponsored');
  }
}

/** The page's own words, in plain language: what the disclaimer says about the content. */
export function disclaimerSentence(flag: DisclaimerFlagData): string {
  const phrases = flag.kinds.map((kind) => kindPhrase(kind, flag.host));
  return i18n.t('disclaimer.sentence', { kinds: formatList(phrases, uiLocale()) });
}

export function DisclaimerFlag({ flag, onShow }: DisclaimerFlagProps) {
  const title = i18n.t('disclaimer.title');
  return (
    <section class="disclaimer-flag" data-testid="disclaimer-flag" data-kinds={flag.kinds.join(' ')} aria-label={title}>
      <h2 class="disclaimer-flag__title">{title}</h2>
      <p class="disclaimer-flag__sentence">{disclaimerSentence(flag)}</p>
      <ul class="disclaimer-flag__chips">
        {flag.kinds.map((kind) => (
          <li key={kind} class="disclaimer-flag__chip" data-kind={kind}>
            {kindChip(kind)}
          </li>
        ))}
      </ul>
      <details class="disclaimer-flag__original">
        <summary>{i18n.t('disclaimer.originalText')}</summary>
        <blockquote lang={flag.lang}>{flag.text}</blockquote>
      </details>
      <button type="button" class="disclaimer-flag__show" onClick={() => onShow()}>
        {i18n.t('disclaimer.showOnPage')}
      </button>
    </section>
  );
}
