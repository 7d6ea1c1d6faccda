import { LATIN, type DisclaimerLexiconSource } from './types';

const CONTENT =
  '(?:artikel|beitr(?:ag|äge)|inhalte?|texte?|seiten?|websites?|webseiten?|informationen|analysen?|newsletter|grundlagenartikel|bilder|erläuterungen|darstellungen|meinungen)';

export const de: DisclaimerLexiconSource = {
  variant: 'de',
  lang: 'de',
  script: LATIN,
  cue: /^\W{0,3}(?:haftungsausschluss|rechtliche[rn]? hinweise?|wichtiger hinweis|wichtig|hinweis|risikohinweis|keine anlageberatung|kein finanzratgeber)\b/u,
  subject: new RegExp(
    [
      `\\b(?:dieser|diese|dieses|der|die|das|unsere?|alle|sämtliche|jeder|jede)(?: \\p{L}+)? ${CONTENT}\\b`,
      '\\balles, was (?:du|sie|ihr) hier (?:findest|finden|findet)\\b',
      '\\b(?:es|das|dies) (?:ist|sind|stellt|stellen|ersetzt|dient)\\b',
    ].join('|'),
    'u',
  ),
  foreign:
    /\b(?:kommentare?|leser(?:innen)?|nutzer(?:innen)?|verlinkte[nrs]?|links|externe[nr]? (?:seiten|webseiten)|cookies?)\b/u,
  concepts: [
    { kind: 'third-party', relation: /\b(?:inhalte?|beiträge|texte|meinungen) (?:von )?dritter\b/u },
    { kind: 'third-party', relation: /\bvon dritten (?:bereitgestellt|verfasst|erstellt|stammend)\p{L}*/u },
    {
      kind: 'no-endorsement',
      relation: /\bnicht (?:zwingend|unbedingt|notwendigerweise|immer|in jedem fall)\b/u,
      object:
        /\b(?:die |der )?(?:meinung|ansicht|position|haltung|auffassung) (?:von uns|der redaktion|des (?:betreibers|herausgebers|verlags|anbieters)|von \p{L}+)/u,
      gap: 20,
    },
    {
      kind: 'no-endorsement',
      relation: /\b(?:spiegel[nt]|geben|gibt)\b/u,
      object: /\bnicht (?:zwingend |unbedingt |notwendigerweise )?(?:die )?(?:meinung|ansicht|position|haltung)\b/u,
      gap: 40,
    },
    {
      kind: 'informational-only',
      relation:
        /\b(?:nur|ausschließlich|lediglich|allein|rein) (?:zur|zu) (?:allgemeinen )?(?:information|informationszwecken|bildungszwecken|weiterbildung|bildung)\b/u,
    },
    { kind: 'informational-only', relation: /\bzu (?:allgemeinen )?(?:informations|bildungs)zwecken\b/u },
    { kind: 'informational-only', relation: /\bzur (?:information und )?weiterbildung\b/u },
    {
      kind: 'author-views-only',
      relation:
        /\b(?:meinung|ansicht|auffassung|einschätzung)(?:en)? (?:des|der) (?:jeweiligen )?(?:autors|autorin|autoren|verfassers|verfasserin|verfasser)\b/u,
    },
    { kind: 'author-views-only', relation: /\b(?:meine|unsere) (?:eigene|persönliche) (?:meinung|ansicht)\b/u },
    {
      kind: 'not-advice',
      relation: /\b(?:kein(?:e|en|er|erlei)?|nicht)\b/u,
      object:
        /\b(?:(?:anlage|finanz|investment|steuer|rechts|vermögens|individuelle |persönliche )?beratung|(?:anlage|kauf|verkaufs)?empfehlung(?:en)?|aufforderung|aufruf zum (?:kauf|verkauf)|finanzratgeber|angebot zum (?:kauf|verkauf))\b/u,
      gap: 60,
    },
    { kind: 'sponsored', relation: /\b(?:gesponserte[rs]?|bezahlte[rs]?) (?:beitrag|inhalt|artikel|partnerschaft)\b/u },
  ],
  host: [/\b(?:meinung|ansicht|position|haltung) (?:von|der|des) (@)/u],
};
