import type { DisclaimerKind } from '../../shared/types';
import { compile, compileCaseInsensitive, WordPattern } from './text';

/**
 * Disclaimer vocabulary per language, organised by concept rather than by any one site's sentence.
 * A concept pattern alone is weak evidence (an article may say "not financial advice" in a quote);
 * detection needs two concepts, or one with a "Disclaimer:" label, or a `standalone` statement
 * whose subject is the page itself ("this article does not constitute investment advice").
 */
export interface LanguagePatternsSource {
  /** Pattern-set id: a BCP 47 tag, with the script for Chinese. */
  variant: string;
  /** BCP 47 primary subtag reported as the disclaimer's language. */
  lang: string;
  /** Letters of the language's script: texts without any skip the language's patterns. */
  script: RegExp;
  /** A heading word that opens a disclaimer block ("Disclaimer:", "免责声明"). */
  label: RegExp;
  concepts: Partial<Record<DisclaimerKind, RegExp[]>>;
  standalone: Array<[DisclaimerKind, RegExp]>;
  /** Where the text names the host (matched case-insensitively on the original text); `(@)` marks a name run, or the pattern has its own group 1. */
  host: RegExp[];
}

/** Compiled; every pattern but `host` expects lower-cased text. */
export interface LanguagePatterns {
  variant: string;
  lang: string;
  script: RegExp;
  label: RegExp;
  concepts: Array<[DisclaimerKind, WordPattern]>;
  standalone: Array<[DisclaimerKind, WordPattern]>;
  host: RegExp[];
}

/** A run of up to three name-like tokens; trimmed to its capitalised prefix after matching. */
const NAME_GROUP = "([\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]*){0,2})";

/** Host patterns run on the original text: the name's capitals matter. */
function compileHost(pattern: RegExp): RegExp {
  return compileCaseInsensitive(new RegExp(pattern.source.replace('(@)', NAME_GROUP), 'u'));
}

function build(source: LanguagePatternsSource): LanguagePatterns {
  const concepts: Array<[DisclaimerKind, WordPattern]> = [];
  for (const [kind, patterns] of Object.entries(source.concepts) as Array<[DisclaimerKind, RegExp[]]>) {
    for (const pattern of patterns) concepts.push([kind, new WordPattern(pattern)]);
  }
  return {
    variant: source.variant,
    lang: source.lang,
    script: source.script,
    label: compile(source.label),
    concepts,
    standalone: source.standalone.map(([kind, pattern]) => [kind, new WordPattern(pattern)]),
    host: source.host.map(compileHost),
  };
}

const LATIN = /[a-z]/iu;
const CYRILLIC = /[\u0400-\u04ff]/u;
const HAN = /[\u4e00-\u9fff]/u;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const HANGUL = /[\uac00-\ud7af]/u;
const ARABIC = /[\u0600-\u06ff]/u;

