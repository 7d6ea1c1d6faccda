import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { speakerKey } from '../lib/shared/library/speaker-key';
import { pageKeyFor } from '../lib/shared/highlights/url';
import type { SpeakerHistoryItem } from '../lib/shared/library/types';
import type { Claim } from '../lib/shared/types';
import type { LibraryCall } from '../lib/ui/library-client';
import { formatDate, languageName } from '../lib/ui/library-format';
import { KIND_LABELS } from './claims-list';
import './speaker-history.css';

export interface SpeakerHistoryProps {
  /** The page the panel shows; its own claims are left out. */
  url: string;
  /** Its canonical link as written (the analysis's `canonical`), for the key it is kept under. */
  canonical?: string | null;
  claims: readonly Claim[];
  call: LibraryCall;
  /** Opens an earlier page at the claim. */
  onOpen?: (item: SpeakerHistoryItem) => void;
}

/** The people quoted on this page, by key, each with the fullest name the page gives them. */
export function speakersOf(claims: readonly Claim[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const claim of claims) {
    const key = speakerKey(claim.speaker);
    if (!key || !claim.speaker) continue;
    const known = names.get(key);
    if (!known || claim.speaker.length > known.length) names.set(key, claim.speaker);
  }
  return names;
}

/** "Earlier from <speaker>": what the people quoted here said on other pages the reader kept, newest first. */
export function SpeakerHistory({ url, canonical, claims, call, onOpen }: SpeakerHistoryProps) {
  const speakers = speakersOf(claims);
  const keys = [...speakers.keys()];
  const keysSignature = keys.join('\n');
  const pageKey = pageKeyFor(url, canonical ?? null);
  const [items, setItems] = useState<SpeakerHistoryItem[]>([]);

  useEffect(() => {
    let live = true;
    setItems([]);
    if (!pageKey || !keys.length) return undefined;
    void call({ type: 'library-speaker-history', keys, excludeUrl: pageKey, limit: 30 }).then((reply) => {
      if (live && reply.ok) setItems(reply.value);
    });
    return () => {
      live = false;
    };
    // keysSignature stands for keys (a new array each render).
  }, [call, pageKey, keysSignature]);

  if (!items.length) return null;
  const groups = keys
    .map((key) => ({ key, name: speakers.get(key)!, items: items.filter((item) => item.claim.speakerKey === key) }))
    .filter((group) => group.items.length);
  return (
    <>
      {groups.map((group) => (
        <section class="speaker-history" key={group.key} data-testid="speaker-history" data-speaker={group.key}>
          <h2 class="speaker-history__title">{i18n.t('library.earlierFrom', [group.name])}</h2>
          <ol class="speaker-history__list" aria-label={i18n.t('library.earlierLabel', [group.name])}>
            {group.items.map((item) => {
              const date = formatDate(item.page.publishedAt ?? item.page.keptAt);
              return (
                <li
                  key={item.claim.id}
                  class="speaker-history__item"
                  data-testid="speaker-history-item"
                  data-url={item.page.url}
                  data-kind={item.claim.kind}
                >
                  <button type="button" class="speaker-history__open" onClick={() => onOpen?.(item)}>
                    <span class="speaker-history__kind">{KIND_LABELS[item.claim.kind]()}</span>
                    <span class="speaker-history__text" lang={item.page.lang || undefined}>
                      {item.claim.text}
                    </span>
                  </button>
                  <span class="speaker-history__meta">
                    {[
                      item.page.site,
                      item.claim.kind === 'prediction' ? i18n.t('library.predictedOn', [date]) : date,
                      languageName(item.page.lang),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
