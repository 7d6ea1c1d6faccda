import { escapeRegExp } from '../../shared/text';
import type { ClaimLexicon } from './lexicon';
import { hasWords } from './segment';

/** Most words (two characters each in Chinese and Japanese) of a line that cites a book. */
const MAX_REFERENCE_WORDS = 45;
/** Most words of a bracketed attribution standing alone: "(Livy cited by Machiavelli)". */
const MAX_EPIGRAPH_WORDS = 10;

const YEAR = /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/u;
/** The year after the authors, in brackets: "Smith, J. (2003a)." */
const AUTHOR_YEAR = /\((?:1[5-9]\d\d|20\d\d)[a-z]?\)/u;
/** A title between book marks: "《…》", "『…』". */
const BOOK_TITLE = /《[^》]+》|『[^』]+』/u;
/** A digit, half or full width. */
const ANY_DIGIT = /[\d０-９]/u;
/** A whole line in brackets. */
const BRACKETED_LINE = /^[(（][^()（）]+[)）]$/u;

const patterns = new WeakMap<ClaimLexicon, { pages: RegExp; publishers: RegExp } | null>();

function referencePatterns(lexicon: ClaimLexicon, unspaced: boolean): { pages: RegExp; publishers: RegExp } | null {
  if (patterns.has(lexicon)) return patterns.get(lexicon)!;
  const words = lexicon.referenceWords;
  const compiled =
    words && words.pages.length && words.publishers.length
      ? {
          // A page mark before its number ("pp. 12–14", "S. 3") or, in Chinese and Japanese, after it ("第236-239页").
          pages: unspaced
            ? new RegExp(`[\\d０-９](?:${words.pages.map(escapeRegExp).join('|')})`, 'u')
            : new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.pages.map(escapeRegExp).join('|')})\\s?\\d`, 'u'),
          publishers: unspaced
            ? new RegExp(words.publishers.map(escapeRegExp).join('|'), 'u')
            : new RegExp(
                `(?<![\\p{L}\\p{N}])(?:${words.publishers.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
                'u',
              ),
        }
      : null;
  patterns.set(lexicon, compiled);
  return compiled;
}

/**
 * Whether a line of the article is a bibliographic reference or an epigraph's attribution, which cite and claim
 * nothing: a short line with a page mark and a year, a publisher or a book title ("Smith, J. (2003). Title. Publisher,
 * pp. 12–14.", "萧乾：《…》，第236-239页，…出版社"), a publisher after the authors' year or beside a book title and a year,
 * or a few words all in brackets ("(Livy cited by Machiavelli)").
 */
export function isReferenceLine(line: string, lang: string, lexicon: ClaimLexicon, unspaced: boolean): boolean {
  const text = line.trim();
  if (BRACKETED_LINE.test(text)) return !hasWords(text, lang, MAX_EPIGRAPH_WORDS + 1);
  // Every reading below needs a page number or a year: most lines of an article have no digit and stop here.
  if (!ANY_DIGIT.test(text) || hasWords(text, lang, MAX_REFERENCE_WORDS + 1)) return false;
  const marks = referencePatterns(lexicon, unspaced);
  if (!marks) return false;
  const title = BOOK_TITLE.test(text);
  const authorYear = AUTHOR_YEAR.test(text);
  const publisher = marks.publishers.test(text);
  if (marks.pages.test(text)) return YEAR.test(text) || publisher || title || authorYear;
  return publisher && (authorYear || (title && YEAR.test(text)));
}