const en: LanguagePatternsSource = {
  variant: 'en',
  lang: 'en',
  script: LATIN,
  label: /^\W{0,3}(?:disclaimers?|legal disclaimer|important disclaimer)\b/u,
  concepts: {
    'third-party': [
      /\bthird[- ]part(?:y|ies)['’]?s? (?:content|materials?|information|sources?|authors?|contributors?|writers?|opinions?|views?|articles?|news)\b/u,
      /\b(?:content|materials?|information|articles?|opinions?|views?|posts?)\b(?: \w+){0,4}? (?:from|by|of|provided by|supplied by|submitted by|written by|produced by|sourced from) third[- ]part(?:y|ies)\b/u,
      /\b(?:contributed|provided|supplied|written|submitted|produced|sourced|authored) by (?:a |an )?(?:third[- ]part(?:y|ies)|external (?:authors?|contributors?|sources?))\b/u,
    ],
    'no-endorsement': [
      /\b(?:does|do|did|will) not (?:necessarily )?(?:endorse|approve|vouch for)\b/u,
      /\b(?:does|do) not (?:necessarily )?(?:reflect|represent)\b(?: \S+){0,5}? (?:views?|opinions?|positions?|polic(?:y|ies)|stance)\b/u,
      /\bnot (?:necessarily )?(?:be )?(?:endorsed|approved|verified) by\b/u,
      /\b(?:no|without|nor|not|never)\b[^.!?]{0,60}?\b(?:an |any )?endorsement\b/u,
    ],
    'informational-only': [
      /\bfor (?:general |educational |informational |information )?(?:information(?:al)?|educational|reference)(?: (?:and|or) (?:educational|informational|entertainment|discussion))? purposes?(?: only)?\b/u,
      /\b(?:information|informational|educational) (?:purposes )?only\b/u,
      /\b(?:is|are) (?:provided|intended|offered|presented|published|shared) (?:solely |only |purely )?(?:as|for) (?:general )?(?:information|reference)\b/u,
    ],
    'author-views-only': [
      /\b(?:views?|opinions?|thoughts)\b[^.!?]{0,60}?\b(?:are|is|belong to|remain)\b[^.!?]{0,20}?\b(?:those of the (?:authors?|writers?|contributors?)|the (?:authors?|writers?|contributors?)['’]s?\b|(?:authors?|writers?)['’]s? own)/u,
      /\b(?:represents?|reflects?|expresses) (?:only |solely )?(?:the )?(?:personal )?(?:views?|opinions?) of (?:the |its )?(?:authors?|writers?|contributors?)\b/u,
      /\b(?:authors?|writers?)['’]s? (?:own |personal )?(?:views?|opinions?) only\b/u,
    ],
    'not-advice': [
      /\b(?:not|no|nor|never|nothing)\b[^.!?]{0,70}?\b(?:financial|investment|trading|legal|tax|professional|accounting)(?: (?:or|and|,) (?:\w+))?(?:,? (?:financial|investment|trading|legal|tax|professional|accounting))* (?:advice|recommendations?|guidance|counsel)\b/u,
      /\b(?:not|no|nor)\b[^.!?]{0,30}?\b(?:recommendation|solicitation|offer|inducement)s? to (?:buy|sell|invest|trade|hold)\b/u,
    ],
    sponsored: [
      /\b(?:sponsored|paid|promotional|partner) (?:content|post|article|story|press release)\b/u,
      /\b(?:advertorial|paid press release)\b/u,
      /\bmay (?:be|contain) (?:sponsored|paid|promotional)\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:this|the|our|such) (?:article|content|post|page|information|material|report|site|website|analysis)s?\b[^.!?]{0,60}?\b(?:is not|isn't|are not|does not constitute|do not constitute|does not contain|do not contain|should not be (?:considered|construed|taken|regarded|relied upon)(?: as)?|is not intended (?:as|to be))\b[^.!?]{0,40}?\b(?:financial|investment|trading|legal|tax|professional) (?:advice|recommendations?)\b/u,
    ],
    [
      'not-advice',
      /\bnothing (?:in|on|within) (?:this|our) (?:article|page|site|website|post|content|newsletter)\b[^.!?]{0,40}?\b(?:constitutes|is|should be (?:considered|construed|taken)(?: as)?)\b[^.!?]{0,30}?\b(?:advice|recommendations?)\b/u,
    ],
    [
      'sponsored',
      /\b(?:this|the following) (?:article|content|post|story) (?:is|was) (?:sponsored|paid for|a paid (?:post|article|press release)|an advertorial)\b/u,
    ],
  ],
  host: [
    /\b(?:endorsed|approved|verified|endorsement) (?:of |by )(@)/u,
    /\b(?:views?|opinions?|positions?|stance) of (@)/u,
    /^(?:[^.!?]*?[.!?] )?(@) (?:does|do) not (?:necessarily )?(?:endorse|reflect|represent)\b/u,
  ],
};

const pt: LanguagePatternsSource = {
  variant: 'pt',
  lang: 'pt',
  script: LATIN,
  label:
    /^\W{0,3}(?:aviso legal|isenção de responsabilidade|aviso de isenção|exoneração de responsabilidade|declaração de exoneração)\b/u,
  concepts: {
    'third-party': [
      /\b(?:conteúdos?|informaç(?:ão|ões)|materia(?:l|is)|artigos?|opini(?:ão|ões)|textos?|publicaç(?:ão|ões))\b(?: \p{L}+){0,3}? (?:de|por|provenientes? de|fornecid[oa]s? por) terceiros\b/u,
      /\b(?:fornecid|produzid|escrit|elaborad|publicad|redigid|enviad)[oa]s? por terceiros\b/u,
      /\bfontes (?:de terceiros|externas)\b/u,
    ],
    'no-endorsement': [
      /\b(?:não|nem|sem)\b[^.!?]{0,80}?\b(?:endoss\p{L}*|endosso|aprovaç(?:ão|ões)|chancela)/u,
      /\bnão (?:necessariamente )?(?:reflete|refletem|representa|representam|expressa|expressam|traduz|traduzem)\b(?: \p{L}+){0,4}? (?:opini(?:ão|ões)|posiç(?:ão|ões)|pontos? de vista|vis(?:ão|ões)|posicionamento)\b/u,
    ],
    'informational-only': [
      /\b(?:para|com|a) (?:fins|propósitos?|finalidades?|objetivos?) (?:meramente |puramente |exclusivamente |unicamente |apenas )?(?:informativ|educativ|educacion|informacion)\p{L}*/u,
      /\b(?:de )?caráter (?:meramente |puramente |exclusivamente )?(?:informativo|educativo)\b/u,
      /\b(?:é|são) (?:apenas|meramente|somente|unicamente) (?:informativ|educativ)\p{L}*/u,
    ],
    'author-views-only': [
      /\b(?:reflete|refletem|representa|representam|expressa|expressam|são|é)\b[^.!?]{0,30}?(?:opini(?:ão|ões)|vis(?:ão|ões)|pontos? de vista)(?: pessoa(?:l|is))? d[oa]s? (?:próprios? )?(?:autor|autora|autores|autoras|colunista|colunistas)\b/u,
      /\bresponsabilidade (?:exclusiva |integral |inteira )?d[oa]s? (?:seus? |suas? )?(?:autor|autora|autores|autoras|colunistas?)\b/u,
    ],
    'not-advice': [
      /\b(?:não|nem|sem)\b[^.!?]{0,80}?\b(?:aconselhamento|conselho|consultoria|recomendaç(?:ão|ões)|orientaç(?:ão|ões)|assessoria)s?(?: \p{L}+){0,2}? (?:financeir|de investimento|jurídic|profissional|fiscal|legal|tributári|de compra|de venda)\p{L}*/u,
    ],
    sponsored: [
      /\b(?:conteúdo|artigo|publicação|post|matéria|texto) (?:patrocinad|pag)[oa]\b/u,
      /\b(?:publieditorial|publipost|informe publicitário)\b/u,
      /\b(?:é|foi|pode ser) patrocinad[oa]\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:este|esta|o presente|a presente|nosso|nossa)s? (?:artigo|conteúdo|texto|material|página|publicação|informação|análise|site)s?\b[^.!?]{0,60}?\bnão (?:constitui|constituem|é|são|representa|representam|deve(?:m)? ser (?:considerad|entendid|interpretad|tomad)[oa]s?(?: como)?)\b[^.!?]{0,40}?\b(?:aconselhamento|recomendação|consultoria|conselho|orientação)\b/u,
    ],
    [
      'sponsored',
      /\b(?:este|esta) (?:artigo|conteúdo|publicação|post|matéria|texto) (?:é|foi) (?:patrocinad|pag)[oa]\b/u,
    ],
  ],
  host: [
    /\bendoss\p{L}*\b[^.!?]{0,60}?\b(?:pel[ao]|por|d[ao])\s(@)/u,
    /\b(?:opini(?:ão|ões)|posiç(?:ão|ões)|pontos? de vista|posicionamento) d[aoe]\s(@)/u,
  ],
};

const es: LanguagePatternsSource = {
  variant: 'es',
  lang: 'es',
  script: LATIN,
  label: /^\W{0,3}(?:aviso legal|descargo de responsabilidad|exención de responsabilidad|cláusula de exención)\b/u,
  concepts: {
    'third-party': [
      /\b(?:contenidos?|informaci(?:ón|ones)|materiales?|artículos?|opiniones?|textos?|publicaciones?)\b(?: \p{L}+){0,3}? (?:de|por|procedentes? de|proporcionad[oa]s? por) terceros\b/u,
      /\b(?:proporcionad|suministrad|escrit|elaborad|publicad|facilitad|redactad)[oa]s? por terceros\b/u,
      /\bfuentes (?:de terceros|externas)\b/u,
    ],
    'no-endorsement': [
      /\b(?:no|ni|sin)\b[^.!?]{0,80}?\b(?:respald\p{L}*|aval\p{L}*|refrend\p{L}*|endos\p{L}*|aprobación)/u,
      /\bno (?:necesariamente )?(?:refleja|reflejan|representa|representan|expresa|expresan)\b(?: \p{L}+){0,4}? (?:opini(?:ón|ones)|posici(?:ón|ones)|postura|puntos? de vista)\b/u,
    ],
    'informational-only': [
      /\b(?:con )?(?:fines|propósitos?|carácter|objetivos?) (?:meramente |puramente |exclusivamente |únicamente |solo |sólo )?(?:informativ|educativ)\p{L}*/u,
      /\ba título (?:meramente |puramente |exclusivamente )?informativo\b/u,
    ],
    'author-views-only': [
      /\b(?:opini(?:ón|ones)|puntos? de vista)\b[^.!?]{0,60}?\b(?:son|es|pertenecen)\b[^.!?]{0,30}?\b(?:del autor|de la autora|de los autores|de sus autores|de su autor|del columnista)\b/u,
      /\b(?:refleja|reflejan|representa|representan|expresa|expresan)\b[^.!?]{0,20}?(?:opini(?:ón|ones)|puntos? de vista)(?: personal(?:es)?)? (?:del|de la|de los|de su|de sus) (?:autor|autora|autores|columnista)\b/u,
      /\bresponsabilidad (?:exclusiva )?de (?:su |sus |l[oa]s? )?(?:autor|autora|autores)\b/u,
    ],
    'not-advice': [
      /\b(?:no|ni|sin)\b[^.!?]{0,80}?\b(?:asesoramiento|consejos?|recomendaci(?:ón|ones)|asesoría|orientación)(?: \p{L}+){0,2}? (?:financier|de inversión|legal|jurídic|fiscal|profesional)\p{L}*/u,
    ],
    sponsored: [
      /\b(?:contenido|artículo|publicación|nota|texto) (?:patrocinad|pagad)[oa]\b/u,
      /\b(?:publirreportaje|publicidad pagada)\b/u,
      /\b(?:es|fue|puede ser) patrocinad[oa]\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:este|esta|el presente|la presente|nuestro|nuestra)s? (?:artículo|contenido|texto|material|página|publicación|información|análisis|sitio)s?\b[^.!?]{0,60}?\bno (?:constituye|constituyen|es|son|representa|debe(?:n)? (?:considerarse|interpretarse|entenderse|tomarse)(?: como)?)\b[^.!?]{0,40}?\b(?:asesoramiento|recomendación|consejo|asesoría)\b/u,
    ],
    ['sponsored', /\b(?:este|esta) (?:artículo|contenido|publicación|nota) (?:es|fue) (?:patrocinad|pagad)[oa]\b/u],
  ],
  host: [
    /\b(?:respald\p{L}*|aval\p{L}*|endos\p{L}*)\b[^.!?]{0,60}?\b(?:por|de)\s(?:parte de\s)?(@)/u,
    /\b(?:opini(?:ón|ones)|posici(?:ón|ones)|postura) de\s(@)/u,
  ],
};

