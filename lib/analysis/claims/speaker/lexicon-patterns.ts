import { type ClaimLexicon, wordSet, wordSetOf } from '../lexicon';
import { escapeRegExp } from '../../../shared/text';
import { ZH_MANNER_ADVERBIAL } from './cjk-patterns';

/** The word lists looked up one word at a time, as sets. */
const WORD_LISTS = [
  'stopwords',
  'personTitles',
  'locativePrepositions',
  'personPronouns',
  'sentenceStarters',
  'organizationWords',
  'modalVerbs',
  'genericSubjects',
  'placeWords',
  'calendarNames',
  'indefiniteArticles',
  'memberNouns',
  'listenerPrepositions',
] as const;

export type LexiconWords = Record<(typeof WORD_LISTS)[number], ReadonlySet<string>>;

/** Patterns built from a lexicon's word lists, once per lexicon rather than once per sentence. */
export interface LexiconPatterns {
  /** `WORD_LISTS` as sets. */
  words: LexiconWords;
  /** `definiteArticles` and `indefiniteArticles`, as one set. */
  articles: ReadonlySet<string>;
  /**
   * In a language with `commonNounDeterminers`, the words after which a capitalised word is a common noun: those, the
   * articles and the possessive determiners ("der Sprecher", "seine Worte", "einige Stunden"). Empty elsewhere.
   */
  commonNounOpeners: ReadonlySet<string>;
  /** One of `nameBreakingArticles` between two capitalised words (before the second); null without them. */
  nameBreakingArticle: RegExp | null;
  /** One of `nameParticles` closing the text; null without them. */
  nameParticleEnd: RegExp | null;
  /** A word of eight letters or more with one of `commonNounEndings`; null without them. */
  commonNounWord: RegExp | null;
  /** The whole text before a verb being one of `describedSubjectArticles`, an adjective and a noun (group 1). */
  describedSubject: RegExp | null;
  /** One of `genitiveArticles` opening the text after a noun, spaces around it; null without them. */
  genitiveArticleAfter: RegExp | null;
  /** The title abbreviations that are blanked before a name: a capital first, a dot last ("Mr.", "Dr."). */
  honorifics: string[];
  /** "he said", "ele disse": a person pronoun closing the text before the verb. */
  pronounBeforeVerb: RegExp;
  /** "…, said he": a person pronoun right after the verb. */
  pronounAfterVerb: RegExp;
  /**
   * "„…“, schrieb der 46-Jährige.": one of `describingArticles`, at most one lower-case word, and a capitalised noun
   * closing the clause (group 1: the article, group 2: the noun); null without such articles.
   */
  describedAfterVerb: RegExp | null;
  /** `reportiveInversion` as a pattern (group 1: the verb), global; null without it. */
  reportiveInversion: RegExp | null;
  /** "it said", "it also said": a pronoun standing for an organization closing the text before the verb. */
  organizationPronounBeforeVerb: RegExp | null;
  /** "Constand's mother" and "la madre de Pérez" closing the text before the verb (group 1: the surname). */
  relativeSubjects: RegExp[];
  /** Chinese and Japanese: a title, then the name after it up to a verb ("首席执行官孟涛表示"). */
  titledNames: Array<[string, RegExp]>;
  /** "made on Saturday by ": a preposition of `reportNouns.agents` after a report noun (see reportAgent). */
  reportAgent: RegExp | null;
  /** `complementizers`, and one of them opening the text after a verb ("…, agregaron que …"). */
  complementizers: ReadonlySet<string>;
  complementizerAfter: RegExp | null;
  /** `negatedReports` as sets. */
  negations: ReadonlySet<string>;
  notNegating: ReadonlySet<string>;
  /** `subjectAdverbs` closing a Chinese subject ("奥尔特曼还"). */
  subjectAdverbs: RegExp;
  /** `honorificsAfterName` closing a Japanese subject ("フアン氏"). */
  honorificsAfterName: RegExp;
  /** One of `titlesAfterName` closing a Japanese subject, with an optional reading in brackets ("…責任者（CEO）"). */
  titleAfterName: RegExp;
  /** A Japanese subject that is one of `spokesRoles`, or one of `sourceDocuments`. */
  spokesRole: RegExp;
  sourceDocument: RegExp;
  /**
   * Japanese: who carried out a study of `conductedStudies`, the clause citing it ("トレンドマイクロが…実施した調査では、"; group
   * 1: who); null without them.
   */
  conductedStudy: RegExp | null;
  /** Chinese: one of `findingVerbs.studies` closing the text before a verb of finding ("在研究中"); null without them. */
  findingStudyEnd: RegExp | null;
}

