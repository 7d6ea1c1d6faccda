/**
 * How a page's DOM becomes text, defined once: the article text (lib/analysis/article), the live
 * page's text index (lib/page/anchoring) and the block scan of the disclaimer and provenance
 * detectors (./text-blocks) break blocks at the same elements and skip the same ones. Position
 * anchoring depends on it: the article's text and the live page's text must agree.
 * Names are `tagName`s: upper case for HTML, lower case for SVG and MathML elements.
 */

/** Elements that start and end a block of text (a paragraph). `BR` is a line break inside one. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * Elements whose contents are never text a reader reads as the page's words: code, styles,
 * form controls, media fallbacks, embedded documents, and ruby annotations (furigana and their
 * fallback brackets, which would otherwise run into the sentence).
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'SELECT',
  'OPTION',
  'DATALIST',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'RT',
  'RP',
  'svg',
  'SVG',
  'math',
  'MATH',
]);

/** Whether the element named `tag` breaks text into blocks, a line break included. */
export function breaksText(tag: string): boolean {
  return tag === 'BR' || BLOCK_TAGS.has(tag);
}
