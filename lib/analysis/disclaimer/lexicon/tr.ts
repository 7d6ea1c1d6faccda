import { LATIN, type DisclaimerLexiconSource } from './types';

export const tr: DisclaimerLexiconSource = {
  variant: 'tr',
  lang: 'tr',
  script: LATIN,
  cue: /^\W{0,3}(?:yasal uyarı|sorumluluk reddi|feragatname)\b/u,
  subject:
    /\b(?:bu|işbu) (?:makale|içerik|yazı|haber|sayfa|bilgi|site|rapor|analiz)\p{L}*|\b(?:yazıda|makalede|içerikte|sitede) yer alan\b/u,
  foreign: /\b(?:yorum|okuyucu|çerez|bağlantı)\p{L}*/u,
  concepts: [
    {
      kind: 'third-party',
      relation:
        /\büçüncü (?:taraf|şahıs)\p{L}* (?:tarafından (?:sağlanan|hazırlanan|yazılan|yayımlanan) )?(?:içeri\p{L}*|bilgi\p{L}*|materyal\p{L}*|görüş\p{L}*|yazı\p{L}*|kaynak\p{L}*)/u,
    },
    {
      kind: 'third-party',
      relation: /\b(?:içerik|bilgi|materyal|görüş|yazı)\p{L}*/u,
      object: /\büçüncü (?:taraf|şahıs)\p{L}* (?:tarafından|kaynaklı)\b/u,
      gap: 20,
    },
    {
      kind: 'no-endorsement',
      relation: /\b(?:onayladığı|desteklediği|onaylandığı|benimsediği)\b(?: \p{L}+)? anlamına gelmez/u,
    },
    {
      kind: 'no-endorsement',
      relation: /\b(?:görüş|tutum|pozisyon|fikir)\p{L}*/u,
      object: /\b(?:yansıtmaz|yansıtmamaktadır|yansıtmayabilir|temsil etmez|temsil etmemektedir)/u,
      gap: 30,
    },
    { kind: 'no-endorsement', relation: /\b(?:onaylamaz|onaylamamaktadır)\b/u },
    {
      kind: 'informational-only',
      relation: /\bbilgi(?:lendirme)? (?:amaçlı|amacıyla|amacı taşır|amacı taşımaktadır)/u,
    },
    { kind: 'informational-only', relation: /\b(?:eğitim|bilgilendirme) amaçlı\p{L}*/u },
    {
      kind: 'author-views-only',
      relation: /\b(?:görüş|fikir|düşünce)\p{L}*/u,
      object: /\byazar(?:a|ın|ına|ların|lara)\p{L}* (?:ait|aittir)/u,
      gap: 30,
    },
    { kind: 'author-views-only', relation: /\byazar(?:ın|ların) (?:kişisel )?(?:görüş|fikir|düşünce)\p{L}*/u },
    {
      kind: 'not-advice',
      object: /\b(?:yatırım|finansal|mali|hukuki|vergi|profesyonel) (?:tavsiye|danışmanlık|öneri)\p{L}*/u,
      relation:
        /\b(?:değildir|değil|taşımaz|kapsamında değildir|olarak (?:değerlendirilmemeli|yorumlanmamalı|kabul edilmemeli)\p{L}*)/u,
      order: 'object-relation',
      gap: 30,
    },
    { kind: 'sponsored', relation: /\b(?:sponsorlu|ücretli|tanıtım) (?:içerik|yazı|makale|haber)\p{L}*/u },
    { kind: 'sponsored', relation: /\b(?:advertorial|reklam içeriği)\b/u },
  ],
  // Turkish puts the name right before "görüşleri" with a suffix: one token, not a run.
  host: [
    /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}.&-]*)(?:'(?:in|ın|un|ün|nin|nın|nun|nün))? (?:görüş|tutum|pozisyon)\p{L}*/u,
  ],
};
