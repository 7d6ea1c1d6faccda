/**
 * The story's header: its headline and the lines between the headline and the first paragraph
 * (standfirst, byline, date). Readability leaves them out: it drops a heading that repeats the
 * page's title and the byline it recognises, and it often settles on the body's own container,
 * a sibling of the header. They are found again on the page itself, by position only: the lines
 * right before the story's first line, up to a heading that says what the page's title says.
 */

import { collectBlocks, type TextBlock } from './blocks';
import {
  alternationOf,
  isAdLabel,
  BYLINE_WORDS,
  isBareCounterLine,
  isBareDate,
  isCaption,
  isClickHereLine,
  isControlLabelLine,
  endsInPhotoCredit,
  isPhotoCredit,
  isListenControl,
  isLoadingPlaceholder,
  isReadingTimeLine,
  isSiteAddressLine,
  isStamp,
  isPublicationStamp,
} from './body-boilerplate';
import { collapseWhitespace } from '../../shared/text';
import { isUiFragment } from './page-chrome';
import { readsAsParagraph } from './prose-items';
import { linkTextLength, textWeight, visibleLength, wordsOf } from './text-measure';
import { isHeadingTag } from './tags';

/** Lines a header holds at most between its headline and the story (deck, byline, date, credit), rows of links left out. */
const MAX_HEADER_LINES = 8;
/** What a header says at most, headline included (text weight): more is a teaser list or a story of its own. */
const MAX_HEADER_WEIGHT = 90;
/** A line of the header says at most this much (a one- or two-sentence standfirst). */
const MAX_HEADER_LINE_WEIGHT = 60;
/** Share of a header line's letters in links above which it is navigation (tags, sections, share rows). */
const MAX_LINK_SHARE = 0.5;
/** Share of the headline's words the title must hold, or the headline of the title's, for the two to say the same. */
const MIN_TITLE_OVERLAP = 0.8;
/** The story's first lines looked for together on the page, so that a teaser repeating one line is not taken for it. */
const ANCHOR_LINES = 3;

/** Words a headline that is no heading holds at least (fewer is a label the title may hold by chance). */
const MIN_STYLED_HEADLINE_WORDS = 4;
/** Share of such a line's words the title must hold. */
const MIN_STYLED_TITLE_OVERLAP = 0.9;

export interface HeaderContext {
  /** What the page says its title is (Readability's title, the document's). */
  titles: string[];
  /** Whether a block of the page is in its declared chrome: never taken. */
  isChrome: (element: Element) => boolean;
  /** Lines of the isolated text, kept or not: one the rules dropped there is not taken back. */
  read?: Set<string>;
  /** The byline Readability recognised (and took out of the text), if any. */
  byline?: string | null;
  /** The summary the page gives of itself (its meta description, as Readability reads it), if any. */
  summary?: string | null;
}

/**
 * The header lines of the story whose kept lines are `story`, in page order: found among the text
 * blocks of `page` (the page's body, read only) right before the story's first line, and only
 * when they run back to a heading that says what one of the page's titles says; or the headline
 * and header lines the isolated text lacks among the story's first lines (see headerInFirstLines).
 * Empty when there is no such header.
 */
