import type { DisclaimerKind } from '../../../shared/types';
import { requiredSubstrings } from '../../../shared/required-substrings';
import { compile, compileCaseInsensitive, WordPattern } from '../../../shared/text';

/**
 * One concept of a disclaimer, stated by a relation and its object: "does not constitute" +
 * "investment advice", "solely reflects" + "the author's opinion", 不代表 + 立场. The two parts are
 * written apart and joined at build time, with up to `gap` characters between them (never across
 * a sentence end). A concept without an object is a single phrase that states the concept by
 * itself ("for informational purposes only", 仅供参考).
 */
export interface ConceptSource {
  kind: DisclaimerKind;
  relation: RegExp;
  object?: RegExp;
  /** Which part comes first; SOV languages put the object before the relation (投資助言ではありません). */
  order?: 'relation-object' | 'object-relation';
  /** Characters allowed between the parts; 60 by default. */
  gap?: number;
  /**
   * The part tested alone first (see Concept.anchor): the object by default, the relation when the
   * object is made of common words ("us", "our", "content").
   */
  anchor?: 'relation' | 'object';
}

/**
 * A language's disclaimer vocabulary, by the parts a disclaimer is made of. Patterns are written as
 * regex literals in lower case and compiled for lower-cased text (`host` excepted: names keep their
 * capitals). `\b` is a Unicode word boundary.
 */
export interface DisclaimerLexiconSource {
  /** Pattern-set id: a BCP 47 tag, with the script for Chinese. */
  variant: string;
  /** BCP 47 primary subtag reported as the disclaimer's language. */
  lang: string;
  /** Letters of the language's script: texts without any skip the language. */
  script: RegExp;
  /** A heading word that opens a disclaimer block ("Disclaimer:", 免责声明, Haftungsausschluss). */
  cue: RegExp;
  /** The page's own content as the subject of a sentence: "this article", "the views expressed", 本文. */
  subject: RegExp;
  /** Subjects that put a sentence about something else: reader comments, linked sites, cookies. */
  foreign: RegExp;
  concepts: ConceptSource[];
  /**
   * Where a sentence names the host, matched case-insensitively on the original text. `(@)` marks
   * a run of name-like words (trimmed to its capitalised prefix afterwards); a pattern may instead
   * capture the name itself as group 1.
   */
  host: RegExp[];
  /** How a captured name is trimmed: capitalised words (default) or an unspaced CJK run. */
  names?: 'cased' | 'cjk';
}

export interface Concept {
  kind: DisclaimerKind;
  pattern: WordPattern;
  /**
   * The object alone (the relation, when there is none): rarer than the relation ("advice"
   * against "is"), so testing it first rules most texts out without the costlier joined pattern.
   */
  anchor: WordPattern;
}

/** Compiled: everything but `host` expects lower-cased text. */
export interface DisclaimerLexicon {
  variant: string;
  lang: string;
  script: RegExp;
  cue: RegExp;
  subject: WordPattern;
  foreign: WordPattern;
  concepts: Concept[];
  /**
   * Any concept's anchor, in one pattern (each without its leading word boundary, so it matches
   * wherever one of them could): one pass over a text that states no concept rules it out, instead
   * of one pass per concept.
   */
  anyAnchor: RegExp;
  /**
   * Literal strings one of which every match of `anyAnchor` holds (null: no such strings): a text
   * holding none of them states no concept of the language, which a test of plain literals finds
   * several times faster than `anyAnchor` itself.
   */
  anchorLiterals: string[] | null;
  host: RegExp[];
  names: 'cased' | 'cjk';
}

/** Characters that end a sentence; a concept's parts never straddle one. */
const NOT_SENTENCE_END = '[^.!?;。！？；]';
const DEFAULT_GAP = 60;

/**
 * A part as a group. A leading word boundary is hoisted in front of the group, so that
 * WordPattern checks it after matching (a regex that opens with a lookbehind is slow); it then
 * applies to every alternative of the part, which is how the parts are written.
 */
function group(source: string): string {
  return source.startsWith('\\b') ? `\\b(?:${source.slice(2)})` : `(?:${source})`;
}

function join(concept: ConceptSource): RegExp {
  if (!concept.object) return concept.relation;
  const [first, second] =
    concept.order === 'object-relation' ? [concept.object, concept.relation] : [concept.relation, concept.object];
  const gap = `${NOT_SENTENCE_END}{0,${concept.gap ?? DEFAULT_GAP}}?`;
  return new RegExp(`${group(first.source)}${gap}${group(second.source)}`, 'u');
}

/** A run of up to three name-like tokens; trimmed to its capitalised prefix after matching. */
const NAME_GROUP = "([\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.&'-]*){0,2})";

function compileHost(pattern: RegExp): RegExp {
  return compileCaseInsensitive(new RegExp(pattern.source.replace('(@)', NAME_GROUP), 'u'));
}

function anchorOf(concept: ConceptSource): RegExp {
  return concept.anchor === 'relation' || !concept.object ? concept.relation : concept.object;
}

/** The anchors' sources as alternatives of one pattern, leading word boundaries dropped (see `anyAnchor`). */
function anyOf(anchors: readonly RegExp[]): RegExp {
  const alternatives = anchors.map((anchor) => `(?:${anchor.source.replace(/^\\b/, '')})`);
  return compile(new RegExp(alternatives.join('|'), 'u'));
}

export function buildLexicon(source: DisclaimerLexiconSource): DisclaimerLexicon {
  const anyAnchor = anyOf(source.concepts.map(anchorOf));
  return {
    variant: source.variant,
    lang: source.lang,
    script: source.script,
    cue: compile(source.cue),
    // Grouped, so that a word boundary opening the first alternative stays with it alone.
    subject: new WordPattern(new RegExp(`(?:${source.subject.source})`, 'u')),
    foreign: new WordPattern(new RegExp(`(?:${source.foreign.source})`, 'u')),
    concepts: source.concepts.map((concept) => ({
      kind: concept.kind,
      pattern: new WordPattern(join(concept)),
      anchor: new WordPattern(anchorOf(concept)),
    })),
    anyAnchor,
    anchorLiterals: requiredSubstrings(anyAnchor),
    host: source.host.map(compileHost),
    names: source.names ?? 'cased',
  };
}

export const LATIN = /[a-z]/iu;
export const CYRILLIC = /[\u0400-\u04ff]/u;
export const HAN = /[\u4e00-\u9fff]/u;
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
export const HANGUL = /[\uac00-\ud7af]/u;
export const ARABIC = /[\u0600-\u06ff]/u;
