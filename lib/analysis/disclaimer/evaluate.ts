import type { DisclaimerKind } from '../../shared/types';
import { LANGUAGE_PATTERNS, type LanguagePatterns } from './patterns';
import { compile, lowerCaseSameLength, normalizeForMatching } from './text';

export const KIND_ORDER: DisclaimerKind[] = [
  'third-party',
  'no-endorsement',
  'informational-only',
  'author-views-only',
  'not-advice',
  'sponsored',
];

export interface DisclaimerEvaluation {
  /** In KIND_ORDER. */
  kinds: DisclaimerKind[];
  /** Whether the text is a disclaimer on its own (see `qualifies`). */
  qualifies: boolean;
  lang: string;
  variant: string;
  host: string | null;
}

interface LanguageHits {
  language: LanguagePatterns;
  kinds: Set<DisclaimerKind>;
  labelled: boolean;
  standalone: boolean;
}

/** `text` is lower-cased. */
function matchLanguage(language: LanguagePatterns, text: string): LanguageHits {
  const kinds = new Set<DisclaimerKind>();
  for (const [kind, pattern] of language.concepts) {
    if (!kinds.has(kind) && pattern.test(text)) kinds.add(kind);
  }
  let standalone = false;
  for (const [kind, pattern] of language.standalone) {
    if (pattern.test(text)) {
      standalone = true;
      kinds.add(kind);
    }
  }
  const labelled = language.label.test(text.slice(0, 80));
  return { language, kinds, labelled, standalone };
}

const NOT_A_NAME = new Set([
  'the',
  'this',
  'that',
  'our',
  'its',
  'a',
  'an',
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
  'any',
  'qualquer',
  'cualquier',
]);

/** Lower-case words that may sit inside a name ("Portal do Bitcoin"), never at its end. */
const NAME_JOINERS = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'of', 'the', '&', 'du', 'des']);

/** The capitalised prefix of a captured run ("Gate nem como" → "Gate"). */
export function cleanName(raw: string): string | null {
  const kept: string[] = [];
  for (const token of raw.split(' ')) {
    const word = token.replace(/^['"“«(]+|['"”»),.;:!?]+$/gu, '').replace(/['’](?:s|in|ın|un|ün|nin|nın)$/u, '');
    const joiner = kept.length > 0 && NAME_JOINERS.has(word);
    if (!joiner && (!/^[\p{Lu}\p{N}]/u.test(word) || NOT_A_NAME.has(word.toLowerCase()))) break;
    kept.push(word);
    if (word !== token) break;
  }
  while (kept.length > 0 && NAME_JOINERS.has(kept[kept.length - 1]!)) kept.pop();
  return kept.length > 0 ? kept.join(' ') : null;
}

function findHost(text: string, languages: LanguagePatterns[]): string | null {
  for (const language of languages) {
    for (const pattern of language.host) {
      for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
        const name = match[1] ? cleanName(match[1]) : null;
        if (name) return name;
      }
    }
  }
  return null;
}

/**
 * Notes about the comment section ("opinions expressed in reader comments are those of the
 * author") disclaim the readers' posts, not the page's content.
 */
const COMMENT_SECTION = compile(
  /\b(?:reader|user|visitor)s?'? comments\b|\bcomments? (?:section|below|posted)\b|\bcomentários? d[eo]s? (?:leitor|usuário|internauta)|\bcomentarios de (?:los )?(?:lectores|usuarios)|\bcommentaires (?:des|de nos) (?:lecteurs|internautes)|(?:读者|网友|用户|讀者|網友|用戶)(?:评论|留言|評論)|読者(?:の)?コメント/u,
);

/**
 * Which disclaimer concepts a text states, in which language, and whether that is enough to call
 * it a disclaimer: two concepts, or one under a "Disclaimer" label, or a statement about the page
 * itself ("this article does not constitute investment advice"). One concept alone is not enough:
 * a quoted person "not giving financial advice" or a cookie banner's "third parties" must not flag.
 */
export function evaluateDisclaimerText(rawText: string): DisclaimerEvaluation | null {
  const text = normalizeForMatching(rawText);
  if (text.length < 6) return null;
  const lower = lowerCaseSameLength(text);
  if (COMMENT_SECTION.test(lower)) return null;
  const hits = LANGUAGE_PATTERNS.filter((language) => language.script.test(lower))
    .map((language) => matchLanguage(language, lower))
    .filter((hit) => hit.kinds.size > 0);
  if (hits.length === 0) return null;
  const score = (hit: LanguageHits) => hit.kinds.size * 4 + (hit.standalone ? 2 : 0) + (hit.labelled ? 1 : 0);
  hits.sort((a, b) => score(b) - score(a));
  const best = hits[0]!;
  const all = new Set(hits.flatMap((hit) => [...hit.kinds]));
  const kinds = KIND_ORDER.filter((kind) => all.has(kind));
  const labelled = LANGUAGE_PATTERNS.some((language) => language.label.test(lower.slice(0, 80)));
  const qualifies = kinds.length >= 2 || (labelled && kinds.length >= 1) || hits.some((hit) => hit.standalone);
  return {
    kinds,
    qualifies,
    lang: best.language.lang,
    variant: best.language.variant,
    host: qualifies ? findHost(text, [best.language, ...LANGUAGE_PATTERNS.filter((l) => l !== best.language)]) : null,
  };
}