export function findArticleHeader(page: Element, story: TextBlock[], context: HeaderContext): TextBlock[] {
  if (story.length === 0) return [];
  const titles = context.titles.map(titleWordsOf).filter((title) => title.words.length > 0);
  // A page without a title (an old page) names its story in the heading right above it.
  const untitled = titles.length === 0;
  const isHeadline = (block: TextBlock) =>
    untitled ? isUntitledHeadline(block) : titles.some((title) => headlines(block, title));
  const saysTitle = (block: TextBlock) => Math.max(0, ...titles.map((title) => titleShare(block, title)));
  const isTitleItself = (block: TextBlock) =>
    untitled
      ? isUntitledHeadline(block)
      : titles.some((title) => headlines(block, title) && shareInTitle(block, title) >= MIN_TITLE_OVERLAP);
  const { isChrome } = context;
  context = {
    ...context,
    byline: context.byline ? collapseWhitespace(context.byline) : null,
    isChrome: (element) => isChrome(element) || isAllChromeText(element, isChrome),
  };
  const opensWithHeadline = story.slice(0, ANCHOR_LINES).some(isHeadline);
  // A story that opens with its headline has its header already, but for a date set above it.
  if (opensWithHeadline && !isHeadline(story[0]!)) return [];
  const { pageBlocks, start } = locateStory(page, story);
  if (start < 0) return [];
  if (opensWithHeadline) {
    const below = bylineBelow(pageBlocks, start, story, context);
    const standfirst = standfirstBefore(pageBlocks, bodyStart(pageBlocks, start, story), start, story, context);
    const under = [...below, ...standfirst];
    return [...dateAbove(pageBlocks, start, context), ...(under.length ? [story[0]!, ...under] : [])];
  }
  const place: StoryPlace = {
    pageBlocks,
    start,
    storyTexts: new Set(story.map((block) => block.text)),
    isHeadline,
    isTitleItself,
    saysTitle,
  };
  const readContext = { ...context, isChrome: chromeBesideStoryHeaders(place, context.isChrome) };
  const before = headerBefore(place, readContext);
  const within = headerInFirstLines(place, readContext);
  // Of two headings that say what the title says, the one saying more of it is the headline; the
  // other is the site's or the section's name, which the title carries too ("Site | Headline").
  const header = !within.length || (before.length && saysTitle(within[0]!) <= saysTitle(before[0]!)) ? before : within;
  if (!header.length) return bylineAbove(pageBlocks, start, readContext);
  // A standfirst the story opens with, under the headline found above it, may have the byline
  // under it: the byline is the header's, and so is the standfirst above it.
  const below =
    header === before && textWeight(story[0]!.text) <= MAX_HEADER_LINE_WEIGHT
      ? bylineBelow(pageBlocks, start, story, readContext)
      : [];
  const headed = [
    ...dateAbove(pageBlocks, pageBlocks.indexOf(header[0]!), readContext),
    ...header,
    ...(below.length ? [story[0]!, ...below] : []),
  ];
  if (below.length) return headed;
  return [
    ...headed,
    ...standfirstBefore(pageBlocks, start, pageBlocks.indexOf(header[header.length - 1]!), story, readContext),
  ];
}

/**
 * Whether every word of a line sits in declared chrome inside it: a list item or a cell that
 * holds only a button ("Diminuir fonte", a text-size control beside the date) is the control's
 * label, though the item itself is no control.
 */
function isAllChromeText(element: Element, isChrome: HeaderContext['isChrome']): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let sawText = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent === element || !isChrome(parent)) return false;
    sawText = true;
  }
  return sawText;
}

/** Blocks right under a headline where its standfirst is looked for (byline, date, picture and credit between them). */
const STANDFIRST_LOOKAHEAD = 12;
/** What a page's summary says at least (text weight) to be looked for on the page: less is a label. */
const MIN_STANDFIRST_WEIGHT = 8;

/** Where the story's second line sits after its first (the headline the story opens with): the page's end when it is not found. */
function bodyStart(pageBlocks: TextBlock[], start: number, story: TextBlock[]): number {
  const next = story[1]?.text;
  for (let index = start + 1; next !== undefined && index < pageBlocks.length; index++) {
    if (pageBlocks[index]!.text === next) return index;
  }
  return pageBlocks.length;
}

/**
 * The standfirst set right under the headline (at `headline`), before the story's body (from
 * `end`), which the isolated text lacks: the line the page also gives as its own summary (its meta description),
 * said in full, in no link and no caption. Readability reads the description apart and often
 * settles on the body's own container, below it; a teaser elsewhere that repeats the summary is
 * not between the two.
 */
function standfirstBefore(
  pageBlocks: TextBlock[],
  end: number,
  headline: number,
  story: TextBlock[],
  { summary, isChrome, read }: HeaderContext,
): TextBlock[] {
  if (!summary || headline < 0) return [];
  const whole = collapseWhitespace(summary);
  // A summary cut short ("…") says the standfirst's opening only.
  const said = whole.replace(/\s*(?:\.\.\.|…)$/u, '');
  const cut = said.length < whole.length;
  if (textWeight(said) < MIN_STANDFIRST_WEIGHT || story.some((block) => block.text.includes(said))) return [];
  for (let index = headline + 1; index < Math.min(end, headline + 1 + STANDFIRST_LOOKAHEAD); index++) {
    const block = pageBlocks[index]!;
    if (!block.text.startsWith(said) || (!cut && block.text.length > said.length + 1)) continue;
    // A standfirst saying the whole summary may be set apart in the page's chrome (an aside
    // between the headline and the body): it is the page's own line, no teaser of another's.
    if (block.linkLength > 0 || (cut && isChrome(block.element)) || isCaption(block.element) || read?.has(block.text))
      return [];
    return [block];
  }
  return [];
}

