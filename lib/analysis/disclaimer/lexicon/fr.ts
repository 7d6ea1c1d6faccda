import { LATIN, type DisclaimerLexiconSource } from './types';

const CONTENT =
  '(?:articles?|contenus?|textes?|pages?|publications?|informations?|analyses?|site|blogs?|tribunes?|chroniques?|billets?)';

export const fr: DisclaimerLexiconSource = {
  variant: 'fr',
  lang: 'fr',
  script: LATIN,
  cue: /^\W{0,3}(?:avertissement|clause de non-responsabilité|avis de non-responsabilité|décharge de responsabilité|note de la rédaction)\b/u,
  subject: new RegExp(
    [
      `\\b(?:cet|cette|ce|ces|le présent|la présente|notre|nos|tou(?:te)?s? (?:les )?|le|la|les|l')(?: ?\\p{L}+)? ?${CONTENT}\\b`,
      '\\b(?:opinions?|propos|points? de vue|avis) (?:exprimé|tenu|émis)\\p{L}*',
    ].join('|'),
    'u',
  ),
  foreign:
    /\b(?:commentaires?|lecteurs|internautes|utilisateurs|liens? (?:externes|vers)|sites? (?:externes|tiers)|cookies?|traceurs)\b/u,
  concepts: [
    {
      kind: 'third-party',
      relation: /\b(?:contenus?|informations?|documents?|articles?|opinions?|publications?|textes?)\b/u,
      object:
        /\b(?:de|par|provenant de|fournie?s? par|issue?s? de|rédigée?s? par) (?:des |sources )?(?:tiers|tierces? parties?|parties tierces|sources tierces)\b/u,
      gap: 30,
    },
    { kind: 'third-party', relation: /\b(?:fourni|rédigé|produit|publié|transmis)e?s? par (?:des )?tiers\b/u },
    {
      kind: 'no-endorsement',
      relation: /\b(?:pas|aucune?|ni|nullement|sans)\b/u,
      object: /\b(?:approbation|aval|caution|endossement|approuv\p{L}*|cautionn\p{L}*|endoss\p{L}*)/u,
      gap: 60,
    },
    {
      kind: 'no-endorsement',
      relation: /\bne (?:reflète|reflètent|représente|représentent|engage|engagent) pas\b/u,
      object: /\b(?:opinions?|avis|positions?|points? de vue|responsabilité|ligne éditoriale)\b/u,
      gap: 40,
    },
    {
      kind: 'informational-only',
      relation:
        /\b(?:à|a) (?:des )?fins? (?:purement |uniquement |exclusivement |strictement )?(?:d'information|informatives?|éducatives?|pédagogiques?)\b/u,
    },
    {
      kind: 'informational-only',
      relation:
        /\b(?:à|a) titre (?:purement |uniquement |exclusivement |strictement )?(?:informatif|indicatif|d'information)\b/u,
    },
    {
      kind: 'author-views-only',
      relation: /\b(?:opinions?|avis|points? de vue|propos)\b/u,
      object:
        /\b(?:sont ceux|sont celles|est celle|est celui|n'engagent que|reflètent|relèvent)\b[^.!?]{0,40}?\b(?:(?:de )?l'auteure?|(?:des|leurs|de leurs) auteure?s|(?:de )?(?:leur|son) auteure?)\b/u,
    },
    {
      kind: 'author-views-only',
      relation: /\bn'engage(?:nt)? que (?:leurs?|son|ses|l'|les) ?(?:auteure?s?|autrices?|signataires?)\b/u,
    },
    {
      kind: 'author-views-only',
      relation: /\b(?:sous la )?(?:seule )?responsabilité de (?:son|leur|l') ?(?:auteure?|autrice)s?\b/u,
    },
    {
      kind: 'not-advice',
      relation: /\b(?:pas|ni|aucune?|nullement|sans)\b/u,
      object:
        /\b(?:conseils?|recommandations?|consultation) (?:\p{L}+ ){0,2}?(?:financi|en investissement|d'investissement|juridique|fiscal|professionnel|en placement)\p{L}*/u,
      gap: 80,
    },
    {
      kind: 'sponsored',
      relation: /\b(?:contenu|article|publication) (?:sponsorisé|parrainé|payé|commandité|rémunéré|promotionnel)e?\b/u,
    },
    { kind: 'sponsored', relation: /\bpubli-?(?:reportage|rédactionnel)\b/u },
    { kind: 'sponsored', relation: /\b(?:est|a été|peut être) sponsorisée?\b/u },
  ],
  host: [
    /\b(?:approbation|aval|caution|endossement|approuv\p{L}*|cautionn\p{L}*)\b[^.!?]{0,40}?\b(?:par|de|d')\s?(@)/u,
    /\b(?:opinions?|positions?|points? de vue) de\s(@)/u,
    /(?:^|[.!?;:] |\b(?:et|mais) )(@) ne (?:garantit|cautionne|saurait être tenue?)\b/u,
  ],
};
