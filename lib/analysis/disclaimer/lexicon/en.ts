import { LATIN, type DisclaimerLexiconSource } from './types';

/** What a page calls its own content. */
const CONTENT =
  '(?:articles?|content|posts?|pages?|information|materials?|sites?|websites?|reports?|analys[ie]s|publications?|newsletters?|videos?|podcasts?|blogs?|columns?|commentary|research|press releases?|stor(?:y|ies)|pieces?|platform|feed|text|documents?|summar(?:y|ies)|data)';

const AUTHOR = '(?:authors?|writers?|researchers?|contributors?|columnists?|guests?|analysts?|creators?|posters?)';

export const en: DisclaimerLexiconSource = {
  variant: 'en',
  lang: 'en',
  script: LATIN,
  cue: /^\W{0,3}(?:disclaimers?|legal disclaimer|important disclaimer|legal notice|editor'?s note|editorial note|risk warning|not (?:financial|investment) advice)\b/u,
  subject: new RegExp(
    [
      `\\b(?:this|these|such|our|all|any|each|above)(?: [\\p{L}-]+)? ${CONTENT}\\b`,
      `\\bthe (?:above |following |present |preceding )?${CONTENT}\\b`,
      '\\b(?:views?|opinions?|thoughts|statements?|expressions? of opinion)(?: and (?:views?|opinions?))? (?:expressed|presented|contained|stated|shared|posted)\\b',
      '\\binformation (?:content|presented|provided|contained|herein)\\b',
      '\\b(?:nothing|everything) (?:in|on|within|here)\\b',
      "\\b(?:it|this|that)(?: (?:is|was|does|should|must|shall|may|isn't|doesn't))\\b",
      // The platform itself, disowning liability: "Binance is not liable", "we accept no responsibility".
      "(?:^|[,;] |\\b(?:and|but|while) )[\\p{L}\\p{N}.&-]+(?: [\\p{L}\\p{N}.&-]+)? (?:is not|isn't|shall not be|will not be|cannot be held|holds no|accepts no|assumes no|bears no) (?:held )?(?:liable|responsible|liability|responsibility)\\b",
      '\\bwe (?:are not|shall not be|will not be|accept no|assume no|take no|hold no|bear no)\\b',
      '\\bherein\\b',
    ].join('|'),
    'u',
  ),
  foreign:
    /\b(?:(?:reader|user|visitor|member|viewer)s?'? (?:comments?|posts?|submissions?|communications?)|comments? (?:section|below|posted|published)|(?:posted|submitted) by (?:other )?users|(?:linked|external|third[- ]party) (?:sites?|websites?|web ?pages?|links?)|links? to (?:other|third[- ]party|external)|cookies?|trademarks?|trade names)\b/u,
  concepts: [
    {
      kind: 'third-party',
      relation:
        /\bthird[- ]part(?:y|ies)'?s? (?:content|materials?|information|sources?|authors?|contributors?|writers?|opinions?|views?|articles?|news|posters?|publishers?)\b/u,
    },
    {
      kind: 'third-party',
      relation: /\b(?:content|materials?|information|articles?|opinions?|views?|posts?|news|stor(?:y|ies))\b/u,
      object:
        /\b(?:from|by|of|provided by|supplied by|submitted by|written by|produced by|sourced from|posted by|contributed by) (?:a |an )?(?:third[- ]part(?:y|ies)|external (?:authors?|contributors?|sources?)|other (?:media|sources|publications))\b/u,
      gap: 40,
    },
    {
      kind: 'third-party',
      relation:
        /\b(?:contributed|provided|supplied|written|submitted|produced|sourced|authored|posted|reprinted|republished) (?:by|from) (?:a |an )?(?:third[- ]part(?:y|ies)|external (?:authors?|contributors?|sources?)|other media)\b/u,
    },
    {
      kind: 'no-endorsement',
      relation: /\b(?:does|do|did|will|shall) not (?:necessarily )?(?:endorse|approve|vouch for)\b/u,
    },
    {
      kind: 'no-endorsement',
      relation: /\b(?:does|do|did) not (?:necessarily |purport to |intend to )*(?:reflect|represent|express)\b/u,
      object:
        /\b(?:views?|opinions?|positions?|polic(?:y|ies)|stance|official|platform|company|exchange|publisher|editors?|editorial|us|our)\b/u,
      gap: 50,
      anchor: 'relation',
    },
    { kind: 'no-endorsement', relation: /\b(?:are|is) not (?:necessarily )?(?:those|the (?:views?|opinions?)) of\b/u },
    {
      kind: 'no-endorsement',
      relation: /\b(?:not|never|nor)\b/u,
      object: /\b(?:endorsed|approved|verified|vouched for|commissioned) by\b/u,
      gap: 50,
    },
    { kind: 'no-endorsement', relation: /\b(?:no|without|nor|not|never)\b/u, object: /\bendorsement\b/u, gap: 80 },
    {
      kind: 'no-endorsement',
      relation: /\b(?:accepts?|assumes?|takes?|bears?) no (?:responsibility|liability)\b/u,
      object: /\b(?:views?|opinions?|content|accuracy)\b/u,
      gap: 30,
      anchor: 'relation',
    },
    {
      kind: 'informational-only',
      relation:
        /\bfor (?:general |educational |informational |information |discussion )?(?:information(?:al)?|educational|reference)(?: (?:and|or) (?:educational|informational|entertainment|discussion))? purposes?(?: only)?\b/u,
    },
    { kind: 'informational-only', relation: /\b(?:information|informational|educational) (?:purposes )?only\b/u },
    {
      kind: 'informational-only',
      relation:
        /\b(?:is|are) (?:provided|intended|offered|presented|published|shared) (?:solely |only |purely )?(?:as|for) (?:general )?(?:information|reference)\b/u,
    },
    {
      kind: 'author-views-only',
      relation:
        /\b(?:are|is|remains?|belongs? to|reflects?|represents?|expresses?|(?:is|are) based (?:solely |only |entirely |purely )?on)\b/u,
      object: new RegExp(
        `\\b(?:(?:those|the (?:personal )?(?:views?|opinions?|judge?ments?|thoughts)) of (?:the |its |their )?${AUTHOR}|(?:the |its |their )?${AUTHOR}'?s? (?:own |personal )?(?:views?|opinions?|thoughts|judge?ments?))\\b`,
        'u',
      ),
      gap: 40,
    },
    {
      kind: 'author-views-only',
      relation: /\b(?:authors?|writers?)'?s? (?:own |personal )?(?:views?|opinions?) only\b/u,
    },
    {
      kind: 'not-advice',
      relation: /\b(?:not|no|nor|never|nothing|neither|without|isn't|aren't|doesn't|don't|cannot)\b/u,
      object:
        /\b(?:financial|investment|investing|trading|legal|tax|professional|accounting|personali[sz]ed)(?: (?:or|and|,) \w+)?(?:,? (?:financial|investment|trading|legal|tax|professional))* (?:advice|recommendations?|suggestions?|guidance|counsel)\b/u,
      gap: 70,
    },
    {
      kind: 'not-advice',
      relation: /\b(?:not|no|nor)\b/u,
      object:
        /\b(?:recommendations?|solicitations?|offers?|inducements?|invitations?) to (?:buy|sell|invest|trade|hold|purchase|subscribe)\b/u,
      gap: 30,
    },
    {
      // "X is not liable for any losses": whoever reads the page decides alone.
      kind: 'not-advice',
      relation:
        /\b(?:(?:(?:is|are|will|shall) not (?:be )?|(?:cannot|can't) be |isn't |aren't )(?:held )?(?:liable|responsible)|(?:holds?|accepts?|assumes?|bears?|takes?) no (?:liability|responsibility)|disclaims? (?:all |any )?liability)\b/u,
      object: /\b(?:investments?|losses?|damages?|(?:investment |trading )?decisions?|trades?)\b/u,
      gap: 40,
    },
    {
      kind: 'not-advice',
      relation: /\byou (?:are|remain) (?:solely |fully |entirely )?responsible for\b/u,
      object: /\b(?:investment|trading|financial) decisions?\b/u,
      gap: 20,
    },
    {
      kind: 'sponsored',
      relation: /\b(?:sponsored|paid|promotional|partner) (?:content|post|article|story|press release)\b/u,
    },
    { kind: 'sponsored', relation: /\b(?:advertorial|paid press release)\b/u },
    { kind: 'sponsored', relation: /\bmay (?:be|contain|include) (?:sponsored|paid|promotional)\b/u },
  ],
  host: [
    /\b(?:endorsed|approved|verified|endorsement) (?:of |by )(@)/u,
    /\b(?:views?|opinions?|positions?|stance) of (@)/u,
    /\bnot (?:necessarily )?those of (@)/u,
    /(?:^|[.!?;:] |\b(?:and|but|while|so) )(@) (?:does|do) not (?:necessarily )?(?:endorse|reflect|represent|guarantee|warrant)\b/u,
    /(?:^|[.!?;:] |\b(?:and|but|while|so) )(@) (?:is not|isn't|are not|will not be|shall not be|cannot be held|can't be held) (?:held )?(?:liable|responsible)\b/u,
    /(?:^|[.!?;:] |\b(?:and|but|while|so) )(@) (?:holds|accepts|assumes|bears|takes) no (?:liability|responsibility)\b/u,
  ],
};