/** Blocks right above a headline the story opens with where its date is looked for, the date's own included. */
const DATE_LOOKBACK = 3;
/** What a line between that date and the headline says at most: a control's label ("Print", "Text"). */
const MAX_CONTROL_LABEL_WEIGHT = 2;

/** A line of the story's own date: a bare date, a dateline (see isDatedByline) or a date under its publication label. */
function isStoryDateLine(text: string): boolean {
  return isBareDate(text) || isDatedByline(text) || isPublicationStamp(text);
}

/**
 * The date a page sets right above the headline its story opens with ("July 24, 2012 11:25 AM",
 * then the headline): a bare date, a dateline (see isDatedByline) or the date under its
 * publication label ("Posted : Tue, 24 Jul 2012"), with at most a control's label or two between
 * them. An edit's stamp ("Updated …") or a line that says more between them is no date of the story's.
 */
function dateAbove(pageBlocks: TextBlock[], headline: number, { isChrome, read }: HeaderContext): TextBlock[] {
  for (let index = headline - 1; index >= Math.max(0, headline - DATE_LOOKBACK); index--) {
    const block = pageBlocks[index]!;
    if (isChrome(block.element)) continue;
    if (isStoryDateLine(block.text)) {
      return read?.has(block.text) ? [] : [block];
    }
    const date = dateBeforeControl(block);
    if (date) return read?.has(date.text) ? [] : [date];
    if (textWeight(block.text) > MAX_CONTROL_LABEL_WEIGHT) return [];
  }
  return [];
}

/**
 * The byline (and the date beside it) set between the headline a story opens with and its next
 * line, which the isolated text lacks: Readability takes out the byline it recognises. Only a
 * byline ("By Sam Lee", or the name Readability read as the byline), a bare date, a dateline or
 * a publication stamp ("Published: …") is taken; anything else between them ends the search.
 */
function bylineBelow(
  pageBlocks: TextBlock[],
  headline: number,
  story: TextBlock[],
  context: HeaderContext,
): TextBlock[] {
  const { isChrome, read, byline } = context;
  const next = story[1]?.text;
  const lines: TextBlock[] = [];
  for (let index = headline + 1; index < pageBlocks.length && lines.length < MAX_BYLINE_LINES; index++) {
    const block = pageBlocks[index]!;
    if (block.text === next) break;
    if (isChrome(block.element) || read?.has(block.text)) continue;
    // The byline's word on a line of its own, the name on the next (a term and its definition).
    const name = pageBlocks[index + 1];
    if (name && isSplitByline(block, name)) {
      if (!isChrome(name.element)) lines.push(block, name);
      index++;
      continue;
    }
    const saysByline = isByline(block.text) || block.text === byline;
    if (saysByline || isStoryDateLine(block.text)) {
      lines.push(block);
      continue;
    }
    const date = dateBeforeControl(block);
    if (date) {
      if (!read?.has(date.text)) lines.push(date);
    } else if (
      !isBareCounterLine(block.text) &&
      (!isHeaderLine(block, byline) || textWeight(block.text) > MAX_CONTROL_LABEL_WEIGHT)
    )
      break;
  }
  // A date alone, bare or under its label, is no byline.
  return lines.some((line) => !isBareDate(line.text) && !isPublicationStamp(line.text)) ? lines : [];
}

/**
 * The byline and date set right above a story whose headline is not found near it (a feed of
 * teasers between them): a byline ("By Sam Lee", or the name Readability read as the byline) and
 * the bare date beside it, past a control's label ("Shares"); nothing without both.
 */
function bylineAbove(pageBlocks: TextBlock[], start: number, context: HeaderContext): TextBlock[] {
  const { isChrome, read, byline } = context;
  const lines: TextBlock[] = [];
  let named = false;
  for (let index = start - 1; index >= 0 && lines.length < MAX_BYLINE_LINES; index--) {
    const block = pageBlocks[index]!;
    if (isChrome(block.element)) continue;
    if (isByline(block.text) || block.text === byline) named = true;
    else if (!isBareDate(block.text)) {
      if (textWeight(block.text) > MAX_CONTROL_LABEL_WEIGHT || block.linkLength > 0 || lines.length) break;
      continue;
    }
    if (read?.has(block.text)) break;
    lines.unshift(block);
  }
  return named && lines.length > 1 ? lines : [];
}

