import type { MatchingTexts } from '../../shared/matching-text';
import type { Provenance } from '../../shared/types';
import { collectBlocks, type BlockRequest, type TextBlock } from '../../shared/text-blocks';
import { collapseWhitespace, lowerCaseSameLength, normalizeForMatching } from '../../shared/text';
import {
  ANY_FIRST_PUBLISHED,
  CREDIT_CONTEXT,
  ORIGINAL_LINK_LABEL,
  PROVENANCE_LANGUAGES,
  SOURCE_LABEL_LINE,
  SOURCE_LABEL_WORD,
} from './patterns';

const LINE_TAGS = new Set([
  'p',
  'div',
  'li',
  'span',
  'small',
  'em',
  'i',
  'footer',
  'aside',
  'section',
  'blockquote',
  'figcaption',
  'td',
  'dd',
  'address',
]);
/** A provenance statement is one line; longer blocks only mention publishing in passing. */
const MAX_LINE_LENGTH = 600;

/** The blocks read for a "first published in" line (lib/analysis/analyze.ts collects them in one walk with the disclaimer's). */
export const PROVENANCE_BLOCKS: BlockRequest = { tags: LINE_TAGS, maxLength: MAX_LINE_LENGTH };

interface LineMatch {
  publisherRun: string;
}

function matchProvenanceLine(rawText: string, texts?: MatchingTexts): LineMatch | null {
  const shared = texts?.of(rawText);
  const text = shared?.text ?? normalizeForMatching(rawText);
  if (text.length > MAX_LINE_LENGTH) return null;
  const lower = shared?.lower ?? lowerCaseSameLength(text);
  if (!ANY_FIRST_PUBLISHED.test(lower)) return null;
  for (const language of PROVENANCE_LANGUAGES) {
    for (const pattern of language.firstPublished) {
      const match = pattern.exec(lower);
      const group = match?.indices?.[1];
      if (!match || !group) continue;
      const opensWithIt = match.index <= 3;
      if (opensWithIt || language.selfReference.test(lower.slice(0, match.index + 1))) {
        return { publisherRun: text.slice(group[0], group[1]) };
      }
    }
  }
  return null;
}

/** Elements whose "Source:" lines credit a picture, a chart or a table's data, not the story. */
const CREDIT_CONTAINERS = 'figure, figcaption, table, caption, picture';
/** A source label is one short line; a publisher's name is a few words. */
const MAX_SOURCE_LINE_LENGTH = 200;
const MAX_PUBLISHER_LENGTH = 60;

/** Node.DOCUMENT_POSITION_PRECEDING, spelled out: the CLI's DOM has no global `Node`. */
const DOCUMENT_POSITION_PRECEDING = 2;
/** A paragraph long enough to be the story's own text. */
const STORY_PARAGRAPH_LENGTH = 100;

/**
 * Whether `element` sits inside the story's text: story paragraphs before it and at least two
 * after. The story's source is named in the byline or after the last paragraph; a "Source:" line
 * in the middle credits a chart, a picture or a quotation ("(Source: Riivka)").
 */
function isMidStory(element: Element, storyParagraphs: readonly Element[]): boolean {
  // The paragraphs are in document order, so those before the element all come first: the first
  // one apart from it tells whether any is before it, the second-last whether two are after it.
  const apart = (paragraph: Element) =>
    paragraph !== element && !paragraph.contains(element) && !element.contains(paragraph);
  const precedes = (paragraph: Element) =>
    (element.compareDocumentPosition(paragraph) & DOCUMENT_POSITION_PRECEDING) !== 0;
  const first = storyParagraphs.find(apart);
  if (!first || !precedes(first)) return false;
  let seenAfter = 0;
  for (let i = storyParagraphs.length - 1; i >= 0; i--) {
    const paragraph = storyParagraphs[i]!;
    if (!apart(paragraph)) continue;
    if (precedes(paragraph)) return false;
    if (++seenAfter === 2) return true;
  }
  return false;
}

/** Class names and ids of the containers of picture and chart credits. */
const CREDIT_CLASS = /caption|credit|photo|image|figure|chart|graphic|gallery|media/i;
const CREDIT_CLASS_DEPTH = 3;

/** Whether the line or one of its nearest containers is marked as a caption or a credit. */
function inCreditContainer(element: Element): boolean {
  if (element.closest(CREDIT_CONTAINERS)) return true;
  let current: Element | null = element;
  for (let depth = 0; current && depth <= CREDIT_CLASS_DEPTH; depth++, current = current.parentElement) {
    if (CREDIT_CLASS.test(`${current.getAttribute('class') ?? ''} ${current.id}`)) return true;
  }
  return false;
}