const fr: LanguagePatternsSource = {
  variant: 'fr',
  lang: 'fr',
  script: LATIN,
  label:
    /^\W{0,3}(?:avertissement|clause de non-responsabilité|avis de non-responsabilité|décharge de responsabilité)\b/u,
  concepts: {
    'third-party': [
      /\b(?:contenus?|informations?|documents?|articles?|opinions?|publications?|textes?)\b(?: \p{L}+){0,3}? (?:de|par|provenant de|fournie?s? par|issue?s? de|rédigée?s? par) (?:des |sources )?(?:tiers|tierces? parties?|parties tierces|sources tierces)\b/u,
      /\b(?:fourni|rédigé|produit|publié|transmis)e?s? par (?:des )?tiers\b/u,
    ],
    'no-endorsement': [
      /\b(?:pas|aucune?|ni|nullement|sans)\b[^.!?]{0,60}?\b(?:approbation|aval|caution|endossement|approuv\p{L}*|cautionn\p{L}*|endoss\p{L}*)/u,
      /\bne (?:reflète|reflètent|représente|représentent|engage|engagent) pas (?:nécessairement )?\b[^.!?]{0,40}?\b(?:opinions?|avis|positions?|points? de vue|responsabilité)\b/u,
    ],
    'informational-only': [
      /\b(?:à|a) (?:des )?fins? (?:purement |uniquement |exclusivement |strictement )?(?:d'information|informatives?|éducatives?|pédagogiques?)\b/u,
      /\b(?:à|a) titre (?:purement |uniquement |exclusivement |strictement )?(?:informatif|indicatif|d'information)\b/u,
    ],
    'author-views-only': [
      /\b(?:opinions?|avis|points? de vue|propos)\b[^.!?]{0,60}?\b(?:sont ceux|sont celles|est celle|est celui|n'engagent que|reflètent|relèvent)\b[^.!?]{0,40}?\b(?:(?:de )?l'auteure?|(?:des|leurs|de leurs) auteure?s|(?:de )?(?:leur|son) auteure?)\b/u,
      /\bn'engage(?:nt)? que (?:leurs?|son|ses|l'|les) ?(?:auteure?s?|autrices?|signataires?)\b/u,
      /\b(?:sous la )?(?:seule )?responsabilité de (?:son|leur|l') ?(?:auteure?|autrice)s?\b/u,
    ],
    'not-advice': [
      /\b(?:pas|ni|aucune?|nullement|sans)\b[^.!?]{0,80}?\b(?:conseils?|recommandations?|consultation) (?:\p{L}+ ){0,2}?(?:financi|en investissement|d'investissement|juridique|fiscal|professionnel|en placement)\p{L}*/u,
    ],
    sponsored: [
      /\b(?:contenu|article|publication) (?:sponsorisé|parrainé|payé|commandité|rémunéré|promotionnel)e?\b/u,
      /\bpubli-?(?:reportage|rédactionnel)\b/u,
      /\b(?:est|a été|peut être) sponsorisée?\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:cet|cette|ce|le présent|la présente|notre)s? (?:article|contenu|page|publication|texte|information|analyse|site)s?\b[^.!?]{0,60}?\bne (?:constitue|constituent|représente|représentent|saurait (?:être considérée?|constituer)|doit pas être (?:considérée?|interprétée?)(?: comme)?)\b[^.!?]{0,40}?\b(?:conseils?|recommandations?)\b/u,
    ],
    [
      'sponsored',
      /\b(?:cet|cette|ce) (?:article|contenu|publication) (?:est|a été) (?:sponsorisé|parrainé|payé|rémunéré)e?\b/u,
    ],
  ],
  host: [
    /\b(?:approbation|aval|caution|endossement|approuv\p{L}*|cautionn\p{L}*)\b[^.!?]{0,40}?\b(?:par|de|d')\s?(@)/u,
    /\b(?:opinions?|positions?|points? de vue) de\s(@)/u,
  ],
};

const zhHans: LanguagePatternsSource = {
  variant: 'zh-Hans',
  lang: 'zh',
  script: HAN,
  label: /^\W{0,3}(?:免责声明|免责条款|风险提示|特别声明|声明)/u,
  concepts: {
    'third-party': [
      /第三方(?:的)?(?:内容|信息|资讯|来源|观点|作者|撰稿|投稿|提供|发布|平台)/u,
      /(?:内容|信息|资讯|文章|观点)(?:可能)?(?:来自|来源于|源自|由)第三方/u,
      /(?:转载|转自|摘自|来源于)(?:网络|其他媒体|第三方)/u,
    ],
    'no-endorsement': [
      /不(?:代表|反映|构成)[^。！？]{0,20}?(?:立场|观点|意见|看法|认可|背书|赞同|推荐)/u,
      /(?:不|并不|未|亦不|也不|无意)(?:对|为)?(?:其|该|此|任何)?(?:内容|观点|文章|信息)?(?:作出|做出)?(?:认可|赞同|背书|担保)/u,
      /与本(?:站|平台|网|网站)(?:立场)?无关/u,
    ],
    'informational-only': [
      /仅(?:供|作|用于|为)(?:读者)?(?:参考|学习|交流|信息|资讯|教育|分享)/u,
      /(?:以|作为)?(?:信息|资讯)(?:分享|参考)之?(?:用|目的)/u,
    ],
    'author-views-only': [
      /(?:仅|只|均)?代表(?:作者|笔者|撰稿人|原作者)(?:个人|本人)?(?:的)?(?:观点|意见|立场|看法)/u,
      /(?:观点|意见|看法)(?:仅|只)?(?:属于|为|归|来自)(?:作者|笔者|撰稿人)(?:个人|本人)?/u,
    ],
    'not-advice': [
      /(?:不|非|并非|并不|亦不|也不)[^。！？]{0,12}?(?:投资|理财|财务|金融|法律|税务|专业|交易)(?:上的)?(?:建议|意见|指导|依据|推荐)/u,
    ],
    sponsored: [
      /(?:赞助|付费|推广|商业合作|广告)(?:内容|文章|稿件|软文|信息)/u,
      /本文(?:为|系|是)(?:赞助|付费|推广|广告|商业)/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /(?:本文|本站|本平台|本内容|本文章|本页面|文章内容|以上内容)[^。！？]{0,30}?(?:不构成|不作为|并非|不是|不应被视为|不应视为|不视为)[^。！？]{0,12}?(?:投资|理财|财务|金融|法律)(?:建议|意见|依据)/u,
    ],
    ['sponsored', /本文(?:为|系|是)(?:赞助|付费|推广|广告|商业合作)(?:内容|文章|稿件)/u],
  ],
  host: [/不(?:代表|反映)\s?(@)\s?(?:的)?(?:立场|观点|意见)/u, /(@)\s?(?:不|并不)(?:认可|赞同|背书)/u],
};

/** Simplified → Traditional for the characters the Chinese patterns use. */
const TRADITIONAL: Record<string, string> = {
  责: '責',
  声: '聲',
  条: '條',
  险: '險',
  别: '別',
  风: '風',
  内: '內',
  来: '來',
  观: '觀',
  点: '點',
  资: '資',
  讯: '訊',
  发: '發',
  转: '轉',
  载: '載',
  网: '網',
  络: '絡',
  体: '體',
  构: '構',
  场: '場',
  见: '見',
  认: '認',
  书: '書',
  赞: '贊',
  荐: '薦',
  并: '並',
  无: '無',
  担: '擔',
  与: '與',
  关: '關',
  仅: '僅',
  为: '為',
  读: '讀',
  参: '參',
  学: '學',
  习: '習',
  笔: '筆',
  个: '個',
  属: '屬',
  归: '歸',
  财: '財',
  务: '務',
  税: '稅',
  专: '專',
  业: '業',
  议: '議',
  导: '導',
  据: '據',
  费: '費',
  广: '廣',
  软: '軟',
  应: '應',
  视: '視',
  页: '頁',
  系: '係',
};

function toTraditional(pattern: RegExp): RegExp {
  let source = '';
  for (const char of pattern.source) source += TRADITIONAL[char] ?? char;
  return new RegExp(source, pattern.flags);
}

/** Traditional Chinese: the Simplified concepts converted, plus Taiwan/Hong Kong wording. */
const zhHant: LanguagePatternsSource = {
  variant: 'zh-Hant',
  lang: 'zh',
  script: HAN,
  label: toTraditional(zhHans.label),
  concepts: Object.fromEntries(
    Object.entries(zhHans.concepts).map(([kind, patterns]) => [kind, patterns.map(toTraditional)]),
  ),
  standalone: [...zhHans.standalone.map(([kind, pattern]): [DisclaimerKind, RegExp] => [kind, toTraditional(pattern)])],
  host: zhHans.host.map(toTraditional),
};
zhHant.concepts['informational-only'] = [
  ...(zhHant.concepts['informational-only'] ?? []),
  /僅供(?:讀者)?(?:參考|參閱)/u,
];
zhHant.concepts['not-advice'] = [
  ...(zhHant.concepts['not-advice'] ?? []),
  /(?:不|非)[^。！？]{0,12}?(?:投資|理財)(?:建議|意見|勸誘|邀約)/u,
];

const ja: LanguagePatternsSource = {
  variant: 'ja',
  lang: 'ja',
  script: JAPANESE,
  label: /^\W{0,3}(?:免責事項|ディスクレーマー|ディスクレイマー)/u,
  concepts: {
    'third-party': [
      /第三者(?:が|の|による|から)?(?:提供|作成|執筆|発信|配信)?(?:する|した|された|している)?(?:コンテンツ|情報|記事|見解|意見)/u,
      /(?:コンテンツ|情報|記事)(?:は|が|には)?(?:第三者|外部の?執筆者|外部寄稿者)(?:によって|により|から|が|の)/u,
    ],
    'no-endorsement': [
      /(?:推奨|支持|承認|是認|推薦|賛同)(?:する|した)?(?:もの)?(?:では|で)(?:ありません|ない|はない|はありません|はなく)/u,
      /(?:見解|立場|意見|考え)を(?:代表|反映)(?:する|した)?(?:もの)?(?:では|で)(?:ありません|ない|はない|はありません|はなく)/u,
    ],
    'informational-only': [
      /(?:情報提供|参考|教育)(?:のみ)?を(?:目的|意図)/u,
      /(?:参考|情報提供)(?:のため|として|目的)(?:のみ|だけ)/u,
      /情報提供のみ/u,
    ],
    'author-views-only': [
      /(?:筆者|著者|執筆者|寄稿者)(?:個人|自身)?の(?:見解|意見|考え|私見)(?:であり|です|に基づ|を反映|によるもの)/u,
      /(?:見解|意見)は(?:筆者|著者|執筆者|寄稿者)(?:個人|自身)?の(?:もの|見解|意見)/u,
    ],
    'not-advice': [
      /(?:投資|金融|財務|法律|税務|専門)[^。]{0,6}?(?:助言|アドバイス|勧誘|推奨)[^。]{0,20}?(?:ではありません|ではない|ではなく|ものではない|しません|ではございません)/u,
    ],
    sponsored: [
      /(?:スポンサー|広告|PR|タイアップ|提供)(?:記事|コンテンツ)/u,
      /(?:本記事|この記事)は(?:広告|PR|スポンサー|プロモーション)/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /(?:本記事|この記事|本ページ|本サイト|当サイト|本コンテンツ|本稿)[^。]{0,40}?(?:投資|金融|財務)[^。]{0,6}?(?:助言|アドバイス|勧誘|推奨)[^。]{0,20}?(?:ではありません|ではない|ではなく|ものではない)/u,
    ],
    ['sponsored', /(?:本記事|この記事)は(?:広告|PR|スポンサー|プロモーション)(?:記事|です|を含み)/u],
  ],
  host: [/(@)\s?(?:の)?(?:見解|立場|意見)を(?:代表|反映)/u, /(@)\s?(?:が|は)(?:推奨|支持|承認)/u],
};

const vi: LanguagePatternsSource = {
  variant: 'vi',
  lang: 'vi',
  script: LATIN,
  label: /^\W{0,3}(?:tuyên bố (?:miễn trừ|từ chối) trách nhiệm|miễn trừ trách nhiệm|khuyến cáo|lưu ý pháp lý)\b/u,
  concepts: {
    'third-party': [
      /\b(?:nội dung|thông tin|bài viết|quan điểm|tài liệu)\b(?: (?!với\b)\p{L}+){0,4}? (?:của|từ|do) (?:các )?bên thứ ba\b/u,
      /\bbên thứ ba (?:cung cấp|viết|đăng tải|biên soạn)\b/u,
    ],
    'no-endorsement': [
      /\bkhông (?:nhất thiết )?(?:phản ánh|đại diện cho|thể hiện)\b(?: \p{L}+){0,4}? (?:quan điểm|lập trường|ý kiến)\b/u,
      /\b(?:không|chứ không)\b[^.!?]{0,60}?\b(?:sự )?(?:tán thành|chứng thực|bảo chứng|xác nhận quan điểm|ủng hộ quan điểm)\b/u,
    ],
    'informational-only': [
      /\bmục đích (?:cung cấp )?(?:thông tin|tham khảo|giáo dục)\b/u,
      /\bchỉ mang tính (?:chất )?(?:tham khảo|thông tin)\b/u,
      /\bchỉ (?:để|dùng để) tham khảo\b/u,
    ],
    'author-views-only': [/\b(?:quan điểm|ý kiến)(?: riêng| cá nhân)? của (?:tác giả|người viết)\b/u],
    'not-advice': [
      /\b(?:không|chứ không|cũng không)\b[^.!?]{0,60}?\b(?:lời khuyên|tư vấn|khuyến nghị)(?: \p{L}+){0,2}? (?:tài chính|đầu tư|pháp lý|pháp luật|thuế|chuyên môn)\b/u,
    ],
    sponsored: [/\b(?:nội dung|bài viết|bài) (?:được )?tài trợ\b/u, /\bbài (?:viết )?quảng cáo\b/u],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:bài viết|nội dung|thông tin|trang) (?:này|trên)\b[^.!?]{0,40}?\bkhông (?:phải là|cấu thành|được coi là|nên được (?:xem|coi) là)\b[^.!?]{0,30}?\b(?:lời khuyên|tư vấn|khuyến nghị)\b/u,
    ],
    ['sponsored', /\b(?:bài viết|nội dung) này (?:là|được) (?:nội dung )?tài trợ\b/u],
  ],
  host: [/\b(?:quan điểm|lập trường|ý kiến) của (@)/u, /\b(?:tán thành|chứng thực|bảo chứng) (?:của|từ|bởi) (@)/u],
};

const ru: LanguagePatternsSource = {
  variant: 'ru',
  lang: 'ru',
  script: CYRILLIC,
  label: /^\W{0,3}(?:отказ от ответственности|дисклеймер|правовая оговорка)\b/u,
  concepts: {
    'third-party': [
      /\b(?:материал|контент|информаци|содержани|стать|мнени|публикаци)\p{L}*(?: \p{L}+){0,3}? (?:от |из |предоставлен\p{L}* )?(?:третьих|сторонних) (?:лиц|сторон|источник\p{L}*|авторов)\b/u,
      /\b(?:предоставлен|подготовлен|написан|опубликован|получен)\p{L}* (?:третьими|сторонними) (?:лицами|сторонами|авторами)\b/u,
      /\bсторонн\p{L}+ (?:контент\p{L}*|материал\p{L}*|источник\p{L}*|автор\p{L}*)/u,
    ],
    'no-endorsement': [
      /\bне (?:обязательно |всегда |непременно )?(?:отражает|отражают|представляет|представляют|выражает|выражают|совпадает|совпадают|совпадать)\b(?: \p{L}+){0,4}? (?:(?:с )?мнени\p{L}*|позици\p{L}*|точк\p{L}* зрения|взгляд\p{L}*)/u,
      /\bне (?:одобряет|одобряют|ручается|ручаются)\b/u,
      /\bне (?:является|являются|следует (?:рассматривать|считать))\b(?: \p{L}+){0,3}? (?:одобрени|поддержк)\p{L}*/u,
    ],
    'informational-only': [
      /\b(?:в|для) (?:информационных|ознакомительных|образовательных|справочных) целях\b/u,
      /\bносит (?:исключительно |только |лишь |сугубо )?(?:информационный|ознакомительный|справочный) характер\b/u,
    ],
    'author-views-only': [
      /\b(?:мнени\p{L}*|точк\p{L}* зрения|позици\p{L}*|взгляд\p{L}*) (?:\p{L}+ ){0,2}?(?:автора|авторов)\b/u,
      /\b(?:личн\p{L}+|частн\p{L}+) (?:мнени\p{L}*) (?:автора|авторов)\b/u,
    ],
    'not-advice': [
      /\b(?:не|ни)\b(?: \p{L}+){0,6}? (?:инвестиционн\p{L}*|финансов\p{L}*|юридическ\p{L}*|налогов\p{L}*|профессиональн\p{L}*)(?: \p{L}+)? (?:совет\p{L}*|рекомендаци\p{L}*|консультаци\p{L}*)/u,
    ],
    sponsored: [
      /\b(?:спонсорск\p{L}+|рекламн\p{L}+|партнёрск\p{L}+|партнерск\p{L}+|оплаченн\p{L}+) (?:материал\p{L}*|стать\p{L}*|контент\p{L}*|публикаци\p{L}*)/u,
      /\bна правах рекламы\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:данн\p{L}+|эт\p{L}+|настоящ\p{L}+) (?:материал|стать|публикаци|информаци|контент|обзор)\p{L}*(?: \p{L}+){0,6}? не (?:является|являются|следует (?:рассматривать|считать))(?: \p{L}+){0,4}? (?:совет\p{L}*|рекомендаци\p{L}*|консультаци\p{L}*)/u,
    ],
    ['sponsored', /\bна правах рекламы\b/u],
  ],
  host: [/\b(?:мнени\p{L}*|позици\p{L}*|точк\p{L}* зрения) (?:компании |платформы |биржи )?(@)/u],
};