/** Words a control's link after a date says at most ("Follow @name", "Share"). */
const MAX_CONTROL_LINK_WORDS = 3;

/**
 * A date line that ends in a control's link ("July 24, 2012 6:02 AM PDT", then a "Follow @name"
 * button): the date alone, as a line of its own, when the line's last link is all its linked
 * text, says a few words, and everything before it is a bare date; null for any other line.
 */
function dateBeforeControl(block: TextBlock): TextBlock | null {
  if (block.linkLength === 0) return null;
  const links = block.element.querySelectorAll('a');
  const control = collapseWhitespace(links[links.length - 1]?.textContent ?? '');
  // The line's one link: its text is all the line's linked text.
  if (!control || visibleLength(control) !== block.linkLength || !block.text.endsWith(control)) return null;
  if (wordsOf(control).length > MAX_CONTROL_LINK_WORDS) return null;
  const date = block.text.slice(0, block.text.length - control.length).trim();
  return isBareDate(date) ? { element: block.element, text: date, linkLength: 0 } : null;
}

/** Lines a byline under the headline takes at most (the name, the date). */
const MAX_BYLINE_LINES = 3;

/** Where the story sits among the page's blocks, as both header searches read it. */
interface StoryPlace {
  pageBlocks: TextBlock[];
  /** Index in `pageBlocks` of the story's first line. */
  start: number;
  /** Texts of the story's kept lines. */
  storyTexts: Set<string>;
  isHeadline: (block: TextBlock) => boolean;
  /** A headline whose words are nearly all the title's (not a standfirst that holds a short title's words among its own). */
  isTitleItself: (block: TextBlock) => boolean;
  /** Share of a title's words a line holds, the most over the page's titles. */
  saysTitle: (block: TextBlock) => number;
}

/** Blocks before the story's first line where a <header> holding its headline is looked for. */
const STORY_HEADER_LOOKBACK = 2 * MAX_HEADER_LINES;

/**
 * The page's chrome less the <header> elements that hold the story's headline: a <header> outside
 * any <article> or main region is taken for the site's masthead, but one whose heading says what
 * the title says, in no link (a masthead's name links home), is the story's own header.
 */
function chromeBesideStoryHeaders(
  { pageBlocks, start, isHeadline }: StoryPlace,
  isChrome: HeaderContext['isChrome'],
): HeaderContext['isChrome'] {
  const storyHeaders = new Set<Element>();
  for (let index = start - 1; index >= Math.max(0, start - STORY_HEADER_LOOKBACK); index--) {
    const block = pageBlocks[index]!;
    if (block.linkLength > 0 || !isHeading(block) || !isHeadline(block)) continue;
    const header = block.element.closest('header');
    if (header && isChrome(header) && !(header.parentElement && isChrome(header.parentElement))) {
      storyHeaders.add(header);
    }
  }
  if (storyHeaders.size === 0) return isChrome;
  return (element) => {
    const header = element.closest('header');
    return isChrome(element) && !(header && storyHeaders.has(header));
  };
}

/**
 * The header read back from the story's first line to a headline (see findArticleHeader). A
 * heading that holds the title's words among more of its own (a standfirst repeating a short
 * title) is the headline only when no heading that is the title itself, saying as much of it,
 * comes before it within the header's bounds; else it is a line of the header.
 */