/** What a pattern of a word list the lexicon does not have is: it matches nowhere. */
const MATCHES_NOTHING = /(?!)/u;

/** `pattern` with `(words)` in place of `WORDS`, or a pattern matching nowhere when there are no words. */
function wordsPattern(words: string[] | undefined, pattern: string): RegExp {
  return words?.length ? new RegExp(pattern.replace('WORDS', `(${words.join('|')})`), 'u') : MATCHES_NOTHING;
}

const PATTERNS = new WeakMap<ClaimLexicon, LexiconPatterns>();

function wordSets(lexicon: ClaimLexicon): LexiconWords {
  const words: Partial<Record<(typeof WORD_LISTS)[number], ReadonlySet<string>>> = {};
  for (const list of WORD_LISTS) words[list] = wordSetOf(lexicon, list);
  words.personTitles = withOtherGender(words.personTitles!, lexicon.genderedTitleEndings);
  return words as LexiconWords;
}

/**
 * The titles with their other-gender forms ("funcionario" → "funcionaria", "investigador" → "investigadora"): a list
 * that names one form of a role names both.
 */
function withOtherGender(
  titles: ReadonlySet<string>,
  endings: ClaimLexicon['genderedTitleEndings'],
): ReadonlySet<string> {
  if (!endings?.length) return titles;
  const all = new Set(titles);
  for (const title of titles)
    for (const [masculine, feminine] of endings) {
      if (title.length > masculine.length + 2 && title.endsWith(masculine))
        all.add(title.slice(0, -masculine.length) + feminine);
      if (title.length > feminine.length + 2 && title.endsWith(feminine))
        all.add(title.slice(0, -feminine.length) + masculine);
    }
  return all;
}

/** The phrases as alternatives of a regular expression, each taken literally; null when there are none. */
export function alternation(words: string[] | undefined): string | null {
  return words?.length ? words.map(escapeRegExp).join('|') : null;
}

/**
 * Chinese and Japanese: after each title, the name up to the first character of a common reporting verb or adverb, or
 * up to an adverbial read before the verb: an adverb of two characters or more of `subjectAdverbs` ("林海涛一直关注",
 * "王明公开表示") or a manner adverbial in 地 (`ZH_MANNER_ADVERBIAL`: "施密特乐观地表示"), which would otherwise be read
 * into the name. A one-character adverb (曾, 亦, 均) may be a given name's last character and ends no name.
 */
function titledNamePatterns(lexicon: ClaimLexicon): Array<[string, RegExp]> {
  const adverbs = alternation((lexicon.subjectAdverbs ?? []).filter((adverb) => adverb.length >= 2));
  const adverbial = `${adverbs ? `${adverbs}|` : ''}${ZH_MANNER_ADVERBIAL.source.replace(/\$$/u, '')}`;
  return lexicon.personTitles.map((title) => [
    title,
    new RegExp(
      `${title}([\\p{sc=Han}\\p{sc=Katakana}ー·]{2,10}?)(?=${adverbial}|[表说称指强透坦介宣承警解补回提声直写认相觉看深判还也则]|$)`,
      'gu',
    ),
  ]);
}

