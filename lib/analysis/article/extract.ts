import { Readability } from '@mozilla/readability';
import { detectLanguage, primarySubtag } from '../../shared/language';
import { sanitizeHtml } from '../../shared/sanitize';
import { collapseWhitespace } from '../../shared/text';
import type { ArticleInfo } from '../../shared/types';
import { findArticleHeader, headingTagOf } from './article-header';
import { collectBlocks, type TextBlock } from './blocks';
import { dropBodyBoilerplate, findListingItems } from './body-boilerplate';
import { decideArticle, saysMuch, type ArticleDecision } from './decision';
import { findFactBoxes, restoreFactBoxes, type FactBox } from './fact-boxes';
import { passOverBylinesInProse } from './inline-bylines';
import { splitLineParagraphs } from './line-paragraphs';
import {
  cloneWithoutDeclaredChrome,
  dropHeadingEditLinks,
  findDeclaredChrome,
  isUiFragment,
  listNumbers,
  textWithoutControls,
  type DeclaredChrome,
} from './page-chrome';
import { scoreProse } from './prose-items';
import { recoverSwallowedPage } from './swallowed-title';
import { findElement, isInBlockquote } from './walk';

/** Where a stretch of the article text starts and ends (character offsets). */
export interface TextRange {
  start: number;
  end: number;
}

/** The article and the stretches of its text that the page set as a <blockquote> (a quoted post, statement or tweet). */
export interface ExtractedArticle {
  article: ArticleInfo;
  quoted: TextRange[];
}

export interface ExtractOptions {
  /** Text blocks that are not article even though they sit inside it (disclaimers, "first published by" lines). */
  isBoilerplate?: (text: string) => boolean;
  /**
   * Keep the article's HTML, sanitized with DOMPurify running on this window (a browser's, or
   * jsdom's in Node). Left out, `html` is empty.
   */
  sanitizeWith?: Parameters<typeof sanitizeHtml>[1];
  /** Told each reading's decision (null: Readability found nothing), for the margins script. */
  onDecision?: (reading: ReadingName, decision: ArticleDecision | null) => void;
}

export type ReadingName = 'without-chrome' | 'as-is' | 'without-listings' | 'without-threads';

/** A reading whose isolated text is more than this share a reply thread's posts settled on the thread. */
const MAX_THREAD_SHARE = 0.5;
/** What is found without the threads has at least this many sentences to stand for the page. */
const MIN_STORY_SENTENCES = 3;
/** ...and says this many times what the first reading said outside its thread, at least. */
const STORY_GAIN = 2;

/**
 * Isolate the article of `doc` with Readability, working on a clone (Readability mutates what
 * it reads). Returns null when the page holds no article.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleInfo | null {
  return extractArticleWithQuotes(doc, options)?.article ?? null;
}

/** extractArticle, with the blocks of its text that sat in a <blockquote>: plain text alone cannot tell them. */
export function extractArticleWithQuotes(page: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const doc = recoverSwallowedPage(page) ?? page;
  if (!doc.body) return null;

  // Declared chrome goes first; when that leaves no article (a site that marks its story as a
  // landmark or hides it behind a role), the page is read once more as it is.
  // Any refusal is worth the second reading: with the story's wrapper gone, Readability may have
  // settled on a teaser list that then reads as a listing.
  const copies = new PageCopies(doc);
  const withoutChrome = isolate(copies, doc, 'without-chrome', options);
  const reading = withoutChrome.article ? withoutChrome : isolate(copies, doc, 'as-is', options);
  // Both readings settled on a listing or a block of links: a story may stand beside it (an old
  // page whose sidebar of teasers outweighs a short story). Read once more without the page's
  // listings; what is found then has to say more than a stub or a blurb does.
  let article = reading.article;
  if (!article && [withoutChrome.reason, reading.reason].some((reason) => reason === 'listing' || reason === 'links')) {
    const reread = isolate(copies, doc, 'without-listings', options);
    if (reread.decision && saysMuch(reread.decision)) article = reread.article;
  }
  // Readability settled on a reply thread (comments outweigh a story of short paragraphs or a
  // table layout): read once more without the page's threads. What is found then stands when it
  // is an article in a few sentences that says much more than the text beside the thread did;
  // else the thread was the page's text (a forum, a live blog under its lede).
  if (article && reading.threadShare > MAX_THREAD_SHARE) {
    const reread = isolate(copies, doc, 'without-threads', options);
    if (
      reread.article &&
      reread.decision &&
      reread.decision.sentences >= MIN_STORY_SENTENCES &&
      reread.decision.weight >= STORY_GAIN * reading.storyWeight &&
      reread.threadShare <= MAX_THREAD_SHARE
    ) {
      article = reread.article;
    }
  }
  if (!article) return null;
  const { parsed, content, kept: story, read } = article;
  if (options.sanitizeWith) pruneUnkept(content, new Set(story.map((block) => block.element)));
  const header = doc.body
    ? findArticleHeader(doc.body, story, {
        titles: [parsed.title ?? '', doc.title],
        isChrome: (element) => copies.isChrome(element),
        read,
        byline: parsed.byline,
        summary: parsed.excerpt,
      }).filter((block) => !options.isBoilerplate?.(block.text))
    : [];
  // A header that takes the byline under the headline the story opens with holds that headline.
  const body = header.includes(story[0]!) ? story.slice(1) : story;
  if (options.sanitizeWith && header.length) {
    const headline = story[0]!.element;
    if (body !== story && collapseWhitespace(headline.textContent ?? '') === story[0]!.text) headline.remove();
    prependHeader(content, header);
  }
  const kept = [...header, ...body];

  const text = kept.map((block) => block.text).join('\n\n');
  const quoted: TextRange[] = [];
  let at = 0;
  for (const block of kept) {
    // A header line is rebuilt by us, never a quotation the page set.
    if (!header.includes(block) && isInBlockquote(block.element))
      quoted.push({ start: at, end: at + block.text.length });
    at += block.text.length + 2;
  }
  const storyStart = header.length ? header.map((block) => block.text).join('\n\n').length + 2 : 0;
  const pageLang = primarySubtag(doc.documentElement.getAttribute('lang')) ?? primarySubtag(parsed.lang);
  const info: ArticleInfo = {
    title: articleTitle(parsed.title?.trim() || doc.title.trim(), doc),
    byline: bylineOf(parsed.byline, doc),
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: detectLanguage(text, pageLang),
    pageLang,
    excerpt: parsed.excerpt?.trim() || null,
    text,
    length: text.length,
    storyStart,
    html: options.sanitizeWith ? sanitizeHtml(content.innerHTML, options.sanitizeWith) : '',
  };
  return { article: info, quoted };
}

