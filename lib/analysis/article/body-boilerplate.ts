/**
 * What Readability keeps inside an article body that is not the article: related-story and
 * teaser lists, lines that are mostly a link elsewhere, captions and names repeated from the
 * text, dateline "updated/posted" lines at the edges, copyright and citation notes, reader and
 * comment counters, lists of dated titles, a blog's categories and archive with their counts.
 * Every rule reads structure, links, position or repetition, and words per language where it
 * needs words (labels, counters), never a site's wording. Quotes (embedded posts) are never touched.
 */
import { siteOfHost } from '../../shared/site';
import { collapseWhitespace, escapeRegExp } from '../../shared/text';
import { leadsElsewhere, type TextBlock } from './blocks';
import {
  endsLikeSentence,
  linkTextLength,
  sentenceCount,
  textWeight,
  UNSPACED_CHAR,
  visibleLength,
  wordsOf,
} from './text-measure';
import { isInBlockquote, walkElements } from './walk';
import { isHeadingTag } from './tags';

/** Phrases per language. A pattern built from one matches in any of its languages: a page's widgets need not speak the page's. */
type PhrasesByLanguage = Readonly<Record<string, readonly string[]>>;

/** Every phrase of a per-language table, in one list. */
export function phrasesOf(table: PhrasesByLanguage): readonly string[] {
  return Object.values(table).flat();
}

/**
 * The phrases of a per-language table (or a list) as one regex alternation, each written by `toSource`:
 * as it stands (the table holds pattern sources) unless a writer is given (`escapeRegExp` for literal text).
 */
export function alternationOf(
  phrases: PhrasesByLanguage | readonly string[],
  toSource: (phrase: string) => string = (phrase) => phrase,
): string {
  return (isPhraseList(phrases) ? phrases : phrasesOf(phrases)).map((phrase) => toSource(phrase)).join('|');
}

function isPhraseList(phrases: PhrasesByLanguage | readonly string[]): phrases is readonly string[] {
  return Array.isArray(phrases);
}

/** Items led by a link, repeated this many times under one parent, form a listing. */
const MIN_LISTING_ITEMS = 3;
/** A listing item is a headline with a line or two: heavier items are an article's own list. */
const MAX_LISTING_ITEM_WEIGHT = 60;
/** A line mostly made of links ("Read more: …", "See what other ETFs …") up to this weight is a pointer elsewhere. */
const LINK_LINE_SHARE = 0.6;
const MAX_LINK_LINE_WEIGHT = 25;
/** Share of a line's letters in links from which the line is all links, whatever its weight. */
const ALL_LINKS_SHARE = 0.85;
/** Share of a listing item's text its links hold, at least: headlines with a line of summary. */
const MIN_ITEM_LINK_SHARE = 0.2;
const EDGE_BLOCKS = 3;

/** Marks that leave a line without words something of the story's: dashes, dots, quotes, brackets (「」 among them), not guillemets (a link's arrow). */
const SPOKEN_OR_RULED = /[\p{Pd}\p{Ps}\p{Pe}.…。"'“”‘’„]/u;
/** A line of at least this weight, mostly not links, is prose. */
const MIN_PROSE_WEIGHT = 15;

export interface ListingItems {
  items: Set<Element>;
  letters: number;
  /** Letters of the items that are story cards: a headline in a heading, or an <article> of its own. */
  cardLetters: number;
  /** The posts of a reply thread (see isThreadGroup), and their letters. */
  threadItems: Set<Element>;
  threadLetters: number;
  /**
   * Story cards each linking its picture and its headline to one story, with summaries too long
   * for a listing's items (see isPictureCard), and their letters: related stories under a story
   * that outweighs them, or the page's own content (a topic page's stories).
   */
  pictureCards: Set<Element>;
  pictureCardLetters: number;
}

/** A story before a reply thread that says this much, in this many sentences, stands by itself. */
const STANDING_STORY_WEIGHT = 80;
const STANDING_STORY_SENTENCES = 5;
/** Posts of one kind, at least this many, each with its date stamp, make a reply thread. */
const MIN_THREAD_POSTS = 5;
/** A reply says this much at most, on average: a blog's posts, each with its stamp, say more. */
const MAX_MEAN_REPLY_WEIGHT = 40;

/**
 * Whether sibling items of one kind are the posts of a reply thread (comments, a forum's
 * answers), or their headers: five or more, nearly all stamped with a time of day after a name
 * or a title, each saying little.
 */
function isThreadGroup(group: Element[], textOf: (element: Element) => string): boolean {
  if (group.length < MIN_THREAD_POSTS || TABLE_PARTS.has(group[0]!.tagName.toUpperCase())) return false;
  // The cheap tests first: most groups are paragraphs or menus without a time among them.
  let weight = 0;
  for (const item of group) {
    weight += textWeight(textOf(item));
    if (weight > MAX_MEAN_REPLY_WEIGHT * group.length) return false;
  }
  let stamped = 0;
  let dateLed = 0;
  for (const item of group) {
    const text = textOf(item);
    const stamp = CLOCK_TIME.test(text) ? STAMP_DATE_ONCE.exec(text) : null;
    if (!stamp) continue;
    stamped++;
    if (!/[\p{L}\p{N}]/u.test(text.slice(0, stamp.index))) dateLed++;
  }
  // Entries that open with their date are a timeline or a schedule, not posts under a name.
  return stamped >= group.length * 0.8 && dateLed <= stamped / 2;
}

/**
 * The label of the control that answers a post, per language: readers' comments carry one each,
 * a live blog's entries do not.
 */
const REPLY_CONTROL_LABELS: PhrasesByLanguage = {
  en: ['reply', 'reply to this comment'],
  de: ['antworten', 'antwort'],
  es: ['responder'],
  fr: ['répondre'],
  it: ['rispondi'],
  pl: ['odpowiedz', 'odpowiedź'],
  pt: ['responder'],
  nl: ['reageren', 'beantwoorden'],
  ru: ['ответить'],
  zh: ['回复', '回覆'],
  ja: ['返信'],
};
const REPLY_CONTROL = new RegExp(`^[\\s↩↪⤷»›]*(?:${alternationOf(REPLY_CONTROL_LABELS)})[\\s↩↪⤷»›]*$`, 'iu');

/** Whether the posts of a thread are readers' comments: at least MIN_THREAD_POSTS of them carry a reply control. */
function isCommentThread(posts: Set<Element>): boolean {
  let answerable = 0;
  for (const post of posts) {
    for (const control of post.querySelectorAll('a, button')) {
      if (!REPLY_CONTROL.test(control.textContent ?? '')) continue;
      if (++answerable >= MIN_THREAD_POSTS) return true;
      break;
    }
  }
  return false;
}

/** A post's stamp tells the time of day too; a reference, a timeline's entry or a release date does not. */
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;
/** Rows and cells are a table's data, whatever dates they hold. */
const TABLE_PARTS = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT']);

/** An item's text and its links (`a` elements, in document order), each read once while the tree stays as it is. */
interface ItemReader {
  textOf: (element: Element) => string;
  linksOf: (element: Element) => Element[];
}

/**
 * Repeated items (siblings of one tag and class) each starting with a link of a few words:
 * related stories, teasers, headlines, search results.
 */
export function findListingItems(content: Element): ListingItems {
  const items = new Set<Element>();
  let letters = 0;
  let cardLetters = 0;
  const threadItems = new Set<Element>();
  let threadLetters = 0;
  const pictureCards = new Set<Element>();
  let pictureCardLetters = 0;
  // Nothing changes the tree here: an element's text, asked by several rules, is read once.
  const texts = new Map<Element, string>();
  const links = new Map<Element, Element[]>();
  const read: ItemReader = {
    textOf: (element) => {
      let text = texts.get(element);
      if (text === undefined) {
        text = element.textContent ?? '';
        texts.set(element, text);
      }
      return text;
    },
    // The links of an item, asked by the listing, teaser and card tests alike, are looked up once,
    // with those of its siblings: the items of a group are asked in turn, and one query of their
    // parent costs what the query of one item does.
    linksOf: (element) => {
      let found = links.get(element);
      if (found === undefined) {
        linksOfChildren(element.parentElement!, links);
        found = links.get(element)!;
      }
      return found;
    },
  };
  const { textOf } = read;
  const visit = (parent: Element) => {
    if (parent.childElementCount >= MIN_LISTING_ITEMS && !isInside(parent, items) && !isInside(parent, pictureCards)) {
      const kinds = new Map<string, Element[]>();
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        const kind = `${child.tagName}.${child.getAttribute('class') ?? ''}`;
        const group = kinds.get(kind);
        if (group) group.push(child);
        else kinds.set(kind, [child]);
      }
      for (const group of kinds.values()) {
        if (group.length < MIN_LISTING_ITEMS) continue;
        if (!isInside(parent, threadItems) && isThreadGroup(group, textOf)) {
          // A flat thread alternates the posts' stamped headers with their texts: the thread runs
          // from its first post to the end of its parent.
          for (let post: Element | null = group[0]!; post; post = post.nextElementSibling) {
            threadItems.add(post);
            threadLetters += visibleLength(textOf(post));
          }
        }
        const led = group.filter((item) => isLinkLedItem(item, read) || isTeaserCard(item, read));
        let weight = 0;
        for (const item of led) weight += textWeight(textOf(item));
        const listing =
          led.length >= MIN_LISTING_ITEMS &&
          led.length >= group.length * 0.8 &&
          weight / led.length <= MAX_LISTING_ITEM_WEIGHT &&
          !isProseList(led, textOf);
        if (!listing) {
          const cards = group.filter((item) => isPictureCard(item, read) || isMoreLinkCard(item, read));
          if (cards.length >= MIN_LISTING_ITEMS && cards.length >= group.length * 0.8) {
            for (const item of group) {
              pictureCards.add(item);
              pictureCardLetters += visibleLength(textOf(item));
            }
          }
          continue;
        }
        // The few items of such a group that its test missed (a headline of two words, an item
        // with no link) belong to the same list.
        for (const item of group) {
          items.add(item);
          const length = visibleLength(textOf(item));
          letters += length;
          if (isTeaserCard(item, read) || headlineLink(item, read)) cardLetters += length;
        }
      }
    }
  };
  visit(content);
  walkElements(content, visit);
  return { items, letters, cardLetters, threadItems, threadLetters, pictureCards, pictureCardLetters };
}

/**
 * The links (`a` elements, in document order) under each child of `parent`, as each child's
 * `querySelectorAll('a')` lists them, from one query of the parent: a link that is a child itself is under none.
 */
function linksOfChildren(parent: Element, links: Map<Element, Element[]>): void {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) links.set(child, []);
  for (const link of parent.querySelectorAll('a')) {
    let child: Element = link;
    for (let up = link.parentElement; up && up !== parent; up = up.parentElement) child = up;
    if (child !== link) links.get(child)!.push(link);
  }
}

/**
 * A list item's own line before a nested listing (see findListingItems), led by a link like the
 * listing's items and as short: the first post of a tree of replies, which its answers nest under.
 */
function headsNestedListing(block: TextBlock, holdsItems: Set<Element>): boolean {
  if (block.element.tagName.toUpperCase() !== 'LI' || !holdsItems.has(block.element)) return false;
  return (
    textWeight(block.text) <= MAX_LISTING_ITEM_WEIGHT &&
    block.linkLength >= visibleLength(block.text) * MIN_ITEM_LINK_SHARE
  );
}

/** A teaser is a headline with a line of summary; items that each say two sentences or more are an article's own list. */
const MIN_PROSE_ITEM_SENTENCES = 2;
const MIN_PROSE_ITEM_WEIGHT = 12;

function isProseList(items: Element[], textOf: (element: Element) => string): boolean {
  let sentences = 0;
  let weight = 0;
  for (const item of items) {
    const text = collapseWhitespace(textOf(item));
    sentences += sentenceCount(text);
    weight += textWeight(text);
  }
  return sentences >= items.length * MIN_PROSE_ITEM_SENTENCES && weight >= items.length * MIN_PROSE_ITEM_WEIGHT;
}

function isInside(el: Element, items: Set<Element>): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) if (items.has(at)) return true;
  return false;
}

/**
 * A short <article> that links elsewhere (its picture, its headline): one of a run of story
 * cards. Readability often strips a card's headline and keeps its picture link and summary.
 */
function isTeaserCard(item: Element, { textOf, linksOf }: ItemReader): boolean {
  return (
    item.tagName.toUpperCase() === 'ARTICLE' &&
    linksOf(item).some((link) => link.hasAttribute('href')) &&
    textWeight(textOf(item)) <= MAX_LISTING_ITEM_WEIGHT
  );
}

/** A story card says this much at most: its headline, a summary of a few sentences, its byline and date. */
const MAX_CARD_WEIGHT = 100;

/**
 * The item's first link in a heading, as `item.querySelector('h1 a[href], …, h6 a[href]')` finds it (the heading may
 * stand above the item), from the item's links.
 */
function headlineLink(item: Element, { linksOf }: ItemReader): Element | undefined {
  return linksOf(item).find((link) => link.hasAttribute('href') && isInHeading(link));
}

function isInHeading(element: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (isHeadingTag(at.tagName)) return true;
  return false;
}

/**
 * A story card: its headline, in a heading, links to a story that another link of the card, with
 * no words (its picture), links to as well; a summary of a few sentences may follow. An article's
 * own list links each entry's heading once.
 */
function isPictureCard(item: Element, read: ItemReader): boolean {
  if (textWeight(read.textOf(item)) > MAX_CARD_WEIGHT) return false;
  const headline = headlineLink(item, read);
  if (!headline) return false;
  const target = headline.getAttribute('href');
  for (const link of read.linksOf(item)) {
    if (link !== headline && link.getAttribute('href') === target && !/[\p{L}\p{N}]/u.test(read.textOf(link))) {
      return true;
    }
  }
  return false;
}

/** A "read more" control says this many words at most ("Ver más", "Read more", a picture's none). */
const MAX_MORE_LINK_WORDS = 2;

/**
 * A story card that links its story twice: its headline (three words or more, anywhere in the
 * card, often under the summary) and a control of a word or two to the same place ("Ver más",
 * "Read more") or a picture. An article's own list links an entry once; a grid's cards in table
 * cells have no heading for isPictureCard to read.
 */
function isMoreLinkCard(item: Element, read: ItemReader): boolean {
  const links = read.linksOf(item);
  if (links.length < 2 || textWeight(read.textOf(item)) > MAX_CARD_WEIGHT) return false;
  const headlines = new Set<string>();
  const controls = new Set<string>();
  for (const link of links) {
    const target = link.getAttribute('href');
    if (!target) continue;
    const words = textWeight(read.textOf(link));
    if (words >= 3) headlines.add(target);
    else if (words <= MAX_MORE_LINK_WORDS) controls.add(target);
  }
  for (const target of headlines) if (controls.has(target)) return true;
  return false;
}

/** An item whose first text is a link of three words or more, with at most a date or label before it. */
function isLinkLedItem(item: Element, { textOf, linksOf }: ItemReader): boolean {
  if (isInBlockquote(item)) return false;
  // A picture linked to the story often comes first: the headline is the first link with words.
  // One pass over the links finds it and sums the letters of all of them.
  let linkText: string | undefined;
  let links = 0;
  for (const a of linksOf(item)) {
    const text = textOf(a);
    links += visibleLength(text);
    if (linkText === undefined && a.hasAttribute('href') && /[\p{L}\p{N}]/u.test(text)) linkText = text.trim();
  }
  if (linkText === undefined) return false;
  if (textWeight(linkText) < 3) return false;
  const all = textOf(item).trim();
  const before = all.indexOf(linkText);
  if (before < 0 || textWeight(all.slice(0, before)) > 4) return false;
  return links >= visibleLength(all) * MIN_ITEM_LINK_SHARE;
}

/**
 * How a language writes a date's words, as regex sources: its months and weekdays, the words that
 * follow a clock time ("am", "Uhr"), and the words that join a date's parts after a stamp's label
 * ("3 de marzo de 2021"), read only in a labelled stamp, where they cannot be a sentence's.
 */
const DATE_WORDS: Readonly<
  Record<
    string,
    { months: readonly string[]; weekdays: readonly string[]; clock: readonly string[]; joins: readonly string[] }
  >
> = {
  en: {
    months: [
      'jan(?:uary)?',
      'feb(?:ruary)?',
      'mar(?:ch)?',
      'apr(?:il)?',
      'may',
      'june?',
      'july?',
      'aug(?:ust)?',
      'sep(?:t(?:ember)?)?',
      'oct(?:ober)?',
      'nov(?:ember)?',
      'dec(?:ember)?',
    ],
    weekdays: ['(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?'],
    clock: ['[ap]\\.?m\\.?'],
    joins: [],
  },
  de: {
    months: [
      'jan(?:uar)?',
      'jänner',
      'feb(?:ruar)?',
      'märz?',
      'apr(?:il)?',
      'mai',
      'juni',
      'juli',
      'aug(?:ust)?',
      'sep(?:t(?:ember)?)?',
      'okt(?:ober)?',
      'nov(?:ember)?',
      'dez(?:ember)?',
    ],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    clock: ['uhr'],
    joins: [],
  },
  fr: {
    months: [
      'janv(?:ier)?',
      'févr(?:ier)?',
      'mars',
      'avr(?:il)?',
      'mai',
      'juin',
      'juil(?:let)?',
      'août',
      'sept(?:embre)?',
      'octobre',
      'novembre',
      'déc(?:embre)?',
    ],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    clock: [],
    joins: [],
  },
  es: {
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'sept?iembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    clock: [],
    joins: ['de', 'del'],
  },
  it: {
    months: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    clock: [],
    joins: [],
  },
  pt: {
    months: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
    weekdays: ['(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?', 'sábado', 'domingo'],
    clock: [],
    joins: ['de'],
  },
};
/** The words that join a date's parts ("3 de marzo de 2021"), in any language. */
const DATE_JOIN_WORDS = new Set(Object.values(DATE_WORDS).flatMap((words) => words.joins));
const dateWords = (part: 'months' | 'weekdays' | 'clock') =>
  alternationOf(Object.values(DATE_WORDS).flatMap((words) => words[part]));
/**
 * One word of a date: figures with their separators ("03/27/2013", "10:32", "12.", "10h32"), a
 * month or a weekday, a clock's word, or a separator.
 */
const DATE_TOKEN = new RegExp(
  `^(?:\\d{1,4}(?:st|nd|rd|th)?(?:[:/.,-]\\d{1,4})*(?:${dateWords('clock')})?[,.]?|\\d{1,2}h\\d{2}[,.]?|(?:${dateWords('clock')})[,.]?|(?:${dateWords('months')})\\.?,?|(?:${dateWords('weekdays')})\\.?,?|[|•·–-])$`,
  'iu',
);
/** Time zones and the like ("ET", "GMT", "UTC"). */
const ZONE_TOKEN = /^\(?[A-Z]{2,4}\)?,?$/u;
/** Date tokens that only a date has: a month or weekday name, or figures joined by a separator ("10:32", "03/27/2013"). */
const DATE_SHAPED = /^(?:\d{1,4}[:/.-]\d|[a-z])/iu;

const isDateToken = (token: string) => DATE_TOKEN.test(token) || ZONE_TOKEN.test(token);

/**
 * A short line that is mostly a date and a time with words beside it: the stamp of a post or an
 * edit ("Updated 10:32 AM ET, Mon June 5, 2017", "Posted at 02:44 PM ET"). A bare date ("20 July
 * 2012") is the article's own date and stays, as a byline does; a lone figure ("0") is no date.
 */
