import type { DisclaimerLexicon } from './lexicon/types';

const NOT_A_NAME = new Set([
  'the',
  'this',
  'that',
  'our',
  'its',
  'a',
  'an',
  'any',
  'you',
  'we',
  'it',
  'he',
  'she',
  'they',
  'esta',
  'este',
  'nossa',
  'nosso',
  'la',
  'el',
  'le',
  'les',
  'des',
  'nuestra',
  'nuestro',
  'notre',
  'nos',
  'sua',
  'suas',
  'seu',
  'seus',
  'su',
  'sus',
  'son',
  'sa',
  'ses',
  'qualquer',
  'cualquier',
  'der',
  'die',
  'das',
  'uns',
]);

/** Lower-case words that may sit inside a name ("Portal do Bitcoin"), never at its end. */
const NAME_JOINERS = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'of', 'the', '&', 'du', 'des']);

/** A bare domain names its site even in lower case ("earthtimes.org"). */
const DOMAIN =
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|co|info|news|ai|app|xyz|me|tv|uk|de|fr|es|br|jp|cn|kr|ru|in)$/iu;

/** Articles that open a sentence before a name ("O Portal não garante …"): skipped, not part of it. */
const LEADING_ARTICLES = new Set(['o', 'a', 'os', 'as', 'el', 'la', 'los', 'las', 'le', 'les']);

/** The capitalised prefix of a captured run ("Gate nem como" → "Gate"). */
export function cleanName(raw: string): string | null {
  const kept: string[] = [];
  const tokens = raw.split(' ');
  if (tokens.length > 1 && LEADING_ARTICLES.has(tokens[0]!.toLowerCase())) tokens.shift();
  for (const token of tokens) {
    const word = token.replace(/^['"“«(]+|['"”»),.;:!?]+$/gu, '').replace(/['’](?:s|in|ın|un|ün|nin|nın)$/u, '');
    if (kept.length === 0 && DOMAIN.test(word)) return word;
    const joiner = kept.length > 0 && NAME_JOINERS.has(word);
    if (!joiner && (!/^[\p{Lu}\p{N}]/u.test(word) || NOT_A_NAME.has(word.toLowerCase()))) break;
    kept.push(word);
    if (word !== token) break;
  }
  while (kept.length > 0 && NAME_JOINERS.has(kept[kept.length - 1]!)) kept.pop();
  return kept.length > 0 ? kept.join(' ') : null;
}

/** Words for the page itself, its author or its platform: never a host's name. */
const CJK_SELF =
  /^(?:本|该|該|此|其|我|我们|我們|平台|网站|網站|作者|笔者|筆者|当社|弊社|当サイト|本サイト|記事|筆者|これ|それ|上記|以上|上述|投资者|投資者|读者|讀者|用户|用戶)/u;

/** A name from an unspaced CJK run: trimmed of quotes and particles, without self-references. */
export function cleanCjkName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/^[「『“"'《【(（]+|[」』”"'》】)）]+$/gu, '')
    .replace(/(?:的|之|の)$/u, '')
    .trim();
  if (name.length === 0 || name.length > 24 || CJK_SELF.test(name)) return null;
  return name;
}

/** The host named by the first matching host pattern, trying `lexicons` in order. */
export function findHost(text: string, lexicons: DisclaimerLexicon[]): string | null {
  for (const lexicon of lexicons) {
    for (const pattern of lexicon.host) {
      for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
        const raw = match[1];
        const name = raw ? (lexicon.names === 'cjk' ? cleanCjkName(raw) : cleanName(raw)) : null;
        if (name) return name;
      }
    }
  }
  return null;
}