/**
 * What may follow the publisher's name on its line: nothing much, or another label ("编辑：苏亮").
 * "Source: CDC, Chicago Department of Public Health" lists data sources, and "Sources: Despite
 * Huge Sales, …" is a headline; neither names where the story came from.
 */
const MAX_REMAINDER_LENGTH = 40;
function endsAsSourceLine(remainder: string): boolean {
  const rest = remainder.trim();
  if (/^[,;]\s*\p{Lu}/u.test(rest)) return false;
  return rest.length <= MAX_REMAINDER_LENGTH || /^[^:：]{0,12}[:：]/u.test(rest.replace(/^[,，;；|·]\s*/u, ''));
}

/** The publisher named on a labelled source line ("Fuente: El Diario"), or null. */
function sourceLabelPublisher(rawText: string, element: Element, storyParagraphs: () => Element[]): string | null {
  // The label's word first: a cheap test that spares almost every block the full pattern and the DOM checks.
  if (rawText.length > MAX_SOURCE_LINE_LENGTH * 2 || !SOURCE_LABEL_WORD.test(rawText)) return null;
  const text = normalizeForMatching(rawText);
  if (text.length > MAX_SOURCE_LINE_LENGTH || inCreditContainer(element)) return null;
  const match = SOURCE_LABEL_LINE.exec(lowerCaseSameLength(text));
  const group = match?.indices?.[1];
  if (!match || !group || CREDIT_CONTEXT.test(text.slice(0, match.index + 1))) return null;
  const run = text.slice(group[0], group[1]);
  const publisher = publisherName(run);
  if (!publisher || publisher.length > MAX_PUBLISHER_LENGTH) return null;
  const nameEnd = run.indexOf(publisher);
  if (nameEnd < 0 || !endsAsSourceLine(run.slice(nameEnd + publisher.length))) return null;
  return isMidStory(element, storyParagraphs()) ? null : publisher;
}

/**
 * Whether `text` is a "first published in …" line (the article extractor drops it). `texts`:
 * matching texts shared with the disclaimer reader.
 */
export function isProvenanceLine(text: string, texts?: MatchingTexts): boolean {
  return matchProvenanceLine(text, texts) !== null;
}

/** What follows a publisher's name on a CJK source line ("来源：新浪财经 作者：张三"). */
const BYLINE_LABEL =
  /\s+(?:作者|编辑|編輯|责编|責編|责任编辑|責任編輯|记者|記者|原标题|原標題|原文|时间|時間|日期|文[/／]).*$/u;

/** A run written in Han, kana or Hangul script. */
const UNSPACED_CHUNK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Words that may sit inside a publication's name ("Folha de S.Paulo", "The Economist"). */
const NAME_JOINERS = new Set(['de', 'of', 'the', '&', 'and', 'für', 'di', 'van', 'von', 'du']);

/**
 * The publisher's name from the text after "published in": for cased scripts the run of
 * capitalised words ("ABMedia da Chain News." → "ABMedia"), otherwise up to punctuation.
 */