export function isDateStamp(text: string): boolean {
  const tokens = text.split(/\s+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12 || isBareDate(text)) return false;
  // After a stamp's label, the words that join it to its date and its time are the date's
  // ("Aktualisiert am 12.05.2021 um 10:32 Uhr", "Actualizado el 3 de marzo de 2021 a las 10:32").
  const labelled = STAMP_LABEL_WORDS.has(stampWord(tokens[0]!));
  const dateTokens = tokens.filter(
    (token) => isDateToken(token) || (labelled && STAMP_JOIN_WORDS.has(stampWord(token))),
  );
  // A zone alone makes no date: a byline in capitals holds names of zone's length ("By SAM LEE").
  const dated = dateTokens.some((token) => DATE_TOKEN.test(token) && DATE_SHAPED.test(token));
  if (dateTokens.length < tokens.length * 0.6 || !dated) return false;
  return tokens.some((token) => !isDateToken(token) && /\p{L}/u.test(token));
}

/**
 * The words that label a story's own publication date, per language ("Published: …", "Posted :
 * …", "Veröffentlicht am …"), an edit's ("Updated"), and the words that may stand beside them in
 * the same stamp ("Last updated: …" after it, "on", "am" joining a label to its date; "at", "um"
 * joining the date to its time, read only in a stamp that names its writer). An edit's stamp
 * alone ("Updated 11:40 AM") labels no publication.
 */
const PUBLICATION_LABELS: Readonly<
  Record<
    string,
    { published: readonly string[]; edited: readonly string[]; beside: readonly string[]; atTime: readonly string[] }
  >
> = {
  en: {
    published: ['published', 'posted'],
    edited: ['updated'],
    beside: ['last', 'first', 'on', 'date'],
    atTime: ['at'],
  },
  de: {
    published: ['veröffentlicht', 'erstellt'],
    edited: ['aktualisiert'],
    beside: ['zuletzt', 'am'],
    atTime: ['um', 'uhr'],
  },
  es: { published: ['publicado'], edited: ['actualizado'], beside: ['el'], atTime: ['a', 'las'] },
  fr: { published: ['publié', 'publiée'], edited: ['mis'], beside: ['à', 'jour', 'le'], atTime: [] },
  it: { published: ['pubblicato'], edited: ['aggiornato'], beside: ['il'], atTime: ['alle'] },
  pt: { published: ['publicado'], edited: ['atualizado'], beside: ['em'], atTime: ['às'] },
  pl: { published: ['opublikowano'], edited: ['aktualizacja', 'zaktualizowano'], beside: [], atTime: ['o'] },
};
const PUBLISHED_WORDS = new Set(Object.values(PUBLICATION_LABELS).flatMap((labels) => labels.published));
const STAMP_LABEL_WORDS = new Set(
  Object.values(PUBLICATION_LABELS).flatMap((labels) => [...labels.published, ...labels.edited]),
);
const PUBLICATION_STAMP_WORDS = new Set(
  Object.values(PUBLICATION_LABELS).flatMap((labels) => [...labels.published, ...labels.edited, ...labels.beside]),
);
/** The words that join a stamp's date to its clock time ("… on March 5 at 10:27 am"), beside the words above. */
const AT_TIME_WORDS = new Set(Object.values(PUBLICATION_LABELS).flatMap((labels) => labels.atTime));
/** The words that join a labelled stamp's date to its label, its parts and its time, in any language. */
const STAMP_JOIN_WORDS = new Set([
  ...Object.values(PUBLICATION_LABELS).flatMap((labels) => [...labels.beside, ...labels.atTime]),
  ...DATE_JOIN_WORDS,
]);
/** A stamp's word as the labels above spell it: lowercased, without the colon or comma after it. */
const stampWord = (token: string) => token.toLowerCase().replace(/[:：,.]+$/u, '');

/**
 * A date stamp whose words are only the label of the story's own date ("Published: December
 * 29, 2007", "Posted : Mon, 31 Dec 2007 16:00:00 GMT", "Published: … | Last updated: …"): the
 * header's date line, as a bare date is. A stamp that names more ("Posted by Sam in News") or
 * only an edit ("Updated 11:40 AM ET, March 4") is none.
 */
export function isPublicationStamp(text: string): boolean {
  if (!isDateStamp(text)) return false;
  const tokens = text.split(/\s+/u).filter(Boolean);
  const words = tokens
    .filter((token, at) => !isDateToken(token) && !joinsDateToTime(tokens, at))
    .map(stampWord)
    .filter(Boolean);
  return (
    words.some((word) => PUBLISHED_WORDS.has(word)) &&
    words.every((word) => PUBLICATION_STAMP_WORDS.has(word) || DATE_JOIN_WORDS.has(word))
  );
}

/**
 * Whether the word at `at` is one that joins a date to its clock time, between the two ("… 3 de
 * marzo de 2021 a las 10:32", "… March 5, 2021 at 10:27 am"), as a French stamp's "à" is read:
 * the time says when on the labelled day, not who posted. After the label itself ("Posted at
 * 02:44 PM") the word joins no date.
 */
function joinsDateToTime(tokens: readonly string[], at: number): boolean {
  const joins = (token: string) => AT_TIME_WORDS.has(stampWord(token));
  if (!joins(tokens[at]!)) return false;
  let before = at - 1;
  while (before >= 0 && joins(tokens[before]!)) before--;
  let after = at + 1;
  while (after < tokens.length && joins(tokens[after]!)) after++;
  const date = tokens[before];
  const time = tokens[after];
  return !!date && !!time && isDateToken(date) && /\d/u.test(date) && /^\d{1,2}[:h.]\d{2}/u.test(time);
}

/** The word that opens a byline, per language ("By Sam Lee", "Von Sam Lee"). */
export const BYLINE_WORDS: PhrasesByLanguage = {
  en: ['by'],
  de: ['von'],
  es: ['por'],
  fr: ['par'],
  it: ['di'],
  nl: ['door'],
  pt: ['por'],
};
const BYLINE_WORD_SET = new Set(phrasesOf(BYLINE_WORDS));
/** A writer's name inside a stamp has this many words at most ("Jane Doe", "timothy"). */
const MAX_STAMP_NAME_WORDS = 4;

/**
 * A post's or an edit's stamp that names its writer ("Posted by Jane Doe on March 5, 2013 at
 * 10:27 am", "Updated 10:32 AM ET by Sam Lee", "Posted 3 hours ago by Sam Lee"): without the
 * byline's word and the name after it (up to the stamp's next word or date), the line is a
 * labelled date stamp or a relative one. A byline with a bare date ("By Sam Lee, March 5") has
 * no label, and stays.
 */
export function isBylinedStamp(text: string): boolean {
  if (text.length > 120) return false;
  const tokens = text.split(/\s+/u).filter(Boolean);
  const by = tokens.findIndex((token) => BYLINE_WORD_SET.has(token.toLowerCase()));
  if (by < 0) return false;
  let end = by + 1;
  const isStampWord = (token: string) => PUBLICATION_STAMP_WORDS.has(token) || AT_TIME_WORDS.has(token);
  while (end < tokens.length && !isDateToken(tokens[end]!) && !isStampWord(stampWord(tokens[end]!))) end++;
  const nameWords = end - by - 1;
  if (nameWords === 0 || nameWords > MAX_STAMP_NAME_WORDS) return false;
  const rest = [...tokens.slice(0, by), ...tokens.slice(end)];
  if (isRelativeTimeStamp(rest.join(' '))) return true;
  // Every word left is the stamp's label or joins it to its date, so the date need not outweigh them.
  const dated = rest.some((token) => DATE_TOKEN.test(token) && DATE_SHAPED.test(token));
  const words = rest
    .filter((token) => !isDateToken(token))
    .map(stampWord)
    .filter(Boolean);
  return dated && words.some((word) => STAMP_LABEL_WORDS.has(word)) && words.every(isStampWord);
}

/**
 * How a language says a time relative to now around a figure, '#' standing for it: the words
 * before and after it, and the units it counts ("posted 1 hour ago", "vor 3 Stunden", "hace 2
 * días", "il y a 5 minutes", "3小时前").
 */
interface RelativeTimeWords {
  before: string;
  after: string;
  units: readonly string[];
}
const RELATIVE_TIME_WORDS: Readonly<Record<string, RelativeTimeWords>> = {
  en: {
    before: '',
    after: 'ago',
    units: ['seconds?', 'secs?', 'minutes?', 'mins?', 'hours?', 'hrs?', 'days?', 'weeks?', 'months?', 'years?'],
  },
  de: {
    before: 'vor',
    after: '',
    units: [
      'sekunden?',
      'minuten?',
      'min\\.?',
      'stunden?',
      'std\\.?',
      'tag(?:en)?',
      'wochen?',
      'monat(?:en)?',
      'jahr(?:en)?',
    ],
  },
  es: {
    before: 'hace',
    after: '',
    units: ['segundos?', 'minutos?', 'min\\.?', 'horas?', 'días?', 'semanas?', 'mes(?:es)?', 'años?'],
  },
  fr: {
    before: 'il y a',
    after: '',
    units: ['secondes?', 'minutes?', 'min\\.?', 'heures?', 'h', 'jours?', 'semaines?', 'mois', 'ans?'],
  },
  it: {
    before: '',
    after: 'fa',
    units: ['secondi', 'minuti', 'ore', 'ora', 'giorni', 'giorno', 'settimane', 'mesi', 'anni'],
  },
  pt: {
    before: 'há',
    after: '',
    units: ['segundos?', 'minutos?', 'min\\.?', 'horas?', 'dias?', 'semanas?', 'mês', 'meses', 'anos?'],
  },
  pl: {
    before: '',
    after: 'temu',
    units: ['sekund[ya]?', 'minut[ya]?', 'godzin[ya]?', 'dni', 'dzień', 'tygodni[e]?', 'miesięcy', 'lat'],
  },
  zh: {
    before: '',
    after: '前',
    units: ['秒', '分钟', '分鐘', '小时', '小時', '天', '周', '週', '个月', '個月', '年'],
  },
  ja: { before: '', after: '前', units: ['秒', '分', '時間', '日', '週間', 'か月', 'ヶ月', '年'] },
};
/** A relative time in any language: the page's own language is not always the one its widgets speak. */
const RELATIVE_TIME = new RegExp(
  Object.values(RELATIVE_TIME_WORDS)
    .map(({ before, after, units }) => {
      const spaced = /\p{Script=Latin}/u.test(before + after);
      const gap = spaced ? '\\s+' : '\\s*';
      return `${before ? `(?<!\\p{L})${before}${gap}` : '(?<![\\p{L}\\p{N}])'}\\d{1,4}\\s*(?:${alternationOf(units)})${
        after ? `${gap}${after}` : ''
      }${spaced ? '(?!\\p{L})' : ''}`;
    })
    .join('|'),
  'iu',
);
/** What a relative stamp says beside its time ("posted", "Updated", "aktualisiert"), at most. */
const MAX_RELATIVE_STAMP_REST = 3;

/**
 * A stamp that tells its time relative to now ("posted 1 hour ago", "Aktualisiert vor 3
 * Stunden", "hace 2 días"): the time and a word or two, no sentence. A sentence that says how
 * long ago something happened ends as a sentence or says more.
 */
export function isRelativeTimeStamp(text: string): boolean {
  if (text.length > 60) return false;
  const match = RELATIVE_TIME.exec(text);
  if (!match) return false;
  const rest = text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length);
  return textWeight(rest) <= MAX_RELATIVE_STAMP_REST && !endsLikeSentence(text) && sentenceCount(rest) === 0;
}

/**
 * A line that is a date and nothing else ("July 24, 2012 11:25 AM", "Monday, 29 October 2012",
 * "martes, 3 de marzo de 2021"): the article's own date. A word that joins a date's parts is the
 * date's only between two of its tokens ("De 2019 a 2021" opens with one).
 */
export function isBareDate(text: string): boolean {
  const tokens = text.split(/\s+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12 || !/\d/u.test(text)) return false;
  const last = tokens.length - 1;
  const isDatePart = (token: string, at: number) =>
    isDateToken(token) || (at > 0 && at < last && DATE_JOIN_WORDS.has(token.toLowerCase()));
  return tokens.every(isDatePart) && tokens.some((token) => DATE_TOKEN.test(token) && DATE_SHAPED.test(token));
}

/** What a stamp in such a script says beside its date and time ("发表于", "更新 来源：转载文章", "作者：… 时间："), at most. */
const MAX_UNSPACED_STAMP_WEIGHT = 12;

/**
 * The stamp of a post or an edit in a script written without spaces ("2005-04-05 06:40更新
 * 来源：转载文章", "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)"): a full date and a clock
 * time with a few words beside them and no sentence. isDateStamp reads words between blanks,
 * and these labels are glued to the figures. A row of data keeps its dates.
 */
export function isUnspacedStamp(block: TextBlock): boolean {
  const text = block.text;
  if (text.length > 120 || !UNSPACED_CHAR.test(text) || !CLOCK_TIME.test(text)) return false;
  const withoutDates = text.replace(STAMP_DATE, ' ');
  if (withoutDates === text || !/(?:19|20)\d{2}/u.test(text)) return false;
  if (/[。！？]/u.test(text) || textWeight(withoutDates) > MAX_UNSPACED_STAMP_WEIGHT) return false;
  return !isDataCell(block.element);
}

/** The stamp of a post or an edit, as any of the rules above reads it: dropped at the story's edges. */
export function isStamp(block: TextBlock): boolean {
  return (
    isDateStamp(block.text) || isUnspacedStamp(block) || isRelativeTimeStamp(block.text) || isBylinedStamp(block.text)
  );
}

/**
 * The notice that a story was edited after it went out, per language ("This post has been updated
 * since it was first published.", "Dieser Artikel wurde aktualisiert."): its subject and its verb.
 */
const UPDATE_NOTICES: PhrasesByLanguage = {
  en: ['this (?:post|story|article|report|piece|blog post) (?:has been|was|has been further) updated'],
  de: ['(?:dieser|der) (?:artikel|beitrag|text) wurde (?:zuletzt )?aktualisiert'],
  es: ['(?:esta|la) (?:nota|noticia) (?:ha sido|fue) actualizada', '(?:este|el) artículo (?:ha sido|fue) actualizado'],
  fr: ['cet article a été mis à jour'],
  it: ['quest(?:o articolo|a notizia) è stat[oa] aggiornat[oa]'],
  pt: ['(?:esta|a) (?:matéria|notícia|reportagem) foi atualizada', '(?:este|o) (?:artigo|texto) foi atualizado'],
};
const UPDATE_NOTICE = new RegExp(`^(?:${alternationOf(UPDATE_NOTICES)})\\b`, 'iu');
/** An update notice says what it adds in this much at most ("… with comment from the company."). */
const MAX_UPDATE_NOTICE_WEIGHT = 20;

/**
 * A line that says the story was updated (see UPDATE_NOTICES) and little else, in one sentence:
 * a note of the page's history, not of the story.
 */
export function isUpdateNotice(text: string): boolean {
  return UPDATE_NOTICE.test(text) && textWeight(text) <= MAX_UPDATE_NOTICE_WEIGHT && sentenceCount(text) <= 1;
}

/**
 * A forum's note of who posted or last edited a post, and when ("本帖最后由 大卫 于 2005-8-12 16:12
 * 编辑", "本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表."): the board's record, not the post.
 */
const FORUM_POST_NOTE =
  /^[\s【[(（]*(?:本|此|该|該)(?:帖子?|贴子?|貼子?|文章?|篇)(?:最后|最後)?(?:由|被)\s*\S.{0,30}?\s*于\s*\d{2,4}\s*[-年/.]\s*\d{1,2}.{0,60}?(?:编辑|編輯|修改|发表|發表|发布|發佈|发贴|發貼)[\s.。)）\]】]*$/u;

export function isForumPostNote(text: string): boolean {
  return text.length <= 120 && FORUM_POST_NOTE.test(text);
}

/**
 * Where a reposted text was taken from, said under it ("(摘自《上海社会科学院学术季刊》2000年第2期，原文约
 * 15，000字)", "“民主与科学”网站搜集整理于2002-09-25"): a citation of the source, no line of the story.
 */
