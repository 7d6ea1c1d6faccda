/** A tag as a page's markup writes it: the name right after the bracket (a title's "a < b" is no tag). */
const MARKUP_TAG = /<\/?[a-z][a-z0-9]*[\s>/"]/iu;
/** A title says this much at most; past it, text with tags in it is a page the title took in. */
const MAX_TITLE_LENGTH = 300;

/**
 * The page an unclosed `<title>` swallowed, parsed again: the parser reads everything after
 * `<title>` as the title's text up to a `</title>` that never comes (a typo such as
 * `</titavaScript`), so the body is empty and the story sits, tags and all, in the title. The
 * title is then its text up to the first tag. Null for any other page (the common case, decided
 * on the title alone) or where no parser is at hand.
 */
export function recoverSwallowedPage(doc: Document): Document | null {
  const title = doc.head?.querySelector('title') ?? doc.querySelector('title');
  const said = title?.textContent ?? '';
  if (said.length <= MAX_TITLE_LENGTH) return null;
  const tag = MARKUP_TAG.exec(said);
  if (!tag || (doc.body?.textContent ?? '').trim()) return null;
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return null;
  const page = new Parser().parseFromString(said, 'text/html');
  page.title = said.slice(0, tag.index).trim();
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) page.documentElement.setAttribute('lang', lang);
  return page;
}
