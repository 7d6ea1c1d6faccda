import { compile, compileCaseInsensitive, WordPattern } from '../../shared/text';

/**
 * "First published in …" lines per language. In `firstPublished`, group 1 is where the
 * publisher's name starts (or the whole name, for word orders that put it before the verb).
 * A line counts only when it opens with the statement or talks about the article itself
 * (`selfReference`), so "the study, first published in Nature, …" inside an article does not.
 */
export interface ProvenanceLanguage {
  variant: string;
  firstPublished: WordPattern[];
  selfReference: WordPattern;
}

interface ProvenanceLanguageSource {
  variant: string;
  firstPublished: RegExp[];
  selfReference: RegExp;
}

function build(source: ProvenanceLanguageSource): ProvenanceLanguage {
  return {
    variant: source.variant,
    firstPublished: source.firstPublished.map((pattern) => new WordPattern(pattern, true)),
    selfReference: new WordPattern(source.selfReference),
  };
}

const SOURCES: ProvenanceLanguageSource[] = [
  {
    variant: 'en',
    firstPublished: [
      /\b(?:originally|first|initially) (?:published|appeared|posted|ran|reported) (?:on|in|at|by|with)\s(.+)/u,
      /\b(?:published|appeared|posted|ran) (?:originally|first|initially) (?:on|in|at|by|with)\s(.+)/u,
      /\b(?:republished|reprinted|reproduced|syndicated) (?:with permission )?(?:from|courtesy of)\s(.+)/u,
    ],
    selfReference: /\b(?:this|the) (?:article|story|post|piece|report|column|content|interview|analysis)\b/u,
  },
  {
    variant: 'pt',
    firstPublished: [
      /\bpublicad[oa] (?:originalmente|pela primeira vez|inicialmente|primeiro|primeiramente) (?:na|no|em|pel[ao]|por)\s(.+)/u,
      /\b(?:originalmente|inicialmente|primeiramente) publicad[oa] (?:na|no|em|pel[ao]|por)\s(.+)/u,
      /\b(?:apareceu|saiu) (?:originalmente|primeiro|pela primeira vez|inicialmente) (?:na|no|em)\s(.+)/u,
    ],
    selfReference:
      /\b(?:este|esta|o|a) (?:artigo|texto|matéria|reportagem|notícia|publicação|post|conteúdo|entrevista)\b/u,
  },
  {
    variant: 'es',
    firstPublished: [
      /\b(?:apareció|se publicó|publicad[oa]|fue publicad[oa]) (?:originalmente|por primera vez|inicialmente) (?:en|por)\s(.+)/u,
      /\b(?:originalmente|inicialmente) publicad[oa] (?:en|por)\s(.+)/u,
    ],
    selfReference:
      /\b(?:este|esta|el|la) (?:artículo|texto|nota|reportaje|noticia|publicación|contenido|entrevista)\b/u,
  },
  {
    variant: 'fr',
    firstPublished: [
      /\b(?:publiée?|parue?) (?:initialement|à l'origine|originellement|pour la première fois|d'abord) (?:sur|dans|par|chez)\s(.+)/u,
      /\b(?:initialement|originellement|d'abord) (?:publiée?|parue?) (?:sur|dans|par|chez)\s(.+)/u,
    ],
    selfReference: /\b(?:cet|cette|ce|l') ?(?:article|texte|publication|tribune|contenu|entretien)\b/u,
  },
  {
    variant: 'zh',
    firstPublished: [
      /(?:首[发發](?:于|於|在|自)|原[载載](?:于|於)|原文(?:首[发發])?(?:于|於|来自|來自|出自)|[转轉][载載]自|[转轉]自|^[来來]源[:：])\s?([^，。,;；!！?？（(]{1,40})/u,
    ],
    selfReference: /(?:本文|此文|本篇|原文|文章)/u,
  },
  {
    variant: 'ja',
    firstPublished: [
      /^(?:初出|元記事|転載元|出典)\s?[:：]\s?(.+)/u,
      /(?:この記事|本記事|本稿)は[、,]?\s?(.+?)(?:に|で)(?:最初に|初めて|当初)?(?:掲載|公開|発表|配信)(?:された|されました|したもの)/u,
    ],
    selfReference: /(?:この記事|本記事|本稿)/u,
  },
  {
    variant: 'vi',
    firstPublished: [
      /\b(?:được )?(?:đăng|xuất bản|công bố|đăng tải) (?:lần đầu|đầu tiên|gốc|ban đầu) (?:trên|tại|ở|bởi)\s(.+)/u,
    ],
    selfReference: /\bbài (?:viết|báo)\b/u,
  },
  {
    variant: 'ru',
    firstPublished: [
      /\b(?:впервые|первоначально|изначально) (?:был[аои]? )?(?:опубликован[аоы]?|вышл[аио]|вышел|появил[аио]сь|появился) (?:на сайте |в издании |на портале |на|в|во)\s(.+)/u,
    ],
    selfReference: /\b(?:эта|данная|этот|данный) (?:статья|материал|публикация)\b|^(?:статья|материал)\b/u,
  },
  {
    variant: 'uk',
    firstPublished: [
      /\b(?:вперше|спочатку|первинно) (?:був |була |було )?(?:опублікован[аоі]?|опубліковано|вийшл[аио]|вийшов|з'явил[аио]ся|з'явився) (?:на сайті |у виданні |на порталі |на|в|у)\s(.+)/u,
    ],
    selfReference: /\b(?:ця|цей|дана|даний) (?:стаття|матеріал|публікація)\b|^(?:стаття|матеріал)\b/u,
  },
  {
    variant: 'id',
    firstPublished: [
      /\b(?:pertama kali|awalnya|mulanya|aslinya) (?:diterbitkan|dipublikasikan|terbit|dimuat|tayang) (?:di|oleh|pada)\s(.+)/u,
    ],
    selfReference: /\b(?:artikel|tulisan|berita) ini\b/u,
  },
  {
    variant: 'ar',
    firstPublished: [
      /(?:نشر|نشرت|ظهر|ظهرت)\s(?:هذا المقال\s|هذه المقالة\s)?(?:لأول مرة|أصلا|في الأصل|أولا)\s(?:في|على|عبر|لدى|من قبل)\s(.+)/u,
    ],
    selfReference: /(?:هذا المقال|هذه المقالة|المقال)/u,
  },
  {
    variant: 'ko',
    firstPublished: [
      /(?:이 기사는|이 글은|본 기사는|본 글은)\s?(.+?)(?:에|에서)\s?(?:처음|최초로?|먼저)\s?(?:게재|발행|공개|보도)/u,
      /^(?:원문|출처|원문 출처)\s?[:：]\s?(.+)/u,
    ],
    selfReference: /(?:이 기사|이 글|본 기사|본 글)/u,
  },
  {
    variant: 'tr',
    firstPublished: [
      /\b(?:ilk olarak|ilk kez|orijinal olarak|aslen)\s(.+?)(?:'(?:de|da|te|ta|nde|nda)| sitesinde| tarafından| adresinde) (?:yayınlan|yayımlan)/u,
    ],
    selfReference: /\bbu (?:makale|yazı|haber|içerik)\b/u,
  },
];

export const PROVENANCE_LANGUAGES: ProvenanceLanguage[] = SOURCES.map(build);

/**
 * Every language's "first published" patterns in one, each without its leading word boundary (so
 * it matches wherever one of them could): one pass rules out a line none of them can match.
 */
export const ANY_FIRST_PUBLISHED = compile(
  new RegExp(
    SOURCES.flatMap((source) =>
      source.firstPublished.map((pattern) => `(?:${pattern.source.replace(/^\\b/, '')})`),
    ).join('|'),
    'u',
  ),
);

/**
 * The whole text of a link to the original story: "Ver original", "View original", "查看原文",
 * "Original article". A bare "the original" (Wikipedia's "Archived from the original") is not one.
 */
export const ORIGINAL_LINK_LABEL = compile(
  /^\W*(?:(?:view|see|read|go to|ver|leia|veja|ler|lea|voir|lire|xem|lihat|baca|читать|смотреть|переглянути|читати|عرض|قراءة|اقرأ) (?:the |o |el |l'|la |bài |artikel |статью |статтю |المقال )?(?:original|originale|orijinal|gốc|asli|оригинал|оригінал|الأصلي|الأصل)(?: (?:article|story|post|source|artigo|artículo|noticia|matéria|makale))?|original (?:article|story|post|source)|(?:artigo|artículo|article|texto|notícia|noticia) original|bài (?:viết )?gốc|bản gốc|artikel asli|оригинал статьи|оригінал статті|المقال الأصلي|orijinal (?:makale|haber)|orijinali (?:görüntüle|oku)|查看原文|阅读原文|閱讀原文|查看原文链接|原文链接|原文連結|原文鏈接|元の記事を(?:見る|読む)|元記事を(?:見る|読む)|原文を(?:見る|読む)|원문\s?보기)\W*$/u,
);

/** The words that label a source line, in the languages Marginalia reads (lower case). */
const SOURCE_LABEL =
  '(?:sources?|fonte originale|fonte|fuente|quelle|bron|źródło|nguồn|sumber|источник|джерело|出典|出处|出處|来源|來源|출처)';

/**
 * A labelled source line: "Source: CoinDesk", "Fuente: El Diario", "Fonte: InfoMoney", "Quelle: heise",
 * "出典：CoinPost", "출처: 연합뉴스". The label opens the line or follows a byline's separator or its
 * date ("Por Ana · 12 de noviembre de 2026 · Fuente: El Diario"), so "the data source: …" inside a
 * sentence is not one. Group 1 is where the publisher's name starts.
 */
export const SOURCE_LABEL_LINE = new WordPattern(
  new RegExp(`(?:^|[·|•/—–]\\s?|[\\d年月日号號]\\s)${SOURCE_LABEL}\\s?[:：]\\s?(.+)`, 'u'),
  true,
);

/** A source label followed by its colon, in any case: the quick test before SOURCE_LABEL_LINE. */
export const SOURCE_LABEL_WORD = compileCaseInsensitive(new RegExp(`${SOURCE_LABEL}\\s?[:：]`, 'u'));

/** Words before a source label that make it a picture's or a chart's credit, not the story's. */
export const CREDIT_CONTEXT = compileCaseInsensitive(
  /(?:photo|foto|image|imagem|imagen|bild|chart|gráfico|graphique|grafik|data|dados|datos|données|daten|图片|圖片|图表|數據|数据|写真|画像|사진)/u,
);