function headerBefore(
  { pageBlocks, start, storyTexts, isHeadline, isTitleItself, saysTitle }: StoryPlace,
  { isChrome, read, byline }: HeaderContext,
): TextBlock[] {
  const lines: TextBlock[] = [];
  let weight = 0;
  let textLines = 0;
  let standfirst: { header: TextBlock[]; says: number } | null = null;
  let passedLongLine = false;
  for (let index = start - 1; index >= 0; index--) {
    const block = pageBlocks[index]!;
    if (isChrome(block.element)) continue;
    const lineWeight = textWeight(block.text);
    // One line too long for a header (an author's bio in a dropdown beside the byline) is passed
    // over, and never taken; a second is another story's text.
    if (lineWeight > MAX_HEADER_LINE_WEIGHT && !passedLongLine) {
      passedLongLine = true;
      continue;
    }
    weight += lineWeight;
    if (weight > MAX_HEADER_WEIGHT || lineWeight > MAX_HEADER_LINE_WEIGHT) break;
    if (isHeadline(block)) {
      const linkRows = lines.filter((line) => isLinkRow(line, byline)).map((line) => line.element);
      const inOrder = [block, ...lines.slice().reverse()];
      const splitBylines = splitBylinesOf(inOrder);
      const header = inOrder.filter(
        (line, at) =>
          !read?.has(line.text) &&
          (at === 0 ||
            (!storyTexts.has(line.text) &&
              line.text !== block.text &&
              (splitBylines.has(line) || (isHeaderLine(line, byline) && !inWidget(line.element, linkRows))))),
      );
      if (isTitleItself(block) && (!standfirst || saysTitle(block) >= standfirst.says)) return header;
      if (standfirst) break;
      standfirst = { header, says: saysTitle(block) };
    }
    // A row of links (tags, sections, share buttons) counts by what it says, not by its lines.
    if (!isLinkRow(block, byline) && ++textLines > MAX_HEADER_LINES) break;
    lines.push(block);
  }
  return standfirst?.header ?? [];
}

/**
 * The header inside the story's first lines: Readability drops the heading that repeats the
 * page's title, and the byline it recognises, from inside the container it keeps, where lines of
 * the site's masthead or a date it kept may come first ("Site / Section / [headline] / story").
 * A headline the isolated text lacks, found after the story's first line but before its first
 * paragraph, is the header's, with the header lines the isolated text lacks right after it.
 */
function headerInFirstLines(
  { pageBlocks, start, storyTexts, isHeadline }: StoryPlace,
  { isChrome, read, byline }: HeaderContext,
): TextBlock[] {
  const dropped = (block: TextBlock) => !storyTexts.has(block.text) && !read?.has(block.text);
  const end = Math.min(pageBlocks.length, start + ANCHOR_LOOKAHEAD);
  for (let index = start; index < end; index++) {
    const block = pageBlocks[index]!;
    if (isChrome(block.element)) continue;
    if (storyTexts.has(block.text) && isParagraph(block)) return [];
    if (!dropped(block) || !isHeadline(block)) continue;
    const header = [block];
    let weight = textWeight(block.text);
    for (let next = index + 1; next < end && header.length <= MAX_HEADER_LINES; next++) {
      const line = pageBlocks[next]!;
      if (isChrome(line.element)) continue;
      if (!dropped(line)) break;
      weight += textWeight(line.text);
      if (weight > MAX_HEADER_WEIGHT) return [block];
      if (line.text !== block.text && isHeaderLine(line, byline)) header.push(line);
    }
    return header;
  }
  return [];
}

/** Rows of links a widget holds at least (a share panel's buttons, a list of tags). */
const MIN_WIDGET_LINK_ROWS = 2;

/**
 * Whether a line sits in a widget: the element around it (its parent, or the grandparent when
 * the parent holds nothing else) holds two rows of links or more, and says more in links than
 * outside them. A share panel's notes ("These links open in a new window") sit among its buttons;
 * a byline or a date sits in a header whose share row is a small part of it.
 */
function inWidget(element: Element, linkRows: Element[]): boolean {
  if (linkRows.length < MIN_WIDGET_LINK_ROWS) return false;
  let around = element.parentElement;
  if (around && around.childElementCount === 1) around = around.parentElement;
  if (!around) return false;
  let rows = 0;
  for (const row of linkRows) if (around.contains(row)) rows++;
  if (rows < MIN_WIDGET_LINK_ROWS) return false;
  return linkTextLength(around) > visibleLength(around.textContent ?? '') * MAX_LINK_SHARE;
}

/** A line that reads as a paragraph (see readsAsParagraph), its links weighed by their share of its letters. */
function isParagraph(block: TextBlock): boolean {
  return readsAsParagraph(
    block.text,
    () => (textWeight(block.text) * block.linkLength) / Math.max(1, visibleLength(block.text)),
  );
}

/** A row of links; not a byline, nor the line Readability read as the byline (a name linked to the author's card). */
function isLinkRow(block: TextBlock, byline?: string | null): boolean {
  return (
    block.linkLength > visibleLength(block.text) * MAX_LINK_SHARE && !isByline(block.text) && block.text !== byline
  );
}

