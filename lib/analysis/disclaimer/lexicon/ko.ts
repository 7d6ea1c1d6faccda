import { HANGUL, type DisclaimerLexiconSource } from './types';

export const ko: DisclaimerLexiconSource = {
  variant: 'ko',
  lang: 'ko',
  script: HANGUL,
  cue: /^\W{0,3}(?:면책\s?조항|면책\s?고지|법적\s?고지|디스클레이머|유의\s?사항)/u,
  subject: /(?:본|이|당|해당)\s?(?:기사|글|콘텐츠|자료|페이지|게시물|서비스|정보|내용|결과|사이트|보고서|리포트)/u,
  foreign: /(?:댓글|독자 의견|외부 링크|쿠키)/u,
  concepts: [
    {
      kind: 'third-party',
      relation:
        /제3자(?:가|의|로부터|에 의해|에게서)?\s?(?:제공|작성|게시)?(?:된|한|하는)?\s?(?:콘텐츠|정보|자료|기사|의견|내용)/u,
    },
    {
      kind: 'third-party',
      relation:
        /(?:콘텐츠|정보|자료|기사|내용)(?:는|은|가|이)?\s?(?:제3자|외부 필자|외부 기고자)(?:가|에 의해|로부터|의)/u,
    },
    {
      kind: 'no-endorsement',
      relation:
        /(?:지지|승인|추천|보증|지지하거나\s?보증|보증하거나\s?지지)(?:하지|하는 것이|하는 것은)\s?(?:않|아닙|아니)/u,
    },
    {
      kind: 'no-endorsement',
      relation: /(?:입장|견해|의견)(?:을|과|와)?\s?(?:대변|반영|대표)(?:하지|하는 것이|하는 것은)\s?(?:않|아닙|아니)/u,
    },
    { kind: 'no-endorsement', relation: /(?:입장|견해)과\s?(?:다를|무관할)\s?수\s?있/u },
    { kind: 'informational-only', relation: /(?:정보\s?제공|참고|교육)(?:용|의?\s?목적|만을\s?목적)/u },
    { kind: 'informational-only', relation: /참고용(?:으로만)?/u },
    {
      kind: 'author-views-only',
      relation: /(?:필자|저자|작성자|기고자|글쓴이)(?:의|\s)\s?(?:개인적인?\s?)?(?:의견|견해|생각|입장)/u,
    },
    {
      kind: 'not-advice',
      object: /(?:투자|금융|재무|법률|세무|전문)\s?(?:조언|권유|자문|권고|추천)/u,
      relation: /(?:않|아닙|아니|간주되어서는)/u,
      order: 'object-relation',
      gap: 20,
    },
    { kind: 'sponsored', relation: /(?:스폰서|협찬|후원|유료|광고|제휴)\s?(?:콘텐츠|기사|게시물)/u },
    { kind: 'sponsored', relation: /(?:본|이)\s?(?:기사|글|콘텐츠)는\s?(?:광고|협찬|후원)/u },
  ],
  host: [/(@)\s?(?:의)?\s?(?:입장|견해|의견)/u],
};