export function publisherName(run: string): string | null {
  const trimmed = run.trim().replace(/^(?:the website|o site|a revista|o jornal|el sitio|le site)\s/iu, '');
  const first = trimmed.charAt(0);
  if (/[\p{Lu}\p{Ll}]/u.test(first) && first.toLowerCase() !== first.toUpperCase()) {
    const words: string[] = [];
    for (const token of trimmed.split(/\s+/)) {
      const word = token.replace(/[,.;:!?)"'”»]+$/u, '');
      const capitalised = /^[\p{Lu}\p{N}]/u.test(word);
      if (!capitalised && !(words.length > 0 && NAME_JOINERS.has(word.toLowerCase()))) break;
      words.push(word);
      if (word !== token) break;
    }
    while (words.length > 0 && NAME_JOINERS.has(words[words.length - 1]!.toLowerCase())) words.pop();
    return words.length > 0 ? words.join(' ') : null;
  }
  const uncased =
    trimmed
      .split(/[，。、,.;；:：!！?？()（）「」]/u)[0]
      ?.replace(BYLINE_LABEL, '')
      .trim() ?? '';
  // "链新闻 ABMedia" is one name; in "第一财经日报 网友评论" the second unspaced run is page furniture.
  const chunks = uncased.split(/\s+/).slice(0, 4);
  const secondUnspaced = chunks.findIndex((chunk, index) => index > 0 && UNSPACED_CHUNK.test(chunk));
  const name = (secondUnspaced > 0 ? chunks.slice(0, secondUnspaced) : chunks).join(' ');
  return name.length > 0 ? name : null;
}

function httpUrl(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
}

function sameSite(a: string, b: string): boolean {
  const x = bareHost(a);
  const y = bareHost(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** Generic first labels that say nothing about the outlet ("news.example.com"). */
const GENERIC_SUBDOMAINS = new Set(['news', 'blog', 'blogs', 'edition', 'en', 'www']);

/** A display name from a host: its first meaningful label ("www.gate.com" → "Gate", "folha.uol.com.br" → "Folha"). */
export function nameFromHost(host: string): string {
  const labels = bareHost(host).split('.');
  const meaningful = labels.slice(0, -1).filter((label) => !GENERIC_SUBDOMAINS.has(label));
  const label = meaningful[0] ?? labels[0] ?? host;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function resembles(name: string, other: string): boolean {
  const a = squash(name);
  const b = squash(other);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

function meta(doc: Document, property: string): string | null {
  const element = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const content = element?.getAttribute('content')?.trim();
  return content ? content : null;
}

/**
 * Where the story was first published and who republished it: a "first published in …" line,
 * a "View original" link, or a canonical/og:url on another host. Null when the page gives no
 * sign of republication. `blocks`: the body's PROVENANCE_BLOCKS, when already collected; `texts`:
 * matching texts shared with the disclaimer reader.
 */
export function findProvenance(
  doc: Document,
  pageUrl: string,
  blocks?: readonly TextBlock[],
  texts?: MatchingTexts,
): Provenance | null {
  const page = httpUrl(pageUrl, 'https://invalid.invalid/');
  const pageHost = page?.hostname ?? '';
  const offSite = (url: URL | null) => (url && !sameSite(url.hostname, pageHost) ? url : null);

  type Line = { text: string; element: Element; publisher: string | null };
  let line: Line | null = null;
  let labelLine: Line | null = null;
  let storyParagraphs: Element[] | null = null;
  const findStoryParagraphs = () =>
    (storyParagraphs ??= [...doc.querySelectorAll('p')].filter((paragraph) => {
      // Collapsing never lengthens a text: a shorter raw text needs no collapsing to be ruled out.
      const text = paragraph.textContent ?? '';
      return text.length >= STORY_PARAGRAPH_LENGTH && collapseWhitespace(text).length >= STORY_PARAGRAPH_LENGTH;
    }));
  const lines = blocks ?? (doc.body ? collectBlocks(doc.body, LINE_TAGS, MAX_LINE_LENGTH) : []);
  for (const { element, text, spacedText } of lines) {
    if (line && text.length >= line.text.length) continue;
    const match = matchProvenanceLine(spacedText, texts);
    if (match) {
      line = { text, element, publisher: publisherName(match.publisherRun) };
      continue;
    }
    if (labelLine && text.length >= labelLine.text.length) continue;
    const publisher = sourceLabelPublisher(spacedText, element, findStoryParagraphs);
    if (publisher) labelLine = { text, element, publisher };
  }
  // A "first published in …" sentence says more than a "Source:" label, so it wins.
  line ??= labelLine;

  let linkUrl: URL | null = null;
  if (line) {
    for (const anchor of line.element.querySelectorAll('a[href]')) {
      linkUrl = offSite(httpUrl(anchor.getAttribute('href'), pageUrl));
      if (linkUrl) break;
    }
  }
  if (!linkUrl) {
    for (const anchor of doc.querySelectorAll('a[href]')) {
      if (!ORIGINAL_LINK_LABEL.test(lowerCaseSameLength(collapseWhitespace(anchor.textContent ?? '')))) continue;
      linkUrl = offSite(httpUrl(anchor.getAttribute('href'), pageUrl));
      if (linkUrl) break;
    }
  }
  const canonical =
    offSite(httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl)) ??
    offSite(httpUrl(meta(doc, 'og:url'), pageUrl));

  if (!line && !linkUrl && !canonical) return null;

  const originalUrl = linkUrl ?? canonical;
  const originalPublisher = line?.publisher ?? (originalUrl ? nameFromHost(originalUrl.hostname) : null);
  const siteName = meta(doc, 'og:site_name');
  const siteNameIsOriginal = siteName !== null && originalPublisher !== null && resembles(siteName, originalPublisher);
  const republishedBy = siteName && !siteNameIsOriginal ? siteName : pageHost ? nameFromHost(pageHost) : null;

  return {
    originalPublisher,
    originalUrl: originalUrl?.href ?? null,
    republishedBy,
    text: line?.text ?? null,
  };
}
