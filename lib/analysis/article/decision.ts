/**
 * Whether what Readability isolated is an article a person would read. The burden of proof is on
 * "no article": Readability's result is the article unless the page shows it is one of the kinds
 * that have none, each told by structure or by what the page declares, never by a site's name:
 * near-empty (prose weighed so that a CJK character and a Latin word count comparably; a page
 * declaring itself an article may say less, in a sentence: a paywall's lede), a listing
 * of headlines or story cards (see body-boilerplate.ts), links with little prose, a short text
 * without a sentence (labels, figures), a login wall, an error page (404 / 410 in its title or a
 * heading, named an error there or said of the page), a shop's product page. Replaces
 * isProbablyReaderable, whose 140-character paragraph rule threw away short-paragraph articles and
 * every CJK brief.
 */
import type { TextBlock } from './blocks';
import { sentenceCount, textWeight, visibleLength } from './text-measure';

/** Prose below this weight (Latin words; a CJK character is half) is no article: error pages, stubs. */
export const MIN_ARTICLE_WEIGHT = 40;
/**
 * A page that declares itself an article (og:type, schema.org) and says at least this much, in a
 * sentence, is one: a paywall's teaser, the lede the site shows before its barrier.
 */
const MIN_DECLARED_ARTICLE_WEIGHT = 20;
/** Below this weight an article needs at least MIN_SENTENCES sentences: a short text without one is labels or figures. */
const SHORT_ARTICLE_WEIGHT = 120;
const MIN_SENTENCES = 1;
const MAX_LINK_DENSITY = 0.5;
/** A page with a password field and less prose than this is a login wall. */
const LOGIN_WALL_WEIGHT = 100;

/**
 * Prose that says this much in this many sentences is an article even when the isolated part
 * is mostly links (an old table layout that Readability took whole, menus and all).
 */
const PROSE_BEYOND_LINKS = 150;
const SENTENCES_BEYOND_LINKS = 5;
/** Listing items held more than this share of Readability's text: a home page, a category, search results. */
const MAX_LISTING_SHARE = 0.5;
/** A page that names an error status and says less than this is the error's apology, not a story about it. */
const ERROR_PAGE_WEIGHT = 150;
/**
 * The "not found" and "gone" statuses opening or closing a short label, the way a page names its
 * error in its title or a heading ("404", "Error 404 | Site", "404 Not Found"). Other statuses
 * are figures of headlines too ("S&P 500 falls"), and so is a code inside one ("Route 404 reopens").
 */
const ERROR_STATUS = /^(?:404|410)(?![\p{L}\p{N}]|[.,]\d)|(?<![\p{L}\p{N}.,&])(?:404|410)\p{Pe}?$/u;
const MAX_ERROR_LABEL_WORDS = 5;
/**
 * Words that make a label carrying the status an error's ("Error 404", "404 Not Found", "erreur
 * 404", "404 エラー"), in the panel's languages. A number alone closing a short headline is as
 * often a story's ("Ruta 404", "Artículo 410").
 */
const ERROR_LABEL_WORD =
  /(?<!\p{L})(?:error|erreur|erro|fehler|not found|introuvable|nicht gefunden|no encontrad[ao]|não encontrad[ao]|non trouvée?)(?!\p{L})|错误|錯誤|找不到|未找到|エラー|見つかりません/iu;
/**
 * What an error page says of itself, in its title, a heading or its text: that the page asked for
 * is not there ("We couldn't find that page", "La página que buscas no existe", "お探しのページ").
 * Said of the page, not of a thing in a story, so a story about an error does not say it.
 */
