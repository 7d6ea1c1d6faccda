import { LATIN, type DisclaimerLexiconSource } from './types';

const CONTENT =
  '(?:artigos?|conteúdos?|textos?|materia(?:l|is)|páginas?|publicaç(?:ão|ões)|informaç(?:ão|ões)|análises?|site|notícias?|colunas?|blogs?|matérias?|estratégias?|análises?|relatórios?)';

export const pt: DisclaimerLexiconSource = {
  variant: 'pt',
  lang: 'pt',
  script: LATIN,
  cue: /^\W{0,3}(?:aviso legal|aviso|isenção de responsabilidade|aviso de isenção|exoneração de responsabilidade|declaração de exoneração|nota do editor)\b/u,
  subject: new RegExp(
    [
      `\\b(?:est[ea]s?|ess[ea]s?|o presente|a presente|noss[oa]s?|tod[oa]s? (?:[oa]s )?|[oa]s?)(?: \\p{L}+)? ${CONTENT}\\b`,
      '\\b(?:opini(?:ão|ões)|pontos? de vista) (?:express[oa]s?|emitid[oa]s?|aqui)\\b',
      '\\b(?:isto|isso|este|esta) não (?:é|são|constitui)\\b',
    ].join('|'),
    'u',
  ),
  foreign:
    /\b(?:coment[aá]rios?|leitores|internautas|usuários|links? (?:externos|para)|sites? (?:externos|de terceiros)|cookies?)\b/u,
  concepts: [
    {
      kind: 'third-party',
      relation:
        /\b(?:conteúdos?|informaç(?:ão|ões)|materia(?:l|is)|artigos?|opini(?:ão|ões)|textos?|publicaç(?:ão|ões))\b/u,
      object: /\b(?:de|por|provenientes? de|fornecid[oa]s? por) terceiros\b/u,
      gap: 30,
    },
    {
      kind: 'third-party',
      relation: /\b(?:fornecid|produzid|escrit|elaborad|publicad|redigid|enviad)[oa]s? por terceiros\b/u,
    },
    { kind: 'third-party', relation: /\bfontes (?:de terceiros|externas)\b/u },
    {
      kind: 'no-endorsement',
      relation: /\b(?:não|nem|sem)\b/u,
      object: /\b(?:endoss\p{L}*|endosso|aprovaç(?:ão|ões)|chancela)/u,
      gap: 80,
    },
    {
      kind: 'no-endorsement',
      relation:
        /\bnão (?:necessariamente )?(?:reflete|refletem|representa|representam|expressa|expressam|traduz|traduzem)\b/u,
      object: /\b(?:opini(?:ão|ões)|posiç(?:ão|ões)|pontos? de vista|vis(?:ão|ões)|posicionamento|linha editorial)\b/u,
      gap: 40,
    },
    {
      kind: 'informational-only',
      relation:
        /\b(?:para|com|a) (?:fins|propósitos?|finalidades?|objetivos?) (?:meramente |puramente |exclusivamente |unicamente |apenas )?(?:informativ|educativ|educacion|informacion)\p{L}*/u,
    },
    {
      kind: 'informational-only',
      relation: /\b(?:de )?caráter (?:meramente |puramente |exclusivamente )?(?:informativo|educativo)\b/u,
    },
    {
      kind: 'informational-only',
      relation: /\b(?:é|são) (?:apenas|meramente|somente|unicamente) (?:informativ|educativ)\p{L}*/u,
    },
    {
      kind: 'author-views-only',
      relation: /\b(?:reflete|refletem|representa|representam|expressa|expressam|são|é)\b/u,
      object:
        /(?:opini(?:ão|ões)|vis(?:ão|ões)|pontos? de vista)(?: pessoa(?:l|is))? d[oa]s? (?:próprios? )?(?:autor|autora|autores|autoras|colunista|colunistas)\b/u,
      gap: 30,
    },
    {
      kind: 'author-views-only',
      relation:
        /\bresponsabilidade (?:exclusiva |integral |inteira )?d[oa]s? (?:seus? |suas? )?(?:autor|autora|autores|autoras|colunistas?)\b/u,
    },
    {
      kind: 'not-advice',
      relation: /\b(?:não|nem|sem)\b/u,
      object:
        /\b(?:aconselhamento|conselho|consultoria|recomendaç(?:ão|ões)|orientaç(?:ão|ões)|assessoria)s?(?: \p{L}+){0,2}? (?:financeir|de investimento|jurídic|profissional|fiscal|legal|tributári|de compra|de venda)\p{L}*/u,
      gap: 80,
    },
    {
      kind: 'not-advice',
      relation: /\b(?:não|nem|sem)\b/u,
      object: /\b(?:recomendaç(?:ão|ões)|aconselhamentos?|conselhos?) de (?:investimentos?|compra|venda)\b/u,
      gap: 40,
    },
    { kind: 'sponsored', relation: /\b(?:conteúdo|artigo|publicação|post|matéria|texto) (?:patrocinad|pag)[oa]\b/u },
    { kind: 'sponsored', relation: /\b(?:publieditorial|publipost|informe publicitário)\b/u },
    { kind: 'sponsored', relation: /\b(?:é|foi|pode ser) patrocinad[oa]\b/u },
  ],
  host: [
    /\bendoss\p{L}*\b[^.!?]{0,60}?\b(?:pel[ao]|por|d[ao])\s(@)/u,
    /\b(?:opini(?:ão|ões)|posiç(?:ão|ões)|pontos? de vista|posicionamento|linha editorial) d[aoe]\s(@)/u,
    /(?:^|[.!?;:] |\b(?:e|mas) )(@) não (?:garante|endossa|se responsabiliza)\b/u,
  ],
};