const uk: LanguagePatternsSource = {
  variant: 'uk',
  lang: 'uk',
  script: CYRILLIC,
  label: /^\W{0,3}(?:відмова від відповідальності|застереження|дисклеймер)\b/u,
  concepts: {
    'third-party': [
      /\b(?:матеріал|контент|інформаці|вміст|стат|думк|публікаці)\p{L}*(?: \p{L}+){0,3}? (?:від |з |наданий |надана |надані )?(?:третіх|сторонніх) (?:осіб|сторін|джерел|авторів)\b/u,
      /\b(?:надан|підготовлен|написан|опублікован|отриман)\p{L}* (?:третіми|сторонніми) (?:особами|сторонами|авторами)\b/u,
      /\bсторонн\p{L}+ (?:контент\p{L}*|матеріал\p{L}*|джерел\p{L}*|автор\p{L}*)/u,
    ],
    'no-endorsement': [
      /\bне (?:обов'язково |завжди |неодмінно )?(?:відображає|відображають|відбиває|відбивають|представляє|представляють|виражає|виражають|збігається|збігаються|збігатися)\b(?: \p{L}+){0,4}? (?:(?:з )?думк\p{L}*|позиці\p{L}*|точк\p{L}* зору|погляд\p{L}*)/u,
      /\bне (?:схвалює|схвалюють)\b/u,
      /\bне (?:є|слід вважати)\b(?: \p{L}+){0,3}? схвален\p{L}*/u,
    ],
    'informational-only': [
      /\b(?:в|у|для) (?:інформаційних|ознайомчих|освітніх|довідкових) цілях\b/u,
      /\bмає (?:виключно |лише |тільки |суто )?(?:інформаційний|ознайомчий|довідковий) характер\b/u,
    ],
    'author-views-only': [
      /\b(?:думк\p{L}*|точк\p{L}* зору|позиці\p{L}*|погляд\p{L}*) (?:\p{L}+ ){0,2}?(?:автора|авторів)\b/u,
    ],
    'not-advice': [
      /\b(?:не|ні)\b(?: \p{L}+){0,6}? (?:інвестиційн\p{L}*|фінансов\p{L}*|юридичн\p{L}*|податков\p{L}*|професійн\p{L}*)(?: \p{L}+)? (?:порад\p{L}*|рекомендаці\p{L}*|консультаці\p{L}*)/u,
    ],
    sponsored: [
      /\b(?:спонсорськ\p{L}+|рекламн\p{L}+|партнерськ\p{L}+|оплачен\p{L}+) (?:матеріал\p{L}*|стат\p{L}*|контент\p{L}*|публікаці\p{L}*)/u,
      /\bна правах реклами\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:ця|цей|даний|дана|цього|ці) (?:матеріал|стат|публікаці|інформаці|контент|огляд)\p{L}*(?: \p{L}+){0,6}? не (?:є|слід вважати)(?: \p{L}+){0,4}? (?:порад\p{L}*|рекомендаці\p{L}*|консультаці\p{L}*)/u,
    ],
    ['sponsored', /\bна правах реклами\b/u],
  ],
  host: [/\b(?:думк\p{L}*|позиці\p{L}*|точк\p{L}* зору) (?:компанії |платформи |біржі )?(@)/u],
};

