import type { Provenance } from '../../shared/types';
import { collectBlocks, type BlockRequest, type TextBlock } from '../../shared/text-blocks';
import { collapseWhitespace, lowerCaseSameLength, normalizeForMatching } from '../../shared/text';
import { ORIGINAL_LINK_LABEL, PROVENANCE_LANGUAGES } from './patterns';

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

function matchProvenanceLine(rawText: string): LineMatch | null {
  const text = normalizeForMatching(rawText);
  if (text.length > MAX_LINE_LENGTH) return null;
  const lower = lowerCaseSameLength(text);
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

/** Whether `text` is a "first published in …" line (the article extractor drops it). */
export function isProvenanceLine(text: string): boolean {
  return matchProvenanceLine(text) !== null;
}

/** What follows a publisher's name on a CJK source line ("来源：新浪财经 作者：张三"). */
const BYLINE_LABEL =
  /\s+(?:作者|编辑|編輯|责编|責編|责任编辑|責任編輯|记者|記者|原标题|原標題|原文|时间|時間|日期|文[/／]).*$/u;

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
  const name = uncased.split(/\s+/).slice(0, 4).join(' ');
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
 * sign of republication. `blocks`: the body's PROVENANCE_BLOCKS, when already collected.
 */
export function findProvenance(doc: Document, pageUrl: string, blocks?: readonly TextBlock[]): Provenance | null {
  const page = httpUrl(pageUrl, 'https://invalid.invalid/');
  const pageHost = page?.hostname ?? '';
  const offSite = (url: URL | null) => (url && !sameSite(url.hostname, pageHost) ? url : null);

  let line: { text: string; element: Element; publisher: string | null } | null = null;
  const lines = blocks ?? (doc.body ? collectBlocks(doc.body, LINE_TAGS, MAX_LINE_LENGTH) : []);
  for (const { element, text, spacedText } of lines) {
    if (line && text.length >= line.text.length) continue;
    const match = matchProvenanceLine(spacedText);
    if (match) line = { text, element, publisher: publisherName(match.publisherRun) };
  }

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