const MISSING_PAGE = new RegExp(
  [
    "(?:could ?not|couldn['’]t|can ?not|can['’]t|unable to) find (?:the|this|that|your) page",
    "page (?:you(?: were|['’]re| are)? |that you )?(?:looking|searching) for|page (?:was )?not found",
    "page (?:does not|doesn['’]t|no longer) exists?",
    'página (?:no (?:encontrada|existe)|que (?:buscas|busca|buscaba|solicitaste))|no (?:hemos podido|pudimos) encontrar',
    'página (?:não (?:encontrada|existe)|que (?:procura|procurava))|não (?:foi possível|conseguimos) encontrar',
    "page (?:introuvable|inexistante|n['’]existe (?:pas|plus)|que vous (?:cherchez|recherchez))|(?:n['’]avons pas pu|impossible de) trouver",
    'seite (?:wurde )?nicht gefunden|seite (?:existiert|gibt es) nicht|(?:angeforderte|gesuchte) seite',
    '(?:页面|頁面|网页|網頁)(?:不存在|未找到|找不到)|找不到(?:该|該|此|您要的)?(?:页面|頁面|网页|網頁)|您(?:访问|訪問|要找)的(?:页面|頁面)',
    'ページ(?:が|は)(?:見つかりません|存在しません)|お探しのページ',
  ].join('|'),
  'iu',
);
/** A page that declares itself a product says less than this about it: a shop's description, not a review. */
const PRODUCT_PAGE_WEIGHT = 200;
const PRODUCT_TYPE = /^(?:Product|ProductGroup|IndividualProduct|ProductModel)$/u;
/** Declared kinds of writing (schema.org and Open Graph) that make a page with a product on it an article. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Review|Report)$/u;
/** A login form stands in the story's place when it shares a container holding at most this many times the kept prose (the form, its labels and pitch beside it). */
const WALL_CONTAINER_FACTOR = 2;

const CELL_TAGS = new Set(['TD', 'TH']);
/**
 * What a word in a table cell without a sentence weighs, against a word of prose: a page that is
 * a large table of figures (a season's statistics, results) says as much as a story, a small
 * table little. A market's price list weighs nothing, however long (see isPriceList).
 */
const FIGURE_CELL_WEIGHT = 0.25;
/** A signed change in percent, the column every price list has ("+1,84%", "-0.71 %"). */
const SIGNED_CHANGE = /^[+\-−–]\s?\d+(?:[.,]\d+)?\s?%$/u;

/**
 * Whether a table lists things to trade: most of its rows link twice to the same place (the
 * item and an action on it, "Trade") or carry a signed change in percent. Tables of results and
 * statistics link a row once, to its player or team, and give their figures unsigned.
 */
function isPriceList(table: Element): boolean {
  const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.querySelector('td'));
  if (rows.length === 0) return false;
  const priced = rows.filter((row) => {
    const targets = Array.from(row.querySelectorAll('a[href]'), (link) => link.getAttribute('href'));
    if (new Set(targets).size < targets.length) return true;
    return Array.from(row.children).some((cell) => SIGNED_CHANGE.test((cell.textContent ?? '').trim()));
  });
  return priced.length >= rows.length / 2;
}

/**
 * Whether a password form stands where the story would be: it shares a small container with the
 * text that was kept (the headline and the pitch of a paywall). A sign-in box in a sidebar or the
 * site's header shares only the page layout with a short story, and does not make it a wall.
 */
function standsAsLoginWall(page: Document, blocks: TextBlock[], weight: number): boolean {
  const field = page.querySelector('input[type="password"]');
  if (!field) return false;
  // A text that cannot be found in the page cannot be shown to stand beside the form.
  const anchor = findInPage(page, blocks);
  if (!anchor) return false;
  let shared: Element | null = anchor;
  while (shared && !shared.contains(field)) shared = shared.parentElement;
  if (!shared) return false;
  return textWeight(shared.textContent ?? '') <= WALL_CONTAINER_FACTOR * Math.max(weight, MIN_ARTICLE_WEIGHT);
}

/**
 * Whether the page says it is an error: its title or a heading of the isolated text is a short
 * label naming the status, and either the label names it an error ("Error 404", "404 Not Found")
 * or the page says it has not found what was asked for (a bare "404" over "We couldn't find that
 * page"). Headlines that mention such a figure say more than a label does, and a short one closing
 * on it ("Ruta 404") says no error. (Headings are read from the blocks: a query over the whole page
 * is slow in DOM emulations.)
 */