const id: LanguagePatternsSource = {
  variant: 'id',
  lang: 'id',
  script: LATIN,
  label: /^\W{0,3}(?:penafian|sanggahan|disclaimer)\b/u,
  concepts: {
    'third-party': [
      /\b(?:konten|informasi|materi|artikel|pendapat|opini|tulisan)\b(?: (?!kepada\b|dengan\b|ke\b)\p{L}+){0,3}? (?:(?:dari|oleh|milik) )?pihak ketiga\b/u,
      /\b(?:disediakan|ditulis|dibuat|diterbitkan|disumbangkan) oleh pihak ketiga\b/u,
    ],
    'no-endorsement': [
      /\btidak (?:selalu |serta-merta |necessarily )?(?:mencerminkan|mewakili)\b(?: \p{L}+){0,4}? (?:pandangan|pendapat|posisi|sikap)\b/u,
      /\b(?:tidak|bukan|bukanlah)\b(?: \p{L}+){0,4}? (?:merupakan )?(?:dukungan|pengesahan|endorsement)\b/u,
      /\btidak (?:mendukung|menyetujui|mengesahkan) (?:pandangan|pendapat|isi)\b/u,
    ],
    'informational-only': [
      /\b(?:untuk|bertujuan) (?:tujuan )?(?:informasi|edukasi|pendidikan|informasional) (?:saja|semata)\b/u,
      /\buntuk tujuan (?:informasi|edukasi|pendidikan|informasional)\b/u,
      /\bhanya (?:untuk|sebagai|bersifat) (?:tujuan )?(?:informasi|referensi|edukasi|informatif)\b/u,
      /\bbersifat informatif\b/u,
    ],
    'author-views-only': [
      /\b(?:pandangan|pendapat|opini)(?: (?:pribadi|yang|dalam|artikel|ini|diungkapkan|disampaikan|tersebut)){0,4} (?:adalah )?(?:sepenuhnya )?(?:milik |dari |merupakan )?(?:pribadi )?(?:penulis|pengarang)\b/u,
      /\b(?:sepenuhnya )?tanggung jawab (?:pribadi )?(?:penulis|pengarang)\b/u,
    ],
    'not-advice': [
      /\b(?:tidak|bukan|bukanlah)\b(?: \p{L}+){0,6}? (?:nasihat|nasehat|saran|rekomendasi|anjuran)(?: \p{L}+)? (?:keuangan|investasi|hukum|pajak|profesional)\b/u,
    ],
    sponsored: [
      /\b(?:konten|artikel|tulisan) (?:bersponsor|berbayar|sponsor|promosi)\b/u,
      /\b(?:advertorial|disponsori oleh)\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:artikel|konten|informasi|halaman|tulisan) ini\b(?: \p{L}+){0,6}? (?:bukan|tidak merupakan|bukanlah|tidak dimaksudkan sebagai)\b(?: \p{L}+){0,3}? (?:nasihat|nasehat|saran|rekomendasi|ajakan)\b/u,
    ],
    [
      'sponsored',
      /\b(?:artikel|konten|tulisan) ini (?:adalah |merupakan )?(?:konten )?(?:bersponsor|berbayar|advertorial)\b/u,
    ],
  ],
  host: [/\b(?:pandangan|pendapat|posisi|sikap) (?:dari )?(@)/u, /\b(?:dukungan|pengesahan) (?:dari|oleh) (@)/u],
};

