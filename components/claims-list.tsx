import { i18n } from '#i18n';
import type { NotAStoryKind } from '../lib/shared/not-a-story';
import type { Claim, ClaimKind } from '../lib/shared/types';
import { useRovingFocus } from '../lib/ui/roving-focus';
import { inParentheses, spaceBetween } from '../lib/ui/typography';
import './claims-list.css';

export interface ClaimsListProps {
  claims: Claim[];
  /** The article does not read as a story (a deal, a how-to, docs): no claims, and the section says why. */
  notAStory?: boolean;
  /** The kind of page it reads as instead, named in that line; unknown (null), the line names none. */
  notAStoryKind?: NotAStoryKind | null;
  /** Called on click or Enter: the panel scrolls the page to the claim and flashes it. */
  onSelect(claim: Claim): void;
  /** Language of the article, which the claims are quoted from. */
  textLang?: string;
}

/** A claim type as the reader reads it, in their language. */
export const KIND_LABELS: Record<ClaimKind, () => string> = {
  quote: () => i18n.t('claims.kindQuote'),
  figure: () => i18n.t('claims.kindFigure'),
  prediction: () => i18n.t('claims.kindPrediction'),
  plan: () => i18n.t('claims.kindPlan'),
  opinion: () => i18n.t('claims.kindOpinion'),
  fact: () => i18n.t('claims.kindFact'),
};

/** Why a page has no claims, by the kind of page it reads as. */
const NOT_A_STORY_LINES: Record<NotAStoryKind, () => string> = {
  guide: () => i18n.t('claims.notAStoryGuide'),
  lists: () => i18n.t('claims.notAStoryLists'),
  technical: () => i18n.t('claims.notAStoryTechnical'),
  reference: () => i18n.t('claims.notAStoryReference'),
  offers: () => i18n.t('claims.notAStoryOffers'),
  personal: () => i18n.t('claims.notAStoryPersonal'),
  fiction: () => i18n.t('claims.notAStoryFiction'),
};

/** What the section says where it lists no claims. */
function emptyLine(notAStory: boolean, kind: NotAStoryKind | null): string {
  if (!notAStory) return i18n.t('claims.empty');
  return kind ? NOT_A_STORY_LINES[kind]() : i18n.t('claims.notAStory');
}

/**
 * The "Key claims" section: one focusable item per claim in article order, with its kind and
 * speaker. Tab enters and leaves the list in one step; arrow keys, Home and End move between items.
 */
export function ClaimsList({ claims, notAStory = false, notAStoryKind = null, onSelect, textLang }: ClaimsListProps) {
  const roving = useRovingFocus<HTMLButtonElement>(claims.length);

  const onOtherKey = (event: KeyboardEvent, claim: Claim) => {
    if (event.key !== 'Enter') return;
    // Handled here so Enter selects exactly once; the browser would otherwise also click.
    event.preventDefault();
    onSelect(claim);
  };

  return (
    <section class="claims" aria-labelledby="claims-title">
      <h2 id="claims-title" class="claims-title">
        {i18n.t('claims.title')}
      </h2>
      {claims.length === 0 ? (
        <p class="claims-empty" data-testid="claims-empty" data-not-a-story={(notAStory && notAStoryKind) || undefined}>
          {emptyLine(notAStory, notAStoryKind)}
        </p>
      ) : (
        <ol class="claims-items" aria-label={i18n.t('claims.listLabel')}>
          {claims.map((claim, index) => (
            <li key={claim.id} class="claims-item">
              <button
                type="button"
                class="claims-button"
                data-testid="claim"
                data-kind={claim.kind}
                data-speaker={claim.speaker ?? ''}
                data-claim-id={claim.id}
                {...roving.item(index, (event) => onOtherKey(event, claim))}
                title={i18n.t('claims.show')}
                onClick={() => {
                  roving.setActive(index);
                  onSelect(claim);
                }}
              >
                <span class={`claims-kind claims-kind-${claim.kind}`}>{KIND_LABELS[claim.kind]()}</span>
                <span class="claims-text" lang={textLang}>
                  {claim.text}
                </span>
                {claim.speaker && <SpeakerLine speaker={claim.speaker} role={claim.speakerRole} textLang={textLang} />}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** "Speaker: Sam Altman (CEO of OpenAI)": the role in brackets set as the script of the role asks. */
function SpeakerLine({ speaker, role, textLang }: { speaker: string; role?: string; textLang?: string }) {
  const line = i18n.t('claims.speaker', [speaker]);
  const bracketedRole = role ? inParentheses(role) : '';
  return (
    <span class="claims-speaker">
      {line}
      {bracketedRole && (
        <span class="claims-speaker-role" lang={textLang}>
          {spaceBetween(line, bracketedRole)}
          {bracketedRole}
        </span>
      )}
    </span>
  );
}
