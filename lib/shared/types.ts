/**
 * The one analysis object: what the CLI prints, the side panel shows and the content script
 * paints. Plain data only (it crosses message boundaries and is stored in storage.session).
 */

/**
 * The rules of the story decision (lib/analysis/claims/story.ts) that can judge an article no story, each named for
 * the kind of page it tells.
 */
export type NoStoryRule =
  | 'fragments-without-prose'
  | 'fiction'
  | 'rhetoric'
  | 'encyclopedia'
  | 'code'
  | 'engineering-post'
  | 'fragments'
  | 'numbered-sections'
  | 'numbered-instructions'
  | 'many-numbered-sections'
  | 'tabulated'
  | 'commerce'
  | 'addressed'
  | 'explainer'
  | 'first-person-blog'
  | 'personal-post';

/** Where a piece of text sits in `article.text`, plus a quote to find it again on the live page. */
export interface TextAnchor {
  /** Offsets into the text it was found in (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  exact: string;
  /** Up to 32 characters before / after `exact` in the same text. */
  prefix: string;
  suffix: string;
}

export interface ArticleInfo {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives one. */
  publishedTime: string | null;
  /** BCP 47 primary language of the article text (e.g. "pt"), detected from the text when it disagrees with the page. */
  lang: string;
  /** The page's own declared language (`<html lang>`), if any. */
  pageLang: string | null;
  excerpt: string | null;
  /** Plain text of the isolated article: blocks separated by "\n\n". */
  text: string;
  /** `text.length`. */
  length: number;
  /**
   * Where the story's own text starts in `text`: after the header lines (headline, byline, standfirst) put back from
   * outside Readability's container, which repeat the story rather than add claims to it; 0 when there are none.
   */
  storyStart: number;
  /** The isolated article as HTML, sanitized with DOMPurify; empty when the caller did not ask for it. */
  html: string;
}

export type ClaimKind = 'quote' | 'figure' | 'prediction' | 'plan' | 'opinion' | 'fact';

export interface Claim {
  id: string;
  /** The sentence as on the page. */
  text: string;
  kind: ClaimKind;
  /** Who said or holds it, when attributed. */
  speaker: string | null;
  /** The speaker's role as the sentence gives it ("Superintendent", "執行長"), shown beside the name. */
  speakerRole?: string;
  score: number;
  /** Position in `article.text`. */
  anchor: TextAnchor;
}

export interface GlossaryOccurrence {
  start: number;
  end: number;
  /** The form as written on the page. */
  form: string;
}

export interface GlossarySource {
  title: string;
  url: string;
}

/**
 * An AI term found in the article. It names the concept by id only: the panel and the term card
 * look up its name and definition in the reader's language (lib/analysis/glossary/texts.ts).
 */
export interface GlossaryEntry {
  /** Stable English kebab-case id, e.g. "scaling-laws". */
  termId: string;
  /** The forms used in the article, most frequent first. */
  forms: string[];
  count: number;
  /** Positions in `article.text`. */
  occurrences: GlossaryOccurrence[];
  source: GlossarySource;
  /** Higher is more relevant; the list is sorted by it. */
  relevance: number;
}

export type DisclaimerKind =
  'third-party' | 'no-endorsement' | 'informational-only' | 'author-views-only' | 'not-advice' | 'sponsored';

export interface DisclaimerFlag {
  found: true;
  kinds: DisclaimerKind[];
  /** The disclaimer's exact text, whitespace collapsed. */
  text: string;
  /** Whether it sat inside the isolated article or around it. */
  location: 'article' | 'page';
  lang: string;
  /** The host it names ("Gate"), when it names one. */
  host: string | null;
  /** Quote to find it on the live page (offsets into the page's body text). */
  anchor: TextAnchor;
}

export interface Provenance {
  originalPublisher: string | null;
  /** http(s) only. */
  originalUrl: string | null;
  republishedBy: string | null;
  /** The line that says so, when there is one. */
  text: string | null;
}

export interface PageAnalysis {
  schema: 1;
  url: string;
  analyzedAt: string;
  article: ArticleInfo | null;
  claims: Claim[];
  /**
   * False when the article does not read as a story (a deal, a how-to, docs, a listing): it then
   * has no claims, and the panel says why. Absent in analyses made before this field existed.
   */
  story?: boolean;
  /**
   * Where `story` is false for an article: the rule of the story decision that judged it no story, which tells the kind
   * of page it reads as (a guide, documentation, a shop …); the panel names that kind. Absent for a story, for a page
   * without an article, and in analyses made before this field existed. An analysis read back from storage may come
   * from another version, whose rules differ: read it with `notAStoryKindOf`, which ignores a name it does not know.
   */
  noStoryRule?: NoStoryRule;
  glossary: GlossaryEntry[];
  disclaimer: DisclaimerFlag | null;
  provenance: Provenance | null;
  /**
   * The page's canonical link as written, or null: with the URL it gives the key the page's
   * highlights and its library record share (`pageKeyFor`). Absent in analyses made before it existed.
   */
  canonical?: string | null;
  /** Milliseconds per stage, for benchmarks. */
  timings: Record<string, number>;
}

/** Build a TextAnchor for text[start, end). */
export function makeAnchor(text: string, start: number, end: number, context = 32): TextAnchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