const ar: LanguagePatternsSource = {
  variant: 'ar',
  lang: 'ar',
  script: ARABIC,
  label: /^\W{0,3}(?:إخلاء (?:ال)?مسؤولي[ةه]|تنويه|إشعار قانوني)/u,
  concepts: {
    'third-party': [
      /(?:محتوى|معلومات|مواد|آراء|مقال)\S*(?:\s(?!مع\s)\S+){0,3}?\s(?:من\s|ل)?(?:أطراف|جهات|طرف|الأطراف|الجهات)\s(?:ثالث[ةه]?|خارجي[ةه]|الثالث[ةه]?|الخارجي[ةه])/u,
      /(?:مقدم[ةه]?|مكتوب[ةه]?|منشور[ةه]?|صادر[ةه]?)\s(?:من|عن)\s(?:قبل\s)?(?:أطراف|جهات|طرف)\s(?:ثالث[ةه]?|خارجي[ةه])/u,
    ],
    'no-endorsement': [
      /(?:لا|ليس|ليست)\s(?:\S+\s){0,2}?(?:تعكس|يعكس|تمثل|يمثل|تعبر|يعبر)(?:\s\S+){0,3}?\s\S*(?:رأي|آراء|وجه[ةه] نظر|موقف)/u,
      /(?:لا|ليس|ليست|دون|ولا)(?:\s\S+){0,3}?\s(?:تأييد|مصادق[ةه]|تأييدا|تأييدًا)/u,
      /لا\s(?:تؤيد|يؤيد|نؤيد|تصادق|يصادق|تتبنى|يتبنى)/u,
    ],
    'informational-only': [
      /(?:لأغراض|لغرض|بغرض|لأهداف|بهدف)\s(?:إعلامي[ةه]?|تعليمي[ةه]?|معلوماتي[ةه]?|توعوي[ةه]?|المعلومات|الإعلام|التثقيف)/u,
      /(?:للعلم|للاطلاع|للمعلومات|للإعلام)\sفقط/u,
    ],
    'author-views-only': [
      /(?:رأي|آراء|وجه[ةه] نظر|وجهات نظر)\s(?:\S+\s)?(?:الكاتب|المؤلف|كاتبها|كاتبه|مؤلفها|مؤلفه|الكتاب)/u,
      /(?:تخص|خاص[ةه]\sب|تعود\sإلى|تعبر\sعن)\s?(?:الكاتب|المؤلف|كاتبها|كاتبه)/u,
    ],
    'not-advice': [
      /(?:لا|ليس|ليست|ولا)(?:\s\S+){0,6}?\s(?:نصيح[ةه]|نصائح|مشور[ةه]|استشار[ةه]|توصي[ةه])\S*\s(?:مالي[ةه]?|استثماري[ةه]?|قانوني[ةه]?|ضريبي[ةه]?|مهني[ةه]?)/u,
    ],
    sponsored: [/(?:محتوى|مقال|مادة)\S*\s(?:مدفوع|ممول|برعاي[ةه]|إعلاني)/u],
  },
  standalone: [
    [
      'not-advice',
      /(?:هذا|هذه)\s(?:المقال[ةه]?|المحتوى|المعلومات|الصفح[ةه])(?:\s\S+){0,5}?\s(?:لا\s(?:تشكل|يشكل|تعد|يعد|تعتبر|يعتبر|تمثل|يمثل)|ليس|ليست)(?:\s\S+){0,3}?\s(?:نصيح[ةه]|مشور[ةه]|استشار[ةه]|توصي[ةه])/u,
    ],
    ['sponsored', /(?:هذا|هذه)\s(?:المقال[ةه]?|المحتوى)\s(?:\S+\s)?(?:مدفوع|ممول|برعاي[ةه])/u],
  ],
  host: [
    /(?:تأييد|مصادق[ةه]|تأييدا|تأييدًا)\s(?:من\s)?(?:قبل\s)?(@)/u,
    /(?:رأي|موقف|وجه[ةه] نظر)\s(?:منص[ةه]\s|شرك[ةه]\s)?(@)/u,
  ],
};