/** A byline's word in any case ("by", "By", "BY"). */
const BYLINE_WORD = `(?:${alternationOf(BYLINE_WORDS, (word) =>
  alternationOf([word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]),
)})`;
/** A byline's word, then a name of a few words: capitalised, no sentence. */
const BYLINE = new RegExp(`^${BYLINE_WORD}\\s+\\p{Lu}[^.!?。！？]*$`, 'u');
/** A byline's word alone, its name on the next line ("By", then "Sam Lee"). */
const BYLINE_WORD_ALONE = new RegExp(`^${BYLINE_WORD}:?$`, 'u');
/** The blank before a byline's word inside a line ("August 30, 2018 12:00pm PT by Rick Porter"). */
const BEFORE_BYLINE_WORD = new RegExp(`\\s(?=${BYLINE_WORD}\\s)`, 'u');
/** A byline names one or two authors in this many words at most, its word included ("By Spencer Ackerman Email Author"). */
const MAX_BYLINE_WORDS = 7;

/**
 * A byline, whose name may link to the author's page: it is the header's line, not a row of links
 * ("By <a>SAM LEE</a>"). The name starts with a capital and says no sentence.
 */
function isByline(text: string): boolean {
  return wordsOf(text).length <= MAX_BYLINE_WORDS && BYLINE.test(text);
}

/** A byline written on two lines, its word on the first ("By", then "<a>Sam Lee</a>"). */
function isSplitByline(word: TextBlock, name: TextBlock): boolean {
  return BYLINE_WORD_ALONE.test(word.text) && isByline(`${word.text} ${name.text}`);
}

/** The lines of the bylines written on two lines among `lines` (in page order): the name may be all link. */
function splitBylinesOf(lines: TextBlock[]): Set<TextBlock> {
  const found = new Set<TextBlock>();
  for (let index = 0; index + 1 < lines.length; index++) {
    if (isSplitByline(lines[index]!, lines[index + 1]!)) found.add(lines[index]!).add(lines[index + 1]!);
  }
  return found;
}

/**
 * A dateline: the story's date, bare or under its publication label, then its byline, on one line
 * ("August 30, 2018 12:00pm PT by Rick Porter", "Posted on August 9, 2012 at 11:11am by Sam Lee").
 * It stands where a bare date would, right above the headline.
 */
export function isDatedByline(text: string): boolean {
  const at = text.search(BEFORE_BYLINE_WORD);
  if (at <= 0 || !isByline(text.slice(at + 1))) return false;
  const date = text.slice(0, at);
  return isBareDate(date) || isPublicationStamp(date);
}

/** A title's words, read once for every line it is compared with. */
interface TitleWords {
  words: string[];
  set: Set<string>;
}

function titleWordsOf(title: string): TitleWords {
  const words = wordsOf(title);
  return { words, set: new Set(words) };
}

/** A line closing on a colon introduces what follows it (a label, "Posted in:"): no headline, no header line. */
const LABEL_END = /[:：]$/u;

/**
 * Whether a line is the headline of a page titled `title`: a heading that says what the title
 * says (most words shared either way), or a line of four words or more, no link, whose words the
 * title holds nearly all (an old page's headline in a styled div).
 */
function headlines(block: TextBlock, title: TitleWords): boolean {
  const headline = wordsOf(block.text);
  if (headline.length === 0 || LABEL_END.test(block.text)) return false;
  const inTitle = shareInTitle(block, title);
  if (!isHeading(block))
    return (
      block.linkLength === 0 && headline.length >= MIN_STYLED_HEADLINE_WORDS && inTitle >= MIN_STYLED_TITLE_OVERLAP
    );
  const headlineWords = new Set(headline);
  const inHeadline = title.words.filter((word) => headlineWords.has(word)).length / title.words.length;
  // A title carries the site's name beside the headline ("Headline | Site"), a headline may
  // carry a kicker beside the title's words.
  return inTitle >= MIN_TITLE_OVERLAP || inHeadline >= MIN_TITLE_OVERLAP;
}

/** Words the headline of a page without a title holds at least (one is a section's name). */
const MIN_UNTITLED_HEADLINE_WORDS = 3;

/** The headline of a page without a title: a top-level heading (h1, h2) of a few words. */
function isUntitledHeadline(block: TextBlock): boolean {
  const tag = headingTagOf(block);
  return (tag === 'h1' || tag === 'h2') && wordsOf(block.text).length >= MIN_UNTITLED_HEADLINE_WORDS;
}

/** Share of a line's words that the title holds. */
function shareInTitle(block: TextBlock, title: TitleWords): number {
  const words = wordsOf(block.text);
  return words.length ? words.filter((word) => title.set.has(word)).length / words.length : 0;
}