const EXCERPT_SOURCE =
  /^[\s(（【[]*(?:摘自|摘编自|摘編自|节选自|節選自|选自|選自|转载自|轉載自|转引自|轉引自|转自|轉自|原载|原載|原载于|原載於|刊于|刊於)\s*[:：]?\s*\S|(?:搜集|收集|编辑|編輯)?整理于\s*\d{4}\s*[-年/.]\s*\d{1,2}/u;
/** Such a citation names the source and its issue in this much at most. */
const MAX_EXCERPT_SOURCE_WEIGHT = 40;

export function isExcerptSource(text: string): boolean {
  return EXCERPT_SOURCE.test(text) && textWeight(text) <= MAX_EXCERPT_SOURCE_WEIGHT && !/[。！？]/u.test(text);
}

/** The word of a copyright notice, and the sign or "(c)" that may follow it ("Copyright © 2008"). */
const COPYRIGHT_WORD = String.raw`\b(?:[Cc]opyright|COPYRIGHT)\b\s*(?:©|\([cC]\))?`;
/**
 * A copyright mark that names the year or the holder right after it: the sign standing as a
 * word of its own ("© 2008 Name", "Photos © Reuters", "©新华网", "2008 ©"); the word with a
 * year ("text copyright 2008"), or opening the line with a holder ("Copyright The Financial Times
 * Limited 2008"); "(c)" with a year ("(c) 2008", not a clause's "(c) The …"). A sign inside a
 * word or after another sign ("SPECweb©2005", "a manifesto™© we think") is prose, and so is the
 * word in a sentence ("the copyright on the timetables ran out in 1997", "the Copyright Office").
 */
const COPYRIGHT_HOLDER = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}\p{S}])©[\s:]*[\p{N}\p{Lu}\p{Lo}]`,
    String.raw`\p{N}{4}\s*©`,
    String.raw`${COPYRIGHT_WORD}[\s:]*\p{N}{4}`,
    String.raw`^[\s\p{P}]*${COPYRIGHT_WORD}[\s:]*[\p{Lu}\p{Lo}]`,
    String.raw`\([cC]\)\s*\p{N}{4}`,
  ].join('|'),
  'u',
);
/** A line that opens with the sign says whose it is in a few words ("© since 2010"); a longer one is a sentence. */
const OPENING_COPYRIGHT_SIGN = /^[\s\p{P}]*©/u;
/** A notice that opens with the sign and names no year or holder right after it says this much at most. */
const MAX_OPENING_SIGN_WEIGHT = 6;

/** A copyright notice's mark: see COPYRIGHT_HOLDER and OPENING_COPYRIGHT_SIGN. */
export function hasCopyrightMark(text: string): boolean {
  return (
    COPYRIGHT_HOLDER.test(text) || (OPENING_COPYRIGHT_SIGN.test(text) && textWeight(text) <= MAX_OPENING_SIGN_WEIGHT)
  );
}
const CITATION = /\bdoi\b|doi\.org\/|\b10\.\d{4,9}\//iu;

/**
 * The label of a suggestion of how to cite the text, per language ("Citation:", "Cite this article:",
 * "Zitiervorschlag:", "引用格式："), and a citation's "retrieved <date> from <address>": a
 * reference to the text, not the text.
 */
const CITE_LABELS: PhrasesByLanguage = {
  en: [
    'citation',
    'cite this article',
    'cite this story',
    'cite this page',
    'how to cite',
    'how to cite this article',
    'to cite this article',
  ],
  de: ['zitiervorschlag', 'zitierweise', 'zitierhinweis'],
  es: ['cómo citar', 'cómo citar este artículo', 'para citar este artículo'],
  fr: ['pour citer cet article', 'citer cet article', 'référence électronique'],
  it: ['come citare', 'come citare questo articolo', 'per citare questo articolo'],
  pl: ['jak cytować', 'sposób cytowania'],
  pt: ['como citar', 'como citar este artigo', 'para citar este artigo'],
  zh: ['引用格式', '本文引用格式', '引用本文', '引用方式'],
};
const CITE_LABEL = new RegExp(`^[\\s(（【[]*(?:${alternationOf(CITE_LABELS, escapeRegExp)})\\s*[:：]`, 'iu');
const RETRIEVED_FROM =
  /\b(?:retrieved|accessed)\s+(?:on\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+\d{4},?\s+(?:from|at)\s+https?:\/\//iu;

/** A suggestion of how to cite the text: its label, or a reference retrieved from an address. */
export function isCiteLine(text: string): boolean {
  return CITE_LABEL.test(text) || RETRIEVED_FROM.test(text);
}

/**
 * A permalink, per language, with at most its address: the page's address said again
 * ("Permalien https://p.dw.com/p/RPYx", "Permalink").
 */
const PERMALINK = new RegExp(
  `^(?:${alternationOf(
    [
      'permalink',
      'permalien',
      'enlace permanente',
      'dauerhafter link',
      'link permanente',
      'stały link',
      '永久链接',
      '固定链接',
      '永久連結',
    ],
    escapeRegExp,
  )})\\s*[:：]?\\s*(?:https?:\\/\\/\\S+)?$`,
  'iu',
);

export function isPermalinkLine(text: string): boolean {
  return PERMALINK.test(text);
}
/** The words of a copyright notice that carries no sign and no year, per language ("Wszelkie prawa zastrzeżone"). */
const RIGHTS_RESERVED_PHRASES: PhrasesByLanguage = {
  en: ['all rights reserved'],
  de: ['alle rechte vorbehalten'],
  es: ['todos los derechos reservados'],
  fr: ['tous droits réservés'],
  it: ['tutti i diritti riservati'],
  pl: ['wszelkie prawa zastrzeżone'],
  pt: ['todos os direitos reservados'],
  zh: ['版权所有', '版權所有'],
  ja: ['無断転載'],
};
const RIGHTS_RESERVED = new RegExp(alternationOf(RIGHTS_RESERVED_PHRASES), 'iu');

/** A line that opens with the word of a copyright notice ("Copyright ã 1997 by …", its sign garbled). */
const OPENING_COPYRIGHT_WORD = new RegExp(String.raw`^[\s\p{P}]*${COPYRIGHT_WORD}`, 'u');

/**
 * A copyright notice: in the body's second half, a line with a copyright mark or reserved-rights
 * words; anywhere (an old paper's notice under its title), a line that reserves the rights and
 * has the mark or opens with the word.
 */
function isCopyrightNotice(text: string, inSecondHalf: boolean): boolean {
  const marked = hasCopyrightMark(text);
  const reserved = RIGHTS_RESERVED.test(text);
  return inSecondHalf ? marked || reserved : reserved && (marked || OPENING_COPYRIGHT_WORD.test(text));
}

/** A photo credit says whose picture it is, in a few words. */
const MAX_CREDIT_WEIGHT = 6;

/** The words that label a picture's credit, per language ("Photo: …", "Foto: …", "Crédits photos : …"). */
const CREDIT_LABELS: PhrasesByLanguage = {
  de: ['foto', 'fotos', 'bild', 'bildquelle'],
  en: ['photo', 'photos', 'photograph', 'image', 'image source', 'picture', 'credit', 'photo credit', 'courtesy'],
  es: ['foto', 'fotos', 'imagen', 'crédito', 'créditos'],
  fr: ['photo', 'crédit', 'crédits', 'crédit photo', 'crédits photos'],
  it: ['foto', 'immagine'],
  pl: ['fot.', 'zdjęcie'],
  pt: ['foto', 'imagem', 'crédito'],
  zh: ['图片来源', '图片', '摄影'],
  ja: ['写真'],
};
/** A credit label, as the line's first words after any stray punctuation. */
const CREDIT_LABEL = new RegExp(
  `^[\\s.,;(]*(?:${alternationOf(CREDIT_LABELS, (label) =>
    // An abbreviated label ends in its full stop ("Fot. PAP"); the others in a colon.
    label.endsWith('.') ? `${label.slice(0, -1)}\\.\\s` : `${label}\\s*[:：]`,
  )})`,
  'iu',
);

/**
 * A line that opens with the copyright sign or a credit label and names a holder in a few words
 * ("© ABC/Jack Rowand", "(crédito: Minervino Júnior/CB)", "Foto: unsplash/Bill Mead"): a
 * picture's credit, wherever the picture sits. A notice at the end is the copyright rule's; a
 * sentence that mentions © is neither.
 */
export function isPhotoCredit(text: string): boolean {
  if (isWrittenCredit(text) || isPictureSourceNote(text)) return true;
  if (textWeight(text) > MAX_CREDIT_WEIGHT) return false;
  // A label may end in a full stop of its own ("Fot. PAP"): the sentence is looked for after it.
  const credited = /^\(?©/u.test(text) ? text : CREDIT_LABEL.test(text) ? text.replace(CREDIT_LABEL, '') : null;
  return credited !== null && sentenceCount(credited) === 0;
}

/**
 * What a caption says of where its picture comes from, not of what it shows, per language ("File
 * photo", "Imágenes capturadas de video", "Symbolbild", "资料图"): a note on the picture, like its credit.
 */
const PICTURE_SOURCE_NOTES: PhrasesByLanguage = {
  en: [
    'file photo',
    'file image',
    'file picture',
    'stock photo',
    'stock image',
    'screenshot',
    'screen grab',
    'video grab',
  ],
  de: ['archivbild', 'archivfoto', 'symbolbild', 'symbolfoto', 'bildschirmfoto'],
  es: [
    'foto de archivo',
    'imagen de archivo',
    'imagen de referencia',
    'imagen ilustrativa',
    'foto ilustrativa',
    'foto de referencia',
    'captura de video',
    'captura de pantalla',
    'imágenes capturadas de video',
    'imagen capturada de video',
  ],
  fr: ["photo d'archives", "photo d'illustration", "image d'illustration", "capture d'écran", 'illustration'],
  it: ["foto d'archivio", 'immagine di repertorio', 'foto di repertorio', 'immagine di archivio'],
  pl: ['zdjęcie ilustracyjne', 'zdjęcie archiwalne', 'zrzut ekranu'],
  pt: ['foto de arquivo', 'imagem de arquivo', 'imagem ilustrativa', 'foto ilustrativa', 'captura de tela'],
  zh: ['资料图', '资料图片', '資料圖', '資料圖片', '示意图', '示意圖', '视频截图', '視頻截圖', '网络截图'],
  ja: ['資料写真', 'イメージ写真', 'スクリーンショット'],
};
/** The note alone on its line, a credit after it at most ("Foto de archivo / EFE", "资料图（图片来源：网络）"). */
const PICTURE_SOURCE_NOTE = new RegExp(
  `^[\\s(（【\\[]*(?:${alternationOf(PICTURE_SOURCE_NOTES, escapeRegExp)})[\\s.。)）】\\]]*(?:[:：/|,，–—(（-]|$)`,
  'iu',
);

/** A caption that is a note on where its picture comes from (see PICTURE_SOURCE_NOTES), with its credit at most. */
function isPictureSourceNote(text: string): boolean {
  // French writes its elision with either apostrophe ("capture d’écran").
  const match = PICTURE_SOURCE_NOTE.exec(text.replace(/’/gu, "'"));
  if (!match) return false;
  const credit = text.slice(match[0].length);
  return textWeight(credit) <= MAX_CREDIT_WEIGHT && sentenceCount(credit) === 0;
}

/**
 * A picture's credit written out, per language: the kind of picture, a word before it at most
 * ("Portrait illustration"), then "by" or "courtesy of" and its holder ("Photograph by Stephen
 * Voss/Redux", "Photos courtesy of the Philadelphia Flyers").
 */
const WRITTEN_CREDITS: Readonly<Record<string, { kinds: readonly string[]; by: readonly string[] }>> = {
  en: {
    kinds: [
      'photo',
      'photos',
      'photograph',
      'photographs',
      'photography',
      'image',
      'images',
      'picture',
      'pictures',
      'illustration',
      'illustrations',
    ],
    by: ['by', 'courtesy of', 'courtesy'],
  },
};
const WRITTEN_CREDIT = new RegExp(
  `^(?:\\p{L}+\\s+)?(?:${alternationOf(Object.values(WRITTEN_CREDITS).flatMap(({ kinds }) => kinds))})\\s+(?:${alternationOf(
    Object.values(WRITTEN_CREDITS).flatMap(({ by }) => by),
  )})\\s+(.+?)\\.?$`,
  'iu',
);
/** The small words a holder's name may hold between its capitalised ones ("the … Flyers and … Phillies"). */
const HOLDER_JOINS = new Set(['and', 'of', 'the', 'for', 'via', '&', '/']);

/**
 * A line made only of written credits (see WRITTEN_CREDITS), one or more, each naming its holder
 * in a few words, every one capitalised or a joining word: "Photographs by Ansel Adams hang in the
 * hall." names no holder but says something of them, and stays.
 */
function isWrittenCredit(text: string): boolean {
  const credits = text.trim().split(/(?<=\.)\s+(?=\p{Lu})/u);
  return credits.every((credit) => {
    const holder = WRITTEN_CREDIT.exec(credit)?.[1];
    if (!holder || textWeight(holder) > MAX_CREDIT_WEIGHT) return false;
    return holder.split(/\s+/u).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || HOLDER_JOINS.has(word.toLowerCase()));
  });
}

/** A credit label or the copyright sign after a caption's words (", photo: Archives …", ". Foto: Andina", "© AFP / …"). */
const CLOSING_CREDIT_LABEL = new RegExp(
  `(?<=[\\s,.;(])(?:${alternationOf(
    phrasesOf(CREDIT_LABELS).filter((label) => !label.endsWith('.')),
    (label) => `${label}\\s*[:：]`,
  )}|©)`,
  'giu',
);
/**
 * The public domain named as a picture's holder, per language ("… / domena publiczna", "… /
 * dominio público"): a credit by its words, wherever the line sits, and in lower case as often.
 */
const PUBLIC_DOMAIN_HOLDERS: PhrasesByLanguage = {
  en: ['public domain'],
  de: ['gemeinfrei', 'public domain'],
  es: ['dominio público'],
  fr: ['domaine public'],
  it: ['pubblico dominio', 'dominio pubblico'],
  pl: ['domena publiczna'],
  pt: ['domínio público'],
};
const PUBLIC_DOMAIN = new RegExp(`^(?:${alternationOf(PUBLIC_DOMAIN_HOLDERS)})$`, 'iu');
/** A holder named after a slash at a caption's end ("… / ShutterStock", "Noah Berger / AP", "… / (C) Kab Niang"). */
const CLOSING_SLASH_CREDIT = /\s\/\s*(?:\([cC]\)\s*|©\s*)?(\p{L}[^/]*)$/u;
/** A caption with its credit says this much at most. */
const MAX_CREDITED_CAPTION_WEIGHT = 40;
/** A slash credit names its holder in this many words at most ("Photononstop", "AP"). */
const MAX_SLASH_HOLDER_WEIGHT = 4;

/**
 * A caption that closes with its picture's credit: a credit label or © and a holder in a few
 * words ("Roman Prymula, photo: Archives du Gouvernement tchèque", "Mikaela Shiffrin. © AFP /
 * JEFF PACHOUD"), or, in a figure or beside a picture, a capitalised holder after a slash
 * ("praca / ShutterStock", "Noah Berger / AP"). A line that goes on after the credit, or ends as a sentence there ("Fireside / Simon and
 * Schuster, 1991."), is text.
 */
export function endsInPhotoCredit(text: string, besidePicture: () => boolean): boolean {
  if (textWeight(text) > MAX_CREDITED_CAPTION_WEIGHT) return false;
  let holder: string | null = null;
  for (const match of text.matchAll(CLOSING_CREDIT_LABEL)) holder = text.slice(match.index + match[0].length);
  if (holder !== null && textWeight(holder) <= MAX_CREDIT_WEIGHT && /\p{L}/u.test(holder)) {
    return sentenceCount(holder) === 0 && !endsLikeSentence(holder);
  }
  // A slash also parts names in a label ("Berlin / Brandenburg"): by a picture, a capitalised
  // name after it is the holder; the public domain is one anywhere.
  const slashed = CLOSING_SLASH_CREDIT.exec(text)?.[1];
  if (slashed === undefined) return false;
  if (PUBLIC_DOMAIN.test(slashed.trim())) return true;
  return (
    /^\p{Lu}/u.test(slashed) &&
    besidePicture() &&
    textWeight(slashed) <= MAX_SLASH_HOLDER_WEIGHT &&
    sentenceCount(slashed) === 0 &&
    !endsLikeSentence(slashed)
  );
}

/**
 * The title of a table of contents, per language. The list of the story's sections under it goes
 * as links within the page; the title alone ("Inhaltsverzeichnis", "Table of Contents [hide]")
 * is left over, and says nothing of the story.
 */
const CONTENTS_LABELS: PhrasesByLanguage = {
  en: ['contents', 'table of contents', 'in this article', 'jump to'],
  de: ['inhaltsverzeichnis', 'inhalt', 'inhalte'],
  es: ['índice', 'índice de contenidos', 'tabla de contenidos', 'contenidos'],
  fr: ['sommaire', 'table des matières'],
  it: ['indice', 'sommario', 'contenuti'],
  nl: ['inhoudsopgave', 'inhoud'],
  pl: ['spis treści'],
  pt: ['índice', 'sumário', 'conteúdo'],
  zh: ['目录', '目錄'],
  ja: ['目次'],
};
/** The title alone, with its colon or the toggle that shows or hides the list ("[hide]", "[Anzeigen]"). */
const CONTENTS_LABEL = new RegExp(
  `^\\s*(?:${alternationOf(CONTENTS_LABELS)})\\s*[:：]?\\s*(?:\\[[^\\]]{1,12}\\])?\\s*$`,
  'iu',
);

export function isContentsLabel(text: string): boolean {
  return text.length <= 60 && CONTENTS_LABEL.test(text);
}

/**
 * The word a page prints over an advertisement's slot, per language. The label alone on its line
 * (or before a dash: "Advertisement - Continue Reading Below", "ANZEIGE - …") is no text of the
 * story in any language, so every lexicon is asked whatever the page's language.
 */
const AD_LABELS: PhrasesByLanguage = {
  en: ['advertisement', 'advertising', 'adchoices', 'sponsored', 'sponsored content'],
  de: ['anzeige', 'anzeigen', 'werbung'],
  es: ['publicidad', 'anuncio'],
  fr: ['publicité'],
  it: ['pubblicità'],
  ja: ['広告'],
  nl: ['advertentie'],
  pl: ['reklama'],
  pt: ['publicidade'],
  ru: ['реклама'],
  zh: ['广告'],
};
const AD_LABEL = new RegExp(`^[\\s(\\[]*(?:${alternationOf(AD_LABELS)})[\\s)\\]]*(?:$|[-–—:|•·]\\s)`, 'iu');
/** An ad label with what the slot says beside it ("Continue Reading Below"), this much at most. */
const MAX_AD_LINE_WEIGHT = 10;

export function isAdLabel(text: string): boolean {
  return AD_LABEL.test(text) && textWeight(text) <= MAX_AD_LINE_WEIGHT;
}

/**
 * What a widget says while its script fetches it, per language ("Loading...", "Wird geladen …",
 * "加载中"). Alone on its line (dots or an ellipsis after it at most), it is a placeholder the
 * script would have replaced, in any language.
 */
const LOADING_WORDS: PhrasesByLanguage = {
  en: ['loading', 'loading comments'],
  de: ['wird geladen', 'lädt'],
  es: ['cargando'],
  fr: ['chargement', 'chargement en cours'],
  it: ['caricamento', 'caricamento in corso'],
  pl: ['ładowanie', 'wczytywanie'],
  pt: ['carregando', 'a carregar'],
  zh: ['加载中', '正在加载', '载入中', '載入中', '讀取中'],
  ja: ['読み込み中'],
};
const LOADING_PLACEHOLDER = new RegExp(`^\\s*(?:${alternationOf(LOADING_WORDS)})\\s*(?:\\.{2,}|…|。。。)?\\s*$`, 'iu');

/** A line that is a widget's loading placeholder and nothing else (see LOADING_WORDS). */
export function isLoadingPlaceholder(text: string): boolean {
  return LOADING_PLACEHOLDER.test(text);
}

/**
 * What a widget says when it has nothing to show, per language ("No comments yet", "暂无评论"),
 * alone on its line: the comments box or the list it stands for is empty. "Aucun commentaire n'a
 * été fait" is a sentence of the story, and says more.
 */
const EMPTY_WIDGET_NOTES: PhrasesByLanguage = {
  en: ['no comments', 'no comments yet', 'there are no comments yet', 'no results found'],
  de: ['keine kommentare', 'noch keine kommentare', 'es gibt noch keine kommentare'],
  es: ['no hay comentarios', 'aún no hay comentarios', 'todavía no hay comentarios', 'sin comentarios'],
  fr: ['aucun commentaire', 'pas de commentaires', 'pas encore de commentaires'],
  it: ['nessun commento', 'ancora nessun commento'],
  pl: ['brak komentarzy'],
  pt: ['nenhum comentário', 'sem comentários', 'ainda não há comentários'],
  zh: ['暂无评论', '暫無評論', '还没有评论', '還沒有評論', '暂无内容', '暂无相关内容'],
  ja: ['コメントはまだありません'],
};
/**
 * How a widget's invitation or apology opens, per language ("Be the first to comment", "Sorry, no
 * blogs are active for this topic.", "Sei der Erste, der kommentiert"): the empty box's note, in a
 * few words after it.
 */
const EMPTY_WIDGET_OPENERS: PhrasesByLanguage = {
  en: ['sorry, no', 'be the first to'],
  de: ['sei der erste', 'seien sie der erste', 'sei die erste'],
  es: ['sé el primero', 'se el primero'],
  fr: ['soyez le premier', 'soyez la première'],
  it: ['sii il primo'],
  pl: ['bądź pierwszy', 'bądź pierwsza'],
  pt: ['seja o primeiro'],
};
const EMPTY_WIDGET_NOTE = new RegExp(
  `^\\s*(?:(?:${alternationOf(EMPTY_WIDGET_NOTES, escapeRegExp)})[\\s.!。！…]*$|(?:${alternationOf(EMPTY_WIDGET_OPENERS, escapeRegExp)})(?!\\p{L}))`,
  'iu',
);
/** Such a note says this much at most ("Sorry, no blogs are active for this topic."). */
const MAX_EMPTY_NOTE_WEIGHT = 10;

/**
 * A short line that is a widget's note of having nothing to show (see EMPTY_WIDGET_NOTES and
 * EMPTY_WIDGET_OPENERS), in one sentence at most. A quoted refusal ("“Sorry, no,” she said.")
 * opens with its quote mark and stays.
 */
export function isEmptyWidgetNote(text: string): boolean {
  return EMPTY_WIDGET_NOTE.test(text) && textWeight(text) <= MAX_EMPTY_NOTE_WEIGHT && sentenceCount(text) <= 1;
}

/**
 * Social networks, by their names (brand names, the same in every language). A line that names
 * two of them after the story is a "follow us" promo: "You can follow the Magazine on Twitter and
 * on Facebook", "Folge uns auf Facebook | Instagram".
 */
const SOCIAL_NETWORK_NAMES = [
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'linkedin',
  'pinterest',
  'tiktok',
  'whatsapp',
  'telegram',
  'snapchat',
  'mastodon',
  'bluesky',
  'weibo',
  'wechat',
  'xing',
  'reddit',
  'google+',
  '微博',
  '微信',
];
/** A label or name as a regex alternative: a word of a spaced script stands apart from the letters beside it. */
const asWholeLabel = (label: string) =>
  `${/^\p{Script=Latin}/u.test(label) ? '(?<!\\p{Script=Latin})' : ''}${escapeRegExp(label)}${/\p{Script=Latin}$/u.test(label) ? '(?!\\p{Script=Latin})' : ''}`;
const SOCIAL_NETWORK = new RegExp(alternationOf(SOCIAL_NETWORK_NAMES, asWholeLabel), 'giu');

/**
 * How a page says how long the story takes to read, per language ("7 min read", "Tiempo de
 * lectura: 8 minutos", "Ten tekst przeczytasz w mniej niż minutę"). Alone on a short line, it is
 * the page's note about the story, no part of it; every lexicon is asked whatever the page's language.
 */
const READING_TIME_PHRASES: PhrasesByLanguage = {
  en: ['min read', 'mins read', 'minute read', 'minutes read', 'reading time', 'read time'],
  de: ['lesezeit', 'min. lesezeit', 'minuten lesezeit'],
  es: ['tiempo de lectura', 'min de lectura', 'minutos de lectura'],
  fr: ['temps de lecture', 'min de lecture', 'minutes de lecture'],
  it: ['tempo di lettura', 'min di lettura', 'minuti di lettura'],
  nl: ['leestijd', 'min leestijd'],
  pl: ['czas czytania', 'tekst przeczytasz', 'min czytania'],
  pt: ['tempo de leitura', 'min de leitura', 'minutos de leitura'],
  ja: ['読了時間'],
  zh: ['阅读时间', '预计阅读'],
};
const READING_TIME = new RegExp(alternationOf(READING_TIME_PHRASES, asWholeLabel), 'iu');
/**
 * How a publisher asks its readers for money or membership at the end of a story, per language
 * ("Support our journalism", "Únete a nuestra comunidad", "Jetzt unterstützen"): the reader is
 * addressed, in the publisher's first person or the imperative. Every lexicon is asked whatever
 * the page's language.
 */
const SUPPORT_PITCH_PHRASES: PhrasesByLanguage = {
  en: [
    'support our journalism',
    'support independent journalism',
    'support our work',
    'become a member',
    'become a supporter',
    'make a donation',
    'donate now',
    'please consider supporting',
  ],
  de: [
    'unterstützen sie unsere arbeit',
    'unterstützen sie unabhängigen journalismus',
    'jetzt unterstützen',
    'werden sie mitglied',
    'jetzt spenden',
  ],
  es: [
    'apóyanos',
    'apoya nuestro periodismo',
    'apoya el periodismo',
    'únete a nuestra comunidad',
    'hazte socio',
    'hazte miembro',
    'haz una donación',
  ],
  fr: ['soutenez-nous', 'soutenez notre travail', 'soutenez le journalisme', 'faites un don', 'devenez membre'],
  it: ['sostienici', 'sostieni il giornalismo', 'fai una donazione', 'abbonati ora'],
  pl: ['wesprzyj nas', 'wesprzyj naszą pracę', 'wspieraj niezależne dziennikarstwo'],
  pt: ['apoie o jornalismo', 'apoie nosso trabalho', 'apoie o nosso trabalho', 'seja membro', 'faça uma doação'],
};
const SUPPORT_PITCH = new RegExp(alternationOf(SUPPORT_PITCH_PHRASES, asWholeLabel), 'iu');
/** Quotation marks: a line that quotes someone asking for support is the story's. */
const QUOTATION_MARK = /["“”„«»]/u;

/**
 * The imperative that asks the reader to subscribe, per language ("For more car news, subscribe to
 * Auto Express", "Suscríbete a nuestro newsletter", "Abonnez-vous"): at the head of a clause, so a
 * sentence that says someone subscribed is not one.
 */
const SUBSCRIBE_IMPERATIVES: PhrasesByLanguage = {
  en: ['subscribe to', 'subscribe now', 'sign up for', 'sign up to'],
  de: ['abonnieren sie', 'jetzt abonnieren'],
  es: ['suscríbete', 'suscríbase', 'suscribite'],
  fr: ['abonnez-vous'],
  it: ['abbonati', 'iscriviti alla newsletter'],
  pl: ['zaprenumeruj'],
  pt: ['assine já', 'assine a newsletter', 'inscreva-se'],
};
const SUBSCRIBE_IMPERATIVE = new RegExp(
  `(?:^|[,;:.!?]\\s+)(?:${alternationOf(SUBSCRIBE_IMPERATIVES, asWholeLabel)})`,
  'iu',
);

/**
 * A publisher's request for support, membership or a subscription (see SUPPORT_PITCH_PHRASES and
 * SUBSCRIBE_IMPERATIVES), in no quotation.
 */
export function isSupportPitch(text: string): boolean {
  return (SUPPORT_PITCH.test(text) || SUBSCRIBE_IMPERATIVE.test(text)) && !QUOTATION_MARK.test(text);
}

/**
 * The labels that point the reader to another story, per language ("See also:", "PUEDES VER:",
 * "Lesen Sie auch:"). A short line that opens with one and its colon is a pointer, linked or not
 * (Readability may have unwrapped its link).
 */
const SEE_ALSO_LABELS: PhrasesByLanguage = {
  en: [
    'read more',
    'read also',
    'also read',
    'see also',
    'related',
    'related story',
    'related article',
    'related articles',
    'related stories',
    'related posts',
    'related links',
    'more on this',
  ],
  de: ['lesen sie auch', 'lesen sie mehr', 'auch interessant', 'mehr zum thema', 'siehe auch', 'verwandte artikel'],
  es: [
    'puedes ver',
    'lee también',
    'lea también',
    'leer más',
    'te puede interesar',
    'mira también',
    'ver también',
    'relacionado',
    'relacionada',
    'temas relacionados',
    'noticias relacionadas',
    'notas relacionadas',
  ],
  // A capital À is often written without its accent ("A lire aussi :").
  fr: ['lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'lire la suite', 'à voir aussi', 'a voir aussi'],
  fi: ['lue myös', 'lue lisää', 'lue seuraavaksi', 'lue aiheesta lisää'],
  it: ['leggi anche', 'vedi anche', 'potrebbe interessarti'],
  pl: ['czytaj także', 'czytaj też', 'zobacz też', 'zobacz także', 'przeczytaj też', 'przeczytaj także'],
  pt: ['leia também', 'veja também', 'leia mais', 'saiba mais'],
  zh: [
    '相关报道',
    '相关新闻',
    '相关阅读',
    '相关文章',
    '相关链接',
    '延伸阅读',
    '推荐阅读',
    '相關報導',
    '相關新聞',
    '延伸閱讀',
  ],
  ja: ['関連記事', '関連ニュース', 'あわせて読みたい'],
};
const SEE_ALSO_ALTERNATIVES = alternationOf(SEE_ALSO_LABELS, asWholeLabel);
const SEE_ALSO = new RegExp(`^(?:${SEE_ALSO_ALTERNATIVES})\\s*[:：]`, 'iu');
/** The label alone, without its colon: the title of a box of links whose links are gone ("Siehe auch", "Temas relacionados"). */
const SEE_ALSO_ALONE = new RegExp(`^\\s*(?:${SEE_ALSO_ALTERNATIVES})\\s*$`, 'iu');

/** A short line that points to another story under a see-also label (see SEE_ALSO_LABELS), or that label alone. */
export function isSeeAlsoLine(text: string): boolean {
  return (SEE_ALSO.test(text) && textWeight(text) <= MAX_LINK_LINE_WEIGHT) || SEE_ALSO_ALONE.test(text);
}

/**
 * The words of a link that says only where to click, per language ("click here", "hier klicken",
 * "cliquez ici"): the line around it names a control, not a thought of the story.
 */
const CLICK_HERE_PHRASES: PhrasesByLanguage = {
  en: ['click here', 'tap here'],
  de: ['hier klicken', 'klicken sie hier', 'klicke hier'],
  es: ['haga clic aquí', 'haz clic aquí', 'pincha aquí', 'clic aquí'],
  fr: ['cliquez ici', 'cliquer ici'],
  it: ['clicca qui', 'cliccate qui'],
  pl: ['kliknij tutaj', 'kliknij tu'],
  pt: ['clique aqui'],
};
const CLICK_HERE_ALTERNATIVES = alternationOf(CLICK_HERE_PHRASES, asWholeLabel);
const CLICK_HERE = new RegExp(CLICK_HERE_ALTERNATIVES, 'iu');
const OPENS_WITH_CLICK_HERE = new RegExp(`^(?:${CLICK_HERE_ALTERNATIVES})`, 'iu');

/**
 * A republished story's note of the headline it first ran under, opening its line ("原标题：春季学期开学，
 * 织密返校疫情防控网"): the publisher's record, not the story. A sentence that names an earlier title
 * ("…，原标题为《宇航员之死》。") does not open with the label and stays.
 */
const ORIGINAL_TITLE = /^[\s【[(（]*(?:原标题|原標題|原题|原題)\s*[:：]/u;

export function isOriginalTitleLine(text: string): boolean {
  return ORIGINAL_TITLE.test(text);
}

/** A sentence's full stop at the line's end, a closing quote or bracket after it ("… to read more.)"). */
const SENTENCE_STOP = /[.!?。！？…]["'”’»)）]*\s*$/u;

/**
 * A short line built around a "click here" (see CLICK_HERE_PHRASES): one that opens with it ("Click
 * here to return to the menu."), or one that holds it and is no sentence ("News Alerts by Email click
 * here )"). A sentence that says something before its "click here" ("The season may be delayed,
 * click here to read more.") is the story's.
 */
export function isClickHereLine(text: string): boolean {
  if (textWeight(text) > MAX_LINK_LINE_WEIGHT) return false;
  return OPENS_WITH_CLICK_HERE.test(text) || (CLICK_HERE.test(text) && !SENTENCE_STOP.test(text));
}

/** An e-mail address closing its line, a full stop or a bracket after it at most. */
const CLOSING_MAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[.)）\]]?\s*$/u;
/** What a line that invites the reader to write says at most, the address included ("Your views on this story? Email …"). */
const MAX_MAIL_INVITATION_WEIGHT = 12;

/**
 * A short line that asks the reader a question and ends in an e-mail address ("Your views on this
 * story? Email newsdesk@example.com", "Got a tip? tips@example.org"): the site's invitation to
 * write, among the story's last lines. A contact line ("Email: press@example.org") answers no
 * question and stays, as does a sentence that names an address and goes on.
 */
function isMailInvitation(text: string): boolean {
  const address = CLOSING_MAIL_ADDRESS.exec(text);
  return (
    address !== null && /[?？]/u.test(text.slice(0, address.index)) && textWeight(text) <= MAX_MAIL_INVITATION_WEIGHT
  );
}

/**
 * The word a link says when it says only where to go, per language ("… findest Du <a>hier</a>.",
 * "Read our review of the phone <a>here</a>.").
 */
const HERE_WORDS: PhrasesByLanguage = {
  en: ['here'],
  de: ['hier'],
  es: ['aquí', 'aqui', 'acá'],
  fr: ['ici'],
  it: ['qui'],
  nl: ['hier'],
  pl: ['tutaj', 'tu'],
  pt: ['aqui'],
  zh: ['这里', '這裡', '此处', '此處'],
  ja: ['こちら'],
};
const HERE_LINK = new RegExp(`^(?:${alternationOf(HERE_WORDS, escapeRegExp)})$`, 'iu');
/** A pointer line says this much at most: what is pointed to, in a sentence of a few words. */
const MAX_POINTER_WEIGHT = 15;

/**
 * A short line whose one link, on a word of "here" (see HERE_WORDS), leads to another page of
 * the page's own site ("Alles über nachhaltige Wanderschuhe findest Du <a>hier</a>."): the site's
 * pointer to its other stories. A "here" that leads to another site (the report, the study, the
 * statement the story reads) is the story's source, and stays; so does a line that says more.
 */
function isOwnSitePointer(block: TextBlock, base: string): boolean {
  if (block.linkLength === 0 || textWeight(block.text) > MAX_POINTER_WEIGHT || sentenceCount(block.text) > 1) {
    return false;
  }
  const links = block.element.querySelectorAll('a');
  if (links.length !== 1 || !HERE_LINK.test(collapseWhitespace(links[0]!.textContent ?? ''))) return false;
  const ownSite = siteOf(base, base);
  return ownSite !== '' && siteOf(links[0]!.getAttribute('href') ?? '', base) === ownSite;
}

/** A reading-time line says this much at most, a stamp beside it included ("6h ago • 7 min read"). */
const MAX_READING_TIME_WEIGHT = 8;

export function isReadingTimeLine(text: string): boolean {
  return textWeight(text) <= MAX_READING_TIME_WEIGHT && !endsLikeSentence(text) && READING_TIME.test(text);
}

/**
 * The label of a player that reads the story aloud, per language ("Listen to this article",
 * "Escucha esta nota aquí", "Artikel anhören"). A short line that opens with one, no sentence, is
 * the player's control; every lexicon is asked whatever the page's language.
 */
const LISTEN_PHRASES: PhrasesByLanguage = {
  en: ['listen to this article', 'listen to this story', 'listen to the article', 'listen to article'],
  de: ['artikel anhören', 'artikel vorlesen', 'beitrag anhören'],
  es: ['escucha esta nota', 'escucha esta noticia', 'escucha la noticia', 'escuchar noticia', 'escuchar esta nota'],
  fr: ['écouter cet article', "écouter l'article", "durée de l'audio"],
  it: ["ascolta l'articolo", 'ascolta questo articolo'],
  pt: ['ouça esta notícia', 'ouvir notícia', 'ouça a notícia'],
  zh: ['收听本文', '语音播报'],
};
const LISTEN_CONTROL = new RegExp(`^\\s*(?:${alternationOf(LISTEN_PHRASES, asWholeLabel)})`, 'iu');
/** A player's label with what it says beside it ("aquí", its length "4:22"), this much at most. */
const MAX_LISTEN_LINE_WEIGHT = 8;

/** A short line that is a read-aloud player's control (see LISTEN_PHRASES). */
export function isListenControl(text: string): boolean {
  return textWeight(text) <= MAX_LISTEN_LINE_WEIGHT && !endsLikeSentence(text) && LISTEN_CONTROL.test(text);
}

/**
 * Where a pager says the reader is, per language: "Page 2 of 5", "Seite 1 von 3", "第1页/共3页",
 * "共3页". Alone on its line (with the pager's own controls beside it at most: arrows, page
 * numbers, "上一页 | 下一页"), it is the pager's, not the story's: a sentence that counts pages says more.
 */
const PAGER_CONTROL = '(?:[\\s<«‹>»›|/／]|\\d{1,3}(?!\\d)|[上下]一?[页頁]|[首尾末][页頁]|prev(?:ious)?|next)*';
const PAGE_POSITION = new RegExp(
  [
    '(?:page|seite|página|pagina|strona)\\s+\\d{1,3}\\s+(?:of|von|de|di|sur|z)\\s+\\d{1,3}',
    '(?:第\\s*\\d{1,3}\\s*[页頁]\\s*[/／,，]?\\s*)?共\\s*\\d{1,3}\\s*[页頁]',
  ]
    .map((shape) => `^${PAGER_CONTROL}${shape}${PAGER_CONTROL}$`)
    .join('|'),
  'iu',
);

export function isPagePosition(text: string): boolean {
  return PAGE_POSITION.test(text);
}

const MIN_NETWORKS_NAMED = 2;
const MAX_FOLLOW_LINE_WEIGHT = 60;
/** A promo this short may name its networks without linking them; a longer line is a sentence of the story unless it links one. */
const MAX_UNLINKED_PROMO_WEIGHT = 12;
/** A handle on a network ("@BBCNewsEnts"); an e-mail address has letters before its "@". */
const HANDLE = /(?<![\p{L}\p{N}._-])@[\p{L}\p{N}_]{2,}/u;

/**
 * A closing line that names two social networks and sends the reader to them: short, or with a
 * network's name in a link or a handle ("hit 'Like' on our <a>Facebook page</a>", "on Twitter
 * @BBCNewsEnts"). The story's own closing sentence about two networks links elsewhere, if at all.
 */
function isFollowPromo(block: TextBlock): boolean {
  const weight = textWeight(block.text);
  if (weight > MAX_FOLLOW_LINE_WEIGHT) return false;
  const named = new Set(Array.from(block.text.matchAll(SOCIAL_NETWORK), (match) => match[0].toLowerCase()));
  if (named.size < MIN_NETWORKS_NAMED) return false;
  if (weight <= MAX_UNLINKED_PROMO_WEIGHT || HANDLE.test(block.text)) return true;
  if (block.linkLength <= 0) return false;
  return Array.from(block.element.querySelectorAll('a')).some(
    (link) => (link.textContent ?? '').match(SOCIAL_NETWORK) !== null,
  );
}

/**
 * The labels of the controls a page sets around a story, per language: print it, mail it, share
 * it, save it, rate it, comment on it. A line made of nothing else is a row of buttons or links whose
 * icons and links were lost.
 */
const CONTROL_LABELS: PhrasesByLanguage = {
  en: [
    'print',
    'print this',
    'print this article',
    'printer-friendly',
    'printer friendly version',
    'reprint',
    'reprints',
    'email',
    'e-mail',
    'email this',
    'e-mail this',
    'email this article',
    'e-mail this article',
    'send to a friend',
    'email to a friend',
    'e-mail to a friend',
    'share',
    'share this',
    'share this article',
    'tweet',
    'bookmark',
    'subscribe',
    'toolbar',
    'comments',
    'post a comment',
    'leave a comment',
    'add a comment',
    'your comments',
    'rate this',
    'rate this article',
    'rate this story',
    'text size',
    'font size',
  ],
  de: [
    'drucken',
    'artikel drucken',
    'teilen',
    'artikel teilen',
    'versenden',
    'artikel versenden',
    'merken',
    'kommentare',
    'kommentieren',
    'abonnieren',
    'bewerten',
    'artikel bewerten',
    'schriftgröße',
  ],
  es: [
    'imprimir',
    'compartir',
    'enviar',
    'enviar por correo',
    'comentarios',
    'comentar',
    'tus comentarios',
    'deja tu comentario',
    'guardar',
    'suscribirse',
    'valora esta noticia',
    'valora este artículo',
    'califica esta noticia',
  ],
  fr: [
    'imprimer',
    'partager',
    'envoyer',
    'envoyer par e-mail',
    'commentaires',
    'commenter',
    'réagir',
    "s'abonner",
    'sauvegarder',
    'noter cet article',
    'évaluer cet article',
  ],
  it: [
    'stampa',
    'condividi',
    'invia',
    'commenti',
    'commenta',
    'salva',
    'vota questo articolo',
    'valuta questo articolo',
  ],
  nl: ['afdrukken', 'printen', 'delen', 'mailen', 'reageren', 'opslaan'],
  pl: ['drukuj', 'udostępnij', 'wyślij', 'komentarze', 'skomentuj', 'zapisz'],
  pt: [
    'imprimir',
    'compartilhar',
    'partilhar',
    'enviar',
    'comentários',
    'comentar',
    'salvar',
    'guardar',
    'avalie esta notícia',
    'avalie este artigo',
  ],
  ru: ['печать', 'распечатать', 'поделиться', 'отправить', 'комментарии', 'сохранить'],
  zh: [
    '打印',
    '打印本页',
    '打印此文',
    '分享',
    '分享到',
    '收藏',
    '评论',
    '評論',
    '发表评论',
    '發表評論',
    '我要评论',
    '转发',
    '轉發',
    '关闭窗口',
    '關閉窗口',
  ],
  ja: ['印刷', 'シェア', '共有', 'ツイート', 'コメント', 'ブックマーク'],
};
/** Marks that part or point at a row's controls ("Print | Email", "Email »", "Share:"). */
const CONTROL_SEPARATOR = '[\\s|»›«‹·•/,:：>()\\[\\]–—-]';
/** A line made only of control labels and social networks' names, with marks between them. */
const CONTROL_LINE = new RegExp(
  `^${CONTROL_SEPARATOR}*(?:(?:${alternationOf(
    // The longest first: "share this article" before "share".
    [...phrasesOf(CONTROL_LABELS), ...SOCIAL_NETWORK_NAMES].sort((a, b) => b.length - a.length),
    asWholeLabel,
  )})${CONTROL_SEPARATOR}*)+$`,
  'iu',
);
/** A row of controls names this many of them at most. */
const MAX_CONTROL_LINE_WEIGHT = 8;

/**
 * A line that only names the story's controls ("Print", "Reprints", "E-mail Toolbar", "Email »",
 * "facebook", "发表评论"): in every language at once, as a page's buttons are often in English.
 */
export function isControlLabelLine(text: string): boolean {
  return text.length <= 120 && textWeight(text) <= MAX_CONTROL_LINE_WEIGHT && CONTROL_LINE.test(text);
}

/**
 * How a page asks the reader to share the story, per language: the imperative that opens the
 * label ("Share this article:", "Compartir en:", "分享到："), or the infinitive that closes it in
 * German ("Den Artikel mit anderen teilen:"). With a colon after it, it labels the share buttons
 * that followed; a lead-in to a quotation ("Here is what they had to share:") opens otherwise.
 */
const SHARE_IMPERATIVES: PhrasesByLanguage = {
  en: ['share', 'share this', 'share on', 'share via'],
  de: ['teilen', 'teile'],
  es: ['compartir', 'comparte', 'compártelo'],
  fr: ['partager', 'partagez'],
  it: ['condividi', 'condividere'],
  pl: ['udostępnij', 'podziel się'],
  pt: ['compartilhe', 'compartilhar', 'partilhar', 'partilhe'],
  zh: ['分享', '转发', '轉發'],
  ja: ['シェア', '共有'],
};
const SHARE_LABEL = new RegExp(
  `^(?:${alternationOf(SHARE_IMPERATIVES, asWholeLabel)})|(?<!\\p{Script=Latin})teilen(?:\\s*\\/\\s*\\p{L}+)?\\s*[:：]\\s*$`,
  'iu',
);
/** A share label says this much at most ("Den Artikel mit anderen teilen/diskutieren:"). */
const MAX_SHARE_LABEL_WEIGHT = 8;

/** A label that asks the reader to share the story, ending in the colon its buttons followed. */
export function isShareLabel(text: string): boolean {
  return /[:：]\s*$/u.test(text) && textWeight(text) <= MAX_SHARE_LABEL_WEIGHT && SHARE_LABEL.test(text);
}

/**
 * The words a page counts its readers, views and comments with, per language, and those its
 * writer's card counts followers and posts with. A counter is one of them beside a figure
 * ("阅读(123)", "已被阅读178次", "您是本文第 154 个阅览者", "1,234 views", "Comments: 4",
 * "粉丝：23", "文章：11", "1,204 followers").
 */
const COUNTER_WORDS: PhrasesByLanguage = {
  en: ['views', 'reads', 'hits', 'comments', 'replies', 'readers', 'visitors', 'followers'],
  de: ['aufrufe', 'kommentare', 'leser'],
  es: ['visitas', 'lecturas', 'comentarios'],
  fr: ['vues', 'lectures', 'commentaires'],
  pl: ['wyświetleń', 'komentarzy', 'odsłon'],
  pt: ['visualizações', 'leituras', 'comentários'],
  ja: ['閲覧', 'コメント'],
  zh: [
    ...['阅读', '閱讀', '阅览', '閱覽', '浏览', '瀏覽', '点击', '點擊', '评论', '評論', '回复', '回覆', '访问', '訪問'],
    ...['粉丝', '粉絲', '获赞', '獲讚', '文章'],
  ],
};
const COUNTER_WORD = alternationOf(COUNTER_WORDS);
/** A CJK measure word between a figure and what it counts ("154 个阅览者", "1件评论", "178次"). */
const COUNTER_MEASURE = '[次个個件条條位人篇]';
const COUNTER = new RegExp(
  `(?<!\\p{Script=Latin})(?:${COUNTER_WORD})(?:者|数|數|量)?\\s*[:：(（\\[]?\\s*\\d[\\d,.]*\\s*${COUNTER_MEASURE}?[)）\\]]?|\\d[\\d,.]*\\s*${COUNTER_MEASURE}?\\s*(?:${COUNTER_WORD})(?:者|数|數)?(?!\\p{Script=Latin})`,
  'giu',
);
/** What a counter line says beside its counters ("本文发表于首页批评与建议", "您是本文"), at most. */
const MAX_COUNTER_LINE_REST = 8;

/**
 * A line that counts a post's readers or comments ("(本文发表于…, 已被阅读178次)", "您是本文第 154 个
 * 阅览者", "Views: 1,234 | Comments: 4"): page furniture, wherever it stands. It says little beside
 * its counters and no sentence; one counter in a spaced script goes only when it stands alone,
 * as a line that says "3 views" in a few words of its own may be a heading of the story.
 */
export function isCounterLine(text: string): boolean {
  if (text.length > 120 || !/\d/u.test(text) || /[。！？]/u.test(text)) return false;
  const counters = text.match(COUNTER);
  if (!counters) return false;
  const rest = text.replace(COUNTER, ' ');
  const restWeight = textWeight(rest);
  if (restWeight > MAX_COUNTER_LINE_REST || sentenceCount(rest) > 0) return false;
  return counters.length >= 2 || restWeight <= 1 || counters.some((counter) => UNSPACED_CHAR.test(counter));
}

/**
 * A line that is its counters and nothing else ("12,400 views", "Comments (35)", "阅读 1234 · 评论 5"):
 * no byline or date beside them, which a header keeps ("by Sam Lee | 80 views").
 */
export function isBareCounterLine(text: string): boolean {
  return isCounterLine(text) && textWeight(text.replace(COUNTER, ' ')) === 0;
}

/**
 * The label a page credits its editor with, per language ("责任编辑：魏喆", "Editor: Jane Doe",
 * "Redaktion: …"), written with its colon.
 */
const EDITOR_LABELS: PhrasesByLanguage = {
  en: ['editor', 'edited by', 'editing'],
  de: ['redaktion', 'redakteur', 'redakteurin'],
  es: ['edición', 'editor', 'editora', 'redacción'],
  fr: ['édition', 'rédaction', 'éditeur', 'éditrice'],
  pt: ['edição', 'editor', 'editora', 'redação'],
  pl: ['redakcja', 'redaktor'],
  zh: ['责任编辑', '責任編輯', '编辑', '編輯', '责编', '責編'],
  ja: ['編集'],
};
const EDITOR_LABEL = new RegExp(`^[\\s(（【\\[]*(?:${alternationOf(EDITOR_LABELS)})\\s*[:：]`, 'iu');
/** An editor's credit: the label, a name, maybe a link back to the site ("返回搜狐，查看更多"). */
const MAX_EDITOR_LINE_WEIGHT = 8;

/**
 * A line that credits the story's editor ("（ 责任编辑：魏喆 ）", "【编辑:刘欢】", "Editor: Jane Doe"):
 * no text of the story. A sentence that names an editor says more, or ends as a sentence.
 */
export function isEditorCredit(text: string): boolean {
  return EDITOR_LABEL.test(text) && textWeight(text) <= MAX_EDITOR_LINE_WEIGHT && sentenceCount(text) === 0;
}

/**
 * The words that file a post under its categories, per language ("Posted in: Fantasy |", "Posted by
 * Niall in Uncategorized.", "Filed under: News"): the poster's name may stand between them.
 */
const FILED_UNDER_LEADS: Readonly<Record<string, { verb: string; under: string }>> = {
  en: { verb: 'posted|filed', under: 'in|under' },
  de: { verb: 'veröffentlicht|abgelegt', under: 'in|unter' },
  es: { verb: 'publicado|archivado', under: 'en' },
  fr: { verb: 'publié|classé', under: 'dans' },
  it: { verb: 'pubblicato|archiviato', under: 'in' },
  pt: { verb: 'publicado|arquivado', under: 'em' },
};
const BY_WORDS = 'by|von|por|par|da';
const FILED_UNDER = new RegExp(
  `^(?:${Object.values(FILED_UNDER_LEADS)
    .map(({ verb, under }) => `(?:${verb})(?:\\s+(?:${BY_WORDS})\\s+[^\\s]+(?:\\s+[^\\s]+){0,3}?)?\\s+(?:${under})`)
    .join('|')})\\s*(:?)\\s+(.+)$`,
  'iu',
);
/** A post is filed under this many words of categories at most. */
const MAX_CATEGORY_WEIGHT = 6;

/**
 * A line that files the post under its categories (see FILED_UNDER_LEADS): a few words of them
 * after the lead, no figure (a date says when it was posted: the stamp rules read that) and no
 * sentence among them; after a colon, or each capitalised as a category's name is ("Filed under
 * pressure, the report was late." is a sentence).
 */
export function isFiledUnderLine(text: string): boolean {
  const match = FILED_UNDER.exec(text.trim());
  const categories = match?.[2]?.replace(/[\s.|]+$/u, '');
  if (!match || !categories || textWeight(categories) > MAX_CATEGORY_WEIGHT) return false;
  if (/\p{N}/u.test(categories) || sentenceCount(categories) > 0) return false;
  return match[1] === ':' || categories.split(/[\s,;|/&]+/u).every((word) => !word || /^\p{Lu}/u.test(word));
}

/** A blog's trackback address ("Trackback: http://…", "本文通告引用(Trackback)链接: /wp-trackback.php?p=1700"). */
const TRACKBACK = /trackback/iu;
const MAX_TRACKBACK_LINE_WEIGHT = 30;

/** The line that gives a post's trackback address: the word and an address, no sentence. */
export function isTrackbackLine(text: string): boolean {
  return (
    TRACKBACK.test(text) &&
    /(?:https?:\/\/|\/)\S/u.test(text) &&
    textWeight(text) <= MAX_TRACKBACK_LINE_WEIGHT &&
    sentenceCount(text) === 0
  );
}

/** A dated title's headline says this much at most; more is a sentence that mentions a date. */
const MAX_DATED_TITLE_WEIGHT = 30;
/** Dated titles, at least this many, on one line or on lines one after another, make a list. */
const MIN_DATED_TITLES = 3;
/** Brackets around a count, a label or a date after a title ("(367)", "(无内容)", "[图]"). */
const BRACKETED = /[(（[【〔][^()（）[\]【】〔〕]{0,20}[)）\]】〕]/gu;
const AM_PM = /(?<![\p{L}])[ap]\.?m\.?(?![\p{L}])/giu;

/**
 * The titles a line holds, each closed by its date or time with nothing but figures, brackets
 * and counts after it ("·富夫妻…（2005-04-03 17:19PM） ·沪银行…（2005-04-01 16:19PM）", "我的爱在哪
 * 11111 16:31:00 1/31/06 (367)"), or 0 when the line says anything else: a headline opened by
 * its date, or a sentence with dates in it, has words after its last date.
 */
export function datedTitleCount(text: string): number {
  if (text.length > 600 || !/\d/u.test(text)) return 0;
  let titles = 0;
  let from = 0;
  // The figures of the date or time that closes the current title: a date and a time, or a full
  // date, hold three groups or more; "Keynote 9:30" in a schedule holds two.
  let stampFigures = -1;
  const figureGroups = (part: string) => (part.match(/\d+/gu) ?? []).length;
  for (const match of text.matchAll(STAMP_DATE)) {
    const between = text.slice(from, match.index);
    const words = between.replace(BRACKETED, ' ').replace(AM_PM, ' ');
    const firstLetter = words.search(/\p{L}/u);
    if (firstLetter >= 0) {
      // Words before this date: a title it closes. What stands before them ends the last stamp.
      if (stampFigures >= 0 && stampFigures + figureGroups(words.slice(0, firstLetter)) < 3) return 0;
      if (/[。！？；，,]/u.test(between) || textWeight(words) > MAX_DATED_TITLE_WEIGHT) return 0;
      titles++;
      stampFigures = 0;
    } else if (stampFigures < 0)
      return 0; // The line opens with its date.
    else stampFigures += figureGroups(between);
    stampFigures += figureGroups(match[0]);
    from = match.index + match[0].length;
  }
  const after = text.slice(from).replace(BRACKETED, ' ').replace(AM_PM, ' ');
  if (/\p{L}/u.test(after) || stampFigures + figureGroups(after) < 3) return 0;
  return titles;
}

/**
 * Short lines that end in a count in brackets ("未归类 (88)", "2010年3月 (12)", "Travel (4)"), one
 * after another: a blog's categories or its archive by month. An article's own list of that shape
 * (a recipe's "Eggs (2)") has the method after it; these come after the story's last prose.
 */
const COUNTED_ENTRY = /^[^()（）]{1,40}?\s*[(（]\s*\d{1,6}\s*[)）]$/u;
const MAX_COUNTED_ENTRY_WEIGHT = 8;
const MIN_COUNTED_ENTRIES = 3;

function isCountedEntry(block: TextBlock): boolean {
  return (
    COUNTED_ENTRY.test(block.text) &&
    textWeight(block.text) <= MAX_COUNTED_ENTRY_WEIGHT &&
    sentenceCount(block.text) === 0
  );
}

/**
 * Runs of dated-title lines (a thread's follow-ups, a list of older posts) and, after the story's
 * last prose, runs of counted entries (categories, an archive by month), with the short label
 * before either run.
 */
function dropTitleAndCountRuns(blocks: TextBlock[], drop: Set<TextBlock>): void {
  const titleCounts = blocks.map((block) => datedTitleCount(block.text));
  let lastProse = -1;
  blocks.forEach((block, index) => {
    if (isProseLine(block) && !isCounterLine(block.text) && titleCounts[index] === 0) lastProse = index;
  });
  const dropRun = (start: number, end: number) => {
    for (let index = start; index < end; index++) drop.add(blocks[index]!);
    const previous = blocks[start - 1];
    if (previous && isRunLabel(previous)) drop.add(previous);
  };
  for (let index = 0; index < blocks.length;) {
    let end = index;
    while (end < blocks.length && !isDataCell(blocks[end]!.element) && titleCounts[end] === 1) end++;
    if (end - index >= MIN_DATED_TITLES) {
      dropRun(index, end);
      index = end;
      continue;
    }
    end = index;
    while (end < blocks.length && isCountedEntry(blocks[end]!)) end++;
    if (end - index >= MIN_COUNTED_ENTRIES && index > lastProse) {
      dropRun(index, end);
      index = end;
      continue;
    }
    index++;
  }
}

/**
 * Lines that only name the story's controls (see isControlLabelLine), where controls stand: before
 * the story's first prose or after its last, or two or more in a row anywhere. One alone inside
 * the story may be its own word ("Print" over a section on the paper edition), and a heading
 * before the prose may be the story's title.
 */
function dropControlLabels(blocks: TextBlock[], drop: Set<TextBlock>): void {
  const controls = blocks.map((block) => isControlLabelLine(block.text));
  if (!controls.includes(true)) return;
  const firstProse = blocks.findIndex((block) => isProseLine(block));
  const lastProse = blocks.findLastIndex((block) => isProseLine(block));
  blocks.forEach((block, index) => {
    if (!controls[index]) return;
    const beforeProse = firstProse < 0 || index < firstProse;
    const inRun = !!controls[index - 1] || !!controls[index + 1];
    if (beforeProse && isHeadingTag(block.element.tagName) && !inRun) return;
    if (beforeProse || index > lastProse || inRun) drop.add(block);
  });
}

/** Letters a picture's box may hold beside its caption (a title, a second caption) and still be the picture's. */
const MAX_PICTURE_BOX_LETTERS = 200;

/** In a figure, or in a small box that holds a picture beside the line. */
function isBesidePicture(element: Element): boolean {
  if (element.closest('figure, figcaption')) return true;
  const box = element.parentElement;
  if (!box?.querySelector('img, picture')) return false;
  // What the box says beside the line, its other children's letters summed up to the bound: the
  // box may be a whole story's body, whose text need not be read to tell it says more.
  let beside = 0;
  for (let child = box.firstChild; child; child = child.nextSibling) {
    if (child === element || (child.nodeType !== 1 && child.nodeType !== 3)) continue;
    beside += visibleLength(child.textContent ?? '');
    if (beside > MAX_PICTURE_BOX_LETTERS) return false;
  }
  return true;
}

/** A credit in brackets after a caption's words ("… Mujeres Populares. (Teresa Canino Rivera)"). */
const BRACKETED_CREDIT = /^[([（][^()[\]（）]+[)\]）]$/u;

/**
 * A figure's caption that only says again what its picture's own description (its alt text) says,
 * maybe with the picture's credit in brackets after it: the picture's label, filled in twice, not
 * a line of the story.
 */
function isAltRepeatCaption(element: Element): boolean {
  const caption = element.closest('figcaption');
  const figure = caption?.closest('figure');
  if (!caption || !figure) return false;
  const said = comparableCaption(caption.textContent ?? '');
  if (!said) return false;
  return [...figure.querySelectorAll('img[alt]')].some((img) => {
    if (caption.contains(img)) return false;
    const alt = comparableCaption(img.getAttribute('alt') ?? '');
    if (!alt || !said.startsWith(alt)) return false;
    const rest = said.slice(alt.length).trim();
    return !rest || (BRACKETED_CREDIT.test(rest) && textWeight(rest) <= MAX_CREDIT_WEIGHT);
  });
}

function comparableCaption(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

export function isCaption(element: Element): boolean {
  return !!element.closest('figcaption, figure, [class*="caption"], [class*="Caption"]');
}

export interface BodyWithoutBoilerplate {
  blocks: TextBlock[];
  /** Shares of the isolated text's letters in listing items, in story cards, in the posts of a reply thread. */
  listingShare: number;
  cardShare: number;
  threadShare: number;
  /** What the text says outside its thread and its listings (text weight). */
  storyWeight: number;
}
/** The site an address belongs to (see siteOfHost: "www.amazon.co.uk" → "amazon.co.uk"); '' for none. */
function siteOf(address: string, base: string): string {
  try {
    const { protocol, hostname } = new URL(address, base);
    return protocol === 'http:' || protocol === 'https:' ? siteOfHost(hostname) : '';
  } catch {
    return '';
  }
}

/**
 * Whether the listing item holding an element is a link, words and all, to another site than the
 * page's: an entry of the story's own list of what it names (the products, books or sources it recommends), where a
 * list of related stories or teasers links within the site. Asked only after the story's first
 * prose: a run of such links before it is the page's navigation.
 */
function offSiteItems(items: ReadonlySet<Element>, base: string): (element: Element) => boolean {
  const ownSite = siteOf(base, base);
  const answers = new Map<Element, boolean>();
  return (element) => {
    let item: Element | null = element;
    while (item && !items.has(item)) item = item.parentElement;
    if (!item || !ownSite) return false;
    let answer = answers.get(item);
    if (answer === undefined) {
      const sites = Array.from(item.querySelectorAll('a[href]'), (link) =>
        siteOf(link.getAttribute('href') ?? '', base),
      );
      // Each entry is its link, words and all: a card's summary beside its picture link is a teaser's.
      const linked = visibleLength(Array.from(item.querySelectorAll('a'), (link) => link.textContent ?? '').join(''));
      answer =
        sites.length > 0 &&
        sites.every((site) => site !== '' && site !== ownSite) &&
        linked >= visibleLength(item.textContent ?? '') * ALL_LINKS_SHARE;
      answers.set(item, answer);
    }
    return answer;
  };
}

/**
 * Whether the text before a run of story cards is a story by itself (see STANDING_STORY_WEIGHT):
 * grids of teasers under it are its related stories, however many there are. A listing's intro
 * says a line or two.
 */
function storyStandsBeforeCards(blocks: TextBlock[], cards: Set<Element>): boolean {
  let weight = 0;
  let sentences = 0;
  for (const block of blocks) {
    if (isInside(block.element, cards)) break;
    weight += textWeight(block.text);
    sentences += sentenceCount(block.text);
  }
  return weight >= STANDING_STORY_WEIGHT && sentences >= STANDING_STORY_SENTENCES;
}

export function dropBodyBoilerplate(blocks: TextBlock[], content: Element): BodyWithoutBoilerplate {
  const listings = findListingItems(content);
  const { letters: listingLetters, cardLetters, threadItems, threadLetters, pictureCards } = listings;
  const allLetters = visibleLength(content.textContent ?? '');
  // Picture cards under a story that says more than they do are its related stories; more than
  // the rest of the text, they are the page's content.
  const otherLetters = allLetters - listingLetters - threadLetters - listings.pictureCardLetters;
  const items =
    pictureCards.size > 0 &&
    (otherLetters >= listings.pictureCardLetters || storyStandsBeforeCards(blocks, pictureCards))
      ? new Set([...listings.items, ...pictureCards])
      : listings.items;
  // The list items that hold a listing's items: the first post of a tree of replies, its own line
  // before the nested list of answers.
  const holdsItems = new Set<Element>();
  for (const item of items) {
    for (let at = item.parentElement; at && at !== content && !holdsItems.has(at); at = at.parentElement) {
      holdsItems.add(at);
    }
  }
  const drop = new Set<TextBlock>();
  const leadsOffSite = offSiteItems(items, content.ownerDocument?.baseURI ?? '');
  // A reply thread under the story is not the story; a thread with no story before it is the
  // page's text (a forum), or the reason to read the page again (see extractArticle).
  const inThread = (block: TextBlock) => threadItems.size > 0 && isInside(block.element, threadItems);
  const threadStart = blocks.findIndex(inThread);
  // What the text says outside its thread and its listings: the story, if there is one.
  let storyWeight = 0;
  let storySentences = 0;
  let threadWeight = 0;
  let storyBeforeThread = false;
  for (let index = Math.max(0, threadStart); threadStart >= 0 && index < blocks.length; index++) {
    if (inThread(blocks[index]!)) threadWeight += textWeight(blocks[index]!.text);
  }
  for (let index = 0; threadStart >= 0 && index < blocks.length; index++) {
    const block = blocks[index]!;
    if ((index >= threadStart && inThread(block)) || isInside(block.element, items)) continue;
    storyWeight += textWeight(block.text);
    storySentences += sentenceCount(block.text);
    if (index < threadStart && isProseLine(block)) storyBeforeThread = true;
  }
  // The thread goes when the story before it stands by itself or outweighs it; a few lines before
  // a heavier thread may be its lede (a live blog whose entries are stamped), unless its posts
  // answer one another: readers' comments under a short story.
  const dropThread =
    storyBeforeThread &&
    (storyWeight >= threadWeight ||
      (storyWeight >= STANDING_STORY_WEIGHT && storySentences >= STANDING_STORY_SENTENCES) ||
      isCommentThread(threadItems));

  // A dropped thread is no part of the story: the story's last lines are the ones before it.
  const storyEnd = dropThread ? threadStart : blocks.length;
  const sectionLabels = linkedSectionLabels(blocks);
  // Until the first line of prose, a heading is the story's own title, linked or not (a blog
  // post's title is a link to itself).
  let beforeProse = true;
  blocks.forEach((block, index) => {
    const inQuote = isInBlockquote(block.element);
    if (inQuote) {
      // A pointer to another story may be set as a quotation.
      if (isSeeAlsoLine(block.text)) drop.add(block);
      return;
    }
    const opensStory = beforeProse && isHeadingTag(block.element.tagName);
    // Each measure of the line is taken once, when a rule first asks for it.
    let weight = -1;
    let letters = -1;
    if (beforeProse) {
      weight = textWeight(block.text);
      letters = visibleLength(block.text);
      if (isProseLine(block, weight, letters)) beforeProse = false;
    }
    const listed = isInside(block.element, items);
    // The story's own list of what it names is read as its text, links and all.
    if (listed && !beforeProse && leadsOffSite(block.element)) return;
    if (listed || (dropThread && index >= threadStart && inThread(block)) || headsNestedListing(block, holdsItems)) {
      drop.add(block);
      // The label of the list ("Related stories", "Replies:") is the short line right before it.
      const previous = blocks[index - 1];
      if (previous && !drop.has(previous) && !isInside(previous.element, items) && isRunLabel(previous)) {
        drop.add(previous);
      }
      return;
    }
    if (weight < 0) {
      weight = textWeight(block.text);
      letters = visibleLength(block.text);
    }
    // A line without a word or a figure ("•", "* * *", "»") is a bullet or an ornament left alone;
    // a line of dashes, dots or quotes stays (a rule the story draws, a silence in a dialogue).
    if (weight === 0 && !SPOKEN_OR_RULED.test(block.text) && !isDataCell(block.element)) {
      drop.add(block);
      return;
    }
    const linkShare = letters ? block.linkLength / letters : 0;
    if (
      (weight >= 2 || (linkShare >= ALL_LINKS_SHARE && isInLinkList(block.element))) &&
      (linkShare >= ALL_LINKS_SHARE || (linkShare >= LINK_LINE_SHARE && weight <= MAX_LINK_LINE_WEIGHT)) &&
      !opensStory &&
      !isSentenceWithLink(block) &&
      !isClauseWithLinkedPhrase(block) &&
      !isLinkedTableValue(block.element) &&
      !sectionLabels.has(block) &&
      !isLabelledAddress(block)
    ) {
      drop.add(block);
      return;
    }
    if (beforeProse && !opensStory && isBreadcrumb(block)) {
      drop.add(block);
      return;
    }
    const nearEdge = index < EDGE_BLOCKS || (index >= storyEnd - EDGE_BLOCKS && index < storyEnd);
    if (nearEdge && isStamp(block)) drop.add(block);
    else if (
      isPhotoCredit(block.text) ||
      isAltRepeatCaption(block.element) ||
      (endsInPhotoCredit(block.text, () => isBesidePicture(block.element)) &&
        !isHeadingTag(block.element.tagName) &&
        !isDataCell(block.element)) ||
      isAdLabel(block.text) ||
      isLoadingPlaceholder(block.text) ||
      isEmptyWidgetNote(block.text) ||
      isReadingTimeLine(block.text) ||
      isListenControl(block.text) ||
      isPagePosition(block.text) ||
      isSeeAlsoLine(block.text) ||
      isClickHereLine(block.text) ||
      (block.linkLength > 0 && !sectionLabels.has(block) && isInlineTeaser(block)) ||
      isUpdateNotice(block.text) ||
      isForumPostNote(block.text) ||
      isShareLabel(block.text) ||
      isFiledUnderLine(block.text) ||
      isOriginalTitleLine(block.text) ||
      // Before the story's first prose, the title stays: the story's header is read back from there.
      (!beforeProse && isContentsLabel(block.text)) ||
      isCounterLine(block.text) ||
      isTrackbackLine(block.text)
    )
      drop.add(block);
    else if (
      index >= storyEnd - EDGE_BLOCKS &&
      (isEditorCredit(block.text) ||
        isExcerptSource(block.text) ||
        // The story's own last lines: a pointer under a dropped thread is the thread's.
        (index < storyEnd &&
          (isOwnSitePointer(block, content.ownerDocument?.baseURI ?? '') || isMailInvitation(block.text))))
    )
      drop.add(block);
    else if (!isDataCell(block.element) && datedTitleCount(block.text) >= MIN_DATED_TITLES) {
      // Several dated titles run together on one line: a list of related stories, and its label.
      drop.add(block);
      const previous = blocks[index - 1];
      if (previous && !drop.has(previous) && isRunLabel(previous)) drop.add(previous);
    } else if (index >= blocks.length - EDGE_BLOCKS && isFollowPromo(block)) drop.add(block);
    else if (weight <= 80 && isCopyrightNotice(block.text, index >= blocks.length / 2)) {
      drop.add(block);
    } else if (index >= blocks.length / 2 && weight <= 80 && (CITATION.test(block.text) || isCiteLine(block.text))) {
      drop.add(block);
    } else if (isPermalinkLine(block.text)) drop.add(block);
  });

  // Stamps first: the repeats rule would take some of the signatures that mark them. The posts
  // of a dropped thread still count among the stamps: the first post may sit apart from the rest.
  dropRepeatedStamps(
    blocks.filter((block) => !drop.has(block) || (dropThread && threadStart >= 0 && inThread(block))),
    drop,
  );
  dropRepeats(
    blocks.filter((block) => !drop.has(block)),
    drop,
  );
  dropPullQuotes(
    blocks.filter((block) => !drop.has(block)),
    drop,
  );
  dropEmptySectionHeadings(
    blocks.filter((block) => !drop.has(block)),
    drop,
  );
  dropTitleAndCountRuns(
    blocks.filter((block) => !drop.has(block) && !isInBlockquote(block.element)),
    drop,
  );
  // Read with the lines other rules dropped: the heading is a control's label, the stamp an edge's.
  dropCommentSection(
    blocks.filter((block, index) => index < storyEnd && !isInBlockquote(block.element)),
    drop,
  );
  dropControlLabels(
    blocks.filter((block) => !drop.has(block) && !isInBlockquote(block.element)),
    drop,
  );
  dropClosingPitch(
    blocks.filter((block, index) => !drop.has(block) && index < storyEnd),
    drop,
  );
  dropClosingDisclaimer(
    blocks.filter((block) => !drop.has(block) && !isInBlockquote(block.element)),
    drop,
  );
  dropClosingReferences(
    blocks.filter((block) => !drop.has(block)),
    drop,
  );
  dropClosingAuthorNote(
    blocks.filter((block, index) => !drop.has(block) && index < storyEnd),
    drop,
  );
  dropClosingLinkTables(
    blocks.filter((block) => !drop.has(block)),
    drop,
  );
  dropClosingBoldLabel(
    blocks.filter((block) => !drop.has(block)),
    drop,
  );
  dropClosingSignature(
    blocks.filter((block, index) => !drop.has(block) && index < storyEnd),
    drop,
  );
  dropClosingContact(
    blocks.filter((block, index) => !drop.has(block) && index < storyEnd && !isInBlockquote(block.element)),
    drop,
  );
  return {
    blocks: blocks.filter((block) => !drop.has(block)),
    listingShare: allLetters ? listingLetters / allLetters : 0,
    cardShare: allLetters ? cardLetters / allLetters : 0,
    threadShare: allLetters ? threadLetters / allLetters : 0,
    storyWeight,
  };
}

/**
 * The heading of a page's reader comments, per language ("Your Comments", "Kommentare", "网友评论"):
 * alone on its line, it opens the comments under the story.
 */
const COMMENTS_HEADINGS: PhrasesByLanguage = {
  en: ['comments', 'your comments', 'reader comments', "readers' comments", 'user comments', 'discussion'],
  de: ['kommentare', 'leserkommentare', 'ihre meinung'],
  es: ['comentarios', 'tus comentarios', 'sus comentarios', 'comentarios de los lectores'],
  fr: ['commentaires', 'vos commentaires', 'réactions', 'vos réactions'],
  it: ['commenti', 'i vostri commenti'],
  pl: ['komentarze', 'komentarze czytelników'],
  pt: ['comentários', 'seus comentários'],
  zh: ['评论', '网友评论', '读者评论', '评论区'],
  ja: ['コメント'],
};
const COMMENTS_HEADING = new RegExp(`^(?:${alternationOf(COMMENTS_HEADINGS, escapeRegExp)})\\s*[:：]?$`, 'iu');
/**
 * A heading that counts the comments under the story, per language ("12 Comments", "Comments (3)",
 * "《标题》已有1件评论", "3 Kommentare"): the story's title may stand before the count.
 */
const COMMENT_COUNT_WORDS = [
  ...phrasesOf(COMMENTS_HEADINGS),
  'comment',
  'responses',
  'response',
  'replies',
  'reply',
  'kommentar',
  'comentario',
  'commentaire',
  'commento',
  'komentarz',
  'komentarzy',
  'comentário',
  '回复',
  '回覆',
  '留言',
  '評論',
];
const COMMENT_COUNT_WORD = `(?:${alternationOf(COMMENT_COUNT_WORDS, escapeRegExp)})`;
const COMMENT_COUNT_HEADING = new RegExp(
  `^(?:.{0,80}?(?:已有|共有|共)\\s*)?\\d{1,5}\\s*[件条條个個]?\\s*${COMMENT_COUNT_WORD}\\s*[:：]?$|^${COMMENT_COUNT_WORD}\\s*[(（]\\s*\\d{1,5}\\s*[)）]$`,
  'iu',
);

/** Lines after a comments heading where the first post's stamp is looked for (its title, its stamp). */
const COMMENT_STAMP_LOOKAHEAD = 3;

/** What a run of lines says, all told. */
function blocksWeight(blocks: readonly TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + textWeight(block.text), 0);
}

/**
 * Reader comments under the story, however few (a thread needs five posts, see isThreadGroup): a
 * comments heading after the story's first prose, with a post stamped with its date and time
 * within its next lines, and less text after it than before it. The heading goes with all after it.
 */
function dropCommentSection(blocks: TextBlock[], drop: Set<TextBlock>): void {
  const firstProse = blocks.findIndex((block) => isProseLine(block));
  if (firstProse < 0) return;
  for (let index = firstProse + 1; index < blocks.length; index++) {
    // A count of the comments with no prose after it: what is left of a comment section whose
    // posts went (the poster's name, links to the author's page).
    if (
      COMMENT_COUNT_HEADING.test(blocks[index]!.text) &&
      !blocks.slice(index + 1).some((block) => isProseLine(block))
    ) {
      for (const block of blocks.slice(index)) drop.add(block);
      return;
    }
    if (!COMMENTS_HEADING.test(blocks[index]!.text)) continue;
    const next = blocks.slice(index + 1, index + 1 + COMMENT_STAMP_LOOKAHEAD);
    if (!next.some((block) => isStamp(block))) continue;
    if (blocksWeight(blocks.slice(index)) >= blocksWeight(blocks.slice(0, index))) return;
    for (const block of blocks.slice(index)) drop.add(block);
    return;
  }
}

/**
 * The heading of a disclaimer or of a board's rules, per language, alone on its line ("免责声明",
 * "郑 重 声 明", "Disclaimer", "Haftungsausschluss").
 */
const DISCLAIMER_HEADINGS: PhrasesByLanguage = {
  en: ['disclaimer', 'legal disclaimer', 'legal notice'],
  de: ['haftungsausschluss', 'rechtlicher hinweis'],
  es: ['aviso legal', 'descargo de responsabilidad'],
  fr: ['avis de non-responsabilité', 'mentions légales'],
  it: ['esclusione di responsabilità', 'avvertenza legale'],
  pl: ['zastrzeżenie', 'zastrzeżenia prawne'],
  pt: ['aviso legal', 'isenção de responsabilidade'],
  // A bare "声明" may head the statement a story reports.
  zh: ['免责声明', '免責聲明', '郑重声明', '鄭重聲明', '版权声明', '版權聲明', '特别声明', '特別聲明'],
  ja: ['免責事項'],
};
const DISCLAIMER_HEADING = new RegExp(
  `^[\\s【[(（]*(?:${alternationOf(DISCLAIMER_HEADINGS, escapeRegExp)})[\\s】\\])）]*[:：]?$`,
  'iu',
);

/** Whether a line is a disclaimer's heading; a CJK heading may be letter-spaced ("郑 重 声 明"). */
function isDisclaimerHeading(text: string): boolean {
  return text.length <= 40 && DISCLAIMER_HEADING.test(UNSPACED_CHAR.test(text) ? text.replace(/\s+/gu, '') : text);
}

/** What a disclaimer's heading and the lines under it weigh, at most, beside the story before them. */
const MAX_DISCLAIMER_SHARE = 0.5;

/**
 * A disclaimer under the story (a board's rules, a publisher's notice of liability): its heading
 * in the second half of the text, and less said from there on than half the story before it. The
 * heading goes with every line after it.
 */
function dropClosingDisclaimer(blocks: TextBlock[], drop: Set<TextBlock>): void {
  for (let index = Math.ceil(blocks.length / 2); index < blocks.length; index++) {
    if (!isDisclaimerHeading(blocks[index]!.text)) continue;
    if (blocksWeight(blocks.slice(index)) > blocksWeight(blocks.slice(0, index)) * MAX_DISCLAIMER_SHARE) return;
    for (const block of blocks.slice(index)) drop.add(block);
    return;
  }
}

/** The heading of a list of works cited, per language, maybe numbered ("6. References", "Literatur", "参考文献"). */
const REFERENCES_HEADINGS: PhrasesByLanguage = {
  en: ['references', 'bibliography', 'works cited', 'literature cited'],
  de: ['literatur', 'literaturverzeichnis', 'quellenverzeichnis', 'einzelnachweise'],
  es: ['referencias', 'bibliografía', 'referencias bibliográficas'],
  fr: ['références', 'bibliographie', 'références bibliographiques'],
  it: ['bibliografia', 'riferimenti bibliografici'],
  pl: ['bibliografia', 'przypisy'],
  pt: ['referências', 'bibliografia', 'referências bibliográficas'],
  zh: ['参考文献', '參考文獻', '参考资料', '參考資料'],
  ja: ['参考文献'],
};
const REFERENCES_HEADING = new RegExp(
  `^(?:\\d{1,2}\\.?\\s*)?(?:${alternationOf(REFERENCES_HEADINGS, escapeRegExp)})\\s*[:：]?$`,
  'iu',
);
/** A work cited: its year, or the key it is cited by alone on its line ("[Devor92]"). */
const CITED_YEAR = /(?<!\d)(?:1[5-9]|20)\d{2}[a-z]?(?!\d)/u;
const CITATION_KEY = /^\[[^\]\s]{2,24}\]$/u;
/** Works a list cites at least, and the share of its lines that read as works cited or their keys. */
const MIN_CITED_WORKS = 2;
const MIN_CITED_SHARE = 0.8;

/**
 * The works a text cites, listed under it: a references heading in the second half of the text,
 * and after it only lines that cite a work (a year, a key). A section under that heading that
 * tells more (notes written as prose) stays.
 */
function dropClosingReferences(blocks: TextBlock[], drop: Set<TextBlock>): void {
  for (let index = Math.ceil(blocks.length / 2); index < blocks.length; index++) {
    if (!REFERENCES_HEADING.test(blocks[index]!.text)) continue;
    const entries = blocks.slice(index + 1);
    const cited = entries.filter((block) => CITATION_KEY.test(block.text) || CITED_YEAR.test(block.text)).length;
    if (cited < MIN_CITED_WORKS || cited < entries.length * MIN_CITED_SHARE) return;
    for (const block of blocks.slice(index)) drop.add(block);
    return;
  }
}

/**
 * The label of a note on the author under the story, per language ("About the author", "Über den
 * Autor", "作者简介", "作者单位"): with a colon, the note follows on its line; alone, on the next.
 */
const AUTHOR_NOTE_LABELS: PhrasesByLanguage = {
  en: ['about the author', 'about the authors'],
  de: ['über den autor', 'über die autorin', 'über die autoren', 'zum autor', 'zur autorin'],
  es: ['sobre el autor', 'sobre la autora', 'acerca del autor'],
  fr: ["à propos de l'auteur", 'à propos de l’auteur', "a propos de l'auteur", "l'auteur"],
  it: ["sull'autore", "l'autore"],
  pl: ['o autorze', 'o autorce'],
  pt: ['sobre o autor', 'sobre a autora'],
  zh: ['作者简介', '作者簡介', '作者单位', '作者單位'],
  ja: ['著者紹介', '著者について'],
};
const AUTHOR_NOTE_LABEL = new RegExp(
  `^[\\s(（【[]*(?:${alternationOf(AUTHOR_NOTE_LABELS, escapeRegExp)})[\\s】\\])）]*(?:[:：]|$)`,
  'iu',
);
/** A note on the author says this much at most, its label included. */
const MAX_AUTHOR_NOTE_WEIGHT = 60;
/** The lines a note on the author takes at the end of the text, its label's own included. */
const MAX_AUTHOR_NOTE_LINES = 3;

/**
 * A note on the author among the story's last lines: its label, and after it only the note itself
 * (a line or two that say little). A label followed by more is a section of the story.
 */
function dropClosingAuthorNote(blocks: TextBlock[], drop: Set<TextBlock>): void {
  for (let index = Math.max(0, blocks.length - MAX_AUTHOR_NOTE_LINES); index < blocks.length; index++) {
    if (!AUTHOR_NOTE_LABEL.test(blocks[index]!.text)) continue;
    const note = blocks.slice(index);
    if (blocksWeight(note) > MAX_AUTHOR_NOTE_WEIGHT) return;
    for (const block of note) drop.add(block);
    return;
  }
}

/**
 * The label that credits a text to its writer, in the scripts that sign a text so under it ("文：眉间尺",
 * "作者：张三", "文/李四"), with its colon or slash.
 */
const WRITER_CREDIT_LABELS: PhrasesByLanguage = {
  zh: ['文', '作者', '撰文'],
  ja: ['文', '著者', '筆者'],
};
const WRITER_CREDIT = new RegExp(
  `^[\\s(（【[]*(?:${alternationOf(WRITER_CREDIT_LABELS, escapeRegExp)})\\s*[:：/／]\\s*\\S`,
  'u',
);
/** A writer's credit says this much at most (the label and a name or two). */
const MAX_WRITER_CREDIT_WEIGHT = 4;
/** The lines a closing signature takes at the end of the text: the credit, the writer's site or two. */
const MAX_SIGNATURE_LINES = 3;

/**
 * A writer's signature closing the story: the credit ("文：眉间尺"), and after it only the writer's
 * own site's address (see isSiteAddressLine: "我的博客 眉间尺梦蝶 http://…"). A credit with no
 * address under it, or with text under it, stays, as does an address the story closes on alone
 * ("Blog at: http://…", the writer's pointer to more).
 */
function dropClosingSignature(blocks: TextBlock[], drop: Set<TextBlock>): void {
  for (let index = Math.max(0, blocks.length - MAX_SIGNATURE_LINES); index < blocks.length - 1; index++) {
    const credit = blocks[index]!.text;
    if (!WRITER_CREDIT.test(credit) || textWeight(credit) > MAX_WRITER_CREDIT_WEIGHT || sentenceCount(credit) > 0) {
      continue;
    }
    const addresses = blocks.slice(index + 1);
    if (!addresses.every((block) => isSiteAddressLine(block.text))) return;
    for (const block of blocks.slice(index)) drop.add(block);
    return;
  }
}

/**
 * The label over a press release's contact, per language, alone on its line ("For further
 * information, contact:", "Media contact", "Pressekontakt:", "Contact presse :", "媒体联系人：").
 */
const CONTACT_LABELS: PhrasesByLanguage = {
  en: [
    'contact',
    'contacts',
    'media contact',
    'media contacts',
    'press contact',
    'press contacts',
    'for further information, contact',
    'for further information, please contact',
    'for more information, contact',
    'for more information, please contact',
  ],
  de: ['kontakt', 'pressekontakt', 'ansprechpartner', 'ansprechpartnerin', 'für rückfragen'],
  es: ['contacto', 'contactos', 'contacto de prensa', 'contacto para medios', 'para más información, contactar'],
  fr: ['contact', 'contacts', 'contact presse', 'contacts presse', 'contact média'],
  it: ['contatti', 'contatto', 'contatti stampa', 'ufficio stampa'],
  pt: ['contato', 'contacto', 'contatos', 'contato para imprensa', 'assessoria de imprensa'],
  zh: ['联系人', '联系方式', '媒体联系人', '媒体联络', '新闻联络人'],
  ja: ['お問い合わせ', 'お問い合わせ先', '報道関係者お問い合わせ先'],
};
const CONTACT_LABEL = new RegExp(`^(?:${alternationOf(CONTACT_LABELS, escapeRegExp)})\\s*[:：]?$`, 'iu');
/** A way to reach someone: an e-mail address, or a telephone number of seven figures or more. */
const CONTACT_MEANS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+|(?:\+?\d[\d\s().-]{6,}\d)/u;
/** The lines a contact gives under its label at most (a name, a role, an organisation, an address, a phone). */
const MAX_CONTACT_LINES = 6;
/** What one of them says at most. */
const MAX_CONTACT_LINE_WEIGHT = 8;

/**
 * A press release's contact closing the text: its label, then only a few short lines that do not
 * end as a sentence does (a stop inside, "Tel. +49 30 …", makes no sentence), one of them a way to
 * reach the person (an address or a number). It tells the press whom to call and says nothing of
 * the story. A label with prose under it, or whose lines give no means of contact, stays.
 */
function dropClosingContact(blocks: TextBlock[], drop: Set<TextBlock>): void {
  for (let index = Math.max(0, blocks.length - MAX_CONTACT_LINES - 1); index < blocks.length - 1; index++) {
    if (!CONTACT_LABEL.test(blocks[index]!.text)) continue;
    const lines = blocks.slice(index + 1);
    const short = lines.every(
      (block) => textWeight(block.text) <= MAX_CONTACT_LINE_WEIGHT && !endsLikeSentence(block.text),
    );
    if (!short || !lines.some((block) => CONTACT_MEANS.test(block.text))) return;
    for (const block of blocks.slice(index)) drop.add(block);
    return;
  }
}

/** A pitch for support and the lines after it are at most this many of the story's last lines. */
const MAX_PITCH_LINES = 6;

/**
 * A publisher's pitch for support among the story's last lines (see isSupportPitch) goes, and
 * the lines after it with it: its slogans ("Cancel any time", "We need you") belong to it.
 */
function dropClosingPitch(blocks: TextBlock[], drop: Set<TextBlock>): void {
  for (let index = Math.max(0, blocks.length - MAX_PITCH_LINES); index < blocks.length; index++) {
    if (isInBlockquote(blocks[index]!.element) || !isSupportPitch(blocks[index]!.text)) continue;
    for (const block of blocks.slice(index)) drop.add(block);
    return;
  }
}

/** A linked label heading a section says this much at most (a name, "1. Michael Schumacher"). */
const MAX_SECTION_LABEL_WEIGHT = 5;
/**
 * ...and this much when the page wrote it as a heading: a ranked list's "21) Star Wars: The Last
 * Jedi", a buyer's guide's "“Until Dawn: Rush of Blood” ($20)".
 */
const MAX_SECTION_HEADING_WEIGHT = 10;
/** Such labels, each over a text of its own, a story holds at least to be written in sections of them. */
const MIN_SECTION_LABELS = 2;

/**
 * Linked labels that head the story's sections: short lines written as headings (a heading, or a
 * paragraph wholly in bold) whose words link to what the section is about (a driver, a team, a
 * film, a game), each right above a line of text that is no link and no label. Two or more make
 * the story's structure (a car-by-car report, a directory, a ranked list), not pointers elsewhere;
 * one alone may be a "Read more" link.
 */
function linkedSectionLabels(blocks: TextBlock[]): Set<TextBlock> {
  const labels = new Set<TextBlock>();
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (!next || block.linkLength === 0) return;
    const heading = isHeadingTag(block.element.tagName);
    if (textWeight(block.text) > (heading ? MAX_SECTION_HEADING_WEIGHT : MAX_SECTION_LABEL_WEIGHT)) return;
    // A heading may close on a bracket ("($20)") and still be a title; a sentence ends on its stop.
    if (heading ? SENTENCE_STOP.test(block.text) : endsLikeSentence(block.text) || !writtenAsHeading(block)) return;
    if (next.linkLength * 2 >= visibleLength(next.text) || isLabel(next)) return;
    labels.add(block);
  });
  return labels.size >= MIN_SECTION_LABELS ? labels : new Set();
}

/** A line that is a heading, or a paragraph whose whole text is in one bold run. */
function writtenAsHeading(block: TextBlock): boolean {
  if (isHeadingTag(block.element.tagName)) return true;
  const bold = block.element.firstElementChild;
  return (
    bold !== null &&
    bold === block.element.lastElementChild &&
    /^(?:B|STRONG)$/iu.test(bold.tagName) &&
    collapseWhitespace(bold.textContent ?? '') === block.text
  );
}

/** A line of prose: it says enough, and most of it is not link text. Before the first one, the story has not begun. */
function isProseLine(block: TextBlock, weight = textWeight(block.text), letters = visibleLength(block.text)): boolean {
  return weight >= MIN_PROSE_WEIGHT && block.linkLength < letters / 2;
}

/** Headings with nothing under them, one after another, at least this many. */
const MIN_EMPTY_HEADINGS = 2;
/** The last section of a widget column says this much at most, in this many lines, none of them prose. */
const MAX_CLOSING_WIDGET_LINES = 3;
const MAX_CLOSING_WIDGET_WEIGHT = 25;

function headingLevel(block: TextBlock | undefined): number {
  const match = block && /^H([1-6])$/iu.exec(block.element.tagName);
  return match ? Number(match[1]) : 0;
}

/** A box's title in bold says this much at most ("News by Category", "More From the Site"). */
const MAX_BOLD_LABEL_WEIGHT = 5;

/**
 * A line written as a box's title without a heading's tag: its whole text in one bold run (a table
 * layout's `<td><font><b>News by Category</b></font></td>`), a few words and no sentence.
 */
function isBoldLabel(block: TextBlock): boolean {
  if (textWeight(block.text) > MAX_BOLD_LABEL_WEIGHT || endsLikeSentence(block.text)) return false;
  for (const bold of Array.from(block.element.querySelectorAll('b, strong'))) {
    if (collapseWhitespace(bold.textContent ?? '') === block.text) return true;
  }
  return false;
}

/** Links a table of links after the story holds at least: a navigation table, not a line's few. */
const MIN_LINK_TABLE_LINKS = 10;
/** Share of a table's letters its links hold, at least, to be a table of links. */
const LINK_TABLE_SHARE = 0.55;

/**
 * A table of links after the story (a wiki's navigation boxes, an old page's site map in table
 * cells): many links that together hold most of its letters, each row a group's label and its
 * links. Its entries are short and some carry words beside their link (a name and its years), so
 * no line-by-line rule reads them as links; the table as a whole does. A table inside such a
 * table is one of its groups.
 */
function dropClosingLinkTables(blocks: TextBlock[], drop: Set<TextBlock>): void {
  const isLinkTable = new Map<Element, boolean>();
  const inLinkTable = (block: TextBlock) => {
    for (let table = block.element.closest('table'); table; table = table.parentElement?.closest('table') ?? null) {
      let linkTable = isLinkTable.get(table);
      if (linkTable === undefined) {
        linkTable = isTableOfLinks(table);
        isLinkTable.set(table, linkTable);
      }
      if (linkTable) return true;
    }
    return false;
  };
  // An entry with words beside its link reads as prose: the story ends at its last prose outside such tables.
  const lastProse = blocks.findLastIndex((block) => isProseLine(block) && !inLinkTable(block));
  if (lastProse < 0) return;
  for (const block of blocks.slice(lastProse + 1)) if (inLinkTable(block)) drop.add(block);
}

function isTableOfLinks(table: Element): boolean {
  const links = table.querySelectorAll('a[href]');
  if (links.length < MIN_LINK_TABLE_LINKS) return false;
  const letters = visibleLength(table.textContent ?? '');
  return letters > 0 && linkTextLength(table, 'a[href]') >= letters * LINK_TABLE_SHARE;
}

/**
 * A box's title written in bold, not as a heading, that closes the text once every other rule has
 * run: the list or thread it titled was removed (by Readability, or as a listing or comments), and
 * it titles nothing ("News by Category"). Written in bold, a related headline left alone at the
 * end is such a line too, and the label before it that ends in its colon ("相关报道：") announced it.
 * A colon's label that closes the text by itself stays ("Watch the video below:" is the story's).
 * After the story's first prose only; a closing heading goes the same way (see dropEmptySectionHeadings).
 */
function dropClosingBoldLabel(blocks: TextBlock[], drop: Set<TextBlock>): void {
  let end = blocks.length;
  const closes = (block: TextBlock) =>
    !isInBlockquote(block.element) && (isBoldLabel(block) || (end < blocks.length && isColonLabel(block)));
  while (end > 1 && closes(blocks[end - 1]!) && blocks.slice(0, end - 1).some((block) => isProseLine(block))) {
    drop.add(blocks[--end]!);
  }
}

/** A short label ending in its colon ("相关报道：", "Related:"): it announces what follows it. */
function isColonLabel(block: TextBlock): boolean {
  return /[:：]$/u.test(block.text) && textWeight(block.text) <= 6 && sentenceCount(block.text) === 0;
}

/**
 * Where the closing section of the text begins when it may be a widget's (a heading with nothing
 * after it, or a heading and a line or two that are no prose: an app or a newsletter pitch), or -1.
 */
function closingWidgetSection(blocks: TextBlock[], firstProse: number): number {
  let lines = 0;
  let weight = 0;
  for (let index = blocks.length - 1; index > firstProse; index--) {
    const block = blocks[index]!;
    if (headingLevel(block) > 0) return index;
    weight += textWeight(block.text);
    if (++lines > MAX_CLOSING_WIDGET_LINES || weight > MAX_CLOSING_WIDGET_WEIGHT || isProseLine(block)) return -1;
  }
  return -1;
}

/**
 * Headings whose sections hold nothing after the story has begun ("Don't Miss", "Featured Posts",
 * then "Facebook", "Twitter", "Newsletters"): the labels of widgets whose content was removed as
 * chrome or never was text. A heading is empty when the next line is a heading of its level or
 * higher, or nothing; two or more empty ones in a row go. One alone stays: a section can open
 * straight onto its first sub-heading's level ("Playoff schedule", then "Saturday" and its games).
 * A heading that closes the text with nothing under it goes, and so do the headings right before
 * it; so does a closing section of a line or two that are no prose after an empty heading ("Connect
 * With Us", then "Mobile Apps" and "Download the app for your phone."): the end of a widget
 * column. A closing section after prose ("Correction" and its line) stays.
 */
function dropEmptySectionHeadings(blocks: TextBlock[], drop: Set<TextBlock>): void {
  const firstProse = blocks.findIndex((block) => isProseLine(block));
  if (firstProse < 0) return;
  const isEmptyHeading = (index: number) => {
    const level = headingLevel(blocks[index]);
    const nextLevel = headingLevel(blocks[index + 1]);
    return level > 0 && (index + 1 === blocks.length || (nextLevel > 0 && nextLevel <= level));
  };
  let end = blocks.length;
  const closing = closingWidgetSection(blocks, firstProse);
  if (closing >= 0 && (closing === blocks.length - 1 || isEmptyHeading(closing - 1))) {
    // With the closing section gone, the headings right before it have nothing under them.
    let start = closing;
    while (start - 1 > firstProse && headingLevel(blocks[start - 1]) > 0) start--;
    for (let index = start; index < blocks.length; index++) drop.add(blocks[index]!);
    end = start;
  }
  let run: TextBlock[] = [];
  const flush = () => {
    if (run.length >= MIN_EMPTY_HEADINGS) for (const block of run) drop.add(block);
    run = [];
  };
  for (let index = firstProse + 1; index < end; index++) {
    if (isEmptyHeading(index)) run.push(blocks[index]!);
    else flush();
  }
  flush();
}

/** Cells of text beside it, at least, that make a linked cell a value in a table row rather than a menu entry. */
const MIN_VALUE_CELLS_BESIDE = 2;

/**
 * A linked cell in a row of a data table (a player's name beside his figures, a driver beside
 * his team): the row's other cells hold text that is not links. A layout table's menu is a
 * column or row of link cells and has no such row.
 */
function isLinkedTableValue(element: Element): boolean {
  const cell = element.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName.toUpperCase() !== 'TR') return false;
  let valueCells = 0;
  for (const other of Array.from(row.children)) {
    if (other === cell) continue;
    const text = (other.textContent ?? '').trim();
    if (text && !other.querySelector('a[href]') && ++valueCells >= MIN_VALUE_CELLS_BESIDE) return true;
  }
  return false;
}

/** Words of own text a sentence opens with before its link, at least ("But don't get too excited – <a>…</a>."). */
const MIN_SENTENCE_LEAD = 3;

/** Items a list of links holds at least: a breadcrumb's trail, a row of tags. */
const MIN_LINK_LIST_ITEMS = 2;

/**
 * Whether a line is an item of a list whose items are all links elsewhere, nothing beside them
 * (a breadcrumb's "Site / News / Rail", a row of tags): a one-word link there is navigation, where
 * the same word in a list of the story's own items is text.
 */
function isInLinkList(element: Element): boolean {
  const list = element.closest('li')?.parentElement;
  if (!list) return false;
  let items = 0;
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
    const letters = visibleLength(child.textContent ?? '');
    if (letters === 0) continue;
    if (child.tagName.toUpperCase() !== 'LI') return false;
    let linked = 0;
    for (const link of child.querySelectorAll('a')) {
      if (leadsElsewhere(link)) linked += visibleLength(link.textContent ?? '');
    }
    if (linked < letters * ALL_LINKS_SHARE) return false;
    items++;
  }
  return items >= MIN_LINK_LIST_ITEMS;
}

/** Links a breadcrumb's trail holds at least before the page's own name ("Home", "NHL"). */
const MIN_TRAIL_LINKS = 2;
/** A step of the trail says this much at most ("Home", "Recaps", "Mary Kay Letourneau"). */
const MAX_TRAIL_STEP_WEIGHT = 3;
/** What may stand between a trail's links: blanks and separators ("Home - NHL » Recaps / …"). */
const TRAIL_SEPARATORS = /^[\s\-–—»›>/|·•:]*$/u;

/**
 * The words a trail may open with to say what it is, per language ("当前位置：", "You are here:"):
 * a label, not a word of the line's own.
 */
const TRAIL_LABELS: PhrasesByLanguage = {
  en: ['you are here', 'your location'],
  de: ['sie sind hier', 'sie befinden sich hier'],
  es: ['usted está en', 'está en', 'estás en'],
  fr: ['vous êtes ici', 'vous êtes sur'],
  it: ['sei qui', 'ti trovi in'],
  pl: ['jesteś tutaj', 'jesteś w'],
  pt: ['você está em', 'está em'],
  zh: ['当前位置', '當前位置', '您的位置', '你的位置', '您现在的位置', '您現在的位置', '现在位置', '所在位置', '位置'],
  ja: ['現在位置', '現在地'],
};
const TRAIL_LABEL = new RegExp(
  `^\\s*(?:${alternationOf(TRAIL_LABELS, escapeRegExp)})\\s*[:：]?[\\s\\-–—»›>/|·•:]*$`,
  'iu',
);

/**
 * A breadcrumb before the story: two short links or more, a separator between each two and nothing
 * else, then at most the page's own name unlinked ("Home - NHL - Recaps - Legace, McDonald help
 * Blues down Blue Jackets"). A line that says a word of its own before or between its links is no
 * trail, and links set side by side with only a blank between them may be one name; a label that
 * names the trail ("当前位置：首页->军事技术") may open it.
 */
function isBreadcrumb(block: TextBlock): boolean {
  if (block.linkLength === 0) return false;
  const line = lineHolder(block);
  if (!line) return false;
  let links = 0;
  /** The unlinked text since the last link (or the line's start). */
  let between = '';
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) between += node.nodeValue ?? '';
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    if (el.tagName.toUpperCase() === 'A' && leadsElsewhere(el)) {
      // Words before this link that are no separators: the line's own, so no trail. Two links
      // with only a blank between them may be one name split in two ("Scuderia <a>Ferrari</a>").
      const separated = TRAIL_SEPARATORS.test(between) || (links === 0 && TRAIL_LABEL.test(between));
      if (!separated || (links > 0 && !between.trim())) return false;
      if (textWeight(el.textContent ?? '') > MAX_TRAIL_STEP_WEIGHT) return false;
      between = '';
      links++;
      return true;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) if (!visit(child)) return false;
    return true;
  };
  for (let child = line.firstChild; child; child = child.nextSibling) if (!visit(child)) return false;
  return links >= MIN_TRAIL_LINKS;
}

/**
 * The element that holds a block's line and nothing more: the block's own, or the first of its
 * children when the line is the leading run of a cell that goes on with the story (a table
 * layout's trail set in a `<font>` right before the headline, in the same `<td>`).
 */
function lineHolder(block: TextBlock): Element | null {
  if (collapseWhitespace(block.element.textContent ?? '') === block.text) return block.element;
  const first = block.element.firstElementChild;
  return first && collapseWhitespace(first.textContent ?? '') === block.text ? first : null;
}

/**
 * A sentence that carries a link inside it, rather than a pointer elsewhere: it opens with words
 * of its own that are not a label ("Read more:"), and ends as a sentence does.
 */
function isSentenceWithLink(block: TextBlock): boolean {
  if (!/[.!?。！？]["'”’»)]*$/u.test(block.text)) return false;
  const firstLink = block.element.querySelector('a');
  const linkText = (firstLink?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const lead = linkText ? block.text.slice(0, Math.max(0, block.text.indexOf(linkText))) : '';
  return textWeight(lead) >= MIN_SENTENCE_LEAD && !/[:：»›>|]\s*$/u.test(lead.trim());
}

/** A linked phrase inside a clause runs this many words at least ("removed the windowtype attribute"). */
const MIN_LINKED_PHRASE = 3;
/** Its subject and verb at least ("bigiri has"): a lone word before the link is a pointer's ("Read more about it here."). */
const MIN_CLAUSE_LEAD = 2;

/**
 * A clause whose object is linked, as a bulleted update writes it ("bigiri has <a>a patch to move
 * SharedDataMap.jsm off of OSFile</a>"): words of its own that are not a label, then a link whose
 * text runs on in lower case for a few words. A link list's item is a title, a name or a tag,
 * and none of them opens in lower case after words of the line's own.
 */
function isClauseWithLinkedPhrase(block: TextBlock): boolean {
  const firstLink = block.element.querySelector('a');
  const linkText = collapseWhitespace(firstLink?.textContent ?? '');
  if (!/^\p{Ll}/u.test(linkText) || textWeight(linkText) < MIN_LINKED_PHRASE) return false;
  const at = block.text.indexOf(linkText);
  const lead = at > 0 ? block.text.slice(0, at).trim() : '';
  return textWeight(lead) >= MIN_CLAUSE_LEAD && !/[:：»›>|•·\-–—]$/u.test(lead);
}

/** A sentence's stop inside a line, a closing quote or bracket after it. */
const LEAD_SENTENCE_STOP = /[.!?。！？…]["'”’»)）]*(?:\s|$)/u;
/** Set-off text: a line written all in these is no sentence of the story's running text. */
const EMPHASIS_TAGS = new Set(['EM', 'I', 'STRONG', 'B']);
/** Plain wrappers an emphasis may sit in, alone, inside its paragraph. */
const PLAIN_WRAPPERS = new Set(['SPAN', 'FONT']);

/** The one emphasis element that holds all of `element`'s text, through plain wrappers at most. */
function soleEmphasis(element: Element): Element | undefined {
  let current = element;
  for (let depth = 0; depth < 3; depth++) {
    let only: Element | undefined;
    for (let node = current.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        if (node.nodeValue?.trim()) return undefined;
      } else if (node.nodeType === 1) {
        if (only) return undefined;
        only = node as Element;
      }
    }
    if (!only) return undefined;
    const tag = only.tagName.toUpperCase();
    if (EMPHASIS_TAGS.has(tag)) return only;
    if (!PLAIN_WRAPPERS.has(tag)) return undefined;
    current = only;
  }
  return undefined;
}

/**
 * A teaser for another story set among the paragraphs: a short line all in emphasis that is no
 * sentence and ends in a link to that story, with a few words before it ("<em>Były dowódca wojsk
 * USA w Europie: <a>Rosja jest groźna</a></em>", "<strong>Read: <a>…</a></strong>"). A sentence
 * in italics that ends in a link ("… said <a>the report</a>.") ends with its stop and stays.
 */
export function isInlineTeaser(block: TextBlock): boolean {
  if (textWeight(block.text) > MAX_LINK_LINE_WEIGHT || SENTENCE_STOP.test(block.text)) return false;
  const emphasis = soleEmphasis(block.element);
  if (!emphasis) return false;
  const links = emphasis.getElementsByTagName('a');
  const last = links[links.length - 1];
  if (!last || !leadsElsewhere(last)) return false;
  const linkText = collapseWhitespace(last.textContent ?? '');
  const said = collapseWhitespace(emphasis.textContent ?? '');
  if (!linkText || !said.endsWith(linkText)) return false;
  // A sentence before the link ("… un questionnaire. <a>Voir le questionnaire</a>") is the story's.
  return !LEAD_SENTENCE_STOP.test(said.slice(0, said.length - linkText.length));
}

/** A web address written out in full ("www.example.org", "https://example.org/about"). */
const WRITTEN_ADDRESS = /^(?:https?:\/\/|www\.)[^\s/.]+\.\S+$/iu;
/** What a site's name before its address says at most ("巴彦淖尔市政府门户网站 www.bynr.gov.cn"). */
const MAX_SITE_NAME_WEIGHT = 8;

/**
 * A line that ends in a web address written out, with at most a name before it ("www.example.org",
 * "Example Daily www.example.org"): a site's masthead line. Over a story, it names the site, not
 * the story's author or date.
 */
export function isSiteAddressLine(text: string): boolean {
  const last = text.lastIndexOf(' ');
  const address = text.slice(last + 1);
  return WRITTEN_ADDRESS.test(address) && textWeight(text.slice(0, Math.max(0, last))) <= MAX_SITE_NAME_WEIGHT;
}

/** What the label before such an address says at most ("Website:", "Web site:"). */
const MAX_ADDRESS_LABEL_WEIGHT = 3;

/**
 * A contact line whose link is the web address it opens, written out after its label ("Website:
 * www.example.org"): the reader reads the address, as in a mail link. A bare address alone on its
 * line is a pointer elsewhere (a torrent, a campaign's site under a press release).
 */
function isLabelledAddress(block: TextBlock): boolean {
  const links = block.element.querySelectorAll('a');
  if (links.length === 0) return false;
  for (const link of links) {
    const only = link.firstChild;
    const written =
      only !== null &&
      only === link.lastChild &&
      only.nodeType === 3 &&
      WRITTEN_ADDRESS.test((only.nodeValue ?? '').trim());
    if (!written) return false;
  }
  const first = collapseWhitespace(links[0]!.textContent ?? '');
  const label = block.text.slice(0, Math.max(0, block.text.indexOf(first))).trim();
  return /[:：]$/u.test(label) && textWeight(label) <= MAX_ADDRESS_LABEL_WEIGHT;
}

function isLabel(block: TextBlock): boolean {
  const tag = block.element.tagName.toUpperCase();
  return /^H[1-6]$/.test(tag) || (textWeight(block.text) <= 6 && !endsLikeSentence(block.text));
}

/** The label of a listing or of a run of dated titles or counts, which may end in its colon ("相关报道：", "Archives:"). */
function isRunLabel(block: TextBlock): boolean {
  return isLabel(block) || isColonLabel(block);
}

const REPEAT_WINDOW = 3;

/**
 * A name or label said twice in a row (a hover card after the byline) is kept once; a caption whose words
 * are nearly all in one paragraph of the text repeats it and goes.
 */
function dropRepeats(blocks: TextBlock[], drop: Set<TextBlock>): void {
  // Before the story's first prose, the headline said twice (the page's title bar, then the post's) is said once.
  const firstProse = blocks.findIndex((block) => isProseLine(block));
  blocks.forEach((block, index) => {
    let saidJustBefore = false;
    for (let earlier = Math.max(0, index - REPEAT_WINDOW); earlier < index && !saidJustBefore; earlier++) {
      saidJustBefore = blocks[earlier]!.text === block.text;
    }
    if (saidJustBefore && (isRepeatable(block) || (index < firstProse && isRepeatedHeadline(block)))) drop.add(block);
  });
  const captions = new Set(blocks.filter((block) => isCaption(block.element)));
  if (captions.size === 0) return;
  const prose = blocks.filter((block) => !captions.has(block) && !drop.has(block)).map(paragraphWordsOf);
  for (const block of blocks) {
    if (drop.has(block) || !captions.has(block)) continue;
    const words = wordsOf(block.text);
    if (words.length < 4) continue;
    if (saidInOneOf(words, prose, 0.8)) drop.add(block);
  }
}

/** A paragraph's words, to look words up in, and how many it says. */
interface ParagraphWords {
  said: ReadonlySet<string>;
  count: number;
}

function paragraphWordsOf(block: TextBlock): ParagraphWords {
  const words = wordsOf(block.text);
  return { said: new Set(words), count: words.length };
}

/**
 * Whether one of `paragraphs` holds at least `share` of `words` (each occurrence counted), among those saying more than
 * `moreWordsThan` words: the text a caption or a pull quote repeats.
 */
function saidInOneOf(
  words: string[],
  paragraphs: readonly ParagraphWords[],
  share: number,
  moreWordsThan = 0,
): boolean {
  return paragraphs.some(({ said, count }) => {
    if (count <= moreWordsThan) return false;
    let shared = 0;
    for (const word of words) if (said.has(word)) shared++;
    return shared >= words.length * share;
  });
}

/** A pull quote says this many words at least: a shorter quotation may well be said twice. */
const MIN_PULL_QUOTE_WORDS = 6;
/** ...of which this share at least sits in one paragraph of the text that says more. */
const PULL_QUOTE_SHARE = 0.9;
/** The lines around a pull quote in its box (its marks and its credit) weigh this much at most each. */
const MAX_PULL_QUOTE_LABEL_WEIGHT = 8;

/**
 * A pull quote: a quotation set apart from the text (a <blockquote>) whose words are nearly all
 * in one longer paragraph outside any quotation, the text it was lifted from, and that is the only
 * line of its quotation. It goes, and so do
 * the short lines of its box (its quotation marks spelled out, the name under it) when the box
 * holds nothing else. A quotation said once (a post, a statement), or said again in fewer words
 * than its own, stays.
 */
function dropPullQuotes(blocks: TextBlock[], drop: Set<TextBlock>): void {
  const quotes = blocks.filter((block) => isInBlockquote(block.element));
  if (quotes.length === 0) return;
  const quoted = new Set(quotes);
  const paragraphs = blocks.filter((block) => !quoted.has(block) && isProseLine(block)).map(paragraphWordsOf);
  for (const quote of quotes) {
    const words = wordsOf(quote.text);
    if (words.length < MIN_PULL_QUOTE_WORDS) continue;
    const liftedFrom = saidInOneOf(words, paragraphs, PULL_QUOTE_SHARE, words.length);
    const quotation = quote.element.closest('blockquote');
    // A post or a statement set in full runs on beyond the line the text says again.
    const alone = quotes.every((other) => other === quote || !quotation?.contains(other.element));
    if (!liftedFrom || !alone) continue;
    drop.add(quote);
    const box = quotation?.parentElement;
    const boxLines = box ? blocks.filter((block) => block !== quote && box.contains(block.element)) : [];
    const onlyLabels = boxLines.every(
      (line) => !isInBlockquote(line.element) && textWeight(line.text) <= MAX_PULL_QUOTE_LABEL_WEIGHT,
    );
    if (onlyLabels) for (const line of boxLines) drop.add(line);
  }
}

/** A headline says this many letters at least: a figure or a short name said twice may be a table's. */
const MIN_HEADLINE_LETTERS = 8;

/** A line that may be a headline said twice: letters enough, outside a table's cells. */
function isRepeatedHeadline(block: TextBlock): boolean {
  return (
    visibleLength(block.text) >= MIN_HEADLINE_LETTERS && /\p{L}/u.test(block.text) && !block.element.closest('td, th')
  );
}

/** Names and labels (a hover card repeating the byline), not cells, verses or "label: value" lines. */
function isRepeatable(block: TextBlock): boolean {
  // The text first: asking for ancestors costs more in DOM emulations.
  if (textWeight(block.text) > 5 || /[\p{N}\p{P}]/u.test(block.text.replace(/[.'’-]/gu, ''))) return false;
  return !block.element.closest('blockquote, td, th');
}

/**
 * A full date (with its year) or a clock time: what the stamp of a post or a comment carries
 * ("2004-12-27 12:46", "December 24, 2006 11:21 PM", "2005/03/15", "24. Dezember 2006", "3 de
 * marzo de 2021"), its month spelled in any language DATE_WORDS knows. A dateline ("Chandigarh,
 * January 2") or a phone number carries neither.
 */
function stampDatePattern(): RegExp {
  const month = `(?:${dateWords('months')})\\.?(?!\\p{L})`;
  const join = `(?:(?:${alternationOf([...DATE_JOIN_WORDS])})\\s+)?`;
  const year = '(?:19|20)\\d{2}(?!\\d)';
  const figures =
    '(?<!\\d)(?:(?:19|20)\\d{2}\\s?年\\s?\\d{1,2}\\s?月(?:\\s?\\d{1,2}\\s?日)?|\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日|\\d{1,2}:\\d{2}(?!\\d)|(?:19|20)\\d{2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}(?!\\d))';
  const monthFirst = `(?<!\\p{L})${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${year}`;
  const dayFirst = `(?<![\\d.])\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+${join}${month},?\\s+${join}${year}`;
  return new RegExp(`${figures}|${monthFirst}|${dayFirst}`, 'giu');
}
const STAMP_DATE = stampDatePattern();
/** STAMP_DATE, asked for its first match only (no global flag, so no state between texts). */
const STAMP_DATE_ONCE = new RegExp(STAMP_DATE.source, 'iu');
/** A month's name in any language DATE_WORDS knows, made alike in a stamp's shape ("marzo" and "abril" share one). */
const MONTH_NAME = new RegExp(`(?<!\\p{L})(?:${dateWords('months')})(?!\\p{L})`, 'giu');
/** Stamps of one shape, at least this many, head or close the posts or comments of a page. */
const MIN_REPEATED_STAMPS = 3;
const MAX_STAMP_WEIGHT = 24;
const MIN_STAMP_WORDS = 2;
/** A short line beside every stamp ("-- Name", "← Back"), this short at most, belongs to the stamp. */
const MAX_STAMP_NEIGHBOUR_WEIGHT = 5;

/**
 * The shape of a post or comment stamp: its text up to the end of its last date or time, with
 * figures and month names made alike ("Posted by Harry on December 24, 2006 11:21 PM" and
 * "Posted by Harry on July 2, 2006 9:48 PM" share one). Null for a line that is no stamp.
 */
function stampShape(block: TextBlock): string | null {
  const text = block.text;
  if (text.length > 200 || !/\d/u.test(text) || textWeight(text) > MAX_STAMP_WEIGHT) return null;
  let start = -1;
  let end = -1;
  for (const match of text.matchAll(STAMP_DATE)) {
    if (start < 0) start = match.index;
    end = match.index + match[0].length;
  }
  if (end < 0) return null;
  // A stamp has words beside its date (who posted, "Updated"), and no sentence: a line that opens
  // with a date and goes on to say what happened is text. The date's own stop ("14. März") ends none.
  const undated = text.replace(STAMP_DATE, ' ');
  if (sentenceCount(undated) > 0 || /[，。]/u.test(text)) return null;
  if (textWeight(undated) < MIN_STAMP_WORDS) return null;
  // Words before the date name the kind of stamp ("Posted by Harry on"); a line that opens with
  // its date (a schedule's "12月10日 代表注册") is a stamp only when all of it repeats.
  const shaped = /\p{L}/u.test(text.slice(0, start)) ? text.slice(0, end) : text;
  return shaped
    .toLowerCase()
    .replace(MONTH_NAME, 'M')
    .replace(/\b[ap]\.?m\b\.?/gu, 'T')
    .replace(/\d+/gu, '0');
}

/**
 * Posted/updated lines repeated through the body: the stamps of a blog's posts ("Posted by Harry
 * on …", "(January 17, 2004 -- 11:57 PM EDT // link)") or of a thread's comments ("# re: Title
 * 2004-12-27 12:46 name"). Three or more lines of one shape carrying a full date or a time are
 * page furniture wherever they sit, and so is the short line that stands beside them the same
 * every time (a signature, a "back" link), wherever it is said. When they head a thread of short
 * replies under the story, the thread goes with them. Table cells are data, and quotes embedded posts.
 */
function dropRepeatedStamps(blocks: TextBlock[], drop: Set<TextBlock>): void {
  const byShape = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    const shape = stampShape(block);
    if (shape === null || isDataCell(block.element) || isInBlockquote(block.element)) return;
    const at = byShape.get(shape);
    if (at) at.push(index);
    else byShape.set(shape, [index]);
  });
  for (const indexes of byShape.values()) {
    if (indexes.length < MIN_REPEATED_STAMPS) continue;
    for (const index of indexes) drop.add(blocks[index]!);
    if (isReplyThread(blocks, indexes)) {
      for (let index = indexes[0]!; index < blocks.length; index++) drop.add(blocks[index]!);
      continue;
    }
    for (const offset of [-1, 1]) {
      const neighbours = indexes.map((index) => blocks[index + offset]);
      const counts = new Map<string, number>();
      for (const block of neighbours) if (block) counts.set(block.text, (counts.get(block.text) ?? 0) + 1);
      for (const [text, same] of counts) {
        // The first stamp has no line before it, the last none after it.
        if (same < MIN_REPEATED_STAMPS || same < (indexes.length - 1) * 0.8) continue;
        if (textWeight(text) > MAX_STAMP_NEIGHBOUR_WEIGHT) continue;
        // The last post's signature has no stamp after it: the line goes wherever it stands.
        for (const block of blocks) if (block.text === text) drop.add(block);
      }
    }
  }
}

/** A reply says this much at most, as a median: a thread of posts says more each time. */
const MAX_MEDIAN_REPLY_WEIGHT = 40;
/** The story a thread answers says this many times more than a median reply, at least. */
const MIN_STORY_TO_REPLY = 4;
const MIN_STORY_WEIGHT = 40;

/**
 * Stamps that head a thread of replies under the story (a blog's comments, a forum's answers):
 * the story before the first stamp says much, each reply between two stamps says little, and
 * the thread runs to the end of the text. A blog whose posts each carry a stamp has long posts,
 * or no story before its first stamp.
 */
function isReplyThread(blocks: TextBlock[], stamps: number[]): boolean {
  const weightOf = (from: number, to: number) => blocksWeight(blocks.slice(from, to));
  const replies = stamps
    .slice(1)
    .map((stamp, k) => weightOf(stamps[k]! + 1, stamp))
    .sort((a, b) => a - b);
  const median = replies[Math.floor(replies.length / 2)]!;
  if (median > MAX_MEDIAN_REPLY_WEIGHT) return false;
  const story = weightOf(0, stamps[0]!);
  if (story < MIN_STORY_WEIGHT || story < median * MIN_STORY_TO_REPLY) return false;
  return weightOf(stamps[stamps.length - 1]! + 1, blocks.length) <= Math.max(median, 1) * MIN_STORY_TO_REPLY;
}

/** A cell of a row of data (three cells or more with text): a date there is a value, not a stamp. */
function isDataCell(element: Element): boolean {
  const cell = element.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row) return false;
  return Array.from(row.children).filter((other) => (other.textContent ?? '').trim()).length >= 3;
}