const ko: LanguagePatternsSource = {
  variant: 'ko',
  lang: 'ko',
  script: HANGUL,
  label: /^\W{0,3}(?:면책\s?조항|면책\s?고지|법적\s?고지|디스클레이머)/u,
  concepts: {
    'third-party': [
      /제3자(?:가|의|로부터|에 의해|에게서)?\s?(?:제공|작성|게시)?(?:된|한|하는)?\s?(?:콘텐츠|정보|자료|기사|의견|내용)/u,
      /(?:콘텐츠|정보|자료|기사|내용)(?:는|은|가|이)?\s?(?:제3자|외부 필자|외부 기고자)(?:가|에 의해|로부터|의)/u,
    ],
    'no-endorsement': [
      /(?:지지|승인|추천|보증|지지하거나\s?보증|보증하거나\s?지지)(?:하지|하는 것이|하는 것은)\s?(?:않|아닙|아니)/u,
      /(?:입장|견해|의견)(?:을|과|와)?\s?(?:대변|반영|대표)(?:하지|하는 것이|하는 것은)\s?(?:않|아닙|아니)/u,
      /(?:입장|견해)과\s?(?:다를|무관할)\s?수\s?있/u,
    ],
    'informational-only': [/(?:정보\s?제공|참고|교육)(?:용|의?\s?목적|만을\s?목적)/u, /참고용(?:으로만)?/u],
    'author-views-only': [/(?:필자|저자|작성자|기고자|글쓴이)(?:의|\s)\s?(?:개인적인?\s?)?(?:의견|견해|생각|입장)/u],
    'not-advice': [
      /(?:투자|금융|재무|법률|세무|전문)\s?(?:조언|권유|자문|권고|추천)[^.]{0,20}?(?:않|아닙|아니|간주되어서는)/u,
    ],
    sponsored: [
      /(?:스폰서|협찬|후원|유료|광고|제휴)\s?(?:콘텐츠|기사|게시물)/u,
      /(?:본|이)\s?(?:기사|글|콘텐츠)는\s?(?:광고|협찬|후원)/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /(?:본|이)\s?(?:기사|글|콘텐츠|자료|페이지|게시물)[^.]{0,40}?(?:투자|금융|재무|법률)\s?(?:조언|권유|자문|권고|추천)[^.]{0,20}?(?:않|아닙|아니)/u,
    ],
    ['sponsored', /(?:본|이)\s?(?:기사|글|콘텐츠)는\s?(?:광고|협찬|후원)(?:를 받아|을 받아|\s?기사|\s?콘텐츠)/u],
  ],
  host: [/(@)\s?(?:의)?\s?(?:입장|견해|의견)/u],
};