/** Share of the title's words that a line holds. */
function titleShare(block: TextBlock, title: TitleWords): number {
  const lineWords = new Set(wordsOf(block.text));
  return title.words.filter((word) => lineWords.has(word)).length / title.words.length;
}

/** The tag ("h1" … "h6") of the heading a line is or sits inside; null for a line in no heading. */
export function headingTagOf(block: TextBlock): string | null {
  const heading = isHeadingTag(block.element.tagName) ? block.element : block.element.closest('h1, h2, h3, h4, h5, h6');
  return heading ? heading.tagName.toLowerCase() : null;
}

/** A heading, or a line inside one. */
function isHeading(block: TextBlock): boolean {
  return headingTagOf(block) !== null;
}

/**
 * A line of the header that is text: not a row of links, not a control or its label, not a
 * picture's caption or credit, not a label whose value was a row of links ("Posted in:"), not a
 * counter of views or comments standing alone.
 */
function isHeaderLine(block: TextBlock, byline?: string | null): boolean {
  const letters = visibleLength(block.text);
  if (letters === 0 || isLinkRow(block, byline)) return false;
  if (LABEL_END.test(block.text) || isCaption(block.element) || isPhotoCredit(block.text) || isAdLabel(block.text)) {
    return false;
  }
  // A caption closing on its credit, its picture set apart by the page's style ("… /domena
  // publiczna" under the title): a label's credit or the public domain's, never a bare slash.
  if (endsInPhotoCredit(block.text, () => false)) return false;
  // The story's date and byline on one line are its header's, though they read as a stamp and sit in a row of controls.
  if (isDatedByline(block.text)) return true;
  // A date stamp or a row of controls' labels at the story's edge is dropped there (see
  // dropBodyBoilerplate): so it is here, but for the story's own date under its label.
  if (
    (isStamp(block) && !isPublicationStamp(block.text)) ||
    isControlLabelLine(block.text) ||
    isReadingTimeLine(block.text) ||
    isListenControl(block.text) ||
    isLoadingPlaceholder(block.text) ||
    isClickHereLine(block.text) ||
    isSiteAddressLine(block.text) ||
    isBareCounterLine(block.text)
  ) {
    return false;
  }
  // A byline wholly linked to the author's page is no lone link; a date written in figures
  // ("2008-01-19 12:31:00") is no counter.
  return (
    isByline(block.text) ||
    block.text === byline ||
    (isBareDate(block.text) && block.linkLength === 0) ||
    !isUiFragment(block.element, block.text, block.linkLength)
  );
}

/** Blocks after a place on the page where the story's next lines are looked for. */
const ANCHOR_LOOKAHEAD = 12;

/**
 * Where the story's first line sits among the page's blocks: the first block holding it that is
 * followed by the story's next lines (a teaser elsewhere repeats one line, not three), else the
 * first block holding it; -1 when it is not found. The page is read only as far as that.
 */
function locateStory(page: Element, story: TextBlock[]): { pageBlocks: TextBlock[]; start: number } {
  const anchors = story.slice(0, ANCHOR_LINES).map((block) => block.text.slice(0, 80));
  const holdsStory = (blocks: readonly TextBlock[], index: number) => {
    const ahead = blocks
      .slice(index, index + ANCHOR_LOOKAHEAD)
      .map((block) => block.text)
      .join('\n');
    return anchors.every((anchor) => ahead.includes(anchor));
  };
  let fallback = -1;
  let start = -1;
  // Blocks holding the first line whose next blocks are not all read yet, oldest first.
  const undecided: number[] = [];
  const pageBlocks = collectBlocks(page, (blocks) => {
    const last = blocks.length - 1;
    if (blocks[last]!.text.includes(anchors[0]!)) {
      if (fallback < 0) fallback = last;
      undecided.push(last);
    }
    while (undecided.length > 0 && last - undecided[0]! + 1 >= ANCHOR_LOOKAHEAD) {
      const candidate = undecided.shift()!;
      if (holdsStory(blocks, candidate)) {
        start = candidate;
        return true;
      }
    }
    return false;
  });
  // The page ended before these were followed by as many blocks as looked at.
  if (start < 0) start = undecided.find((candidate) => holdsStory(pageBlocks, candidate)) ?? fallback;
  return { pageBlocks, start };
}