interface Isolated {
  parsed: NonNullable<ReturnType<Readability<Element>['parse']>>;
  content: Element;
  kept: TextBlock[];
  /** Every line of the isolated text, kept or not: a line the rules dropped is not taken back as the header's. */
  read: Set<string>;
}

interface Reading {
  article: Isolated | null;
  /** Share of the isolated text in the posts of a reply thread, and what the text says beside it (text weight). */
  threadShare: number;
  storyWeight: number;
  decision?: ArticleDecision;
  reason?: ArticleDecision['reason'];
}

/**
 * The copy of the page each reading reads (Readability mutates what it reads). The page's
 * declared chrome, found once (the page is never changed), serves every reading that drops it.
 */
class PageCopies {
  private chrome: DeclaredChrome | undefined;
  private boxes: readonly FactBox[] | undefined;

  constructor(private readonly doc: Document) {}

  /** The page as it is. */
  asIs(): Document {
    return this.doc.cloneNode(true) as Document;
  }

  /** The page without its declared chrome. */
  withoutChrome(): Document {
    this.chrome ??= findDeclaredChrome(this.doc);
    return cloneWithoutDeclaredChrome(this.doc, this.chrome);
  }

  /** The page's fact boxes, found once on the page as it is (declared chrome takes an `aside`). */
  factBoxes(): readonly FactBox[] {
    this.boxes ??= this.doc.body ? findFactBoxes(this.doc.body) : [];
    return this.boxes;
  }

  /** Whether an element of the page is, or sits inside, its declared chrome. */
  isChrome(element: Element): boolean {
    this.chrome ??= findDeclaredChrome(this.doc);
    for (let at: Node | null = element; at; at = at.parentNode) if (this.chrome.removed.has(at)) return true;
    return false;
  }
}

const PREPARE: Record<ReadingName, (copies: PageCopies) => Document> = {
  'without-chrome': (copies) => withoutChromeScoringItems(copies),
  'as-is': (copies) => copies.asIs(),
  'without-listings': (copies) => withoutChromeAndListings(copies),
  'without-threads': (copies) => withoutChromeAndThreads(copies),
};

function isolate(copies: PageCopies, doc: Document, name: ReadingName, options: ExtractOptions): Reading {
  const clone = PREPARE[name](copies);
  const reader = new Readability(clone, { serializer: (node) => node as Element });
  passOverBylinesInProse(reader);
  const parsed = reader.parse();
  const content = parsed?.content;
  if (!parsed || !content) {
    options.onDecision?.(name, null);
    return { article: null, threadShare: 0, storyWeight: 0 };
  }
  restoreFactBoxes(content, copies.factBoxes());
  dropHeadingEditLinks(content);

  const all = collectBlocks(content, undefined, true);
  // The lines the caller names as boilerplate (a disclaimer) are out before the body's rules read
  // the text: its last lines are the story's, not the disclaimer under it.
  const notBoilerplate = (block: TextBlock) => !options.isBoilerplate?.(block.text);
  // A number alone on its line reads as a counter, unless it counts the text beside it (a recipe's quantities and steps).
  const fragments = all.map((block) => isUiFragment(block.element, block.text, block.linkLength));
  const numbers = listNumbers(all, fragments);
  const isolated = all.filter((block, index) => (!fragments[index] || numbers.has(index)) && notBoilerplate(block));
  const { blocks: kept, listingShare, cardShare, threadShare, storyWeight } = dropBodyBoilerplate(isolated, content);
  const decision = decideArticle(kept, doc, { isolated, listingShare, cardShare });
  options.onDecision?.(name, decision);
  const measured = { threadShare, storyWeight };
  if (!decision.isArticle) return { article: null, decision, reason: decision.reason, ...measured };
  const article = {
    parsed,
    content,
    kept: decision.whole ? isolated : kept,
    read: new Set(all.map((block) => block.text)),
  };
  return { article, decision, ...measured };
}