const tr: LanguagePatternsSource = {
  variant: 'tr',
  lang: 'tr',
  script: LATIN,
  label: /^\W{0,3}(?:yasal uyarı|sorumluluk reddi|feragatname)\b/u,
  concepts: {
    'third-party': [
      /\büçüncü (?:taraf|şahıs)\p{L}* (?:tarafından (?:sağlanan|hazırlanan|yazılan|yayımlanan) )?(?:içeri\p{L}*|bilgi\p{L}*|materyal\p{L}*|görüş\p{L}*|yazı\p{L}*|kaynak\p{L}*)/u,
      /\b(?:içerik|bilgi|materyal|görüş|yazı)\p{L}* (?:\p{L}+ ){0,2}?üçüncü (?:taraf|şahıs)\p{L}* (?:tarafından|kaynaklı)\b/u,
    ],
    'no-endorsement': [
      /\b(?:onayladığı|desteklediği|onaylandığı|benimsediği)\b(?: \p{L}+)? anlamına gelmez/u,
      /\b(?:görüş|tutum|pozisyon|fikir)\p{L}* (?:\p{L}+ ){0,2}?(?:yansıtmaz|yansıtmamaktadır|yansıtmayabilir|temsil etmez|temsil etmemektedir)/u,
      /\b(?:onaylamaz|onaylamamaktadır)\b/u,
    ],
    'informational-only': [
      /\bbilgi(?:lendirme)? (?:amaçlı|amacıyla|amacı taşır|amacı taşımaktadır)/u,
      /\b(?:eğitim|bilgilendirme) amaçlı\p{L}*/u,
    ],
    'author-views-only': [
      /\b(?:görüş|fikir|düşünce)\p{L}* (?:\p{L}+ ){0,2}?yazar(?:a|ın|ına|ların|lara)\p{L}* (?:ait|aittir)/u,
      /\byazar(?:ın|ların) (?:kişisel )?(?:görüş|fikir|düşünce)\p{L}*/u,
    ],
    'not-advice': [
      /\b(?:yatırım|finansal|mali|hukuki|vergi|profesyonel) (?:tavsiye|danışmanlık|öneri)\p{L}* (?:\p{L}+ ){0,2}?(?:değildir|değil|taşımaz|kapsamında değildir|olarak (?:değerlendirilmemeli|yorumlanmamalı|kabul edilmemeli)\p{L}*)/u,
    ],
    sponsored: [
      /\b(?:sponsorlu|ücretli|tanıtım) (?:içerik|yazı|makale|haber)\p{L}*/u,
      /\b(?:advertorial|reklam içeriği)\b/u,
    ],
  },
  standalone: [
    [
      'not-advice',
      /\b(?:bu|işbu) (?:makale|içerik|yazı|haber|sayfa|bilgi)\p{L}* (?:\p{L}+ ){0,6}?(?:yatırım|finansal|mali) (?:tavsiye|danışmanlık|öneri)\p{L}* (?:\p{L}+ ){0,2}?(?:değildir|değil|taşımaz)/u,
    ],
    ['sponsored', /\bbu (?:makale|içerik|yazı|haber) (?:sponsorlu|ücretli|reklam)\p{L}*/u],
  ],
  // Turkish puts the name right before "görüşleri" with a suffix: one token, not a run.
  host: [
    /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}.&-]*)(?:'(?:in|ın|un|ün|nin|nın|nun|nün))? (?:görüş|tutum|pozisyon)\p{L}*/u,
  ],
};

export const LANGUAGE_PATTERNS: LanguagePatterns[] = [
  en,
  pt,
  es,
  fr,
  zhHans,
  zhHant,
  ja,
  vi,
  ru,
  uk,
  id,
  ar,
  ko,
  tr,
].map(build);
