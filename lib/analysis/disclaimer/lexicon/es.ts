import { LATIN, type DisclaimerLexiconSource } from './types';

const CONTENT =
  '(?:artículos?|contenidos?|textos?|materiales?|páginas?|publicaci(?:ón|ones)|informaci(?:ón|ones)|análisis|sitio|noticias?|columnas?|blogs?|notas?|informes?)';

export const es: DisclaimerLexiconSource = {
  variant: 'es',
  lang: 'es',
  script: LATIN,
  cue: /^\W{0,3}(?:aviso legal|aviso importante|descargo de responsabilidad|exención de responsabilidad|cláusula de exención|advertencia|nota del editor)\b/u,
  subject: new RegExp(
    [
      `\\b(?:est[ea]s?|el presente|la presente|nuestr[oa]s?|tod[oa]s? (?:l[oa]s )?|el|la|los|las)(?: \\p{L}+)? ${CONTENT}\\b`,
      '\\b(?:opini(?:ón|ones)|puntos? de vista|expresiones de opinión) (?:expresad|vertid|emitid)\\p{L}*',
      '\\b(?:esto|este|esta) no (?:es|constituye)\\b',
    ].join('|'),
    'u',
  ),
  foreign: /\b(?:comentarios?|lectores|usuarios|enlaces? (?:externos|a)|sitios? (?:externos|de terceros)|cookies?)\b/u,
  concepts: [
    {
      kind: 'third-party',
      relation: /\b(?:contenidos?|informaci(?:ón|ones)|materiales?|artículos?|opiniones?|textos?|publicaciones?)\b/u,
      object: /\b(?:de|por|procedentes? de|proporcionad[oa]s? por) terceros\b/u,
      gap: 30,
    },
    {
      kind: 'third-party',
      relation: /\b(?:proporcionad|suministrad|escrit|elaborad|publicad|facilitad|redactad)[oa]s? por terceros\b/u,
    },
    { kind: 'third-party', relation: /\bfuentes (?:de terceros|externas)\b/u },
    {
      kind: 'no-endorsement',
      relation: /\b(?:no|ni|sin)\b/u,
      object: /\b(?:respald\p{L}*|aval\p{L}*|refrend\p{L}*|endos\p{L}*|aprobación)/u,
      gap: 80,
    },
    {
      kind: 'no-endorsement',
      relation: /\bno (?:necesariamente )?(?:refleja|reflejan|representa|representan|expresa|expresan)\b/u,
      object: /\b(?:opini(?:ón|ones)|posici(?:ón|ones)|postura|puntos? de vista|línea editorial|criterio)\b/u,
      gap: 40,
    },
    {
      kind: 'informational-only',
      relation:
        /\b(?:con )?(?:fines|propósitos?|carácter|objetivos?) (?:meramente |puramente |exclusivamente |únicamente |solo |sólo )?(?:informativ|educativ)\p{L}*/u,
    },
    { kind: 'informational-only', relation: /\ba título (?:meramente |puramente |exclusivamente )?informativo\b/u },
    {
      kind: 'author-views-only',
      relation: /\b(?:opini(?:ón|ones)|puntos? de vista)\b/u,
      object: /\b(?:del autor|de la autora|de los autores|de sus autores|de su autor|del columnista)\b/u,
      gap: 60,
    },
    {
      kind: 'author-views-only',
      relation: /\b(?:refleja|reflejan|representa|representan|expresa|expresan|son|es)\b/u,
      object:
        /(?:opini(?:ón|ones)|puntos? de vista|(?:el )?juicio)(?: personal(?:es)?)? (?:del|de la|de los|de su|de sus) (?:autor|autora|autores|columnista)\b/u,
      gap: 20,
    },
    {
      kind: 'author-views-only',
      relation: /\bresponsabilidad (?:exclusiva )?de (?:su |sus |l[oa]s? )?(?:autor|autora|autores)\b/u,
    },
    {
      kind: 'not-advice',
      relation: /\b(?:no|ni|sin)\b/u,
      object:
        /\b(?:asesoramiento|consejos?|recomendaci(?:ón|ones)|asesoría|orientación)(?: \p{L}+){0,2}? (?:financier|de inversión|legal|jurídic|fiscal|profesional)\p{L}*/u,
      gap: 80,
    },
    { kind: 'sponsored', relation: /\b(?:contenido|artículo|publicación|nota|texto) (?:patrocinad|pagad)[oa]\b/u },
    { kind: 'sponsored', relation: /\b(?:publirreportaje|publicidad pagada)\b/u },
    { kind: 'sponsored', relation: /\b(?:es|fue|puede ser) patrocinad[oa]\b/u },
  ],
  host: [
    /\b(?:respald\p{L}*|aval\p{L}*|endos\p{L}*)\b[^.!?]{0,60}?\b(?:por|de)\s(?:parte de\s)?(@)/u,
    /\b(?:opini(?:ón|ones)|posici(?:ón|ones)|postura|línea editorial) de\s(@)/u,
    /(?:^|[.!?;:] |\b(?:y|pero) )(@) no (?:garantiza|respalda|avala|se (?:hace )?responsabiliza)\b/u,
  ],
};