export function patternsOf(lexicon: ClaimLexicon): LexiconPatterns {
  let patterns = PATTERNS.get(lexicon);
  if (!patterns) {
    const pronouns = lexicon.personPronouns.join('|');
    patterns = {
      words: wordSets(lexicon),
      articles: new Set([...(lexicon.definiteArticles ?? []), ...lexicon.indefiniteArticles]),
      commonNounOpeners: new Set(
        lexicon.commonNounDeterminers?.length
          ? [
              ...(lexicon.definiteArticles ?? []),
              ...lexicon.indefiniteArticles,
              ...(lexicon.possessiveDeterminers ?? []),
              ...lexicon.commonNounDeterminers,
            ]
          : [],
      ),
      nameBreakingArticle: lexicon.nameBreakingArticles?.length
        ? new RegExp(`\\s(?:${alternation(lexicon.nameBreakingArticles)})\\s+(?=\\p{Lu})`, 'u')
        : null,
      nameParticleEnd: lexicon.nameParticles?.length
        ? new RegExp(`(?:^|\\s)(?:${alternation(lexicon.nameParticles)})$`, 'iu')
        : null,
      describedSubject: lexicon.describedSubjectArticles?.length
        ? new RegExp(
            `^\\s*(?:${alternation(lexicon.describedSubjectArticles.flatMap((article) => [article, article.charAt(0).toUpperCase() + article.slice(1)]))})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s*$`,
            'u',
          )
        : null,
      commonNounWord: lexicon.commonNounEndings?.length
        ? new RegExp(`^(?=\\p{L}{8,}$)\\p{L}+(?:${alternation(lexicon.commonNounEndings)})$`, 'iu')
        : null,
      genitiveArticleAfter: lexicon.genitiveArticles?.length
        ? new RegExp(`^\\s+(?:${alternation(lexicon.genitiveArticles)})\\s+`, 'u')
        : null,
      honorifics: lexicon.titleAbbreviations.filter((abbreviation) => /^\p{Lu}.*\.$/u.test(abbreviation)),
      pronounBeforeVerb: new RegExp(`(?<![\\p{L}])(${pronouns})(?:\\s+[\\p{L}-]+){0,2}\\s*$`, 'iu'),
      pronounAfterVerb: new RegExp(`^\\s+(${pronouns})(?![\\p{L}])`, 'iu'),
      relativeSubjects: lexicon.kinshipNouns?.length
        ? [
            new RegExp(`(\\p{Lu}[\\p{L}-]+)[’'ʼ]s\\s+(?:${lexicon.kinshipNouns.join('|')})\\s*$`, 'iu'),
            new RegExp(
              `(?:^|\\s)(?:${lexicon.kinshipNouns.join('|')})\\s+(?:de|da|do|du|von)\\s+(\\p{Lu}[\\p{L}-]+)\\s*$`,
              'iu',
            ),
          ]
        : [],
      describedAfterVerb: lexicon.describingArticles
        ? new RegExp(
            `^\\s+(${alternation(Object.keys(lexicon.describingArticles))})\\s+(?:\\p{Ll}+\\s+)?([\\p{Lu}\\d][\\p{L}\\d-]+)\\s*(?:[,.;!?]|\\s+\\p{Ll}|$)`,
            'u',
          )
        : null,
      reportiveInversion: lexicon.reportiveInversion
        ? new RegExp(
            `(?<![\\p{L}’'-])(\\p{Ll}{2,}${lexicon.reportiveInversion.ending})\\s+(?:${alternation(lexicon.reportiveInversion.pronouns)})(?![\\p{L}’'-])`,
            'gu',
          )
        : null,
      organizationPronounBeforeVerb: lexicon.organizationPronouns?.length
        ? new RegExp(`(?<![\\p{L}’'])(?:${lexicon.organizationPronouns.join('|')})(?:\\s+\\p{Ll}+ly)?\\s*$`, 'iu')
        : null,
      complementizers: wordSet(lexicon.complementizers),
      // "qu" is elided ("qu’il"): the apostrophe after it is no letter.
      complementizerAfter: lexicon.complementizers?.length
        ? new RegExp(`^\\s+(?:${lexicon.complementizers.join('|')})(?![\\p{L}])`, 'iu')
        : null,
      negations: wordSet(lexicon.negatedReports?.negations),
      notNegating: wordSet(lexicon.negatedReports?.notNegating),
      reportAgent: lexicon.reportNouns
        ? new RegExp(`^[^,;:.!?"“”«»]{0,35}?\\s(?:${lexicon.reportNouns.agents.join('|')})\\s+`, 'u')
        : null,
      subjectAdverbs: wordsPattern(lexicon.subjectAdverbs, 'WORDS+$'),
      honorificsAfterName: wordsPattern(lexicon.honorificsAfterName, 'WORDS+$'),
      titleAfterName: wordsPattern(lexicon.titlesAfterName, 'WORDS(?:[（(][^（）()]{1,12}[）)])?$'),
      spokesRole: wordsPattern(lexicon.spokesRoles, '^WORDS$'),
      sourceDocument: wordsPattern(lexicon.sourceDocuments, '^WORDS$'),
      conductedStudy: lexicon.conductedStudies
        ? new RegExp(
            `(?:^|、)([^、。「」]{2,40}?)が[^、。「」]{0,40}?(?:${alternation(lexicon.conductedStudies.verbs) ?? ''})[^、。「」]{0,20}?(?:${alternation(lexicon.conductedStudies.studies) ?? ''})(?:の結果)?(?:では|によると|によれば|で)、`,
            'u',
          )
        : null,
      findingStudyEnd: lexicon.findingVerbs
        ? new RegExp(
            `(?:通过|通過|经过|經過|从|從|在)?(?:的)?(?:一项|一項|这项|這項|本次|此次|该项|該項|最新)?(?:${alternation(lexicon.findingVerbs.studies) ?? ''})(?:中|后|後)?$`,
            'u',
          )
        : null,
      titledNames: titledNamePatterns(lexicon),
    };
    PATTERNS.set(lexicon, patterns);
  }
  return patterns;
}