/** The page without its declared chrome, its lines, list items and divs that read as paragraphs made visible to Readability. */
function withoutChromeScoringItems(copies: PageCopies): Document {
  const clone = copies.withoutChrome();
  if (!clone.body) return clone;
  splitLineParagraphs(clone.body);
  scoreProse(clone.body);
  return clone;
}

/** The page without its declared chrome and without the listings of link-led items anywhere in it. */
function withoutChromeAndListings(copies: PageCopies): Document {
  const clone = copies.withoutChrome();
  if (!clone.body) return clone;
  for (const item of findListingItems(clone.body).items) item.remove();
  return clone;
}

/** The page without its declared chrome and without the posts of its reply threads. */
function withoutChromeAndThreads(copies: PageCopies): Document {
  const clone = withoutChromeScoringItems(copies);
  if (!clone.body) return clone;
  for (const post of findListingItems(clone.body).threadItems) {
    // A flat thread may write its replies as bare text after their stamped headers.
    for (let next = post.nextSibling; next && next.nodeType !== 1; next = post.nextSibling) next.remove();
    post.remove();
  }
  return clone;
}

/** Put the header's lines before the kept HTML, each as its own heading or paragraph. */
function prependHeader(content: Element, header: TextBlock[]): void {
  const doc = content.ownerDocument;
  const lines = header.map((block) => {
    const line = doc.createElement(headingTagOf(block) ?? 'p');
    line.textContent = block.text;
    return line;
  });
  content.prepend(...lines);
}

/** Drop from the kept HTML every element whose text blocks were all dropped. */
function pruneUnkept(root: Element, kept: Set<Element>): void {
  const holdsKept = new Set<Element>();
  for (const el of kept) {
    for (let at: Element | null = el; at && !holdsKept.has(at); at = at.parentElement) holdsKept.add(at);
  }
  for (const el of Array.from(
    root.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, section'),
  )) {
    if (!holdsKept.has(el) && (el.textContent ?? '').trim()) el.remove();
  }
}

/** A name of a box that holds the author's byline ("byline", "post-author"), in any case. */
const BYLINE_HOLDER_NAME = /byline|author/i;

/**
 * Where Readability looks for a byline in the page: a link or item marked as the author's, a box
 * named so. `[rel="author"], [itemprop*="author"], [class*="byline" i], [id*="byline" i],
 * [class*="author" i], [id*="author" i]` read off the attributes, which a DOM emulation answers
 * without matching six selectors at every element.
 */
export function isBylineHolder(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  const className = element.getAttribute('class');
  const id = element.getAttribute('id');
  return (
    element.getAttribute('rel') === 'author' ||
    (element.getAttribute('itemprop')?.includes('author') ?? false) ||
    (className !== null && BYLINE_HOLDER_NAME.test(className)) ||
    (id !== null && BYLINE_HOLDER_NAME.test(id))
  );
}

/**
 * Readability's byline is its element's whole text, a follow button's label included ("AIニュース
 * 速報 フォロー"): read from the page's element that holds it, the byline leaves out its controls.
 */
function bylineOf(byline: string | null | undefined, doc: Document): string | null {
  const said = collapseWhitespace(byline ?? '');
  if (!said || !doc.body) return said || null;
  const holder = findElement(
    doc.body,
    (element) => isBylineHolder(element) && collapseWhitespace(element.textContent ?? '') === said,
  );
  return holder ? textWithoutControls(holder) || said : said;
}

/** The page's whitespace, which HTML collapses: an ideographic space (U+3000) is text, kept as written. */
const HTML_WHITESPACE = /[ \t\n\f\r]+/gu;

/**
 * Readability cuts the site name off a title only when the rest has three words or more, which
 * CJK titles never have ("标题 | 站点"): the page's one <h1>, when the title contains it, is the title.
 */
function articleTitle(title: string, doc: Document): string {
  const headings = doc.querySelectorAll('h1');
  if (headings.length !== 1) return title;
  const heading = (headings[0]!.textContent ?? '').replace(HTML_WHITESPACE, ' ').trim();
  return heading && heading.length < title.length && title.includes(heading) ? heading : title;
}
