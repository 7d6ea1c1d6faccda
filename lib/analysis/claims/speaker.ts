import { wordSet, wordSetOf, type ClaimLexicon } from './lexicon';
import { allMatches, execAt, findPhrases, phraseUnion, type PhraseHit } from './match';
import { opensSourceClause } from './story';

/** Capitalised name runs such as "Sam Altman", "Jean-Luc de la Tour", "OpenAI". */
const NAME_RUN =
  /\p{Lu}[\p{L}\p{M}&'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|le|la|du|bin|al)\s+)*\p{Lu}[\p{L}\p{M}&'’-]*|\s+(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}\p{M}&'’-]*)*/gu;
/** An elided article or pronoun glued to the next word ("L’Office", "C’est", "D’après"). */
const ELIDED = /^\p{L}{1,2}[’'ʼ]/u;
/** "como él mismo dijo", "comme il l'a dit", "wie er sagte", "as he said" right before the verb. */
const AS_ASIDE = /[,(]\s*(?:como|comme|wie|as)\s+(?:[\p{L}’']+\s+){0,3}$/iu;
/** A quotation of some length, in the quotation marks of the supported languages (not 「」, which also marks names). */
/** Quoted spans, paired in order; those of 12 characters or more are speech (see `quotations`). */
const QUOTED_PAIR = /"[^"]*"|“[^”“]*[”“]|„[^“]*“|«[^»]*»|»[^«]*«/gu;

/**
 * Where the quotations of a sentence are. Straight quotes are paired first and only then filtered by length, so a
 * short quoted title ("Diving Bell") does not pair its closing mark with the opening of the next quotation.
 */
function quotations(sentence: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  QUOTED_PAIR.lastIndex = 0;
  for (let match = QUOTED_PAIR.exec(sentence); match; match = QUOTED_PAIR.exec(sentence)) {
    if (match[0].length >= 14) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}
/** A quotation opened in the sentence and not closed before its end: it goes on in the next sentence. */
const OPEN_QUOTATION = /[“«][^”“»«„]{12,}$/u;
const LETTER = /^\p{L}$/u;
const WHITESPACE = /\s/u;
const APOSTROPHES = [0x27, 0x2019];
const HYPHEN = [0x2d];

/**
 * The run of letters (and of the characters whose codes are in `extra`) that ends `text` before its trailing
 * whitespace, as `/([\p{L}…]+)\s*$/u` finds it; undefined when there is none. Read backwards from the end, where that
 * expression tries every position of the text in turn.
 */
function trailingWord(text: string, extra: readonly number[] = []): string | undefined {
  const head = text.trimEnd();
  let start = head.length;
  while (start > 0) {
    const code = head.charCodeAt(start - 1);
    if (code < 0x80) {
      if (((code | 32) >= 97 && (code | 32) <= 122) || extra.includes(code)) start--;
      else break;
      continue;
    }
    // A surrogate pair is one character (one code point) to the expression.
    const high = code >= 0xdc00 && code <= 0xdfff && start >= 2 ? head.charCodeAt(start - 2) : 0;
    const width = high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if ((width === 1 && extra.includes(code)) || LETTER.test(head.slice(start - width, start))) start -= width;
    else break;
  }
  return start < head.length ? head.slice(start) : undefined;
}

/** The word right before `index` (lower case), if a space separates them. */
function wordBefore(text: string, index: number): string | undefined {
  if (!/\s/u.test(text.charAt(index - 1))) return undefined;
  return trailingWord(text.slice(Math.max(0, index - 40), index), HYPHEN)?.toLowerCase();
}
/** A possessive that ends inside a name run ("ACLU's Jay Stanley", "White House's"). */
const POSSESSIVE = /[’'ʼ]s(?=\s|$)|(?<=\p{Lu}S|\p{L}s)[’'ʼ](?=\s)/gu;

type Gender = 'f' | 'm';

/** A name of capitalised words (small linking words allowed inside) and its acronym in parentheses. */
const ACRONYM_DEFINITION = /(\p{Lu}[\p{L}-]+(?:\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}-]+){0,4})\s+\((\p{Lu}{2,6})\)/gu;

/** Chinese adverbs that can sit between a subject and its verb ("奥尔特曼还表示"). */
const ZH_ADVERBS =
  /(还|還|也|则|則|更|又|曾|只是|都|亦|同样|同樣|均|仍|一直|始终|始終|进一步|進一步|同时|同時|此前|随后|隨後|再次|再度|一再|多次|公开|公開|明确|明確|直接|最近|近日|昨日|昨天|今天|今日|日前|本周|上周|周[一二三四五六日]|週[一二三四五六日])+$/u;
/** "向本报记者", "对媒体": the listener between a Chinese subject and its verb. */
const ZH_TOLD_TO = /(?<=.)(向|对|對|跟)[\p{sc=Han}]{0,4}?(记者|記者|媒体|媒體)$/u;
/**
 * "他对作者", "王教授对此": whom (or what) the subject speaks to or of, right before the verb. After a pronoun or a
 * subject of two characters or more, so that a name holding 向 or 对 ("刘向东") is kept whole.
 */
const ZH_LISTENER = /(?<=^(?:他|她|他们|她們|他們|她们|[\p{sc=Han}]{2,}))(向|对|對|跟)[\p{sc=Han}]{1,4}$/u;
/** "宋国青教授通过分析国家统计局的数据": by what means the subject came to say it, after their name. */
const ZH_MEANS = /(?<=.)(通过|通過|透过|透過)[^，,。]{1,24}$/u;
/** "接受记者采访时", "在接受《财经》采访时": the interview in which the subject spoke, after their name. */
const ZH_INTERVIEWED = /(?<=.)(在)?接受[\p{sc=Han}《》]{0,10}?(采访|採訪)(时|時)?$/u;
/** "武汉市工商局有关负责人", "上海汇达丰律师事务所有关律师": a body, then someone unnamed who speaks for it. */
const ZH_RELATED_PERSON = /^(.{2,16}?)(有关|有關|相关|相關)(负责人|負責人|人士|律师|律師|官员|官員|人员|人員)$/u;
/** Openings of a Chinese clause that is no subject: a prepositional adverbial, or the reporter who writes. */
const ZH_NO_SUBJECT = /^(除了|除|从|從|对于|對於|关于|關於|至于|至於|记者|記者|本报|本報|有关|有關|相关|相關)/u;
/** "在发布会上", "在記者會中": where the subject spoke, after their name. */
const ZH_SETTING = /(在|於|于)[^在於于]{1,14}(时候|時候|上|中|时|時|里|裡|后|後)$/u;
/** A date opening a Chinese clause ("7月11日他在…"): when the subject spoke, not who. */
const ZH_DATE = /^(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}日/u;
/** Titles written after a Chinese name ("洪友廉教授"): the name is the speaker, the title its role. */
const ZH_TITLE_AFTER_NAME = /^([\p{sc=Han}·]{2,4}?)(教授|博士|先生|女士|小姐|律师|律師|医生|醫生|研究员|研究員|院士)$/u;
/** "X的一篇文章", "X的最新报告": a document of X, who then holds what it says. */
const ZH_DOCUMENT_OF =
  /^(.{2,14}?)的(?:一篇|一份|一则|一則|一项|一項|最新)?(?:文章|报道|報導|报告|報告|研究|调查|調查|声明|聲明)(?:报道|報導|中)?$/u;
/** "对…来说", "比如说", "可以说": 说 inside a phrase that reports nobody's words (so are "说服", "说法" after it). */
const ZH_NOT_SPEECH = /(来|來|如|是|话|話|再|虽|雖|听|聽|一|以)$/u;
/** Characters before 称 that make it "called" ("俗称", "号称", "简称", "被称为"), not "said". */
const ZH_NAMING = /(俗|号|號|堪|简|簡|又|被|人|统|統|名|昵|暱|并|並|合)$/u;
/** Spanish, Portuguese and Italian leave out a subject that goes on ("Al respecto, explicó que …"). */
const PRO_DROP = new Set(['es', 'pt', 'it']);
const JA_HONORIFICS =
  /(氏|さん|様|CEO|CTO|社長|会長|教授|准教授|代表|常務|専務|部長|課長|局長|市長|知事|総裁|議長|所長|理事長|委員長)+$/u;
/**
 * A subject marked by は or が before the verb (group 1): the sentence names who speaks, even if nobody
 * in particular. は may be followed by an adverb ("フアン氏はまた、"), not by the rest of a word.
 */
const JA_TOPIC =
  /^([^「」。]{1,50}?)(?:は|が)(?:(?=(?:また|さらに|まず|すでに|これまで|かねて|改めて|この|その|同日)[、,]?)|(?!\p{sc=Hiragana}))/u;
/**
 * Job titles written after a Japanese name ("ジェンスン・フアン最高経営責任者（CEO）"), with an
 * optional reading in brackets: the name is the speaker, the title its role.
 */
const JA_TITLE_AFTER_NAME =
  /(最高経営責任者|最高技術責任者|最高財務責任者|最高執行責任者|共同創業者|創業者|代表取締役社長|代表取締役|取締役|上級副社長|副社長|総理大臣|首相|大統領|長官|大臣|研究員|アナリスト|エコノミスト|CEO|CTO|CFO)(?:[（(][^（）()]{1,12}[）)])?$/u;
/** Roles that stand for the organization named before them ("市デジタル統括本部の担当者"). */
const JA_ROLES = /^(担当者|関係者|広報担当者|広報|幹部|責任者)$/u;
/** Documents whose owner before の is their source ("エネルギー総合研究所の試算によると"). */
const JA_DOCUMENTS = /^(試算|調査|調べ|発表|報告|報告書|分析|統計|資料|推計|予測)$/u;

/** Endings of Chinese and Japanese organization names ("工信部", "省委宣传部", "国家统计局"). */
const ORG_SUFFIX = /(部|局|厅|廳|委|委员会|委員會|院|公司|集团|集團|协会|協會|银行|銀行|政府|社|省|庁|機構)$/u;
/** A Chinese organization opening a clause as its subject, before its verb. */
const ZH_ORG_SUBJECT =
  /^([\p{sc=Han}]{1,10}?(?:部|局|厅|廳|委员会|委員會|公司|集团|集團|协会|協會|银行|銀行|政府))(?=[\p{sc=Han}])(?!的)/u;

/** Definite articles of the spaced languages, which may open a subject ("The Old Vic", "La Fiscalía"); "l" is elided. */
const DEFINITE_ARTICLES = 'the|el|la|los|las|le|les|l|o|a|os|as|der|die|das|dem|den|il|lo';
const DEFINITE_ARTICLE = new RegExp(`^(?:${DEFINITE_ARTICLES})$`, 'iu');
/**
 * The word opening an apposition between two names (", an Oklahoma Republican", ", the Virginia Democrat"): `gap` is
 * the text between them; null when it is no comma and one word.
 */
function appositionWord(gap: string): string | null {
  return /^\s*,\s*(\p{L}+)\s+$/u.exec(gap)?.[1] ?? null;
}

/**
 * A person's full name, then a clause opened by its subject's article: after "para", "pour", "für" opening the sentence,
 * the view is that person's without a comma ("Para Ingrid Betancourt la solución está …").
 */
const PERSON_THEN_CLAUSE = new RegExp(
  `^\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)+\\s+(?:${DEFINITE_ARTICLES})\\s`,
  'u',
);
const LEADING_DEFINITE_ARTICLE = new RegExp(`^\\s*(?:(?:${DEFINITE_ARTICLES})\\s|l[’'ʼ])`, 'iu');
/** A definite article and a lower-case description up to the comma: "o legista", "a irmã da vítima", "l’avocat". */
const DESCRIBED_SOURCE = new RegExp(
  `^\\s+(?:(?:${DEFINITE_ARTICLES})\\s+|l[’'ʼ]\\s*)(\\p{Ll}[\\p{Ll}’'ʼ-]*(?:\\s+\\p{Ll}[\\p{Ll}’'ʼ-]*){0,3}),`,
  'u',
);
/**
 * After an inverted reporting verb, a subject that closes the clause: an article and up to nine words ("dijo el
 * gremialista,"), or up to four capitalised words ("dijo González.").
 */
const CLOSING_SUBJECT = new RegExp(
  `^\\s+(?:(?:${DEFINITE_ARTICLES})\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,8}|(?:\\p{Lu}[\\p{L}.’'-]*\\s*){1,4})\\s*(?:[,.;!?]|$)`,
  'u',
);
const ROMANCE = new Set(['fr', 'es', 'pt', 'it', 'ca']);
/** Capitals that name a thing or a role, not an organization ("AI will …" has no speaker). */
const CONCEPT_ACRONYMS = new Set([
  'AI',
  'IA',
  'KI',
  'AGI',
  'LLM',
  'LLMS',
  'GPU',
  'GPUS',
  'CPU',
  'API',
  'CEO',
  'CTO',
  'CFO',
  'IPO',
  'PC',
  'TV',
  'IT',
  'USB',
  'VR',
  'AR',
]);

/**
 * A brand written with a capital inside the word ("SpaceX", "OpenAI", "LinkedIn"): an organization. Surnames of
 * that shape start with a short prefix ("McDonald", "MacArthur", "DeSantis", "FitzGerald").
 */
const BRAND_CAPITALS = /^(?!Mac|Fitz)\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/** Prepositions that attach a name to the noun before it ("director of", "ministre de la"). */
const GENITIVE_PREPOSITIONS = new Set([
  'of',
  'de',
  'del',
  'du',
  'des',
  'da',
  'do',
  'das',
  'dos',
  'di',
  'della',
  'von',
  'vom',
  'der',
]);

/** Conjunctions that join two subjects into one ("officers and officials", "fiscales y policías"). */
const COORDINATORS = new Set(['and', 'or', 'y', 'e', 'o', 'et', 'ou', 'und', 'oder']);

/** Prepositions that tie a member to the body they speak for ("a spokesman for", "a source at"). */
const MEMBER_PREPOSITIONS = new Set(['for', 'at']);

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
] as const;

type LexiconWords = Record<(typeof WORD_LISTS)[number], ReadonlySet<string>>;

/** Patterns built from a lexicon's word lists, once per lexicon rather than once per sentence. */
interface LexiconPatterns {
  /** `WORD_LISTS` as sets. */
  words: LexiconWords;
  /** The title abbreviations that are blanked before a name: a capital first, a dot last ("Mr.", "Dr."). */
  honorifics: string[];
  /** "he said", "ele disse": a person pronoun closing the text before the verb. */
  pronounBeforeVerb: RegExp;
  /** "…, said he": a person pronoun right after the verb. */
  pronounAfterVerb: RegExp;
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

function patternsOf(lexicon: ClaimLexicon): LexiconPatterns {
  let patterns = PATTERNS.get(lexicon);
  if (!patterns) {
    const pronouns = lexicon.personPronouns.join('|');
    patterns = {
      words: wordSets(lexicon),
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
      titledNames: lexicon.personTitles.map((title) => [
        title,
        new RegExp(
          `${title}([\\p{sc=Han}\\p{sc=Katakana}ー·]{2,10}?)(?=[表说称指强透坦介宣承警解补回提声直写认相觉看深判还也则]|$)`,
          'gu',
        ),
      ]),
    };
    PATTERNS.set(lexicon, patterns);
  }
  return patterns;
}

const WHOLE_WORDS = new Map<string, RegExp>();

/** `word` where no letter touches it on either side. */
function wholeWord(word: string): RegExp {
  let pattern = WHOLE_WORDS.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u');
    WHOLE_WORDS.set(word, pattern);
  }
  return pattern;
}

interface NameCandidate {
  name: string;
  index: number;
  end: number;
}

/**
 * Tracks who is speaking through an article: the people named so far (so "Altman" resolves to
 * "Sam Altman"), the last person named (for "Ele"/"He"/"他"), and a speaker announced by a lead-in
 * such as "Ele afirmou:" for the quotation that follows.
 */
export class SpeakerTracker {
  private readonly people: string[] = [];
  /** How often each known person was named in full or spoke, to tell apart two people with one surname. */
  private readonly mentions = new Map<string, number>();
  /** Every word of the names in `people`, so a lone surname is checked against them only when it could match. */
  private readonly personWords = new Set<string>();
  /** Every word of the longer speakers so far ("OpenAI CEO Sam Altman"): a later lone "Altman" is one of them. */
  private readonly speakerWords = new Set<string>();
  /** The names found in the sentence being read (see namesIn). */
  private namesOf: { sentence: string; names: NameCandidate[] } | null = null;
  /** People who spoke or were named as a subject, most recent first, for resolving "he"/"she"/"他". */
  private readonly recent: string[] = [];
  private readonly genders = new Map<string, Gender>();
  /** The people named with each title ("inspector" → Álvaro Álvarez), for "el inspector dijo". */
  private readonly titleHolders = new Map<string, Set<string>>();
  /** The words of each titled person's role ("presidente de la Asamblea Legislativa"), lower-cased. */
  private readonly roleWords = new Map<string, Set<string>>();
  /** Bodies someone unnamed spoke for ("a spokesman for Acme"): organizations, never who "she" stands for. */
  private readonly bodies = new Set<string>();
  /** Acronyms defined in the text: "Bundesagentur für Arbeit (BA)" → BA. */
  private readonly acronyms = new Map<string, string>();
  private leadInSpeaker: string | null = null;
  /**
   * The role the sentence gives its speaker, kept as context ("Superintendent" in "said Superintendent
   * Robert Runcie", "a Broward County high school student", "執行長"); null when it gives none.
   */
  speakerRole: string | null = null;
  /**
   * Whether the last speaker found was only carried on to a quotation opening the sentence, nobody being named in it:
   * an attribution closing the quotation in the next sentence then says better who speaks.
   */
  speakerCarried = false;
  /**
   * The organization that acts or plans in the last sentence nobody speaks in ("Das BMZ stellt … bereit", "GM expects
   * to"): no speaker, since the article tells what it does, but the subject the sentence is about (its type reads it
   * as an actor's, as it reads a speaker's). Null when someone speaks or no organization acts.
   */
  actor: string | null = null;
  /** Who spoke last, and in which block: a quotation that goes on in the next sentence is still theirs. */
  private lastSpeaker: string | null = null;
  private lastSpeakerBlock = -2;
  /** The paragraph whose single-quoted speech is still open after the sentence read last (British English); -2: none. */
  private singleQuoteOpenBlock = -2;
  /** The paragraph of the sentence being read. */
  private block = -1;
  /**
   * The person the sentence before named (with a title, or known) when nobody was reported speaking in it: the
   * subject a following "…”, señaló." leaves out ("…, es el parlamentario Tomás Hirsch, quien … “…”, señaló.").
   */
  private namedWithoutSpeech: string | null = null;
  private namedWithoutSpeechBlock = -2;
  private namedInSentence: string | null = null;
  /** Every first-and-last name the text has shown, titled or not ("Mike Huckabee"), for "When Huckabee became …, he said". */
  private readonly namesSeen = new Set<string>();
  /** The rest of the paragraph after the sentence being read, where a relative described in it may be named. */
  private following = '';
  /** The organization named last, for "the company said", "la empresa", "同社". */
  private lastOrganization: string | null = null;
  /**
   * What "it said" stands for: the organization named last, or a later subject opening its sentence that is no
   * person ("Opera wants …", "The Old Vic has set up …").
   */
  private itAntecedent: string | null = null;
  private readonly lexicon: ClaimLexicon;
  private readonly unspaced: boolean;
  private readonly lang: string;

  /** "X, a professor …, who sat on the board, told": two appositions, the second a relative clause. */
  private readonly twoAppositions: RegExp | null;
  /** "…, Tomás Hirsch, quien … anticipó": a relative clause running up to the verb. */
  private readonly relativeToVerb: RegExp | null;
  /** "… en la que" at the end of the text before the verb. */
  private readonly relativeClauseEnd: RegExp | null;
  /** "Asked what …," opening the sentence. */
  private readonly questionLeadIn: RegExp | null;
  private readonly patterns: LexiconPatterns;
  private readonly words: LexiconWords;

  constructor(lexicon: ClaimLexicon, lang: string, unspaced: boolean) {
    this.lexicon = lexicon;
    this.lang = lang;
    this.unspaced = unspaced;
    const alternatives = (words: string[] | undefined) =>
      words?.length ? words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') : null;
    const relatives = alternatives(lexicon.relativePronouns);
    this.twoAppositions = relatives
      ? new RegExp(
          `^\\s*,[^,;:.!?"“”«»„()]{2,110},\\s*(?:${relatives})\\s[^,;:.!?"“”«»„()]{2,110},\\s*(?:[\\p{L}’'-]+\\s+){0,3}$`,
          'iu',
        )
      : null;
    this.relativeToVerb = relatives ? new RegExp(`,?\\s+(?:${relatives})\\s`, 'giu') : null;
    const openers = alternatives(lexicon.relativeClauseOpeners);
    this.relativeClauseEnd = openers ? new RegExp(`\\s(?:${openers})\\s*$`, 'iu') : null;
    this.patterns = patternsOf(lexicon);
    this.words = this.patterns.words;
    const leadIns = alternatives(lexicon.questionLeadIns);
    this.questionLeadIn = leadIns ? new RegExp(`^[\\s"“«]*(?:${leadIns})\\s`, 'iu') : null;
  }

  /**
   * Speaker of a sentence, updating the context; `null` when it is not attributed. `block` is the
   * index of the paragraph it is in, so a quotation running on from the last speaker stays theirs. `runningQuote` says
   * whether the sentence is part of a quotation opened in an earlier paragraph: wholly `inside` it, or the one that
   * `closes` it.
   */
  speakerOf(
    sentence: string,
    block = -1,
    following = '',
    runningQuote: 'inside' | 'closes' | null = null,
  ): string | null {
    this.following = following;
    this.block = block;
    const organizationBefore = this.lastOrganization;
    const pending = this.leadInSpeaker;
    this.leadInSpeaker = null;
    this.speakerRole = null;
    this.actor = null;
    const namedBefore = this.namedWithoutSpeech;
    const namedBeforeBlock = this.namedWithoutSpeechBlock;
    this.namedInSentence = null;
    this.notePeople(sentence);
    this.namedWithoutSpeech = null;
    const goesOn = () => namedBefore ?? this.lastSpeaker;
    // A sentence inside a quotation opened in an earlier paragraph is what its speaker said (the one who spoke in the
    // paragraph before at the latest); any reporting verb in it is part of the quotation.
    const quoteSpeaker = runningQuote && block - this.lastSpeakerBlock <= 1 ? this.lastSpeaker : null;
    // "« C’est une provocation », a réagi Laurent Martin, …": a quotation closed by a short clause ending in a
    // person's name names who speaks, whatever its verb; it is no quotation going on from the last speaker.
    const closing = runningQuote === 'inside' ? null : this.closingAttribution(sentence);
    const attributed = runningQuote === 'inside' && quoteSpeaker ? null : this.attributedSpeaker(sentence, namedBefore);
    // The attribution read the usual way, with the role it found, when it names the same person.
    if (closing && attributed !== closing) this.speakerRole = null;
    let speaker =
      runningQuote === 'inside' && quoteSpeaker
        ? quoteSpeaker
        : ((closing && attributed !== closing ? closing : attributed) ?? this.colonLeadIn(sentence) ?? quoteSpeaker);
    if (
      !speaker &&
      PRO_DROP.has(this.lang) &&
      this.lastSpeaker &&
      block - this.lastSpeakerBlock <= 2 &&
      this.reportsWithoutSubject(sentence)
    )
      speaker = goesOn();
    // British English opens speech with a single quote ("'Sir Alex Ferguson has got seven years on him …"); a sentence
    // of the paragraph after one that opened such a quotation, before it closes, is inside it.
    const singleQuoted = this.lexicon.singleQuotedSpeech === true;
    const insideSingleQuote = singleQuoted && this.singleQuoteOpenBlock === block && block >= 0;
    const opensQuote =
      /^[\s"“„«»「『]/u.test(sentence) || (singleQuoted && /^\s*['‘]\p{Lu}/u.test(sentence)) || insideSingleQuote;
    if (singleQuoted) {
      if (/[.!?]['’]\s*$/u.test(sentence)) this.singleQuoteOpenBlock = -2;
      else if (/(?:^|[,:]\s+)['‘]\p{Lu}/u.test(sentence)) this.singleQuoteOpenBlock = block;
      else if (!insideSingleQuote) this.singleQuoteOpenBlock = -2;
    }
    if (!speaker && pending && opensQuote) speaker = pending;
    this.speakerCarried = false;
    // A direct quotation soon after someone spoke (at most one paragraph of narration between) goes on with them.
    if (!speaker && opensQuote && this.lastSpeaker && block >= 0 && block - this.lastSpeakerBlock <= 2) {
      speaker = this.lastSpeaker;
      this.speakerCarried = true;
    }
    // "Charles Schultze, chairman of …, once summed up the danger with a metaphor. “It’s not so much …”": a sentence
    // that is all quotation, right after one about a person in the same paragraph, is that person's, when nobody
    // spoke just before.
    if (
      !speaker &&
      opensQuote &&
      namedBefore &&
      block >= 0 &&
      block === namedBeforeBlock &&
      this.wholeQuotation(sentence)
    )
      speaker = namedBefore;
    // "Die Hersteller dürfen demnach …": the source of the sentence before goes on.
    if (
      !speaker &&
      this.lastSpeaker &&
      block - this.lastSpeakerBlock <= 2 &&
      findPhrases(sentence, this.lexicon.sourceAnaphors, this.unspaced).length > 0 &&
      // "Laut Kessler Werke sollen …, Kündigungen seien nicht geplant": a sentence naming its own source. An ambiguous
      // source word inside the sentence ("für große Veranstaltungen") names none.
      !findPhrases(sentence, this.lexicon.sourcePrepositions, this.unspaced).some(
        (hit) => hit.index === 0 || !this.lexicon.ambiguousSourcePrepositions?.includes(hit.phrase.toLowerCase()),
      )
    )
      speaker = this.lastSpeaker;
    // Japanese leaves out a subject that goes on: "…としている" with no one named is the last source's.
    if (
      !speaker &&
      this.lang === 'ja' &&
      this.lastSpeaker &&
      block - this.lastSpeakerBlock <= 4 &&
      !JA_TOPIC.test(sentence.replace(/^[^「」]*?、/u, (lead) => (/(は|が)/u.test(lead) ? lead : ''))) &&
      findPhrases(sentence, this.lexicon.reportingVerbs, true).length > 0
    )
      speaker = this.lastSpeaker;
    // An organization that announces, issues a notice or forecasts holds what it says or foresees ("该公司预计，…").
    // One that acts or plans ("Das BMZ stellt … bereit", "GM expects to begin") is the sentence's subject, not its
    // source: the article tells what it does. It is still the organization a later "the company" means.
    if (
      !speaker &&
      findPhrases(
        sentence,
        phraseUnion(this.lexicon, 'announcement-issuing-forecast', () => [
          ...this.lexicon.announcementVerbs,
          ...(this.lexicon.issuingVerbs ?? []),
          ...this.lexicon.forecastVerbs,
        ]),
        this.unspaced,
      ).some((hit) => !/^\s+to\s/u.test(sentence.slice(hit.end)))
    )
      speaker = this.organizationActor(sentence);
    else if (
      !speaker &&
      findPhrases(
        sentence,
        phraseUnion(this.lexicon, 'plan-decision', () => [...this.lexicon.planMarkers, ...this.lexicon.decisionVerbs]),
        this.unspaced,
      ).length
    ) {
      this.actor = this.organizationActor(sentence);
      // "The company plans to open two offices, according to a spokesperson": one unnamed who speaks for it.
      if (this.actor && this.citesUnnamedMember(sentence)) speaker = this.actor;
    }
    if (speaker) {
      this.lastSpeaker = speaker;
      this.lastSpeakerBlock = block;
    } else {
      this.namedWithoutSpeech = this.namedInSentence;
      this.namedWithoutSpeechBlock = block;
    }
    if (speaker && /[:：]\s*$/u.test(sentence)) this.leadInSpeaker = speaker;
    if (speaker && !this.unspaced && this.looksLikePersonName(speaker) && !this.bodies.has(speaker))
      this.rememberPerson(speaker);
    const organizationLike =
      speaker !== null &&
      !this.unspaced &&
      /^\p{Lu}[\p{L}\p{N}&-]+$/u.test(speaker) &&
      !this.isPerson(speaker) &&
      !this.personWords.has(speaker) &&
      !this.speakerWords.has(speaker) &&
      !this.recent.some((name) => name === speaker || name.split(/\s+/).includes(speaker)) &&
      !this.titleHoldersInclude(speaker);
    if (speaker && this.couldBePerson(speaker)) this.noteRecent(speaker);
    if (speaker && /\s/u.test(speaker)) for (const word of speaker.split(/\s+/)) this.speakerWords.add(word);
    if (speaker && (this.isOrganization(speaker) || this.bodies.has(speaker))) this.lastOrganization = speaker;
    // "Microsoft said …": a one-word subject that is no person's name is what "the company" means next.
    else if (speaker && organizationLike) this.lastOrganization = speaker;
    if (this.lastOrganization !== organizationBefore) this.itAntecedent = this.lastOrganization;
    if (this.patterns.organizationPronounBeforeVerb)
      this.itAntecedent = this.openingThing(sentence) ?? this.itAntecedent;
    return speaker;
  }

  /**
   * "Opera wants the Commission to …", "The Old Vic has set up …": a name opening the sentence as the subject of a
   * lower-case verb that is no person (not known as one, not a first and last name without an article before it).
   */
  private openingThing(sentence: string): string | null {
    if (this.unspaced) return null;
    const first = this.firstNameCandidate(sentence.slice(0, 80));
    // Followed by a verb ("Opera wants", "The Old Vic has set up"), not by the noun it qualifies ("Mexican actor").
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(first?.end ?? 0))?.[1];
    if (!first || !next || !(/(?:s|ed)$/u.test(next) || this.words.modalVerbs.has(next) || next === 'will'))
      return null;
    const lead = sentence.slice(0, first.index).trim().toLowerCase();
    const article = lead !== '' && this.words.stopwords.has(lead) && !this.words.locativePrepositions.has(lead);
    if (lead !== '' && !article) return null;
    const name = first.name;
    // With an article before it ("The Harbour Board warned") it is no person even if it spoke as a name does.
    if (!article && (this.isPerson(name) || this.personWords.has(name))) return null;
    if (this.isPlace(name) || this.isGeneric(name)) return null;
    if (this.words.personPronouns.has(name.toLowerCase())) return null;
    if (!article && this.looksLikePersonName(name)) return null;
    return name;
  }

  /**
   * "Al respecto, explicó que …", "Finalmente, indicaron que …": a reporting verb with nothing before it but an
   * opening phrase, then what was said. In a language that leaves out the subject, the speaker goes on.
   */
  private reportsWithoutSubject(sentence: string): boolean {
    return findPhrases(sentence, this.lexicon.reportingVerbs, false).some((verb) => {
      const before = sentence.slice(0, verb.index);
      // "Y agregó: …", "Pero explicó que …": only sentence-opening words before the verb.
      const openers = (before.match(/[\p{L}’'-]+/gu) ?? []).every((word) =>
        this.words.sentenceStarters.has(word.toLowerCase()),
      );
      // "También solicitó el pago de una multa …": an adverb opening the sentence, then the verb and its object.
      const adverbs = before.match(/[\p{L}’'-]+/gu) ?? [];
      if (
        adverbs.length >= 1 &&
        adverbs.length <= 2 &&
        /^[\p{L}\s’'-]*$/u.test(before) &&
        adverbs.every((word) => this.lexicon.verbAdverbs?.includes(word.toLowerCase()))
      )
        return true;
      return (
        (/^\s*(?:[^,;:"“”«»]{0,30},\s*)?$/u.test(before) || (openers && /^[\p{L}\s’'-]{0,20}$/u.test(before))) &&
        // "Confirmó además que …": an adverb may come between the verb and what was said.
        /^\s*(?:\p{Ll}+\s+)?(?:que\b|:)/u.test(sentence.slice(verb.end))
      );
    });
  }

  /**
   * Whether the sentence opens with a person or an organization as its subject ("El presidente de Chile,
   * Gabriel Boric, viajará …", "Además de Punta Arenas, Boric se desplazará …"): what it will do is then
   * that actor's scheduled act, a plan, rather than a forecast.
   */
  opensWithActor(sentence: string): boolean {
    return this.openingActor(sentence) !== null;
  }

  /**
   * The actor `opensWithActor` finds, as a speaker: the person or organization named, or the one a title or an
   * organization noun stands for ("el Mandatario" → the person named last); "" when that one is not known.
   */
  openingActor(sentence: string): string | null {
    if (this.unspaced) return null;
    const head = sentence.slice(0, 90);
    // "Luego de ello, el Mandatario participará …", "El sindicato irá …": a title or an organization word after
    // the article, as the subject, stands for the actor named before.
    const described = /^(?:[^,;:.!?"“”«»]{0,30},\s*)?(\p{L}+)\s+(\p{L}+)\s+\p{Ll}/u.exec(head);
    if (
      described &&
      this.words.stopwords.has(described[1]!.toLowerCase()) &&
      !this.words.locativePrepositions.has(described[1]!.toLowerCase()) &&
      (this.words.personTitles.has(described[2]!.toLowerCase()) ||
        (this.words.organizationWords.has(described[2]!.toLowerCase()) && this.lastOrganization !== null) ||
        this.lexicon.organizationAnaphors.includes(`${described[1]} ${described[2]}`.toLowerCase()))
    )
      return this.words.personTitles.has(described[2]!.toLowerCase())
        ? (this.roleAnaphor(`${described[1]} ${described[2]}`) ?? '')
        : (this.lastOrganization ?? '');
    // "Indeed, he will ask the 27-year-old to lead the team out": a person pronoun as the subject, after at most an
    // opening phrase, stands for the person named last.
    const pronoun = /^(?:[^,;:.!?"“”«»]{0,30},\s*)?(\p{L}+)\s+\p{Ll}/u.exec(head)?.[1];
    if (pronoun && this.words.personPronouns.has(pronoun.toLowerCase())) return this.resolvePronoun(pronoun) ?? '';
    const candidate = this.nameCandidates(head).find(
      (c) =>
        !this.afterPreposition(head, c.index) &&
        // "El estudio de la CASIA": a name after "of (the)" belongs to the noun before it.
        !/(?:^|\s)(?:de|of|von|du|da|do|del|des|della|di)\s+(?:\p{L}{1,3}\s+|l[’'ʼ]\s*)?$/iu.test(
          head.slice(0, c.index),
        ) &&
        !this.isPlace(c.name) &&
        !this.isGeneric(c.name),
    );
    if (!candidate) return null;
    // The subject comes before any verb: only capitalised words, articles, titles and commas before it.
    const before = head.slice(0, candidate.index);
    const words = before.match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length > 6) return null;
    if (!/^[^.;:!?]*$/u.test(before)) return null;
    return this.isPerson(candidate.name) ||
      this.looksLikePersonName(candidate.name) ||
      this.isOrganization(candidate.name)
      ? this.canonical(candidate.name)
      : null;
  }

  /** The people named with a title or with the title it stands for ("el Mandatario" → the "presidente"). */
  private holdersOf(title: string): Set<string> | undefined {
    const synonym = this.lexicon.titleSynonyms?.[title];
    return this.titleHolders.get(title) ?? (synonym ? this.titleHolders.get(synonym) : undefined);
  }

  private titleHoldersInclude(name: string): boolean {
    for (const holders of this.titleHolders.values()) if (holders.has(name)) return true;
    return false;
  }

  /** A name made an organization by an acronym ("BMZ", "OFAG") or an organization word ("Agency", "政府"). */
  private isOrganization(name: string): boolean {
    if (this.unspaced)
      return this.lexicon.organizationWords.some((word) => name.endsWith(word)) || ORG_SUFFIX.test(name);
    if (this.isPerson(name) || this.isPlace(name)) return false;
    return name.split(/\s+/).some(
      (token) =>
        // An acronym, not a word set in capitals ("ADVERTISEMENT" above an ad).
        (/^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(token) && !CONCEPT_ACRONYMS.has(token)) ||
        BRAND_CAPITALS.test(token) ||
        this.words.organizationWords.has(token.toLowerCase()),
    );
  }

  /** A lone organization word ("Ministerium", "Government"): a common noun, not the name of one. */
  private isCommonNoun(name: string): boolean {
    // French, Spanish and Portuguese write common nouns in lower case: "la Commission" is a name.
    if (ROMANCE.has(this.lang)) return false;
    return !/\s/u.test(name) && this.words.organizationWords.has(name.toLowerCase());
  }

  /**
   * The organization an anaphor at `text`'s end stands for ("… the company" said), if one was named: the one opening
   * `sentence` as its subject when it closes the sentence's reporting clause (""ECIS welcomes the Commission's
   * announcement," the group said"), else the organization named last.
   */
  private organizationAnaphor(text: string, sentence = '', verbIndex = 0): string | null {
    if (!this.endsWithOrganizationAnaphor(text)) return null;
    return (sentence && this.openingOrganization(sentence, verbIndex)) || this.lastOrganization;
  }

  private endsWithOrganizationAnaphor(text: string): boolean {
    const lower = text.toLowerCase().trimEnd();
    const hit = this.lexicon.organizationAnaphors.some(
      (anaphor) =>
        lower.endsWith(anaphor) && (this.unspaced || !/\p{L}/u.test(lower.charAt(lower.length - anaphor.length - 1))),
    );
    if (hit) return true;
    if (this.unspaced) return false;
    // "la cartera sanitaria detalló", "the Chinese company said": the anaphor with one adjective, after the noun in
    // French, Spanish and Portuguese, before it elsewhere.
    const words = lower.match(/[\p{L}’'-]+/gu)?.slice(-3) ?? [];
    if (words.length < 3 || /[,;:"“”«»()]\s*[\p{L}’'-]+\s+[\p{L}’'-]+\s+[\p{L}’'-]+$/u.test(lower)) return false;
    const [first, second, third] = words as [string, string, string];
    const adjectiveLast = ROMANCE.has(this.lang);
    const adjective = adjectiveLast ? third : second;
    if (this.words.stopwords.has(adjective) || !/^\p{Ll}+$/u.test(adjective)) return false;
    const phrase = adjectiveLast ? `${first} ${second}` : `${first} ${third}`;
    return this.lexicon.organizationAnaphors.includes(phrase);
  }

  /**
   * "Xamarin, a company that …, has received $12 million, the company announced": the name opening the sentence (or
   * the quotation it opens with), after at most an article, when it is no person and no place. The reporting clause,
   * whose verb is at `verbIndex`, comes after a comma that closes what the name opened.
   */
  private openingOrganization(sentence: string, verbIndex: number): string | null {
    if (this.unspaced) return null;
    const lead = /^[\s"“„«»']*(?:\p{L}{1,3}\s+)?/u.exec(sentence)![0];
    const first = this.firstNameCandidate(sentence.slice(0, 80));
    if (!first || first.index > lead.length || first.end >= sentence.lastIndexOf(',', verbIndex)) return null;
    const article = sentence.slice(0, first.index).replace(/[\s"“„«»']/gu, '');
    if (article && !DEFINITE_ARTICLE.test(article)) return null;
    const name = this.canonical(first.name);
    if (this.words.calendarNames.has(name.toLowerCase())) return null;
    if (this.isPerson(name) || this.looksLikePersonName(name) || this.isPlace(name) || this.isGeneric(name))
      return null;
    if (this.words.personPronouns.has(name.toLowerCase()) || this.isCommonNoun(name)) return null;
    // Its verb or an apposition follows ("ECIS welcomes", "Xamarin, a company"), not the noun it qualifies.
    if (!/^\s*(?:,|\(|\s\p{Ll})/u.test(sentence.slice(first.end))) return null;
    return name;
  }

  /**
   * An organization that acts as the subject of a sentence nobody is quoted in ("Das BMZ stellt …",
   * "La Commission européenne a décidé …", "工信部发布…", "The company plans …"): the actor the claim
   * is attributed to. Only a subject that opens the sentence, after at most an article or a short setting.
   */
  private organizationActor(sentence: string): string | null {
    if (this.unspaced) {
      const opening = sentence.replace(/^[^，,。「」]{1,60}[，,]/u, (lead) => (ORG_SUFFIX.test(lead) ? lead : ''));
      for (const anaphor of this.lexicon.organizationAnaphors)
        if ((sentence.startsWith(anaphor) || opening.startsWith(anaphor)) && this.lastOrganization)
          return this.lastOrganization;
      // "该公司预计，…": the anaphor opens the sentence, with no organization named before it.
      if (this.lexicon.organizationAnaphors.some((anaphor) => sentence.startsWith(anaphor))) return null;
      const subject =
        this.lang === 'ja'
          ? /^([^、。「」のはが]{0,12}?(?:社|省|庁|機構|協会|大学|研究所|政府|委員会|銀行|警察|本部|組合|裁判所))(?:は|が)/u.exec(
              opening,
            )?.[1]
          : ZH_ORG_SUBJECT.exec(opening)?.[1];
      // "一位市直机关干部": somebody unnamed; 干部 is a cadre, not a department.
      if (!subject || subject.length < 2 || /(一位|一名|某|干部|幹部)/u.test(subject)) return null;
      this.lastOrganization = subject;
      return subject;
    }
    const words = sentence.match(/[\p{L}’'-]+/gu) ?? [];
    const leading = words.slice(0, 3).join(' ').toLowerCase();
    for (const anaphor of this.lexicon.organizationAnaphors) {
      if (!this.lastOrganization || !leading.startsWith(anaphor)) continue;
      // "La operadora de la red de gas de Ucrania (Gtsou)": a description of an organization named now, not an anaphor.
      const next = words[anaphor.split(/\s+/).length]?.toLowerCase();
      if (next && this.words.locativePrepositions.has(next)) break;
      return this.lastOrganization;
    }
    const candidate = this.firstNameCandidate(sentence);
    if (!candidate) return null;
    // Nothing before the name but an article ("Das", "La", "L’").
    const article = sentence
      .slice(0, candidate.index)
      .trim()
      .replace(/[’'ʼ]$/u, '')
      .toLowerCase();
    if (article && !this.words.stopwords.has(article) && !this.words.sentenceStarters.has(article))
      if (!/^\p{L}$/u.test(article)) return null;
    if (!this.isOrganization(candidate.name)) return null;
    // "Das Ministerium": a bare organization noun is an anaphor, not a name.
    if (this.isCommonNoun(candidate.name)) return null;
    // The organization must be the subject: a verb (a lower-case word) follows, not a preposition's object.
    const after = sentence.slice(candidate.end);
    const acronym = /^\s*\((\p{Lu}[\p{Lu}\d]{1,9})\)/u.exec(after)?.[1];
    const rest = after.replace(/^\s*\([^()]*\)/u, '').replace(/^[\s,]*(?:[\p{Ll}’'ʼ-]+\s+){0,3}?(?=\p{Ll})/u, ' ');
    if (!/^\s+\p{Ll}/u.test(rest)) return null;
    const name = acronym ?? candidate.name;
    this.lastOrganization = name;
    return name;
  }

  /** Whether the sentence is one quotation and nothing else (a closing stop aside). */
  private wholeQuotation(sentence: string): boolean {
    const spans = quotations(sentence.trim());
    return spans.length === 1 && spans[0]![0] === 0 && spans[0]![1] >= sentence.trim().length - 1;
  }

  /** Whether a source preposition cites someone unnamed who speaks for a body ("according to a spokesperson"). */
  private citesUnnamedMember(sentence: string): boolean {
    if (this.unspaced) return false;
    return findPhrases(sentence, this.lexicon.sourcePrepositions, false).some((hit) => {
      const words = /^\s+(\p{L}+)\s+(\p{L}+)\s*(?:[,.;]|$)/u.exec(sentence.slice(hit.end));
      return (
        words !== null &&
        this.words.indefiniteArticles.has(words[1]!.toLowerCase()) &&
        this.words.memberNouns.has(words[2]!.toLowerCase())
      );
    });
  }

  /** The full form of a name already seen ("Altman" → "Sam Altman", "BA" → "Bundesagentur für Arbeit"). */
  canonical(name: string): string {
    const expanded = this.acronyms.get(name);
    if (expanded) return expanded;
    const parts = this.unspaced ? [name] : name.split(/\s+/);
    // Every word of every person is in personWords: a word that is not is in nobody's name.
    if (!this.unspaced && !parts.every((part) => this.personWords.has(part))) return name;
    const matches = this.people.filter((person) => {
      if (this.unspaced) return person.length > name.length && name.length >= 2 && person.includes(name);
      const tokens = person.split(/\s+/);
      return parts.every((part) => tokens.includes(part));
    });
    // Two people with one surname ("Andrea Constand", then her mother "Gianna Constand"): the surname alone means the
    // one the story keeps naming, and between equals the one named last.
    let longer = matches[0];
    for (const person of matches.slice(1))
      if ((this.mentions.get(person) ?? 0) > (this.mentions.get(longer!) ?? 0)) longer = person;
    return longer ?? name;
  }

  /** Known people, and subjects that do not look like organisations (no acronym or inner capitals). */
  private couldBePerson(name: string): boolean {
    if (this.isPerson(name)) return true;
    if (this.unspaced) return !/[A-Za-z]/.test(name);
    if (this.bodies.has(name)) return false;
    // An organization ("Acme Corp") or a description in lower case ("acusación fiscal") is no one "she" stands for.
    if (!/^\p{Lu}/u.test(name) || this.isOrganization(name)) return false;
    // "Opposition lawmakers", "Biden administration officials": a group described by a plural noun is "they".
    if (this.isGroupDescription(name)) return false;
    return !/\p{Lu}{2}|\p{Ll}\p{Lu}/u.test(name);
  }

  /**
   * Whether a lower-case description names people or a body ("o legista", "a irmã da vítima", "los fiscales", "la
   * empresa"): its first word is a title, a group, a kin, a member or an organization noun.
   */
  private describesSource(description: string): boolean {
    const head = description.split(/\s+/)[0]!;
    return (
      this.words.personTitles.has(head) ||
      this.words.memberNouns.has(head) ||
      this.words.organizationWords.has(head) ||
      (this.lexicon.groupSources?.includes(head) ?? false) ||
      (this.lexicon.kinshipNouns?.includes(head) ?? false)
    );
  }

  /**
   * Whether `before` (the text up to a word) ends with a source preposition, and at most an article after it
   * ("according to ", "según los ").
   */
  private followsSourcePreposition(before: string): boolean {
    if (this.unspaced || !/\s$/u.test(before)) return false;
    const words = before.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
    const endsWithSource = (count: number) => {
      const lead = ` ${words.slice(0, count).join(' ')}`;
      return this.lexicon.sourcePrepositions.some((source) => lead.endsWith(` ${source}`));
    };
    return (
      endsWithSource(words.length) || (this.words.stopwords.has(words.at(-1) ?? '') && endsWithSource(words.length - 1))
    );
  }

  /** Whether `text` opens with a lower-case word in a past tense ("visitó", "visited"): a verb, no role. */
  private opensWithPastVerb(text: string): boolean {
    const first = /^\s*(\p{Ll}[\p{L}’'-]*)/u.exec(text)?.[1];
    if (!first || this.words.personTitles.has(first) || this.words.stopwords.has(first)) return false;
    return this.lexicon.pastTenseEndings.some((ending) => first.length > ending.length + 2 && first.endsWith(ending));
  }

  /** A person known, or a name shaped like a person's. */
  private isPersonSpeaker(name: string): boolean {
    return this.isPerson(name) || this.looksLikePersonName(name);
  }

  /** A subject headed by a noun of `groupSources` ("Opposition lawmakers", "Police"): people, but no one person. */
  private isGroupDescription(name: string): boolean {
    const head = name.split(/\s+/).pop()?.toLowerCase();
    return head !== undefined && (this.lexicon.groupSources?.includes(head) ?? false);
  }

  private noteRecent(name: string): void {
    const known = this.recent.indexOf(name);
    if (known !== -1) this.recent.splice(known, 1);
    this.recent.unshift(name);
    if (this.recent.length > 12) this.recent.pop();
  }

  /** A gender from a word just before the name ("Mrs", "Frau", "a ministra", "女士" after it). */
  private noteGender(name: string, before: string, after: string): void {
    if (this.genders.has(name)) return;
    const lower = before.toLowerCase().replace(/[.,]/g, ' ').trimEnd();
    const near = this.unspaced ? after.slice(0, 3) : lower;
    const marks = (markers: string[]) =>
      markers.some((marker) =>
        this.unspaced
          ? near.startsWith(marker)
          : lower.endsWith(` ${marker}`) || lower === marker || lower.endsWith(` ${marker} `),
      );
    if (marks(this.lexicon.femaleMarkers)) this.genders.set(name, 'f');
    else if (marks(this.lexicon.maleMarkers)) this.genders.set(name, 'm');
  }

  private isPlace(name: string): boolean {
    if (this.unspaced) return this.lexicon.placeWords.some((word) => name.endsWith(word)) && name.length <= 4;
    const tokens = name.split(/\s+/);
    // "Michigan State Coach Mark Dantonio": a title inside the run is followed by the person; the place before it is
    // their team or office.
    const title = tokens.findLastIndex((token, index) => index > 0 && this.words.personTitles.has(token.toLowerCase()));
    const named = title > 0 && title < tokens.length - 1 ? tokens.slice(title + 1) : tokens;
    return named.some((token) => this.words.placeWords.has(token.toLowerCase()));
  }

  private isPerson(name: string): boolean {
    return this.people.includes(this.canonical(name));
  }

  private rememberPerson(name: string): void {
    this.mentions.set(name, (this.mentions.get(name) ?? 0) + 1);
    for (const word of name.split(/\s+/)) this.personWords.add(word);
    const known = this.people.indexOf(name);
    if (known !== -1) this.people.splice(known, 1);
    // Most recent first, so a surname resolves to the person named last.
    this.people.unshift(name);
  }

  /** Registers names that the text presents as people: multi-word names and names next to a title. */
  private notePeople(sentence: string): void {
    let subject: string | null = null;
    if (this.unspaced) {
      // A transliterated name: a given name of at most four characters, a dot, a surname that stops before a
      // function character ("大卫·洛克菲勒是…" → 大卫·洛克菲勒).
      for (const match of sentence.matchAll(
        /[\p{sc=Han}\p{sc=Katakana}ー]{1,4}·(?:(?![是的在和与與说說表称稱等也还還则則就对對将將曾已为為被把向从從])[\p{sc=Han}\p{sc=Katakana}ー]){1,8}/gu,
      )) {
        this.rememberPerson(match[0]);
        // "大卫·洛克菲勒是…，他在…说": a person opening the sentence is whom its 他 stands for.
        if (match.index === 0) this.noteRecent(match[0]);
      }
      for (const [title, pattern] of this.patterns.titledNames) {
        if (!sentence.includes(title)) continue;
        for (const match of sentence.matchAll(pattern)) {
          const stripped = match[1] && this.stripChineseTitles(match[1].replace(/^(兼|暨)/u, ''));
          const name = stripped && (ZH_TITLE_AFTER_NAME.exec(stripped)?.[1] ?? stripped);
          if (name && name.length >= 2) this.rememberPerson(name);
        }
      }
      // Japanese honorifics; in Chinese "学会副主席洪友廉教授" the four characters before 教授 are no name.
      for (const match of sentence.matchAll(
        /([\p{sc=Katakana}ー・]{2,}|[\p{sc=Han}]{2,4})(?:氏|さん|社長|会長|教授)/gu,
      )) {
        if (match[1] && this.lang === 'ja') this.rememberPerson(match[1]);
      }
      for (const person of this.people) {
        const at = sentence.indexOf(person);
        if (at !== -1) this.noteGender(person, '', sentence.slice(at + person.length));
      }
      return;
    }
    // An acronym is defined in parentheses.
    for (const match of sentence.includes('(') ? allMatches(ACRONYM_DEFINITION, sentence) : []) {
      const acronym = match[2]!;
      // "Vorstand Regionen der Bundesagentur für Arbeit (BA)": the name starts at the acronym's first letter,
      // with no more capitalised words than the acronym has letters.
      const words = match[1]!.split(/\s+/);
      let full: string | null = null;
      for (let start = words.length - 1; start >= 0; start--) {
        const tail = words.slice(start);
        if (tail.filter((word) => /^\p{Lu}/u.test(word)).length > acronym.length) break;
        if (words[start]!.charAt(0) === acronym.charAt(0)) full = tail.join(' ');
      }
      if (full && !this.acronyms.has(acronym)) this.acronyms.set(acronym, full);
    }
    // A multi-word name is a person when a job title stands right before it ("CEO Tim Cook",
    // "O CEO da OpenAI, Sam Altman,") or in an apposition after it ("Marcus Lee, an analyst").
    const quoted = quotations(sentence);
    for (const run of this.namesIn(sentence, 0, sentence.length)) {
      const candidate = this.personAtEndOfRun(sentence, run);
      // Not an acronym glued to a number ("3MB"); not an organization named inside a quotation, which is what
      // was said ("“… the European Court …,” the company said").
      if (
        !quoted.some(([start, end]) => candidate.index > start && candidate.end < end) &&
        this.isOrganization(candidate.name) &&
        !this.isCommonNoun(candidate.name) &&
        !/[\p{N}]/u.test(sentence.charAt(candidate.index - 1)) &&
        // Nor a dateline's city set in capitals ("BAGHDAD, Jan. 13 (Xinhua) --", "CAIRO —").
        !(
          candidate.index === 0 &&
          /^\p{Lu}+$/u.test(candidate.name) &&
          /^\s*(?:,|\(|—|–|-)/u.test(sentence.slice(candidate.end))
        )
      )
        this.lastOrganization = candidate.name;
      // "el Presidente Boric": one capitalised word right after a job title is a person too.
      const single = !/\s/u.test(candidate.name);
      const titleBefore =
        single && /^\p{Lu}\p{Ll}/u.test(candidate.name) ? wordBefore(sentence, candidate.index) : undefined;
      // "Mr. Smith", "Dr. Ruiz": an honorific before one capitalised word makes it a person too.
      const honorificBefore =
        single &&
        /^\p{Lu}\p{Ll}/u.test(candidate.name) &&
        ((lead) => this.patterns.honorifics.some((honorific) => lead.endsWith(` ${honorific}`) || lead === honorific))(
          sentence.slice(Math.max(0, candidate.index - 12), candidate.index).trimEnd(),
        );
      const titledSurname =
        ((titleBefore !== undefined && this.words.personTitles.has(titleBefore)) || honorificBefore) &&
        !this.isOrganization(candidate.name) &&
        !this.isPlace(candidate.name);
      const knownSurname = single && this.personWords.has(candidate.name) && this.isPerson(candidate.name);
      if ((titledSurname || knownSurname) && !this.looksLikePersonName(candidate.name)) {
        // Only named: remembering the surname as a person would stop it expanding to the full name.
        const surname = this.canonical(candidate.name);
        if (!this.governedByPreposition(sentence, candidate.index)) this.namedInSentence = surname;
        if (titledSurname && titleBefore)
          this.titleHolders.set(titleBefore, new Set([...(this.titleHolders.get(titleBefore) ?? []), surname]));
        // "Bukele difundió …": a known person's surname opening the sentence is its subject, whom "el presidente"
        // or "he" means next.
        // So is "El presidente Petro llegó …", "President Biden arrived …", "Mr. Smith said …": the title or honorific
        // (at most three words) opening the sentence, then the name.
        if (
          ((knownSurname && /^[\s"“«]*(?:[^,;:.!?"“”«»]{0,40},\s*)?$/u.test(sentence.slice(0, candidate.index))) ||
            (titledSurname &&
              /^[\s"“«]*(?:[^,;:.!?"“”«»]{0,40},\s*)?(?:[\p{L}’'.-]+\s+){1,3}$/u.test(
                sentence.slice(0, candidate.index),
              ))) &&
          /^\s+\p{Ll}/u.test(sentence.slice(candidate.end))
        )
          this.noteRecent(surname);
        continue;
      }
      if (!this.looksLikePersonName(candidate.name)) continue;
      this.namesSeen.add(candidate.name);
      // "Keith Tkachuk had his own compliments …": a two-word name opening the sentence before a lower-case
      // verb is its subject, the one "he" stands for next.
      // So is one with an apposition before its verb ("Jane Smith, the city's budget director, spoke …").
      const opensSentence =
        /^[\s"“«]*$/u.test(sentence.slice(0, candidate.index)) &&
        /^(?:\s*,[^,;:.!?"“”«»()]{2,80},)?\s+\p{Ll}/u.test(sentence.slice(candidate.end)) &&
        !this.isOrganization(candidate.name);
      // Only for pronouns: remembering it as a person would also expand a shorter name into it ("Twitter").
      if (opensSentence && !this.isPerson(candidate.name)) this.noteRecent(candidate.name);
      if (opensSentence) subject ??= this.canonical(candidate.name);
      const wordsBefore =
        sentence
          .slice(Math.max(0, candidate.index - 40), candidate.index)
          .toLowerCase()
          .match(/[\p{L}-]+/gu) ?? [];
      const after = sentence.slice(candidate.end, candidate.end + 60);
      // "Marcus Lee, an analyst, said": an apposition after the name, not the subject of the next clause ("… contra
      // Josefina Montané, el periodista recordó …", where the title's own verb follows it).
      const apposition = /^\s*,([^,;:.!?"“”«»]*)/u.exec(after)?.[1] ?? '';
      const wordsAfter =
        /^\s*,/u.test(after) && findPhrases(apposition, this.lexicon.reportingVerbs, false).length === 0
          ? (after.toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(0, 4)
          : [];
      // "the artistic director at the Old Vic": a name governed by a preposition is where the title is held, not its
      // holder; after "of"/"de" it may be a run that ends with the holder ("le ministre de la Santé Roman Prymula").
      const beforeName =
        wordsBefore.at(-1) && this.words.stopwords.has(wordsBefore.at(-1)!) ? wordsBefore.at(-2) : wordsBefore.at(-1);
      // "el ministro de Justicia y Seguridad Pública": a name joined to the title's complement is more of it.
      const joinedToComplement =
        COORDINATORS.has(wordsBefore.at(-1) ?? '') &&
        /\p{Lu}[\p{L}-]*\s+\p{Ll}+\s*$/u.test(sentence.slice(0, candidate.index));
      const placeOfTitle =
        beforeName !== undefined &&
        ((this.words.locativePrepositions.has(beforeName) && !GENITIVE_PREPOSITIONS.has(beforeName)) ||
          joinedToComplement);
      const titles = [...(placeOfTitle ? [] : wordsBefore.slice(-6)), ...wordsAfter].filter((word) =>
        this.words.personTitles.has(word),
      );
      const titled = titles.length > 0;
      const known = this.isPerson(candidate.name);
      if (titled) this.rememberPerson(candidate.name);
      if (!titled && !known) continue;
      const name = this.canonical(candidate.name);
      if (!this.governedByPreposition(sentence, candidate.index)) this.namedInSentence = name;
      for (const title of titles)
        this.titleHolders.set(title, new Set([...(this.titleHolders.get(title) ?? []), name]));
      if (titled)
        this.roleWords.set(
          name,
          new Set([...(this.roleWords.get(name) ?? []), ...wordsBefore.slice(-6), ...wordsAfter]),
        );
      this.noteGender(name, sentence.slice(Math.max(0, candidate.index - 30), candidate.index), '');
      // A person named near the start of the sentence is usually its subject: "he" may mean them next.
      // So is one after an opening phrase and its comma, before a lower-case verb ("Antes de se encontrar com o
      // presidente do STF, Rodrigo Pacheco se reuniu …").
      const subjectAfterOpening =
        /,\s*$/u.test(sentence.slice(0, candidate.index)) &&
        /^\s+\p{Ll}/u.test(sentence.slice(candidate.end)) &&
        !quoted.some(([start, end]) => candidate.index > start && candidate.end < end);
      if (subjectAfterOpening || (sentence.slice(0, candidate.index).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 8) {
        this.noteRecent(name);
        // The first of them before its verb, not after a preposition, is the subject.
        if (
          subject === null &&
          /^\s+\p{Ll}/u.test(sentence.slice(candidate.end)) &&
          !this.governedByPreposition(sentence, candidate.index)
        )
          subject = name;
      }
    }
    // "Donald Trump attacked Governor Ron DeSantis …. He said …": "he" means the subject rather than a person named
    // after it as the object.
    if (subject !== null) this.noteRecent(subject);
  }

  /**
   * Whether the name at `index`, with its article and titles, is the object of a preposition ("a manos del
   * coronel Raúl Cabezas"): then it is not who the sentence is about. The agent of a passive ("por") is.
   */
  private governedByPreposition(sentence: string, index: number): boolean {
    // Far into the sentence (past its twelfth word) a name is seldom what it is about.
    let spaces = 0;
    for (let at = sentence.indexOf(' '); at !== -1 && at < index && spaces <= 12; at = sentence.indexOf(' ', at + 1))
      spaces++;
    if (spaces > 12) return true;
    const words = sentence.slice(Math.max(0, index - 60), index).match(/[\p{L}’'-]+/gu) ?? [];
    while (words.length && (this.words.personTitles.has(words.at(-1)!.toLowerCase()) || /^\p{Lu}/u.test(words.at(-1)!)))
      words.pop();
    let word = words.pop()?.toLowerCase();
    if (word && this.words.stopwords.has(word) && !this.words.locativePrepositions.has(word))
      word = words.pop()?.toLowerCase();
    return word !== undefined && word !== 'por' && this.words.locativePrepositions.has(word);
  }

  /** A multi-word name with no word that is all capitals (acronyms mark organisations: "US AI Safety"). */
  private looksLikePersonName(name: string): boolean {
    const tokens = name.split(/\s+/).filter((token) => /^\p{Lu}/u.test(token));
    if (tokens.length < 2 || tokens.length > 4) return false;
    if (name.split(/\s+/).some((token) => this.words.organizationWords.has(token.toLowerCase()))) return false;
    if (this.isPlace(name)) return false;
    return tokens.every(
      (token) => /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(token) && !this.words.sentenceStarters.has(token.toLowerCase()),
    );
  }

  /** The text with honorific abbreviations ("Mr.", "Dr.", "M.") blanked, so the name after them is found alone. */
  private maskHonorifics(text: string): string {
    // Every honorific ends with a dot.
    if (!text.includes('.')) return text;
    let masked = text;
    for (const abbreviation of this.patterns.honorifics) {
      let at = masked.indexOf(abbreviation);
      while (at !== -1) {
        const before = masked.charAt(at - 1);
        if ((at === 0 || !/[\p{L}\p{N}]/u.test(before)) && /^\s+\p{Lu}/u.test(masked.slice(at + abbreviation.length)))
          masked = masked.slice(0, at) + ' '.repeat(abbreviation.length) + masked.slice(at + abbreviation.length);
        at = masked.indexOf(abbreviation, at + 1);
      }
    }
    return masked;
  }

  /**
   * The names of `sentence` between `start` and `end`, indexed from `start`: the sentence's names are found
   * once and reused for each stretch before a verb, instead of searching each stretch again.
   */
  private namesIn(sentence: string, start: number, end: number): NameCandidate[] {
    if (this.namesOf?.sentence !== sentence) this.namesOf = { sentence, names: this.nameCandidates(sentence) };
    const within: NameCandidate[] = [];
    for (const name of this.namesOf.names)
      if (name.index >= start && name.end <= end)
        within.push({ name: name.name, index: name.index - start, end: name.end - start });
    return within;
  }

  /** The first name of `text`, as `nameCandidates(text)[0]`, without reading the names after it. */
  private firstNameCandidate(text: string): NameCandidate | undefined {
    return this.nameCandidates(text, 1)[0];
  }

  /** The names of `text`, the first `limit` of them. */
  private nameCandidates(text: string, limit = Infinity): NameCandidate[] {
    const candidates: NameCandidate[] = [];
    const masked = this.maskHonorifics(text);
    // An exec loop, not matchAll (which copies the expression on every call); lastIndex is set before each search, as
    // the loop's body may search names itself.
    for (let from = 0, match = execAt(NAME_RUN, masked, from); match; match = execAt(NAME_RUN, masked, from)) {
      from = NAME_RUN.lastIndex;
      let name = match[0];
      let index = match.index;
      // "Texas Gov. Greg Abbott": a blanked honorific inside the run is a title; the person is the name after it.
      const blanked = name.split(/\s{2,}/u);
      if (blanked.length > 1) {
        const rest = blanked.at(-1)!;
        index += name.length - rest.length;
        name = rest;
      }
      // "l’Intérieur Jan Hamáček": a noun elided onto an article is not part of the name after it.
      const before = index > 0 ? text.charCodeAt(index - 1) : 0;
      if (
        (before === 0x27 || before === 0x2019 || before === 0x2bc) &&
        /\p{L}[’'ʼ]$/u.test(text.slice(Math.max(0, index - 2), index))
      ) {
        const space = name.indexOf(' ');
        // Alone, it is the field of the noun before "de" ("ministre de l’Intérieur"), or else a name ("selon l’Insee").
        if (space === -1) {
          const governing = wordBefore(text, index - 2);
          if (governing !== undefined && GENITIVE_PREPOSITIONS.has(governing)) continue;
        } else {
          const rest = name.slice(space).trimStart();
          index += name.length - rest.length;
          name = rest;
        }
      }
      // "ACLU's Jay Stanley": the name is what follows the possessive.
      // Every possessive has an apostrophe.
      // The later steps only cut `name` shorter: without an apostrophe now, it has none in them either.
      const hasApostrophe = /[’'ʼ]/u.test(name);
      const possessives = hasApostrophe ? allMatches(POSSESSIVE, name) : [];
      const lastPossessive = possessives[possessives.length - 1];
      if (lastPossessive) {
        const rest = name.slice(lastPossessive.index + lastPossessive[0].length).trimStart();
        if (!/^\p{Lu}/u.test(rest)) {
          // "Prime Minister Gordon Brown's spokesman said": the owner speaks through them.
          const next = /^\s+(\p{L}+)/u.exec(text.slice(index + name.length))?.[1]?.toLowerCase() ?? '';
          if (!this.lexicon.spokespersonWords?.includes(next)) continue;
          name = name.slice(0, lastPossessive.index);
        } else {
          index += name.length - rest.length;
          name = rest;
        }
      }
      // "C’est", "L’Office fédéral": the elided word is not part of the name.
      if (hasApostrophe && ELIDED.test(name)) {
        const rest = name.replace(ELIDED, '');
        if (!/^\p{Lu}/u.test(rest)) {
          const next = rest.indexOf(' ');
          if (next === -1) continue;
          const tail = rest.slice(next).trimStart();
          index += name.length - tail.length;
          name = tail;
        } else {
          index += name.length - rest.length;
          name = rest;
        }
      }
      // Drop a leading function word capitalised only because it opens the sentence ("O CEO", "The").
      const space = name.search(WHITESPACE);
      const first = space === -1 ? name : name.slice(0, space);
      // A name set in capitals keeps its article ("LA NACION", "EL HERALDO").
      // So does an acronym that spells a function word ("sports daily AS").
      // Opening the sentence too when lower case follows ("AS claim Ronaldo could …", "US officials said").
      const setInCapitals =
        /^\p{Lu}+\s+\p{Lu}{2,}(?:\s|$)/u.test(name) ||
        (/^\p{Lu}{2,}$/u.test(name) && (index > 0 || /^\s+\p{Ll}/u.test(text.slice(name.length))));
      if (
        !setInCapitals &&
        (this.words.sentenceStarters.has(first.toLowerCase()) || this.words.stopwords.has(first.toLowerCase()))
      ) {
        const rest = name.slice(first.length).trimStart();
        index += name.length - rest.length;
        name = rest;
      }
      // Leading job titles are not part of the name ("Professor Alan Whitby", "Vorstandschefin Anna Kessler").
      // A name of one word has no title before it nor inside it.
      if (WHITESPACE.test(name)) {
        let tokens = name.split(/\s+/);
        while (
          tokens.length > 1 &&
          (this.words.personTitles.has(tokens[0]!.toLowerCase()) || /^\p{Ll}/u.test(tokens[0]!))
        )
          tokens = tokens.slice(1);
        // "OpenAI CEO Sam Altman": an organization and a title inside the run lead to the person after them.
        const innerTitle = tokens.findLastIndex(
          (token, at) => at > 0 && at < tokens.length - 1 && this.words.personTitles.has(token.toLowerCase()),
        );
        if (innerTitle > 0 && this.isOrganization(tokens.slice(0, innerTitle).join(' ')))
          tokens = tokens.slice(innerTitle + 1);
        // German capitalises nouns: in a long run only the last two words can be the name.
        if (this.lang === 'de' && tokens.length > 2) tokens = tokens.slice(-2);
        const trimmed = tokens.join(' ');
        if (trimmed !== name) {
          index += name.lastIndexOf(trimmed);
          name = trimmed;
        }
      }
      if (!name) continue;
      // "Thankfully, now we know …", "Finalmente, …": an adverb opening the sentence before a comma is no name.
      if (index === 0 && /^\p{Lu}\p{Ll}+(?:ly|mente)$/u.test(name) && /^\s*,/u.test(text.slice(name.length))) continue;
      if (this.words.personPronouns.has(name.toLowerCase())) continue;
      if (this.words.personTitles.has(name.toLowerCase())) continue;
      // "The US on Sunday urged": a day or a month is when, never who.
      if (this.words.calendarNames.has(name)) continue;
      candidates.push({ name, index, end: index + name.length });
      if (candidates.length >= limit) break;
    }
    return candidates;
  }

  /**
   * "Chief Hall faced mounting pressure …, but she said": a known person opening the sentence as its subject
   * is who a later pronoun in it stands for, if the gender agrees.
   */
  private sentenceSubject(sentence: string, pronoun: string): string | null {
    const first = this.firstNameCandidate(sentence.slice(0, 60));
    if (!first || (sentence.slice(0, first.index).match(/[\p{L}]+/gu) ?? []).length > 1) return null;
    // A known person, or the surname of a name the text has shown ("Mike Huckabee" … "When Huckabee became governor").
    let shown: string | undefined;
    for (const seen of this.namesSeen)
      if (seen.split(/\s+/).pop() === first.name) {
        shown = seen;
        break;
      }
    // Only when no other name stands before the pronoun ("Cosby … with Constand, …, she said" may mean Constand).
    if (shown && !this.isPerson(first.name)) {
      const pronounAt = sentence.search(wholeWord(pronoun));
      const before = sentence.slice(0, pronounAt === -1 ? sentence.length : pronounAt);
      if (this.nameCandidates(before).some((candidate) => candidate.name !== first.name)) return null;
    }
    const name = this.isPerson(first.name) ? this.canonical(first.name) : (shown ?? this.canonical(first.name));
    if ((!this.isPerson(name) && !shown) || !/^\s+\p{Ll}/u.test(sentence.slice(first.end))) return null;
    const wanted = this.lexicon.femalePronouns.includes(pronoun.toLowerCase()) ? 'f' : 'm';
    const known = this.genders.get(name);
    return !known || known === wanted ? name : null;
  }

  /** The most recent person the pronoun can stand for: same gender, or one not known yet (then learnt). */
  private resolvePronoun(pronoun = ''): string | null {
    const lower = pronoun.toLowerCase();
    const wanted: Gender | null = !lower
      ? null
      : this.lexicon.femalePronouns.includes(lower)
        ? 'f'
        : this.words.personPronouns.has(lower)
          ? 'm'
          : null;
    const match = this.recent.find((name) => {
      const known = this.genders.get(name);
      return !wanted || !known || known === wanted;
    });
    if (match && wanted && !this.genders.has(match)) this.genders.set(match, wanted);
    return match ?? null;
  }

  private attributedSpeaker(sentence: string, namedBefore: string | null = null): string | null {
    // A reporting verb inside a quotation ("“The Republicans have said …,” Indyk said") is what was said.
    const quoted = quotations(sentence);
    const open = OPEN_QUOTATION.exec(sentence);
    // German closes with “ what English opens with it: after a „ it ends a quotation.
    if (open && !sentence.slice(0, open.index).includes('„')) quoted.push([open.index, sentence.length]);
    const questionEnd = this.questionLeadIn?.test(sentence) ? sentence.indexOf(',') : -1;
    const verbs = [
      ...findPhrases(sentence, this.lexicon.reportingVerbs, this.unspaced),
      ...findPhrases(sentence, this.lexicon.beliefVerbs, this.unspaced),
      // "Nvidia prevé que …", "Los analistas de Morgan Stanley estiman que …": who forecasts holds the forecast.
      ...(this.unspaced ? [] : findPhrases(sentence, this.lexicon.forecastVerbs, this.unspaced)),
      // "McConnell called the debt “the transcendent issue of our era”": who characterizes with a quotation speaks.
      ...(this.unspaced
        ? []
        : findPhrases(sentence, this.lexicon.characterizingVerbs ?? [], false).filter((verb) =>
            /^[^.;:!?"“”«»„]{1,60}?\s["“«„]/u.test(sentence.slice(verb.end)),
          )),
    ]
      .filter(
        (verb) => !quoted.some(([start, end]) => verb.index > start && verb.end < end) || this.isIncise(sentence, verb),
      )
      // "…, como él mismo dijo, …": an aside about something said before, not this sentence's source.
      .filter((verb) => !AS_ASIDE.test(sentence.slice(Math.max(0, verb.index - 30), verb.index)))
      // "Asked what he thought …, Walter said": the question put to the speaker is not the report.
      .filter((verb) => questionEnd === -1 || verb.index > questionEnd)
      // "GM expects to begin mailing letters": a forecasting verb before its subject's own act is an intention, a
      // plan the article tells, not a forecast anyone holds ("expects to be larger", "to grow" foresee a state).
      .filter(
        (verb) =>
          !this.lexicon.forecastVerbs.includes(verb.phrase.toLowerCase()) ||
          !/^\s+to\s+(?!be\b|become\b|remain\b|grow\b|rise\b|fall\b|reach\b|exceed\b|top\b)\p{Ll}/u.test(
            sentence.slice(verb.end),
          ),
      )
      // "The Screen Actors Guild hasn't said whether …": who says nothing is no source.
      .filter((verb) => !this.isNegated(sentence.slice(Math.max(0, verb.index - 40), verb.index)))
      // "According to reports, …": after a source preposition the word is a noun, the source itself.
      // A verb there ("según adelantó la presidenta") has its subject after it.
      .filter(
        (verb) =>
          !/s$/u.test(verb.phrase) ||
          !this.followsSourcePreposition(sentence.slice(Math.max(0, verb.index - 30), verb.index)),
      )
      .sort((a, b) => a.index - b.index);
    if (this.unspaced) return this.unspacedSpeaker(sentence, verbs);
    // "China has confirmed 14 cases, the World Health Organization said in a statement": a reporting clause closing
    // the sentence after a comma governs what comes before it, where an earlier verb is part of what was reported.
    // Unless a person speaks there ("Baez said …, the Daily Mail reports": the closing clause only cites where it was
    // published), or the closing clause names nobody itself ("…, the player he promised to the fans").
    const closing = verbs.findLast((verb, at) => at > 0 && this.closesSentence(sentence, verb, verbs[at - 1]!));
    let earlier: string | null = null;
    for (const verb of verbs) {
      if (verb === closing) break;
      earlier = this.speakerOfVerb(sentence, verb, namedBefore);
      if (earlier) break;
    }
    const earlierIsPerson = earlier !== null && this.isPersonSpeaker(earlier);
    if (closing) {
      const earlierRole = this.speakerRole;
      const closingSpeaker = this.speakerOfVerb(sentence, closing, namedBefore);
      const comma = sentence.lastIndexOf(',', closing.index);
      const subjectSpan = /\p{L}/u.test(sentence.slice(comma + 1, closing.index))
        ? sentence.slice(comma + 1, closing.index)
        : sentence.slice(closing.end);
      // "Baez said …, the Daily Mail reports": a closing clause naming a publication only cites where a person spoke.
      // One naming a person, with no article, governs the whole sentence ("Los camaristas … confirmaron el fallo,
      // informó Raúl Ramírez").
      const closingPerson =
        closingSpeaker !== null && this.isPersonSpeaker(closingSpeaker) && !LEADING_DEFINITE_ARTICLE.test(subjectSpan);
      if (earlierIsPerson && !closingPerson) {
        this.speakerRole = earlierRole;
        return earlier;
      }
      const lastWord = closingSpeaker?.split(/\s+/).pop();
      if (closingSpeaker && (!earlier || (lastWord !== undefined && subjectSpan.includes(lastWord))))
        return closingSpeaker;
      this.speakerRole = earlierRole;
    }
    if (earlier) return earlier;
    for (const verb of verbs.slice(closing ? verbs.indexOf(closing) + 1 : verbs.length)) {
      const speaker = this.speakerOfVerb(sentence, verb, namedBefore);
      if (speaker) return speaker;
    }
    const agent = this.reportAgent(sentence, quoted);
    if (agent) return agent;
    for (const source of findPhrases(sentence, this.lexicon.sourcePrepositions, false)) {
      // "para"/"pour"/"für" mean "according to" only when they open the sentence ("laut" means it anywhere).
      if (
        this.lexicon.ambiguousSourcePrepositions?.includes(source.phrase.toLowerCase()) &&
        (source.index > 0 ||
          (!opensSourceClause(sentence, source.end) && !PERSON_THEN_CLAUSE.test(sentence.slice(source.end))))
      )
        continue;
      const after = sentence.slice(source.end);
      // "Die Musik war laut und …": an adjective of the same spelling, followed by a conjunction or a pause.
      const next = /^\s*([\p{L}’'-]+|[^\s\p{L}])/u.exec(after)?.[1] ?? '';
      if (!/^\p{L}/u.test(next) || (COORDINATORS.has(next.toLowerCase()) && !DEFINITE_ARTICLE.test(next))) continue;
      // The source may follow an article or a description ("according to the agency Datavue"), or an elided article
      // glued to it ("selon l’Insee").
      // "according to Sgt. Paul Green": an honorific before the name, blanked, is no word of a description.
      const unabbreviated = this.maskHonorifics(after);
      const candidate = this.nameCandidates(after).find(
        (c) =>
          /^\s*(?:[\p{Ll}’'ʼ-]+\s+){0,4}(?:\p{Ll}{1,2}[’'ʼ])?$/u.test(unabbreviated.slice(0, c.index)) &&
          !this.isPlace(c.name),
      );
      if (candidate) {
        // "según el vicepresidente de la ANP, Daniel Loureiro": the person in apposition after the role.
        const apposed = this.nameCandidates(after.slice(candidate.end)).find(
          (c) => this.looksLikePersonName(c.name) && /^\s*,\s*$/u.test(after.slice(candidate.end).slice(0, c.index)),
        );
        if (apposed && !this.isPerson(candidate.name) && !this.looksLikePersonName(candidate.name)) {
          this.speakerRole = after.slice(0, candidate.end).trim();
          return this.canonical(apposed.name);
        }
        return this.canonical(candidate.name);
      }
      const organization = this.organizationAnaphor(after.split(/[,;.!?]/u)[0] ?? '');
      if (organization) return organization;
      // "Según su relato, …", "According to his account, …": whoever spoke last.
      const possessive = /^\s+(\p{L}+)\s+\p{Ll}+\s*,/u.exec(after)?.[1]?.toLowerCase();
      if (possessive && this.lexicon.possessiveDeterminers?.includes(possessive) && this.lastSpeaker)
        return this.lastSpeaker;
      // "Segundo ele, …": the person last named.
      const pronoun = source.index === 0 ? /^\s+(\p{L}+)\s*,/u.exec(after)?.[1] : undefined;
      if (pronoun && this.words.personPronouns.has(pronoun.toLowerCase())) return this.resolvePronoun(pronoun);
      // "According to police, …", "Según fiscales, …": people described by a bare plural noun.
      const group = /^\s+(\p{Ll}[\p{L}’'-]*)\s*[,;]/u.exec(after)?.[1];
      if (group && this.lexicon.groupSources?.includes(group)) return group;
      // "Segundo o legista, …", "Conforme a irmã da vítima, …": a source described, not named, opening the sentence.
      const describedMatch = source.index === 0 ? DESCRIBED_SOURCE.exec(after) : null;
      const described = describedMatch?.[1];
      // "According to the report, …": a document says nothing of who wrote it.
      if (described && this.lexicon.reportNouns?.nouns.includes(described)) continue;
      // "Según la acusación fiscal, …": a description whose adjective names the body it comes from.
      const body = described
        ?.split(/\s+/)
        .slice(1)
        .map((word) => this.lexicon.bodyAdjectives?.[word])
        .find(Boolean);
      if (body) return body;
      if (described && !this.isGeneric(described)) {
        // "…, conformada por los abogados Raymond Colón y Daniel Pérez,": the people the description is made of.
        const rest = after.slice(describedMatch.index + describedMatch[0].length);
        const members = /^\s*\p{Ll}+\s+(?:por|by|par|von|pelos|pelas|por los|por las)\s+/u.exec(rest);
        const member =
          members &&
          this.nameCandidates(rest.slice(members[0].length, members[0].length + 80)).find(
            (c) =>
              this.looksLikePersonName(c.name) &&
              /^(?:\s*\p{Ll}+){0,3}\s*$/u.test(rest.slice(members[0].length, members[0].length + c.index)),
          );
        if (member) return this.canonical(member.name);
        // "Segundo o ministro, …": the one person named with that title.
        const holders = this.holdersOf(described);
        if (holders?.size === 1) return [...holders][0]!;
        // "Pour le néolibéralisme, …": an idea holds no view; only people and bodies are described sources.
        if (this.describesSource(described)) return described;
      }
    }
    return null;
  }

  /** The subject of one reporting verb of the sentence (see attributedSpeaker), or null. */
  private speakerOfVerb(sentence: string, verb: PhraseHit, namedBefore: string | null): string | null {
    // "a-t-il ajouté": the pronoun is inside the verb phrase.
    const inside = /-t-(il|elle)(?![\p{L}])/iu.exec(verb.phrase);
    if (inside) return this.resolvePronoun(inside[1]);
    // "X, a Y student, says" → X; "…, said Superintendent Robert Runcie" → Robert Runcie; then the
    // subject right before the verb.
    // "…, pasaron a TCP, dijo González": a name right after a verb that follows a comma is the subject, even
    // when what comes before looks like an apposition.
    const invertedFirst =
      /[,”"»“«]\s*$/u.test(sentence.slice(0, verb.index)) &&
      // The subject then closes the clause ("dijo González.", "dijo el gremialista,"); "claims Spacey “…”" has an object.
      CLOSING_SUBJECT.test(sentence.slice(verb.end));
    // "…, dice el documento, …", "…, says the report.": the document after the verb is its subject, and it names no
    // one; the subject of the clause before is not who speaks.
    const documentAfter = /^\s+(\p{L}+)\s+(\p{L}+)\s*(?:[,.;!?]|$)/u.exec(sentence.slice(verb.end));
    if (
      invertedFirst &&
      documentAfter &&
      DEFINITE_ARTICLE.test(documentAfter[1]!) &&
      (this.lexicon.reportNouns?.nouns.includes(documentAfter[2]!.toLowerCase()) ?? false)
    )
      return null;
    // "Algo que ya había adelantado Monsalve y que reiteró Siches": in a relative clause the subject follows its verb.
    const relativeSubject = this.invertedRelativeSubject(sentence, verb);
    if (relativeSubject) return relativeSubject;
    // "Mahmoud Othman, a lawmaker, told Xinhua": who is told listens.
    const toListener = this.lexicon.listenerVerbs?.includes(verb.phrase.toLowerCase()) ?? false;
    const speaker = toListener
      ? (this.appositiveSubjectOf(sentence, verb) ?? this.subjectOf(sentence, verb))
      : invertedFirst
        ? (this.invertedSubjectOf(sentence, verb, namedBefore) ??
          this.appositiveSubjectOf(sentence, verb) ??
          this.subjectOf(sentence, verb))
        : (this.appositiveSubjectOf(sentence, verb) ??
          this.invertedSubjectOf(sentence, verb, namedBefore) ??
          this.subjectOf(sentence, verb));
    return speaker;
  }

  /**
   * Whether `verb` heads a reporting clause that closes the sentence after a comma: "…, the agency said in a
   * statement.", "…, dijo el ministro.", "…, a-t-il ajouté." Its subject sits between the comma and the verb (or
   * right after the verb), and nothing but adverbials follows it: no complementizer, no further clause. `previous`
   * is the reporting verb before it.
   */
  private closesSentence(sentence: string, verb: PhraseHit, previous: PhraseHit): boolean {
    const subject = /,\s*([^,;:!?"“”«»„]{1,80})?$/u.exec(sentence.slice(0, verb.index));
    // The comma comes after the verb before: "Jenkins-Hernandez said she felt …" is one clause.
    if (!subject || subject.index < previous.end) return false;
    // The subject opens with a name, an article or a pronoun ("the agency", "his lawyer"), not with a verb of its own
    // ("…, beating what analysts expected").
    const opening = /^[\p{L}’'-]+/u.exec(subject[1] ?? '')?.[0];
    if (
      opening &&
      !/^\p{Lu}/u.test(opening) &&
      !this.words.stopwords.has(opening.toLowerCase()) &&
      !this.words.personPronouns.has(opening.toLowerCase())
    )
      return false;
    const after = sentence.slice(verb.end);
    if (this.patterns.complementizerAfter?.test(after)) return false;
    if (/^[^,;:"“”«»„]{0,60}$/u.test(after)) return true;
    // "…, informó Raúl Ramírez, periodista de Última Hora.": the name after the verb, then their role in apposition.
    const apposed = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s*,([^,;:"“”«»„]{1,60})$/u.exec(after);
    return (
      apposed !== null &&
      !(apposed[1]!.match(/[\p{L}’'-]+/gu) ?? []).some((word) => this.patterns.complementizers.has(word.toLowerCase()))
    );
  }

  /**
   * "el funcionario policial", "le ministre de la Santé": a definite article and a title with no name, standing
   * for the person last named with that title. At the end of `text` (the subject before its verb), or anywhere
   * in it when `inverted` (the subject after the verb).
   */
  private titleAnaphor(text: string, inverted = false): string | null {
    if (this.unspaced || this.titleHolders.size === 0) return null;
    const words = text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length === 0 || words.length > 8) return null;
    if (/\p{Lu}/u.test(text.replace(/^\s*\p{Lu}/u, '')) && !inverted) return null;
    for (const [index, word] of words.entries()) {
      // Only a title one person holds: "le ministre" is ambiguous beside a "Premier ministre".
      const holders = this.holdersOf(word);
      if (!holders || holders.size !== 1) continue;
      const holder = [...holders][0]!;
      // Right after a definite article ("le", "el", "the", "der", "o"), or the article elided ("l’ancien").
      const article = words[index - 1] ?? '';
      if (!this.words.stopwords.has(article) || this.words.locativePrepositions.has(article)) continue;
      // "a spokesperson for Google": an indefinite article brings in someone new.
      if (this.words.indefiniteArticles.has(article)) continue;
      return holder;
    }
    return null;
  }

  /**
   * "La secretaria de Estado, señaló", "dijo el gremialista", "el Mandatario": a definite article and a job title
   * standing alone as the subject. When no one person holds that title, it stands for the person named last.
   * `text` is the whole subject (before the verb) or, when `inverted`, what follows the verb.
   */
  private roleAnaphor(text: string, inverted = false): string | null {
    if (this.unspaced || this.recent.length === 0) return null;
    const words = text.trim().match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length < 2 || words.length > (inverted ? 7 : 5)) return null;
    const [article, title] = [words[0]!.toLowerCase(), words[1]!.toLowerCase()];
    if (!this.words.stopwords.has(article) || this.words.locativePrepositions.has(article)) return null;
    // "A spokesperson for Google said": someone new, not the person named before.
    if (this.words.indefiniteArticles.has(article)) return null;
    if (!this.words.personTitles.has(title) || title.length < 3) return null;
    // "la diputada PS Emilia Nuyado": the title comes with a name, which is the subject.
    if (words[2] && /^\p{Lu}/u.test(words[2])) return null;
    const holders = this.holdersOf(title);
    if (holders?.size === 1) return [...holders][0]!;
    // "el presidente de la Asamblea": the holder named with that complement ("presidente de la Asamblea Legislativa").
    const complement = words.slice(2).filter((word) => /^\p{Lu}/u.test(word));
    const described =
      holders && complement.length
        ? [...holders].find((name) => complement.every((word) => this.roleWords.get(name)?.has(word.toLowerCase())))
        : undefined;
    if (described) return described;
    // Several people hold the title ("el presidente" of the country and of the assembly): the one named last.
    const lastHolder = holders && this.recent.find((name) => holders.has(name));
    if (lastHolder) return lastHolder;
    const phrase = `${article} ${title}`;
    const gender = this.lexicon.femaleMarkers.includes(phrase)
      ? 'f'
      : this.lexicon.maleMarkers.includes(phrase)
        ? 'm'
        : null;
    return (
      this.recent.find((name) => {
        const known = this.genders.get(name);
        return this.couldBePerson(name) && (!gender || !known || known === gender);
      }) ?? null
    );
  }

  /**
   * "“Esto ya no es justicia”, lamenta, por su parte, Iris Avellaneda, presidenta de …": after the quotation that opens
   * the sentence, a comma, one to three lower-case words (the verb, whichever it is) and at most one aside between
   * commas, then a person's full name closing the clause. Null when the sentence ends otherwise.
   */
  private closingAttribution(sentence: string): string | null {
    if (this.unspaced || !/^[\s"“„«»]/u.test(sentence)) return null;
    const close = Math.max(...['”', '»', '"', '“', '«'].map((mark) => sentence.lastIndexOf(mark)));
    if (close < 1) return null;
    const tail = this.maskHonorifics(sentence.slice(close + 1));
    const lead =
      /^\s*,\s*((?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*)(?:\s*,\s*[^,;:.!?"“”«»]{1,25},\s*|\s+)/u.exec(tail);
    if (!lead) return null;
    // "…”, he told John Smith", "…”, declaró a Juan Pérez": a pronoun is the subject, a name after a preposition or an
    // article is the listener's or part of a role.
    const words = (lead[1]!.match(/[\p{L}’'-]+/gu) ?? []).map((word) => word.toLowerCase());
    if (words.some((word) => this.words.personPronouns.has(word))) return null;
    const last = words.at(-1)!;
    if (
      this.words.stopwords.has(last) ||
      this.words.locativePrepositions.has(last) ||
      this.lexicon.listenerPrepositions?.includes(last)
    )
      return null;
    const name = this.firstNameCandidate(tail.slice(lead[0].length));
    if (!name || name.index !== 0 || !/^\s*(?:[,.;!?]|$)/u.test(tail.slice(lead[0].length + name.end))) return null;
    if (!this.looksLikePersonName(name.name) || this.isGeneric(name.name)) return null;
    return this.canonical(name.name);
  }

  /** "Ministerin Schulze: „…“" — a name, then a colon and a quotation. */
  private colonLeadIn(sentence: string): string | null {
    if (this.unspaced) return null;
    const lead = /^([^:]{3,120}):\s*["“„«»]/u.exec(sentence)?.[1];
    if (!lead || lead.split(/\s+/).length > 14) return null;
    // "Er freut sich, wieder zurück ins Rheinland zu kommen: „…“": a pronoun opening the lead-in is its subject.
    const opening = /^\s*(\p{L}+)\s/u.exec(lead)?.[1];
    if (opening && this.words.personPronouns.has(opening.toLowerCase())) return this.resolvePronoun(opening);
    const candidate = this.nameCandidates(lead).find(
      (c) => !this.isPlace(c.name) && !this.isGeneric(c.name) && !this.afterPreposition(lead, c.index),
    );
    return candidate ? this.canonical(candidate.name) : null;
  }

  /**
   * "“La désinformation …, rappelle Ana Sofia Cardenal, professeure …. Dans certains cas …”": a reporting verb set
   * between commas inside a quotation, its subject a name right after it, interrupts the quotation to say who speaks.
   */
  private isIncise(sentence: string, verb: PhraseHit): boolean {
    if (this.unspaced || !/,\s*$/u.test(sentence.slice(Math.max(0, verb.index - 3), verb.index))) return false;
    const after = sentence.slice(verb.end, verb.end + 80);
    const name = this.firstNameCandidate(after);
    return (
      name !== undefined &&
      /^\s+(?:\p{Ll}+\s+){0,3}$/u.test(after.slice(0, name.index)) &&
      /^\s*[,.;]/u.test(after.slice(name.end)) &&
      this.looksLikePersonName(name.name)
    );
  }

  /**
   * A job title, or in German a compound ending in one ("Diözesancaritasdirektor", "Handball-Geschäftsführer"):
   * German writes the field and the title as one word.
   */
  private isTitleWord(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.words.personTitles.has(lower)) return true;
    if (this.lang !== 'de') return false;
    for (let at = 1; at <= lower.length - 5; at++) if (this.words.personTitles.has(lower.slice(at))) return true;
    return false;
  }

  /** Whether a negation closes `before` ("hasn't", "has not yet", "no"), so the verb after it reports nothing. */
  private isNegated(before: string): boolean {
    if (this.patterns.negations.size === 0) return false;
    const tail = /(?:^|\s)([\p{Ll}’'ʼ]+)(?:\s+([\p{Ll}’'ʼ]+))?\s+$/u.exec(before);
    if (!tail) return false;
    const [, first, second] = tail;
    if (!second) return this.patterns.negations.has(first!);
    return (
      this.patterns.negations.has(second) ||
      (this.patterns.negations.has(first!) && !this.patterns.notNegating.has(second))
    );
  }

  private isGeneric(name: string): boolean {
    return this.words.genericSubjects.has(name.toLowerCase());
  }

  private isPassive(before: string): boolean {
    const lastWord = trailingWord(before)?.toLowerCase();
    return (
      lastWord !== undefined &&
      (this.lexicon.passiveAuxiliaries.includes(lastWord) ||
        (this.lexicon.impersonalMarkers?.includes(lastWord) ?? false))
    );
  }

  /**
   * "The deaths were confirmed by the Ministry of Health", "was reported by police": the agent after a passive
   * reporting verb (a name, or a group described) is who spoke; with none, nobody did.
   */
  private passiveAgent(sentence: string, verb: PhraseHit): string | null {
    const agents = this.lexicon.reportNouns?.agents;
    if (!agents?.length) return null;
    const after = sentence.slice(verb.end, verb.end + 80);
    // The preposition right after the verb, or after one adverb ("confirmed later by").
    const words = /^\s+(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?/u.exec(after);
    if (!words) return null;
    const opening = agents.includes(words[1]!)
      ? after.indexOf(words[1]!) + words[1]!.length + 1
      : words[2] && agents.includes(words[2])
        ? words[0].length
        : -1;
    if (opening < 0) return null;
    const rest = after.slice(opening);
    const candidate = this.firstNameCandidate(rest);
    if (
      candidate &&
      /^(?:\p{Ll}{1,4}\s+)?$/u.test(rest.slice(0, candidate.index)) &&
      !this.isPlace(candidate.name) &&
      !this.isGeneric(candidate.name)
    ) {
      // "the Ministry of Health": the name goes on after "of".
      const of = /^\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(rest.slice(candidate.end));
      return this.canonical(
        of && GENITIVE_PREPOSITIONS.has(of[1]!) ? `${candidate.name} ${of[1]} ${of[2]}` : candidate.name,
      );
    }
    const group = /^(?:\p{Ll}{1,4}\s+)?(\p{Ll}+)(?![\p{L}])/u.exec(rest)?.[1];
    return group && this.lexicon.groupSources?.includes(group) ? group : null;
  }

  /** Whether the word right before a name makes it a modifier ("in London", "de Chile", "aus Bern"). */
  private afterPreposition(text: string, index: number): boolean {
    const word = trailingWord(text.slice(0, index), APOSTROPHES)?.toLowerCase();
    return word !== undefined && this.words.locativePrepositions.has(word);
  }

  /** "Kenneth Preston, a Broward County high school student, says": the name before the apposition. */
  private appositiveSubjectOf(sentence: string, verb: PhraseHit): string | null {
    const before = sentence.slice(0, verb.index);
    for (const candidate of this.namesIn(sentence, 0, verb.index)) {
      const rest = before.slice(candidate.end);
      // One apposition, or two ("Charles Chastain, a professor at …, who was on the board at the time, told").
      if (!/^\s*,[^,;:.!?"“”«»„()]{2,110},\s*(?:[\p{L}’'-]+\s+){0,3}$/u.test(rest) && !this.twoAppositions?.test(rest))
        continue;
      // "la cadena Russia Today, en el que …, el antropólogo Martínez explica": a name after the closing comma is
      // the verb's own subject, and what came before it no apposition.
      if (this.nameCandidates(rest.slice(rest.lastIndexOf(',') + 1)).length > 0) continue;
      if (this.isPlace(candidate.name) || this.isGeneric(candidate.name)) continue;
      if (this.afterPreposition(before, candidate.index)) continue;
      if (this.words.personPronouns.has(candidate.name.toLowerCase())) continue;
      // "O CEO da OpenAI, Sam Altman, revelou": the apposition is the person, the name before it their title.
      const inner = this.namesIn(sentence, candidate.end, verb.index).find((c) => this.looksLikePersonName(c.name));
      if (inner && !this.looksLikePersonName(candidate.name) && !this.isPerson(candidate.name))
        return this.canonical(inner.name);
      // "La convencional de la Coordinadora Plurinacional, Tania Madriaga, cree": an apposition that is nothing
      // but a person's name is the subject; the name before it is part of their role.
      if (
        inner &&
        (!this.isPerson(candidate.name) || /\p{Ll}{3,}/u.test(before.slice(0, candidate.index))) &&
        /^\s*,\s*$/u.test(rest.slice(0, inner.index)) &&
        /^\s*,/u.test(rest.slice(inner.end))
      ) {
        this.speakerRole = sentence.slice(0, candidate.end).trim() || null;
        return this.canonical(inner.name);
      }
      const role = /^\s*,\s*([^,]+?)\s*,/u.exec(rest)?.[1] ?? null;
      // "Juan Pérez, visitó el hospital el lunes, por lo que aseguró": a clause of the subject's own, not their role.
      this.speakerRole = role && this.opensWithPastVerb(role) ? null : role;
      return this.canonical(candidate.name);
    }
    return this.unclosedAppositionSubject(sentence, verb);
  }

  /**
   * "…,” Al Hilwa, director of Applications Development Software at IDC said": an apposition the writer left without
   * its closing comma. It opens in lower case with the person's role and ties names to it with prepositions, so
   * the names in it are the role's, and the person named before the comma is the subject.
   */
  private unclosedAppositionSubject(sentence: string, verb: PhraseHit): string | null {
    const before = sentence.slice(0, verb.index);
    const comma = before.lastIndexOf(',');
    const apposition = before.slice(comma + 1);
    const opening = /^\s*(\p{Ll}[\p{L}’'-]*)\s/u.exec(apposition)?.[1];
    if (comma < 0 || !opening || this.words.personPronouns.has(opening) || /[;:!?"“”«»„()]/u.test(apposition))
      return null;
    // A role tied to its body: "director of …", "a professor at …".
    const words = apposition.match(/[\p{L}’'-]+/gu) ?? [];
    const tie = words.findIndex((word) => GENITIVE_PREPOSITIONS.has(word) || MEMBER_PREPOSITIONS.has(word));
    if (tie < 1 || tie > 3 || words.length > 12 || !/^\p{Lu}/u.test(words.at(-1)!)) return null;
    if (words.slice(0, tie).some((word) => !/^\p{Ll}/u.test(word))) return null;
    const person = this.namesIn(sentence, 0, comma).at(-1);
    if (!person || !/^\s*$/u.test(before.slice(person.end, comma))) return null;
    if (!this.isPerson(person.name) && !this.looksLikePersonName(person.name)) return null;
    this.speakerRole = apposition.trim();
    return this.canonical(person.name);
  }

  private subjectOf(sentence: string, verb: PhraseHit): string | null {
    const windowStart = Math.max(0, verb.index - 120);
    const before = sentence.slice(windowStart, verb.index);
    // "Wu Fan was quoted by Agence-France Presse as saying": who is quoted speaks, not who quotes.
    const quotedAs = /\b(?:was|were|is|are|been)\s+(?:quoted|cited)\s+(?:by|in)\s[^,;:.!?"“”«»]{1,60}\s+as\s*$/u.exec(
      before,
    );
    if (quotedAs) {
      const at = windowStart + quotedAs.index;
      return this.subjectOf(sentence, { index: at, end: at, phrase: '' });
    }
    if (this.isPassive(before)) return this.passiveAgent(sentence, verb);
    // "…, Tomás Hirsch, quien ya tomó distancia del proyecto y anticipó": the relative pronoun's antecedent.
    if (this.relativeToVerb) {
      // The last relative pronoun, then a clause with no break up to the verb.
      let relative: RegExpExecArray | null = null;
      for (const match of allMatches(this.relativeToVerb, before)) relative = match;
      if (relative && !/^[^,;:.!?"“”«»]{0,80},?\s*$/u.test(before.slice(relative.index + relative[0].length)))
        relative = null;
      const at = relative?.index ?? -1;
      const named = at >= 0 ? this.nameCandidates(before.slice(0, at)) : [];
      let antecedent = named.pop();
      // "James Lankford, an Oklahoma Republican who warned": the name qualifies the noun of an apposition; the person
      // it describes is the antecedent.
      const described = named.pop();
      const article = antecedent && described ? appositionWord(before.slice(described.end, antecedent.index)) : null;
      if (
        antecedent &&
        described &&
        article !== null &&
        this.words.indefiniteArticles.has(article.toLowerCase()) &&
        (this.isPerson(described.name) || this.looksLikePersonName(described.name))
      )
        antecedent = { ...described, end: antecedent.end };
      if (
        antecedent &&
        /^\s*$/u.test(before.slice(antecedent.end, at)) &&
        !this.isPlace(antecedent.name) &&
        !this.isGeneric(antecedent.name)
      )
        return this.canonical(antecedent.name);
    }
    // "Berríos emitió un comunicado en el que expresó": the subject of the clause the relative clause hangs on.
    const opener = this.relativeClauseEnd?.exec(before);
    if (opener) {
      const main = this.openingActor(before.slice(0, opener.index));
      if (main) return main;
    }
    // "Der frühere Nationalspieler ist zuversichtlich", "Die 40-Jährige sagte": German writes every noun with a
    // capital, so an article, an adjective and one noun opening the clause describe someone, the person who spoke
    // last, not a name.
    if (this.lang === 'de') {
      const noun = /^(?:[^,;:.!?"“”„«»]{0,30},\s*)?(?:der|die)\s+(?:\p{Ll}+\s+)?([\p{Lu}\d][\p{L}\d-]+)\s*$/iu.exec(
        before,
      )?.[1];
      if (
        noun &&
        !this.isPerson(noun) &&
        !this.isOrganization(noun) &&
        !this.words.organizationWords.has(noun.toLowerCase()) &&
        !this.lexicon.groupSources?.includes(noun.toLowerCase()) &&
        !this.isTitleWord(noun)
      )
        return this.lastSpeaker && this.isPerson(this.lastSpeaker) ? this.lastSpeaker : null;
    }
    const members = this.membersOpening(sentence, verb);
    if (members) return members;
    const relative = this.relativeOf(before);
    if (relative !== undefined) return relative;
    // "“…,” her mother, Fiona, said": a name set off by commas right before the verb, after the description it
    // names, is the subject.
    const apposed = /\p{Ll}[\p{L}’'-]*\s*,\s*([^,;:.!?"“”«»()]+?)\s*,\s*$/u.exec(before);
    if (apposed) {
      const name = this.firstNameCandidate(apposed[1]!);
      if (
        name &&
        name.index === 0 &&
        name.end === apposed[1]!.length &&
        !this.isPlace(name.name) &&
        !this.isGeneric(name.name)
      )
        return this.canonical(name.name);
    }
    // "“We advise the public …,” it said in a statement": the organization named last.
    if (this.itAntecedent && this.patterns.organizationPronounBeforeVerb?.test(before)) return this.itAntecedent;
    const pronoun = this.patterns.pronounBeforeVerb.exec(before);
    if (pronoun) return this.sentenceSubject(sentence, pronoun[1] ?? '') ?? this.resolvePronoun(pronoun[1]);
    // "But they have repeatedly reaffirmed …", "Many of them said …": a plural pronoun opening the clause goes on with
    // the body or group that spoke last, in this paragraph or the one before; never with one person.
    const plural = this.lexicon.pluralPronouns?.length
      ? new RegExp(
          `^\\s*(?:\\p{L}+\\s*,?\\s+)?(?:\\p{L}+\\s+(?:of|de|d’|d')\\s*)?(?:${this.lexicon.pluralPronouns.join('|')})(?:\\s+\\p{Ll}+){0,2}\\s*$`,
          'iu',
        ).test(before)
      : false;
    if (plural)
      return this.lastSpeaker &&
        this.block - this.lastSpeakerBlock <= 1 &&
        !this.isPerson(this.lastSpeaker) &&
        !this.looksLikePersonName(this.lastSpeaker)
        ? this.lastSpeaker
        : null;
    const organization = this.organizationAnaphor(before, sentence, verb.index);
    if (organization) return organization;
    // "The report claims that …", "The statement said": the report of whoever spoke last.
    const document = /^\s*(\p{L}+)\s+(\p{L}+)\s*$/u.exec(before.split(/[,;:"“”«»„()]/u).pop() ?? '');
    if (
      document &&
      this.lastSpeaker &&
      this.words.stopwords.has(document[1]!.toLowerCase()) &&
      !this.words.indefiniteArticles.has(document[1]!.toLowerCase()) &&
      this.lexicon.reportNouns?.nouns.includes(document[2]!.toLowerCase())
    )
      return this.lastSpeaker;
    // "A senior official at the State Department said": someone new, from the body named.
    const member = this.indefiniteMember(before.split(/[,;:"“”«»„()]/u).pop() ?? '');
    if (member) return member;
    // "La operadora de la red de gas de Ucrania (Gtsou) anunció": the acronym right before the verb names the subject.
    const acronym = /\((\p{Lu}[\p{L}\d]{1,9})\)\s*$/u.exec(before)?.[1];
    if (acronym && !CONCEPT_ACRONYMS.has(acronym) && !this.isPlace(acronym)) return this.canonical(acronym);
    const group = this.groupSubject(before.split(/[,;:"“”«»„()]/u).pop() ?? '');
    if (group) return group;
    // "Desde la centroderecha respondieron …": the side named after the opening preposition speaks.
    // "En tanto, desde la oposición advirtieron": the side may follow an opening phrase and a comma.
    const side = /^\s*(\p{L}+)\s+(?:(\p{L}+)\s+)?(\p{L}[\p{L}’'-]*)\s*$/u.exec(before.split(',').pop() ?? '');
    if (
      side &&
      this.lexicon.sideOpeners?.includes(side[1]!.toLowerCase()) &&
      (!side[2] || this.words.stopwords.has(side[2].toLowerCase())) &&
      !this.isPlace(side[3]!)
    )
      return side[3]!;
    const described = this.titleAnaphor(before.split(/[,;:"“”«»„]/u).pop() ?? '');
    if (described) return described;
    const role = this.roleAnaphor(
      before
        .split(/[,;:"“”«»„]/u)
        .filter((part) => part.trim())
        .pop() ?? '',
    );
    if (role) return role;
    // Names inside a quotation that closes before the verb are what was said, not who said it.
    const quoteClose = Math.max(...['”', '»', '“', '"', '」'].map((mark) => before.lastIndexOf(mark)));
    // Names in a parenthesis or between dashes ("Boric -en entrevista con Cooperativa- deslizó") are asides.
    const asides = allMatches(/\([^()]*\)|\s[-–—][^-–—]{2,80}[-–—](?=\s)/gu, before).map(
      (match) => [match.index, match.index + match[0].length] as const,
    );
    const candidates = this.namesIn(sentence, windowStart, verb.index)
      .map((c) => this.personAtEndOfRun(before, c))
      .filter(
        (c) =>
          c.end > quoteClose &&
          !asides.some(([start, end]) => c.index >= start && c.end <= end) &&
          !this.isPlace(c.name) &&
          !this.afterPreposition(before, c.index),
      );
    // "William Wakeham of the Royal Academy of Engineering said", "Alberto Shiguematsu, a São Paulo resident who
    // tweeted", "Mr. Warner, the Virginia Democrat, called": a name after a person's name and "of", or opening an
    // apposition after them, is where they work or live, part of the description of the one who speaks.
    const ofPerson = (candidate: NameCandidate, index: number) => {
      const owner = candidates[index - 1];
      if (owner === undefined || this.isOrganization(owner.name)) return false;
      if (!this.isPerson(owner.name) && !this.looksLikePersonName(owner.name)) return false;
      const gap = before.slice(owner.end, candidate.index);
      const apposition = appositionWord(gap);
      return (
        /^\s+(?:of|de|da|do|du|des|del|von|vom)\s+(?:(?:the|la|le|el|a|o|der|des)\s+|l[’'ʼ]\s*)?$/iu.test(gap) ||
        (apposition !== null &&
          (this.words.indefiniteArticles.has(apposition.toLowerCase()) || DEFINITE_ARTICLE.test(apposition)))
      );
    };
    candidates.splice(0, candidates.length, ...candidates.filter((c, index) => !ofPerson(c, index)));
    const people = candidates.filter((c) => this.isPerson(c.name));
    const nearestPerson = people[people.length - 1] ?? candidates.filter((c) => this.looksLikePersonName(c.name)).pop();
    const nearest = candidates[candidates.length - 1];
    // "Propriété du milliardaire Daniel Křetínský, le tabloïd Blesk note": a name right before the verb, after
    // the person and a comma, is the subject.
    const adjacent = (candidate: NameCandidate) => {
      const gap = before.slice(candidate.end);
      return !/[,.;:()]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 2;
    };
    if (
      nearestPerson &&
      nearest &&
      nearest !== nearestPerson &&
      nearest.index > nearestPerson.end &&
      /[,;:]/u.test(before.slice(nearestPerson.end, nearest.index)) &&
      adjacent(nearest) &&
      !this.isGeneric(nearest.name)
    )
      return this.canonical(nearest.name);
    // "The Department of Health and Human Services said": what looks like a name is the end of an organization's.
    const span =
      nearestPerson === nearest && nearest && !this.isPerson(nearest.name)
        ? this.organizationSpan(before, candidates, nearest)
        : null;
    if (span) return span;
    if (nearestPerson) return this.canonical(nearestPerson.name);
    // Otherwise only a name directly before the verb, at most two words away ("Google said",
    // "Nvidia on Monday said"), is the subject; further back it is usually something else.
    if (!nearest) return null;
    let between = before.slice(nearest.end);
    // "Mientras tanto, Alvarado negaba …, a la vez que aseveró": a verb whose own clause names nobody shares the
    // subject opening the sentence.
    if (/[,;]/u.test(between) && this.subjectlessClause(before)) {
      const shared = this.openingSubject(sentence);
      if (shared) return shared;
    }
    // "Por ahora, Boric -en entrevista con Cooperativa- deslizó": an aside between a subject opening the clause and its verb.
    if (/^(?:[^,;:]{0,30},\s*)?$/u.test(before.slice(0, nearest.index)))
      for (const [start, end] of asides)
        if (start >= nearest.end) between = between.replace(before.slice(start, end), ' ');
    if (/[,.;:()]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > 2) return null;
    if (this.isGeneric(nearest.name)) return null;
    // "American officials said", "a British man claims": a noun after the capitalised word is the subject it
    // qualifies; the whole description is the source, unless it is nobody in particular ("Local people").
    const wordAfter = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(between)?.[1];
    if (
      wordAfter &&
      this.lexicon.verbAdverbs &&
      !this.lexicon.verbAdverbs.includes(wordAfter) &&
      !this.words.stopwords.has(wordAfter) &&
      !this.words.modalVerbs.has(wordAfter) &&
      !/(?:ly|mente)$/u.test(wordAfter)
    ) {
      const described = between.trim().split(/\s+/);
      // Not the adverbs and auxiliaries before the verb ("Sunni parties also rejected").
      while (described.length > 1 && this.isFiller(described.at(-1)!)) described.pop();
      return this.isGeneric(described.at(-1)!) ? null : `${nearest.name} ${described.join(' ')}`;
    }
    return this.organizationSpan(before, candidates, nearest) ?? nearest.name;
  }

  /**
   * "Analysts at Morgan Stanley expect …", "Scientists at Stemagen Corp, a lab in La Jolla, California said": people
   * described by a plural noun tied to a body ("at", "for") open the sentence as its subject; the body speaks. Only for
   * the sentence's first reporting verb, and only when the body is no person and no place.
   */
  private membersOpening(sentence: string, verb: PhraseHit): string | null {
    const opening = /^(?:[^,;:.!?"“”«»]{0,30},\s*)?(\p{L}+s)\s+(\p{Ll}+)\s+(?:the\s+)?(?=\p{Lu})/u.exec(sentence);
    if (!opening || !MEMBER_PREPOSITIONS.has(opening[2]!) || this.words.personPronouns.has(opening[1]!.toLowerCase()))
      return null;
    const body = this.firstNameCandidate(sentence.slice(opening[0].length, opening[0].length + 60));
    if (!body || body.index !== 0 || opening[0].length + body.end > verb.index) return null;
    if (this.isPerson(body.name) || this.looksLikePersonName(body.name) || this.isPlace(body.name)) return null;
    // No other reporting verb before this one: the members are its subject, not an earlier verb's.
    if (findPhrases(sentence.slice(0, verb.index), this.lexicon.reportingVerbs, false).length > 0) return null;
    // "the Department of Justice": the name goes on after "of".
    const rest = sentence.slice(opening[0].length + body.end);
    const of = /^\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(rest);
    const whole = of && GENITIVE_PREPOSITIONS.has(of[1]!) ? `${body.name} ${of[1]} ${of[2]}` : body.name;
    const name = this.canonical(whole);
    this.bodies.add(name);
    return name;
  }

  /**
   * Whether the clause after the last comma of `before` (the text up to a verb) holds no noun phrase of its own, only
   * conjunctions, adverbs and a subordinator: "…, and", "…, y", "…, a la vez que", "…, mas".
   */
  private subjectlessClause(before: string): boolean {
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    const words = clause.match(/[\p{L}’'-]+/gu) ?? [];
    if (words.length > 4 || !/^[\s\p{Ll}’'ʼ-]*$/u.test(clause)) return false;
    // One word that is no function word may sit inside a subordinator ("a la vez que"), not end the clause.
    const unknown = words.filter(
      (word) =>
        word.length > 3 &&
        !this.words.stopwords.has(word) &&
        !this.words.locativePrepositions.has(word) &&
        !this.words.sentenceStarters.has(word) &&
        !(this.lexicon.verbAdverbs?.includes(word) ?? false),
    );
    return unknown.length === 0 || (unknown.length === 1 && unknown[0] !== words.at(-1));
  }

  /**
   * The name opening the sentence (after at most an opening phrase and its comma) as the subject of the lower-case
   * verb right after it ("Mientras tanto, Alvarado negaba", "Telefónica cerró"); not a place, a pronoun or a list.
   */
  private openingSubject(sentence: string): string | null {
    const head = sentence.replace(/^[^,;:.!?"“”«»]{0,30},\s*/u, '');
    const first = this.firstNameCandidate(head.slice(0, 80));
    if (!first || first.index !== 0) return null;
    const next = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(head.slice(first.end))?.[1];
    if (!next || this.words.stopwords.has(next) || this.words.locativePrepositions.has(next)) return null;
    if (
      this.isPlace(first.name) ||
      this.isGeneric(first.name) ||
      this.words.personPronouns.has(first.name.toLowerCase())
    )
      return null;
    return this.canonical(first.name);
  }

  /**
   * "Joint Committee on Intelligence and Security", "Department of Health and Human Services": the name of an
   * organization going on through "on", "of", "and" to the name right before the verb, which is only its last part.
   */
  private organizationSpan(before: string, candidates: NameCandidate[], last: NameCandidate): string | null {
    let first = last;
    for (let at = candidates.indexOf(last) - 1; at >= 0; at--) {
      const previous = candidates[at]!;
      if (!/^\s+(?:(?:of|on|for|and|de|del|y|e|et|und|für)\s+){1,2}$/u.test(before.slice(previous.end, first.index)))
        break;
      first = previous;
    }
    if (first === last || !this.isOrganization(first.name)) return null;
    return before.slice(first.index, last.end);
  }

  /**
   * "Constand's mother testified", "la madre de Pérez dijo": a relative of a named person, as the subject right before
   * the verb, is someone else; the person of that surname the rest of the paragraph names ("Gianna Constand also
   * said"), or nobody known yet. `undefined` when the subject is no such relative.
   */
  private relativeOf(before: string): string | null | undefined {
    if (this.unspaced) return undefined;
    const surname = this.patterns.relativeSubjects.map((pattern) => pattern.exec(before)?.[1]).find(Boolean);
    if (!surname) return undefined;
    const named = this.nameCandidates(this.following).find(
      (c) => c.name.split(/\s+/).length >= 2 && c.name.split(/\s+/).pop() === surname,
    );
    if (!named) return null;
    // Remembered as a person of their own, so the surname alone still means the one the story is about.
    this.rememberPerson(named.name);
    return named.name;
  }

  /**
   * "This is the front-page claim made on Saturday by sports daily AS", "la denuncia presentada por la Fiscalía": the
   * agent of something said, named after the preposition (after at most three lower-case words describing it).
   */
  private reportAgent(sentence: string, quoted: Array<readonly [number, number]>): string | null {
    const report = this.lexicon.reportNouns;
    if (!report || this.unspaced) return null;
    for (const noun of findPhrases(sentence, report.nouns, false)) {
      // Inside a quotation it is what was said.
      if (quoted.some(([start, end]) => noun.index > start && noun.end < end)) continue;
      const stretch = sentence.slice(noun.end, noun.end + 60);
      const agent = this.patterns.reportAgent?.exec(stretch);
      if (!agent) continue;
      const rest = stretch.slice(agent[0].length);
      const candidate = this.nameCandidates(rest).find(
        (c) => /^(?:\p{Ll}[\p{L}’'-]*\s+){0,3}$/u.test(rest.slice(0, c.index)) && !this.isPlace(c.name),
      );
      if (candidate && !this.isGeneric(candidate.name)) return this.canonical(candidate.name);
    }
    return null;
  }

  /** An auxiliary, modal or adverb that may stand between a subject and its verb ("have", "also", "reportedly"). */
  private isFiller(word: string): boolean {
    const lower = word.toLowerCase();
    return (
      this.words.stopwords.has(lower) ||
      this.words.modalVerbs.has(lower) ||
      (this.lexicon.verbAdverbs?.includes(lower) ?? false) ||
      /(?:ly|mente)$/u.test(lower)
    );
  }

  /**
   * "Security officials said", "las autoridades estadounidenses argumentaron", "Dallas police officers have said": a
   * noun of `groupSources` heading the last words before the verb (with its article, a capitalised qualifier before it
   * and at most two words after it, none capitalised) is a source described, not named.
   */
  private groupSubject(clause: string): string | null {
    const groups = this.lexicon.groupSources;
    if (!groups?.length || this.unspaced) return null;
    const words = clause.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 7) return null;
    // In lower case, or capitalised only as the clause's first word: "Defesa" in "Ministério da Defesa" is a name's.
    const isGroup = (word: string, index: number) =>
      groups.includes(word.toLowerCase()) && (index === 0 || word === word.toLowerCase());
    let at = words.findIndex(isGroup);
    // "Military officers and government officials described": two groups joined are one subject, headed by the last.
    const joined =
      at === -1 ? -1 : words.findIndex((word, index) => index > at + 1 && index <= at + 4 && isGroup(word, index));
    const coordinated = joined !== -1 && COORDINATORS.has(words[at + 1]!.toLowerCase());
    const first = at;
    if (coordinated) at = joined;
    if (at === -1 || words.length - at > 3) return null;
    // Words after it describe it ("autoridades estadounidenses"), or name whose it is ("fuentes de Montecon").
    const tail = words.slice(at + 1);
    const named = tail.length >= 2 && this.words.locativePrepositions.has(tail[0]!.toLowerCase());
    if (!named && tail.some((word) => /^\p{Lu}/u.test(word))) return null;
    // Back over the capitalised qualifiers ("Security officials", "Dallas police officers"), not over an article.
    let start = coordinated ? first : at;
    while (
      start > 0 &&
      /^\p{Lu}/u.test(words[start - 1]!) &&
      !this.words.stopwords.has(words[start - 1]!.toLowerCase())
    )
      start--;
    // No name before the description ("Cerca de Daer advirtieron" has no group); "donde las autoridades" has one.
    const lead = words.slice(0, start);
    if (lead.some((word, index) => index > 0 && /^\p{Lu}/u.test(word))) return null;
    // Auxiliaries and adverbs before the verb are not part of it ("officers have said", "officials also said").
    let end = words.length;
    while (end > at + 1 && this.isFiller(words[end - 1]!)) end--;
    return words.slice(start, end).join(' ');
  }

  /**
   * "El diputado de Convergencia Social Diego Ibáñez": a run of capitalised words after a title and a preposition is
   * the organization in the role, then the person; the last two words are the person's name.
   */
  private personAtEndOfRun(before: string, candidate: NameCandidate): NameCandidate {
    const words = candidate.name.split(/\s+/);
    if (words.length < 3 || !this.afterPreposition(before, candidate.index)) return candidate;
    const tail = words.slice(-2).join(' ');
    const lead = (
      before
        .slice(0, candidate.index)
        .toLowerCase()
        .match(/[\p{L}’'-]+/gu) ?? []
    ).slice(-3, -1);
    if (!this.looksLikePersonName(tail) || !lead.some((word) => this.words.personTitles.has(word))) return candidate;
    return { name: tail, index: candidate.end - tail.length, end: candidate.end };
  }

  /** "the Sunni secular politician ": an article, words describing, and a job title, before a name. */
  private describedTitle(text: string): boolean {
    if (!/^\s+(?:[\p{L}’'-]+\s+){2,5}$/u.test(text)) return false;
    const words = text.match(/[\p{L}’'-]+/gu) ?? [];
    const [article = '', title = ''] = [words[0]?.toLowerCase(), words.at(-1)];
    return (
      this.words.stopwords.has(article) &&
      !this.words.locativePrepositions.has(article) &&
      this.words.personTitles.has(title)
    );
  }

  private invertedRelativeSubject(sentence: string, verb: PhraseHit): string | null {
    const relatives = this.lexicon.invertingRelatives;
    if (!relatives?.length) return null;
    // The relative, then at most two adverbs or auxiliaries ("que ya había adelantado"), but no subject of its own.
    const words = sentence.slice(0, verb.index).match(/[\p{L}’'-]+(?=[\s]*$)|[\p{L}’'-]+|[^\p{L}\s]+/gu) ?? [];
    const at = words.findLastIndex((word) => relatives.includes(word.toLowerCase()));
    if (at === -1 || words.length - at > 3) return null;
    if (words.slice(at + 1).some((word) => !/^\p{Ll}+$/u.test(word) || this.words.stopwords.has(word))) return null;
    const candidate = this.namesIn(sentence, verb.end, verb.end + 80)[0];
    if (!candidate || !/^\s+$/u.test(sentence.slice(verb.end, verb.end + candidate.index))) return null;
    if (this.isPlace(candidate.name) || this.isGeneric(candidate.name)) return null;
    return this.canonical(candidate.name);
  }

  /**
   * "Castro, exsecretario de Bukele, fue estridente: “…”, exigió.": the sentence's own subject, named before the
   * quotation it leads into, is who the subjectless verb after the quotation means.
   */
  private leadInSubject(sentence: string): string | null {
    const quoteAt = sentence.search(/["“«„»]/u);
    if (quoteAt < 12 || !/[:,]\s*$/u.test(sentence.slice(0, quoteAt))) return null;
    return this.openingActor(sentence.slice(0, quoteAt));
  }

  /** "…, said Huang." / "„…“, sagte er." — a reporting clause after the statement. */
  private invertedSubjectOf(sentence: string, verb: PhraseHit, namedBefore: string | null = null): string | null {
    const head = sentence.slice(0, verb.index).trimEnd();
    // "…, según adelantó la presidenta de ese cuerpo, Cecilia Moreau": after "según" too the subject follows the verb.
    let lowerHead: string | undefined;
    const afterSource = this.lexicon.sourcePrepositions.some(
      (source) => source.length > 4 && !/\s/u.test(source) && (lowerHead ??= head.toLowerCase()).endsWith(` ${source}`),
    );
    if (!afterSource && !/[,”"»“«」]$/u.test(head)) return null;
    // "said Dr. Emily Ross": the honorific's dot, blanked, is no break between the verb and the name.
    const after = this.maskHonorifics(sentence.slice(verb.end, verb.end + 60));
    // '"…", dijo.' — a subjectless reporting verb after a quotation: the one who spoke last, or the person the
    // sentence before named while nobody spoke in it. So is "dijo al ser consultado", "dijo a la radio".
    const preposition = /^\s+([\p{L}]+)\s/u.exec(after)?.[1]?.toLowerCase();
    const afterQuote = /["”»“«」]\s*,?\s*$/u.test(sentence.slice(0, verb.index));
    if (
      (/^\s*[.!]?\s*$/u.test(after) && (afterQuote || PRO_DROP.has(this.lang) || this.unspaced)) ||
      (PRO_DROP.has(this.lang) && preposition && this.words.locativePrepositions.has(preposition) && afterQuote)
    )
      return this.leadInSubject(sentence) ?? namedBefore ?? this.lastSpeaker ?? this.resolvePronoun();
    const pronoun = this.patterns.pronounAfterVerb.exec(after);
    if (pronoun) return this.resolvePronoun(pronoun[1]);
    // "…, agregaron que el Congreso tendrá …": after the complementizer comes what was said, not who said it.
    if (this.patterns.complementizerAfter?.test(after)) return null;
    // The name may follow an article or a title ("declarou o delegado Odair Carneiro").
    // "said Superintendent Robert Runcie": a capitalised title before the name is a lead too.
    // "plantearon al ministro Falero que …": a name after a preposition is the verb's object or listener.
    const lead = (text: string) =>
      /^[\s,]*$/u.test(text) ||
      (/^[\s,]*(?:[\p{L}’'-]+\s+){1,3}$/u.test(text) &&
        !this.words.locativePrepositions.has(/[\p{L}’'-]+/u.exec(text)![0].toLowerCase()) &&
        (text.match(/[\p{L}’'-]+/gu) ?? []).every((word, at, words) =>
          /^\p{Lu}/u.test(word)
            ? this.isTitleWord(word) ||
              // "said OpenAI CEO Sam Altman": the organization of the title.
              (this.isOrganization(word) && this.words.personTitles.has(words[at + 1]?.toLowerCase() ?? '')) ||
              // "sagt Dormagens Handball-Geschäftsführer Björn Barthel": a German genitive before the title.
              (this.lang === 'de' && /s$/u.test(word) && this.isTitleWord(words[at + 1] ?? ''))
            : this.words.stopwords.has(word) || this.words.personTitles.has(word),
        )) ||
      this.describedTitle(text);
    // A capitalised word between the article and a lower-case word describes ("the Sunni secular politician").
    const describes = (c: NameCandidate) =>
      !/\s/u.test(c.name) &&
      /^\s+\p{L}+\s+$/u.test(after.slice(0, c.index)) &&
      ((next) => next !== undefined && !this.words.stopwords.has(next))(
        /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(after.slice(c.end))?.[1],
      );
    // "said union leader John Smith.", "said Chevrolet spokesman Alan Adler on Monday.": the subject after the verb is
    // a noun phrase whose head is the person's name; the words before it, however they are written, are the role.
    const describedPerson = this.describedPersonAfterVerb(sentence, verb);
    if (describedPerson) return describedPerson;
    const candidate = this.namesIn(sentence, verb.end, verb.end + after.length).find(
      (c) =>
        lead(after.slice(0, c.index)) &&
        !describes(c) &&
        // "admitió el convencional UDI e integrante de …, Pablo Toloza": an organization inside the role.
        !(this.isOrganization(c.name) && !/^\s*(?:[,.;!?]|$)/u.test(after.slice(c.end))) &&
        !this.isPlace(c.name) &&
        !this.isGeneric(c.name) &&
        !this.afterPreposition(after, c.index),
    );
    if (candidate) {
      const title = after
        .slice(0, candidate.index)
        .replace(/[\s,]+/gu, ' ')
        .trim();
      if (/^\p{Lu}/u.test(title)) this.speakerRole = title;
      return this.canonical(candidate.name);
    }
    // "…, afirmou a empresa.": an organization anaphor as the subject after the verb.
    const clause = /^\s+([^,;:.!?"“”«»„()]{2,40}?)\s*(?:[,.;!?]|$)/u.exec(after)?.[1];
    const organization = clause && this.organizationAnaphor(clause, sentence, verb.index);
    if (organization && clause.split(/\s+/).length <= 3) return organization;
    // "afirmó un integrante del Poder Ejecutivo": someone unnamed from a body named after them; the body speaks.
    const member = this.indefiniteMember(after);
    if (member !== undefined) return member;
    // "a déclaré à cette occasion le ministre de la Santé": a title standing for the person last named with it.
    const described = this.titleAnaphor(after.split(/[,;.!?]/u)[0] ?? '', true);
    if (described) return described;
    const roleHolder = this.roleAnaphor(after.split(/[,;.!?]/u)[0] ?? '', true);
    if (roleHolder) return roleHolder;
    // "…”, explicaron las fuentes.": a body of people described after the verb.
    const groupAfter = /^\s+((?:\p{L}+\s+)?\p{L}+)\s*(?:[,.;!?]|$)/u.exec(after)?.[1];
    const group = groupAfter ? this.groupSubject(groupAfter) : null;
    if (group) return group;
    // "sagte der Vorstand Regionen der Bundesagentur für Arbeit (BA), Daniel Terzenbach, heute": a role
    // opened by an article, then the person's name in apposition.
    const longer = sentence.slice(verb.end, verb.end + 160);
    const role = /^\s+(\p{L}+)\s[^.;:!?"“”«»„]{3,120}?,\s*$/u;
    const named = this.nameCandidates(longer).find((c) => {
      const stretch = role.exec(longer.slice(0, c.index));
      return (
        stretch !== null &&
        this.words.stopwords.has(stretch[1]!.toLowerCase()) &&
        !this.words.locativePrepositions.has(stretch[1]!.toLowerCase()) &&
        this.looksLikePersonName(c.name) &&
        /^\s*[,.]/u.test(longer.slice(c.end))
      );
    });
    if (!named) return null;
    this.speakerRole = role.exec(longer.slice(0, named.index))?.[0].replace(/^\s+|,\s*$/gu, '') ?? null;
    return this.canonical(named.name);
  }

  /**
   * "said union leader John Smith", "said Chevrolet spokesman Alan Adler on Monday": after an inverted reporting verb,
   * at most five words (no preposition but "of", no pronoun or complementizer among them) before a person's name that closes the
   * clause. The words are the person's role, kept as context.
   */
  private describedPersonAfterVerb(sentence: string, verb: PhraseHit): string | null {
    const after = this.maskHonorifics(sentence.slice(verb.end, verb.end + 120));
    const candidate = this.nameCandidates(after).find((c) => this.isPerson(c.name) || this.looksLikePersonName(c.name));
    if (!candidate) return null;
    const role = after.slice(0, candidate.index);
    if (!/^\s+(?:[\p{L}’'-]+\s+){1,5}$/u.test(role)) return null;
    const words = role.match(/[\p{L}’'-]+/gu) ?? [];
    if (
      words.some(
        (word) =>
          // "president of entertainment" is a role; "in Paris" a place.
          (this.words.locativePrepositions.has(word.toLowerCase()) && !GENITIVE_PREPOSITIONS.has(word.toLowerCase())) ||
          this.words.personPronouns.has(word.toLowerCase()) ||
          this.patterns.complementizers.has(word.toLowerCase()),
      )
    )
      return null;
    // The name closes the clause, or an adverbial follows it ("on Monday", "in a statement").
    const next = /^\s*(?:[,.;!?]|$)|^\s+(\p{Ll}+)\s/u.exec(after.slice(candidate.end));
    if (!next || (next[1] && !this.words.stopwords.has(next[1]) && !this.words.locativePrepositions.has(next[1])))
      return null;
    if (this.isPlace(candidate.name) || this.isGeneric(candidate.name)) return null;
    // Without its article: "disse a pesquisadora Beatriz Lopes" → "pesquisadora".
    const opening = words[0]!.toLowerCase();
    const article = words.length > 1 && this.words.stopwords.has(opening) ? words[0]!.length : 0;
    this.speakerRole = role.trim().slice(article).trim();
    return this.canonical(candidate.name);
  }

  /**
   * "un integrante del Poder Ejecutivo", "a spokeswoman for Acme": an indefinite article and a noun, then the body
   * the one described belongs to, named with a capital, which is the source. `null` when the body is not named
   * ("una fuente del sindicato"): nobody known speaks. `undefined` when `text` opens with no indefinite article.
   */
  private indefiniteMember(text: string): string | null | undefined {
    const words = /^\s*(\p{L}+)\s+([\p{L}-]+)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(text);
    if (!words || !this.words.indefiniteArticles.has(words[1]!.toLowerCase())) return undefined;
    // The preposition right after the noun, or after one adjective ("un alto funcionario del Ministerio").
    const tiesAt = [3, 4].find(
      (at) => words[at] && (GENITIVE_PREPOSITIONS.has(words[at]) || MEMBER_PREPOSITIONS.has(words[at])),
    );
    if (tiesAt === undefined) return undefined;
    const member = this.words.memberNouns.has(words[tiesAt - 1]!.toLowerCase());
    const tie = text.indexOf(` ${words[tiesAt]!}`, words.index + words[1]!.length) + words[tiesAt]!.length + 1;
    const rest = text.slice(tie, tie + 80);
    const body = this.firstNameCandidate(rest);
    // Named, with at most an article before it: the body speaks ("for the Department of Justice").
    if (body && /^\s*(?:\p{Ll}+\s+)?$/u.test(rest.slice(0, body.index))) {
      // "the Department of Justice": the name goes on after "of".
      const of = /^\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(rest.slice(body.end));
      const whole = of && GENITIVE_PREPOSITIONS.has(of[1]!) ? `${body.name} ${of[1]} ${of[2]}` : body.name;
      // "a man in Ohio", "un vecino de Santiago": only one who speaks for an organization gives it as the source.
      if (this.isPlace(body.name) || this.isGeneric(body.name)) return member ? null : undefined;
      if (!member && !this.isOrganization(whole)) return undefined;
      const name = this.canonical(whole);
      this.bodies.add(name);
      return name;
    }
    if (!member) return undefined;
    // "dijo una fuente del sindicato": described, not named; that description is all the reader learns.
    const clause = text.slice(0, tie) + (/^[^,;:.!?"“”«»()]*/u.exec(rest)?.[0] ?? '');
    const description = clause.trim().split(/\s+/u).slice(1);
    return description.length <= 5 ? description.join(' ') : null;
  }

  private unspacedSpeaker(sentence: string, verbs: PhraseHit[]): string | null {
    for (const verb of verbs) {
      if (
        this.lang !== 'ja' &&
        /^(说|說)$/u.test(verb.phrase) &&
        (ZH_NOT_SPEECH.test(sentence.slice(0, verb.index)) || /^(服|法|起)/u.test(sentence.slice(verb.end)))
      )
        continue;
      // "踝关节扭伤俗称…", "号称", "简称": 称 naming something, not saying it.
      if (this.lang !== 'ja' && /^(称|稱)$/u.test(verb.phrase) && ZH_NAMING.test(sentence.slice(0, verb.index)))
        continue;
      const speaker =
        this.lang === 'ja' ? this.japaneseSubject(sentence) : this.chineseSubject(sentence.slice(0, verb.index));
      if (speaker) return speaker;
    }
    for (const source of findPhrases(sentence, this.lexicon.sourcePrepositions, true)) {
      // A one-character source ("据") only opens a clause: in "数据中心" it is part of a word.
      if (
        source.phrase.length === 1 &&
        source.index > 0 &&
        !/[，,。：:；;、\s]/u.test(sentence.charAt(source.index - 1))
      )
        continue;
      const text = this.lang === 'ja' ? sentence.slice(0, source.index) : sentence.slice(source.end);
      const name =
        this.lang === 'ja'
          ? this.stripJapaneseSubject(text.split(/[、。]/u).pop() ?? '')
          : /^[^，,。：:]{2,16}?(?=[，,:：称表])/u
              .exec(text)?.[0]
              ?.replace(/(统计|統計|报道|報導|调查|調查|显示|顯示|透露|介绍|介紹)$/u, '')
              .replace(/^.*(机构|機構|平台|媒体|媒體)(?=.{2,})/u, '')
              .replace(/^《(.+)》$/u, '$1');
      if (!name || name.length < 2) continue;
      // "据记者了解": what the writer learnt, no source.
      if (ZH_NO_SUBJECT.test(name)) continue;
      if (!name.includes('的')) return this.canonical(name);
      // "据他的发言人": the spokesman speaks; "据外交部的消息": the ministry; "根据现代的规划", "根据司法的原则…":
      // a plan, a principle or a document of no named body is no source.
      const head = name.slice(name.lastIndexOf('的') + 1);
      const owner = name.slice(0, name.indexOf('的')).replace(/^《(.+)》$/u, '$1');
      if (head.length >= 2 && (this.words.personTitles.has(head) || /(人|者|员|員)$/u.test(head)))
        return this.canonical(head);
      if (owner.length >= 2 && (this.isOrganization(owner) || this.isPerson(owner))) return this.canonical(owner);
    }
    return null;
  }

  /** The name after the last job title in a Chinese subject ("兼首席执行官孟涛" → "孟涛"). */
  private stripChineseTitles(clause: string): string {
    let name = clause;
    for (;;) {
      let cut = -1;
      for (const title of this.lexicon.personTitles) {
        const at = name.lastIndexOf(title);
        if (at !== -1 && at + title.length < name.length) cut = Math.max(cut, at + title.length);
      }
      if (cut === -1) return name;
      name = name.slice(cut).replace(/^(兼|暨)/u, '');
    }
  }

  private chineseSubject(before: string): string | null {
    const segments = before.split(/[，,。：:；;“”「」\s]/u);
    const raw = segments.pop() ?? '';
    // "没有什么厂商宣布…": nobody announced anything, so nobody is the source.
    if (/(没有|沒有|并无|並無|不曾)/u.test(raw)) return null;
    // "即使大名鼎鼎的德国大众，近期也宣布…": a clause of adverbs only goes on with the subject set before the comma.
    const bare = raw.replace(ZH_ADVERBS, '').replace(/^(近期|此前|目前|当时|當時|随即|隨即|随后|隨後)/u, '');
    const topic = segments.pop();
    if (bare === '' && raw !== '' && topic && /[，,]/u.test(before.charAt(before.length - raw.length - 1)))
      return this.chineseSubject(topic.replace(/^(即使|即便|就连|就連|连|連)/u, '').replace(/^.*的(?=.{2,}$)/u, ''));
    let clause = raw
      // "只有韩国现代在此前宣布": "only" before the subject, a time after it.
      .replace(/^(只有|只|仅有|僅有|仅|僅|唯有|即使|即便|就连|就連)/u, '')
      .replace(/(在)?(此前|之前|近期|早前)$/u, '')
      .replace(/^(据|據|根据|根據|援引)/u, '')
      .replace(
        /^(不过|不過|但是|但|而|然而|另外|此外|同时|同時|并且|並且|而且|并|並|首先|其次|然后|然後|最后|最後|因此|所以|便是|那么|那麼|于是|於是|可见|可見|显然|顯然)/u,
        '',
      )
      .replace(ZH_DATE, '')
      .replace(/(?<=.)(正在|在)$/u, '')
      .replace(/[\p{sc=Han}]{1,3}地$/u, '')
      // "裴逸群还向本报记者透露": whom it was told to, after the subject; "律师接受记者采访时称": the interview.
      .replace(ZH_TOLD_TO, '')
      .replace(ZH_MEANS, '')
      .replace(ZH_INTERVIEWED, '')
      .replace(ZH_ADVERBS, '')
      .replace(ZH_SETTING, '')
      .replace(ZH_ADVERBS, '')
      .replace(ZH_LISTENER, '')
      .replace(ZH_ADVERBS, '');
    // "該公司執行長陳立衡": an organization anaphor, a title, then the person's name.
    if (/^(该|該)/u.test(clause)) {
      const named = this.stripChineseTitles(clause);
      if (named !== clause && named.length >= 2 && named.length <= 4 && !/^(该|該)/u.test(named)) {
        // "該公司執行長": the anaphor stands for the organization named before.
        const title = clause
          .slice(0, -named.length)
          .replace(/^(该|該)(公司|机构|機構|集团|集團)/u, this.lastOrganization ?? '');
        this.speakerRole = title || null;
        return this.canonical(named);
      }
    }
    // "除了再次向记者强调…", "从法律程序上说": an adverbial opened by a preposition has no subject in it; "记者了解",
    // "本报记者": the reporter is the writer, who asserts rather than reports.
    if (ZH_NO_SUBJECT.test(clause)) return null;
    // "更有业内人士认为": somebody, not named.
    if (/^(更有|也有|还有|還有)/u.test(clause)) return null;
    // "该公司", "該公司": the organization named before.
    if (this.lexicon.organizationAnaphors.includes(clause) && this.lastOrganization) return this.lastOrganization;
    // "该负责人", "這位官員": the one who spoke before.
    if (/^(该|該|这位|這位|此)/u.test(clause)) return this.lastSpeaker;
    if (!clause) return null;
    // "他在文中引用自己的家族名言说": a pronoun opening the clause, before its setting and object, is the subject.
    const opening = this.lexicon.personPronouns.find(
      (candidate) =>
        clause.startsWith(candidate) &&
        /^(在|于|於|曾|还|還|也|又|则|則|引用|援引)/u.test(clause.slice(candidate.length)),
    );
    if (opening) return this.resolvePronoun(opening);
    const pronoun = this.lexicon.personPronouns.find((candidate) => clause.endsWith(candidate));
    // "直觉让他相信": the person made to believe is the object of 让, not who speaks.
    if (pronoun && /(让|讓|使|叫|令)$/u.test(clause.slice(0, -pronoun.length))) return null;
    if (pronoun) return this.resolvePronoun(pronoun);
    // "一位女生", "一名官员": somebody unnamed.
    if (/(一位|一名|一些|有的|某位)/u.test(clause)) return null;
    // "《华尔街日报》的一篇文章报道说": the publication or body whose article or report it is.
    const document = ZH_DOCUMENT_OF.exec(clause);
    if (document)
      return this.canonical(document[1]!.replace(/^《(.+)》$/u, '$1').replace(/(发表|發表|发布|發布|撰写|撰寫)$/u, ''));
    // "在法国留学的卢宇": the name after a relative clause.
    // "国外的公司都觉得": a company described, not one named.
    if (
      clause.includes('的') &&
      /^(公司|企业|企業|机构|機構|集团|集團)$/u.test(clause.slice(clause.lastIndexOf('的') + 1))
    )
      return null;
    if (clause.length > 6 && clause.includes('的')) clause = clause.slice(clause.lastIndexOf('的') + 1);
    // "武汉市工商局有关负责人", "广汽相关人士": someone unnamed speaking for the body named.
    const related = ZH_RELATED_PERSON.exec(clause);
    if (related) {
      this.speakerRole = clause;
      return this.canonical(related[1]!);
    }
    const titled = clause;
    clause = this.stripChineseTitles(clause);
    const after = ZH_TITLE_AFTER_NAME.exec(clause);
    if (after) {
      this.speakerRole = after[2]!;
      return this.canonical(after[1]!);
    }
    if (clause.length < 2 || clause.length > 12) return null;
    if (titled !== clause && titled.endsWith(clause)) this.speakerRole = titled.slice(0, -clause.length) || null;
    if (this.lexicon.genericSubjects.some((generic) => clause.startsWith(generic))) return null;
    if (this.lexicon.passiveAuxiliaries.some((auxiliary) => clause.includes(auxiliary))) return null;
    return this.canonical(clause);
  }

  private japaneseSubject(sentence: string): string | null {
    const topic = JA_TOPIC.exec(sentence.replace(/^[^「」]*?、/u, (m) => (/(は|が)/u.test(m) ? m : '')));
    if (!topic?.[1]) return null;
    return this.stripJapaneseSubject(topic[1]);
  }

  private stripJapaneseSubject(raw: string): string | null {
    let subject = raw.split(/[、「」]/u).pop() ?? '';
    const owner = subject.slice(0, Math.max(0, subject.lastIndexOf('の')));
    subject = subject.slice(subject.lastIndexOf('の') + 1);
    // "市デジタル統括本部の担当者": a role speaks for the organization before it; "研究所の試算": so does a document.
    if ((JA_ROLES.test(subject) || JA_DOCUMENTS.test(subject)) && owner)
      subject = owner.slice(owner.lastIndexOf('の') + 1);
    // "チームを率いる石川亮": the name after a relative clause.
    subject = subject.replace(/^.*[るたい](?=[\p{sc=Han}\p{sc=Katakana}]{2,})/u, '');
    const title = JA_TITLE_AFTER_NAME.exec(subject);
    if (title && title.index >= 2) {
      this.speakerRole = title[0];
      subject = subject.slice(0, title.index);
      // "米半導体大手エヌビディアのジェンスン・フアンCEO": the titled person's organization, for a later "同社".
      const organization = owner.replace(/^.*(?:大手|傘下|子会社)/u, '');
      if (organization.length >= 2 && organization.length <= 15) this.lastOrganization = organization;
    }
    subject = subject.replace(JA_HONORIFICS, '');
    if (!subject) return null;
    // "同社は…としている": the organization named before.
    if (this.lexicon.organizationAnaphors.includes(subject)) return this.lastOrganization ?? subject;
    if (this.words.personPronouns.has(subject)) return this.resolvePronoun(subject);
    if (subject.length > 15 || this.words.genericSubjects.has(subject)) return null;
    return this.canonical(subject);
  }
}