function namesAnErrorStatus(page: Document, blocks: TextBlock[]): boolean {
  const labels = [
    ...page.title.split(/\s[|–—-]\s|\s·\s/u),
    ...blocks.filter((block) => /^H[1-3]$/iu.test(block.element.tagName)).map((block) => block.text),
  ].map((label) => label.replace(/\s+/gu, ' ').trim());
  const statusLabels = labels.filter((label) => ERROR_STATUS.test(label) && textWeight(label) <= MAX_ERROR_LABEL_WORDS);
  if (statusLabels.length === 0) return false;
  if (statusLabels.some((label) => ERROR_LABEL_WORD.test(label))) return true;
  return MISSING_PAGE.test(page.title) || blocks.some((block) => MISSING_PAGE.test(block.text.replace(/\s+/gu, ' ')));
}

/**
 * Whether the page declares itself a product (Open Graph `og:type` product, a schema.org Product
 * in JSON-LD) and no kind of article (NewsArticle, BlogPosting, Review, og:type article): a
 * shop's page. A review declares the product it reviews and the review too.
 */
function declaresProduct(types: readonly string[]): boolean {
  return types.some((type) => PRODUCT_TYPE.test(type)) && !declaresArticle(types);
}

/** Whether the page declares itself a kind of article (og:type article, a schema.org Article, BlogPosting, Report…). */
function declaresArticle(types: readonly string[]): boolean {
  return types.some((type) => ARTICLE_TYPE.test(type));
}

/** The kind a schema.org type names, its last path segment ("https://schema.org/NewsArticle" → NewsArticle). */
const typeName = (type: string) => type.replace(/^.*[/:]/u, '');

/**
 * The article kind the page's microdata declares: the `itemtype` of the one element that declares
 * an article kind. Several such elements are a listing's cards, each its own story; and microdata
 * declares no product here, since an article may mark up the products it names.
 */
function microdataArticleType(page: Document): string | null {
  let found: string | null = null;
  for (const item of Array.from(page.querySelectorAll('[itemtype]'))) {
    const kind = (item.getAttribute('itemtype') ?? '')
      .split(/\s+/u)
      .map(typeName)
      .find((type) => ARTICLE_TYPE.test(type));
    if (!kind) continue;
    if (found) return null;
    found = kind;
  }
  return found;
}

/**
 * The kinds the page declares itself: its Open Graph og:type (as Product or Article), its JSON-LD
 * @types and the article kind of its microdata.
 */
