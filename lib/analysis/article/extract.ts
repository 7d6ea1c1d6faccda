import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectLanguage, primarySubtag } from '../../shared/language';
import { sanitizeHtml } from '../../shared/sanitize';
import type { ArticleInfo } from '../../shared/types';
import { collectBlocks } from './blocks';
import { isUiFragment, removeDeclaredChrome } from './page-chrome';

export interface ExtractOptions {
  /** Text blocks that are not article even though they sit inside it (disclaimers, "first published by" lines). */
  isBoilerplate?: (text: string) => boolean;
  /**
   * Keep the article's HTML, sanitized with DOMPurify running on this window (a browser's, or
   * jsdom's in Node). Left out, `html` is empty.
   */
  sanitizeWith?: Parameters<typeof sanitizeHtml>[1];
}

/**
 * Isolate the article of `doc` with Readability, working on a clone (Readability mutates what
 * it reads). Returns null when the page holds no article.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleInfo | null {
  if (!doc.body || !isProbablyReaderable(doc)) return null;

  const clone = doc.cloneNode(true) as Document;
  removeDeclaredChrome(clone);
  const parsed = new Readability(clone, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;

  const blocks = collectBlocks(content).filter(
    (block) => !isUiFragment(block.element, block.text) && !options.isBoilerplate?.(block.text),
  );
  if (blocks.length === 0) return null;
  if (options.sanitizeWith) pruneUnkept(content, new Set(blocks.map((block) => block.element)));

  const text = blocks.map((block) => block.text).join('\n\n');
  const pageLang = primarySubtag(doc.documentElement.getAttribute('lang')) ?? primarySubtag(parsed.lang);
  return {
    title: parsed.title?.trim() || doc.title.trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: detectLanguage(text, pageLang),
    pageLang,
    excerpt: parsed.excerpt?.trim() || null,
    text,
    length: text.length,
    html: options.sanitizeWith ? sanitizeHtml(content.innerHTML, options.sanitizeWith) : '',
  };
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
