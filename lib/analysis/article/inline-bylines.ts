import type { Readability } from '@mozilla/readability';
import { textWeight } from './text-measure';

/** What a paragraph says besides the element, at least, to be prose the element is a part of. */
const MIN_PROSE_WEIGHT = 10;

/** Readability's own test of its byline (0.6: `_isValidByline(node, matchString)`), which this wraps. */
interface BylineTest {
  _isValidByline?: (node: Element, matchString: string) => boolean;
  REGEXPS?: { byline?: unknown };
}

/**
 * Readability takes the first element named like a byline (class or id "byline", "author",
 * "dateline", under 100 characters) for the story's byline, and cuts it out of the text wherever it
 * stands. Inside a paragraph of prose it is a part of a sentence: a dateline opening the lede
 * ("<span class="dateline">CAIRO —</span> Gunmen opened fire …"), a writer's name linked in a
 * sentence. This reader passes over such an element, as it passes over one that is no byline; it
 * meets one whenever no byline came before it (the page's own one gone with the declared chrome).
 * A paragraph that is only a byline ("By <span class="author">Ann Cole</span>") says too little
 * besides it, and is taken as before. The test runs only where Readability's own passed, once or
 * twice a page.
 */
export function passOverBylinesInProse<T>(reader: Readability<T>): void {
  const test = reader as unknown as BylineTest;
  const own = test._isValidByline;
  if (typeof own !== 'function') return;
  const byline = test.REGEXPS?.byline;
  const named = byline instanceof RegExp && !byline.global && !byline.sticky ? byline : null;
  test._isValidByline = function (node: Element, matchString: string): boolean {
    // Readability asks every element while it has no byline, and its test reads the element's whole text first (the
    // body's, then each wrapper's: most of the page's text many times over) before it asks whether the element is
    // named as a byline at all. Asked the name first, the test gives the same answer, having read only the few texts
    // it needs.
    if (named && !namesByline(node, matchString, named)) return false;
    return own.call(this, node, matchString) && !isInProse(node);
  };
}

/** The half of Readability's byline test (0.6) that reads no text: `rel="author"`, an author itemprop, or a byline name. */
function namesByline(node: Element, matchString: string, byline: RegExp): boolean {
  return (
    node.getAttribute('rel') === 'author' ||
    Boolean(node.getAttribute('itemprop')?.includes('author')) ||
    byline.test(matchString)
  );
}

/** Elements that run inside a line of text; a block (a <div>) is no part of a sentence, even where a parser left a <p> open around it. */
const INLINE_TAGS = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'time', 'cite', 'small', 'abbr', 'font', 'u']);

function isInProse(element: Element): boolean {
  if (!INLINE_TAGS.has(element.localName)) return false;
  const paragraph = element.parentElement?.closest('p');
  if (!paragraph) return false;
  return textWeight(paragraph.textContent ?? '') - textWeight(element.textContent ?? '') >= MIN_PROSE_WEIGHT;
}