function declaredTypes(page: Document): string[] {
  const types: string[] = [];
  const ogType = page.head?.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '';
  if (ogType) types.push(/^product\b/iu.test(ogType) ? 'Product' : /^article\b/iu.test(ogType) ? 'Article' : ogType);
  for (const script of Array.from(page.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    for (const match of (script.textContent ?? '').matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/gu)) {
      types.push(...Array.from(match[1]!.matchAll(/"([^"]*)"/gu), (type) => typeName(type[1]!)));
    }
  }
  // A shop's page marks up its customers' reviews: microdata never makes a declared product an article.
  const microdata = types.some((type) => PRODUCT_TYPE.test(type)) ? null : microdataArticleType(page);
  if (microdata) types.push(microdata);
  return types;
}

/** The innermost element of the page holding the opening of the first kept line of text. */
function findInPage(page: Document, blocks: TextBlock[]): Element | null {
  const first = blocks.find((block) => textWeight(block.text) >= 3);
  if (!first || !page.body) return null;
  const opening = first.text.slice(0, 40);
  let found: Element | null = null;
  for (const el of Array.from(page.body.querySelectorAll('h1, h2, h3, h4, p, li, td, div, span, section, article'))) {
    if ((el.textContent ?? '').replace(/\s+/gu, ' ').includes(opening)) found = el;
  }
  return found;
}

export interface ArticleDecision {
  isArticle: boolean;
  /** The evidence that the page is not an article, for tests and the eval. */
  reason?: 'little-text' | 'few-sentences' | 'links' | 'listing' | 'login-wall' | 'error-page' | 'product';
  /**
   * The article is Readability's isolated text, not the blocks kept after the listings and link
   * lines were taken out: these left too little, and nothing says the page is not an article.
   */
  whole: boolean;
  weight: number;
  sentences: number;
  linkDensity: number;
  listingShare: number;
  cardShare: number;
}

export type ProseMeasures = Pick<ArticleDecision, 'weight' | 'sentences' | 'linkDensity'>;

/** A short text in a sentence on a page that declares itself an article: the lede a paywall leaves. */
function isDeclaredTeaser(
  { weight, sentences, linkDensity }: ProseMeasures,
  declared: () => readonly string[],
): boolean {
  return (
    weight >= MIN_DECLARED_ARTICLE_WEIGHT &&
    sentences >= MIN_SENTENCES &&
    linkDensity <= MAX_LINK_DENSITY &&
    declaresArticle(declared())
  );
}

/** Whether the text says enough, in sentences, outside links, to stand as the article by itself. */
function saysEnough({ weight, sentences, linkDensity }: ProseMeasures): boolean {
  if (weight < MIN_ARTICLE_WEIGHT) return false;
  if (weight < SHORT_ARTICLE_WEIGHT && sentences < MIN_SENTENCES) return false;
  return linkDensity <= MAX_LINK_DENSITY || (weight >= PROSE_BEYOND_LINKS && sentences >= SENTENCES_BEYOND_LINKS);
}

export interface DecisionInputs {
  /** What Readability isolated, interface fragments out, before listings and link lines were dropped. */
  isolated?: TextBlock[];
  /** Share of the isolated text the dropped listing items held. */
  listingShare?: number;
  /** Share of the isolated text held by listing items that are story cards (a headline in a heading). */
  cardShare?: number;
}

/**
 * `blocks` are the blocks left once interface and listings are dropped.
 *
 * Readability's result is the article unless the page shows it is one of the kinds that have
 * none: near-empty (an error message, a stub), a listing of headlines or teasers (home page,
 * search results, a category), links with little prose, a table of figures (no sentences), a
 * login wall, an error page. The kept blocks stand for it when they say enough by themselves;
 * when the drops left too little without such evidence, Readability's isolated text does.
 */
export function decideArticle(blocks: TextBlock[], page: Document, inputs: DecisionInputs = {}): ArticleDecision {
  const { isolated = blocks, listingShare = 0, cardShare = 0 } = inputs;
  const kept = measureProse(blocks);
  const keptStands = saysEnough(kept);
  // The page's declared kinds, read from its scripts at most once whichever checks ask for them.
  let types: readonly string[] | undefined;
  const declared = () => (types ??= declaredTypes(page));
  // The teaser a paywall leaves of a declared article is judged as kept: the lines dropped beside
  // it (an empty widget's heading) are not taken back.
  const whole = !keptStands && !isDeclaredTeaser(kept, declared) && isolated !== blocks;
  const measures = whole ? measureProse(isolated) : kept;
  const { weight, sentences, linkDensity } = measures;
  const shares = { listingShare, cardShare };
  const no = (reason: ArticleDecision['reason']): ArticleDecision => ({
    isArticle: false,
    reason,
    whole,
    ...measures,
    ...shares,
  });
  const listing = listingShare > MAX_LISTING_SHARE;

  if (!keptStands) {
    // Long prose in many sentences, few of it links, is an article even when most of it was
    // dropped as listing items (a list article of linked entries, a topic page of summaries),
    // unless those items are story cards, each a headline of its own: a section page.
    const cards = cardShare > listingShare / 2;
    if (listing && !(whole && !cards && readsAsArticle(measures))) return no('listing');
    if (weight < MIN_ARTICLE_WEIGHT && !isDeclaredTeaser(measures, declared)) return no('little-text');
    if (weight < SHORT_ARTICLE_WEIGHT && sentences < MIN_SENTENCES) return no('few-sentences');
    if (linkDensity > MAX_LINK_DENSITY && !(weight >= PROSE_BEYOND_LINKS && sentences >= SENTENCES_BEYOND_LINKS)) {
      return no('links');
    }
  }
  if (weight < LOGIN_WALL_WEIGHT && standsAsLoginWall(page, whole ? isolated : blocks, weight)) return no('login-wall');
  if (weight < ERROR_PAGE_WEIGHT && namesAnErrorStatus(page, whole ? isolated : blocks)) return no('error-page');
  if (weight < PRODUCT_PAGE_WEIGHT && declaresProduct(declared())) return no('product');
  return { isArticle: true, whole, ...measures, ...shares };
}

/**
 * How far the judged text sits inside the prose thresholds, as the smallest ratio of a measure to
 * its threshold (weight to the near-empty bound, sentences to the short-text minimum, the link
 * bound to the link density): 1 is on the boundary, below 1 is no article by the measures alone.
 * For the margins script (scripts/article-margins.ts); evidence of a page kind is not counted.
 */
export function decisionMargin({ weight, sentences, linkDensity }: ProseMeasures): number {
  const ratios = [weight / MIN_ARTICLE_WEIGHT];
  if (weight < SHORT_ARTICLE_WEIGHT) ratios.push(sentences / MIN_SENTENCES);
  if (linkDensity > 0 && !(weight >= PROSE_BEYOND_LINKS && sentences >= SENTENCES_BEYOND_LINKS)) {
    ratios.push(MAX_LINK_DENSITY / linkDensity);
  }
  return Math.min(...ratios);
}

/** What an article found only once the page's listings were taken out must say, at least. */
const REREAD_WEIGHT = 120;
const REREAD_SENTENCES = 5;

/** Whether an article says more than a stub or a site's blurb does: several sentences of prose. */
export function saysMuch(decision: ArticleDecision): boolean {
  return decision.isArticle && decision.weight >= REREAD_WEIGHT && decision.sentences >= REREAD_SENTENCES;
}

/**
 * Prose weight and sentences of the blocks (lines led by links and table cells without a
 * sentence left out), and the share of their letters that sits in links.
 */
export function measureProse(blocks: TextBlock[]): ProseMeasures {
  let weight = 0;
  let sentences = 0;
  let letters = 0;
  let linkLetters = 0;
  const priceLists = new Map<Element, boolean>();
  for (const block of blocks) {
    const length = visibleLength(block.text);
    letters += length;
    linkLetters += block.linkLength;
    // Link-led lines are not prose: a link list has neither weight nor sentences. Table cells
    // without a sentence (figures, names) weigh a quarter, a price list's nothing. Old layouts put
    // whole articles in cells, with sentences.
    const blockSentences = sentenceCount(block.text);
    if (block.linkLength > length * 0.5) continue;
    if (CELL_TAGS.has(block.element.tagName.toUpperCase()) && blockSentences === 0) {
      const table = block.element.closest('table');
      let priceList = table ? priceLists.get(table) : false;
      if (table && priceList === undefined) priceLists.set(table, (priceList = isPriceList(table)));
      if (!priceList) weight += textWeight(block.text) * FIGURE_CELL_WEIGHT;
      continue;
    }
    weight += textWeight(block.text);
    sentences += blockSentences;
  }
  return { weight, sentences, linkDensity: letters ? linkLetters / letters : 0 };
}

/** Prose at least this heavy, in this many sentences, with at most this share of links, reads as an article whatever was dropped from it. */
const TRUSTED_WEIGHT = 300;
const TRUSTED_SENTENCES = 15;
const MAX_TRUSTED_LINK_DENSITY = 0.3;

function readsAsArticle({ weight, sentences, linkDensity }: ProseMeasures): boolean {
  return weight >= TRUSTED_WEIGHT && sentences >= TRUSTED_SENTENCES && linkDensity <= MAX_TRUSTED_LINK_DENSITY;
}
