import { allMatches, findPhrases, type PhraseHit } from '../match';
import {
  JA_TOPIC,
  ZH_AS_SAID_BY,
  ORG_SUFFIX,
  LATIN_GLOSS,
  ZH_DATE,
  ZH_DATE_AFTER_SUBJECT,
  ZH_DOCUMENT_OF,
  ZH_DOCUMENT_SHOWS,
  ZH_INTERVIEWED,
  ZH_LEARNT_FROM,
  ZH_IN_SPEECH,
  ZH_LISTENER,
  ZH_MANNER_ADVERBIAL,
  ZH_LIST_MARKER,
  ZH_MEANS,
  ZH_NOT_A_NAME,
  ZH_ORG_SUBJECT,
  ZH_MEMBER_OF,
  ZH_NAMED_AS,
  ZH_NAMING,
  ZH_NAMING_AFTER,
  ZH_NO_SUBJECT,
  ZH_NOT_SPEECH,
  ZH_NO_SPEAKER,
  ZH_HEADING_NAME,
  ZH_SPOKESPERSON_OF,
  ZH_PRONOUN_MANNER,
  ZH_RELATED_PERSON,
  ZH_SAYING_PHRASE,
  ZH_SAY_COMPOUND,
  ZH_NEGATION,
  ZH_NEWS_RELEASED,
  ZH_NEWS_ANAPHOR,
  ZH_NEWS_SEEN_FROM,
  ZH_SIDE,
  ZH_SURNAME_OPENING,
  ZH_SURNAME_TITLED,
  SURVEYED_SHARE,
  ZH_SAID_BY_COUNTED,
  ZH_PERSON_EPITHET,
  ZH_PERSON_SHAPED,
  ZH_ROLE_BEFORE_NAME,
  ZH_WRITER_OPENING,
  ZH_GAVE_STATEMENT,
  ZH_ADDING_WORDS,
  ZH_AND_OTHERS,
  ZH_SPEAKING_MANNER,
  ZH_SETTING,
  ZH_TITLE_AFTER_NAME,
  ZH_TOLD_REPORTER,
  ZH_TOLD_TO,
  ZH_VIEW_OF,
  ZH_WRITER,
} from './cjk-patterns';
import { CUE_REACH } from './accounts';
import { InvertedSubjectReader } from './inverted';

/** Text before a quotation that closes the sentence (group 1, led in by a comma or a colon) and the quotation (group 2). */
const ZH_QUOTATION_LEAD = /^([^“”「」]{2,80}?)[，,：:]\s*[“「]([^”」]{8,})[”」][。！？!?]?$/u;
/** A name alone before the colon opening a sentence ("方舟子：…"). */
const ZH_NAME_LABEL = /^\s*([\p{sc=Han}·]{2,8})[：:]\s*\S/u;
/**
 * Characters set one space apart ("乔 冠 华", "萧 乾"), as a layout spreads a name: one word, no separate ones. A
 * Chinese word of one character standing alone is rare; a name spread so is not.
 */
const ZH_LETTER_SPACED = /(?<![\p{sc=Han}] ?)\p{sc=Han}(?: \p{sc=Han}){1,}(?! ?[\p{sc=Han}] )/gu;
/** A sentence that is one quotation ("“…。”", "“…”。") or opens one running on past it ("“…。"). */
const ZH_STANDALONE_QUOTATION = /^[“「][^“”「」]+(?:[”」][。！？!?]?)?$/u;
/** Speech has a clause or sentence break of its own; a quoted name or term ("“数字”农业") has none. */
const ZH_SPOKEN_QUOTATION = /[，,。！？!?；;]/u;
/** "该人士", "这位负责人": the one who spoke before. */
const ZH_ONE_WHO_SPOKE = /^(该|該|这位|這位)(人士|负责人|負責人|官员|官員|律师|律師|发言人|發言人)/u;
/** Linking adverbs a clause may open with before its subject ("不过", "此外", "同时"). */
const ZH_LINKING_ADVERBS = '不过|不過|但是|但|而|然而|另外|此外|同时|同時';
/** Words opening a clause before its subject: linking adverbs and "对此" (on this). */
const ZH_LEAD_ADVERBS = new RegExp(`^(对此|對此|随后|隨後|${ZH_LINKING_ADVERBS}|后来|後來)`, 'u');
/** Connectives opening the clause of a reporting verb before its subject: linking adverbs, "首先", "因此", "显然". */
const ZH_CLAUSE_CONNECTIVES = new RegExp(
  `^(${ZH_LINKING_ADVERBS}|并且|並且|而且|并|並|首先|其次|然后|然後|其后|其後|最后|最後|因此|所以|便是|那么|那麼|于是|於是|可见|可見|显然|顯然)`,
  'u',
);
/**
 * Characters that end a Chinese name or never stand in one: function words and the commonest verbs and adverbs after a
 * subject ("王明说", "李华在", "张三也").
 */
const ZH_NAME_BREAK =
  /[是的在和与與了说說称稱也都就将將已被把向从從对對等还還又曾便却卻则則要会會能这這那表指认認强強透介告觉覺今昨笑]/u;
/**
 * A modal verb ("必须", "可能", "无法"), or 会, 能 after a negation or an adverb ("并不会", "偶尔会", "也能"): a subject
 * holding one is cut with the start of its verb phrase ("罢工者并不会", "纹路极可能"), or is that phrase alone ("必须承认"),
 * no one who speaks. 会 alone closes bodies' names ("委员会", "总会", "大都会"), and 能 opens words ("能源"), so neither is
 * read alone.
 */
const ZH_MODAL_IN_SUBJECT =
  /必须|必須|应该|應該|应当|應當|可能|无法|無法|不得不|(?:不|没|沒|并不|並不|也|还|還|将|將|偶尔|偶爾|又)(?:会|會|能)/u;
/**
 * A conjunction that a subject never ends in ("与其说…不如说", "对市场的了解以及"): what ends so is the start of a clause or
 * a list, no one's name.
 */
const ZH_CONJUNCTION_CLOSING =
  /(?:与其|與其|不如|虽然|雖然|尽管|儘管|如果|假如|因为|因為|只要|即使|以及|并且|並且|而且)$/u;
/** "称得上", "称不上" (qualifies, does not qualify as): 称 before them says nothing. */
const ZH_QUALIFIES = /^(?:得上|不上)/u;
/** A closing title mark or parenthesis with no opening one before it. */
const ZH_UNOPENED_CLOSING = /^[^《（(]*[》）)]/u;
/** Names that stand for anybody in an example ("张三说", "李四认为"), no one who spoke. */
const ZH_PLACEHOLDER_NAME = /^(?:张三|張三|李四|王五|赵六|趙六)$/u;
/** The first person alone, or wanting or having to (say): "我想", "我们要", no one's name. */
const ZH_FIRST_PERSON_WISH = /^(?:我|我们|我們|咱们|咱們)(?:想|要|只想|也想|还想|還想|得|必须|必須)?$/u;
/**
 * A company's or an association's full name ("海南星人永动机发电厂有限公司"), longer than a person's or a phrase the speaker
 * code reads as a subject: its ending says it is one.
 */
const ZH_COMPANY_NAME = /(?:有限公司|有限責任公司|有限责任公司|股份公司|集团|集團|协会|協會|委员会|委員會)$/u;
/** "《天府早报》报道，", "《卫报》4日报道：": a publication (group 1) opening a clause, then that it reported. */
const ZH_PUBLICATION_REPORTED =
  /(?:^|[，,。；;])《([^《》]{2,16})》(?:[0-9０-９一二三四五六七八九十]{1,3}日|今天|昨天|日前|近日)?(?:报道|報導)[，,：:]/u;
/** A report standing alone as the subject ("报道", "该报道", "這篇報導"), its outlet left unnamed. */
const ZH_REPORT_ANAPHOR = /^(?:该|該|此|这篇|這篇|这则|這則)?(?:报道|報導|報道)$/u;
/** A publication in title marks (group 1) standing alone as the subject, or with its report: "《东方晚报》报道". */
const ZH_TITLED_PUBLICATION = /^《([^《》]{2,16})》(?:报道|報導|報道)?$/u;
/** A court, hospital or academy's name, with up to 14 characters before its kind (which may be more than the name). */
const ZH_INSTITUTION = /[\p{sc=Han}《]{2,14}?(?:法院|法庭|医院|醫院|学院|學院|研究院|检察院|檢察院)/gu;
/** Private-use and format characters, which show nothing or a font's own glyph. */
const INVISIBLE = /[\p{Co}\p{Cf}]/gu;
/** Clauses read back from the quotation for its speaker. */
const MAX_LEAD_CLAUSES = 4;

/** The subject of a Chinese clause, and the role it was named with ("有关负责人", "教授"), if any. */
interface ChineseSubject {
  name: string;
  role: string | null;
}

/** A subject found, with its role; none when no name is. */
const subjectOf = (name: string | null | undefined, role: string | null = null): ChineseSubject | null =>
  name ? { name, role } : null;

/** The speaker of a Chinese or Japanese sentence, whose words no space separates. */
export abstract class UnspacedSpeakerReader extends InvertedSubjectReader {
  /**
   * Whether the sentence read last opens with a person's name heading it (`ZH_HEADING_NAME`); `speakerOf` clears it
   * for each sentence, before this reader is asked.
   */
  protected headedByName = false;
  /** The article's sentences read so far, and those before the one being read: where an epithet named someone. */
  private textSeen = '';
  private textBefore = '';
  /** The sentences of the paragraph being read, before the one being read. */
  private paragraphBefore: string[] = [];
  private paragraphSentences: string[] = [];
  private paragraphBlock = -2;
  /** The sentences of the paragraph before the one being read, when it is the paragraph right before. */
  private previousParagraph: string[] = [];
  /** Who spoke in the sentences read so far. */
  private readonly speakersSeen = new Set<string>();
  /** Where the reporter came upon the news item named last, and the paragraph that said so. */
  private newsSource: { name: string; block: number } | null = null;

  protected unspacedSpeaker(sentence: string, found: PhraseHit[]): string | null {
    if (this.lastSpeaker) this.speakersSeen.add(this.lastSpeaker);
    this.textBefore = this.textSeen;
    this.textSeen += `${sentence}\n`;
    if (this.block < 0 || this.block !== this.paragraphBlock) {
      this.previousParagraph = this.block >= 0 && this.paragraphBlock === this.block - 1 ? this.paragraphSentences : [];
      this.paragraphSentences = [];
    }
    this.paragraphBlock = this.block;
    this.paragraphBefore = this.paragraphSentences;
    this.paragraphSentences = [...this.paragraphSentences, sentence];
    if (this.lang !== 'ja') {
      const heading = this.headingName(sentence);
      if (heading) {
        this.headedByName = true;
        return heading;
      }
      const newsFrom = ZH_NEWS_SEEN_FROM.exec(sentence)?.[1];
      if (newsFrom && !ZH_NO_SUBJECT.test(newsFrom))
        this.newsSource = { name: this.canonical(newsFrom), block: this.block };
      // "记者从上海昆剧团获悉，…": what the reporter learnt from a body is that body's.
      const learnt = ZH_LEARNT_FROM.exec(sentence)?.[1];
      if (learnt && !ZH_NO_SUBJECT.test(learnt)) return this.canonical(learnt);
    }
    // "…が実施した調査では、回答者の約85％が…と回答": who carried out the study, not who answered it.
    const conductor = this.lang === 'ja' ? this.studyConductor(sentence) : null;
    if (conductor) return conductor;
    const told =
      this.lang === 'ja'
        ? []
        : allMatches(ZH_TOLD_REPORTER, sentence).map((match) => ({
            index: match.index,
            end: match.index + match[0].length,
            phrase: match[0],
          }));
    // "李简发现，…": finding out, then a comma or a colon before what was found.
    const findings =
      this.lang === 'ja'
        ? []
        : findPhrases(sentence, this.lexicon.findingVerbs?.verbs ?? [], true).filter(
            (hit) =>
              /^[，,：:]/u.test(sentence.slice(hit.end)) &&
              // "“接触后发现，…”": found inside a quotation, by whoever is quoted.
              (sentence.slice(0, hit.index).match(/[“「]/gu) ?? []).length <=
                (sentence.slice(0, hit.index).match(/[”」]/gu) ?? []).length,
          );
    const verbs = [...found, ...told, ...findings]
      .filter((hit, at, all) => all.findIndex((other) => other.index === hit.index) === at)
      .sort((a, b) => a.index - b.index);
    for (const verb of verbs) {
      if (
        this.lang !== 'ja' &&
        /^(说|說)$/u.test(verb.phrase) &&
        (ZH_NOT_SPEECH.test(sentence.slice(0, verb.index)) ||
          ZH_SAYING_PHRASE.test(sentence.slice(0, verb.index)) ||
          (ZH_SAY_COMPOUND.test(sentence.slice(verb.end)) && !ZH_GAVE_STATEMENT.test(sentence.slice(0, verb.index))))
      )
        continue;
      // "踝关节扭伤俗称…", "号称", "简称": 称 naming something, not saying it; "值得称赞", "称呼": a word of its own;
      // "称得上", "称不上": qualifying as something, nothing said. 人称 is a word, but a colon after it opens what was
      // said ("梁星人称：“…”", "有人称：").
      if (
        this.lang !== 'ja' &&
        /^(称|稱)$/u.test(verb.phrase) &&
        !(/人$/u.test(sentence.slice(0, verb.index)) && /^\s*[：:]/u.test(sentence.slice(verb.end))) &&
        (ZH_NAMING.test(sentence.slice(0, verb.index)) ||
          ZH_NAMING_AFTER.test(sentence.slice(verb.end)) ||
          ZH_QUALIFIES.test(sentence.slice(verb.end)))
      )
        continue;
      // "表示“有”的人", "明确表示自己“有喜欢的异性”的受访儿童": the verb describes the people counted, inside a clause
      // closed by 的; none of them speaks.
      if (this.lang !== 'ja' && ZH_SAID_BY_COUNTED.test(sentence.slice(verb.end))) continue;
      // "他们能否认同…", "是否认可": 否 closes 能否, 是否 (whether); no one denies.
      if (
        this.lang !== 'ja' &&
        /^(否认|否認)$/u.test(verb.phrase) &&
        /[能是可与與]$/u.test(sentence.slice(0, verb.index))
      )
        continue;
      // "补充治理工程": 补充 before a noun supplements something; adding to what was said, it is followed by the words
      // or by 说, 道, 称.
      if (this.lang !== 'ja' && /^(补充|補充)$/u.test(verb.phrase) && !ZH_ADDING_WORDS.test(sentence.slice(verb.end)))
        continue;
      // "眼神中透露的轻佻", "他说的话": a verb before 的 describes a noun; nothing is reported.
      // What a source made known ("据会议透露的消息") is still that source's.
      if (
        this.lang !== 'ja' &&
        sentence.charAt(verb.end) === '的' &&
        !this.lexicon.sourcePrepositions.some((source) =>
          (
            sentence
              .slice(0, verb.index)
              .split(/[，,。：:；;“”「」]/u)
              .pop() ?? ''
          ).startsWith(source),
        )
      )
        continue;
      // "比较乐观的判断出自…", "广汽方面的回应是": after 的 the verb is a noun; whose it is speaks only when a body or a
      // person owns it.
      if (this.lang !== 'ja' && sentence.charAt(verb.index - 1) === '的') {
        const ownerText = sentence.slice(0, verb.index - 1);
        const owner = this.chineseSubject(ownerText);
        // A member speaking for a body ("广汽相关人士的解释") or a body's side ("广汽方面的回应") is one too.
        if (
          owner &&
          (owner.role !== null ||
            /方面$/u.test(ownerText) ||
            this.isPerson(owner.name) ||
            this.isOrganization(owner.name))
        ) {
          this.speakerRole = owner.role;
          return owner.name;
        }
        continue;
      }
      // "76.5％的孩子都表示非常同意", "多数受访儿童对自己的父母表示满意": a share of those surveyed, no speaker.
      if (
        this.lang !== 'ja' &&
        SURVEYED_SHARE.test(
          sentence
            .slice(0, verb.index)
            .split(/[，,。：:；;]/u)
            .pop() ?? '',
        )
      )
        continue;
      const finding = findings.includes(verb);
      const subject =
        this.lang === 'ja'
          ? null
          : this.chineseSubject(finding ? this.finderOf(sentence.slice(0, verb.index)) : sentence.slice(0, verb.index));
      // "研究发现，…", "本次调查发现：…", "我们发现，…": no one named found it; what the finding says someone did or said
      // is part of it.
      if (finding && (!subject || this.isGeneric(subject.name) || ZH_WRITER.test(subject.name))) return null;
      if (subject?.role) this.speakerRole = subject.role;
      const speaker = this.lang === 'ja' ? this.japaneseSubject(sentence) : (subject?.name ?? null);
      // "さらに、約65％が…と回答している": a share of those surveyed answered the study cited just before.
      if (speaker && this.lang === 'ja' && SURVEYED_SHARE.test(speaker))
        return this.lastSpeakerBlock >= this.block - 1 ? this.lastSpeaker : null;
      // "また、利用者は、…難しい状況だとしている。": a generic topic closed by としている is what the source reports on, not who
      // reports it; the source whose account goes on, left out as Japanese leaves a subject out, does.
      if (
        !speaker &&
        this.lang === 'ja' &&
        /^として/u.test(verb.phrase) &&
        /^[。\s]*$/u.test(sentence.slice(verb.end)) &&
        this.hasGenericTopic(sentence)
      )
        return this.ellipsisSource();
      // "但我们认为这项改动不太成功": the writer's own view or statement, no one's report. (Not "我要说的": what the
      // writer is about to say is no statement yet.)
      if (
        speaker &&
        this.lang !== 'ja' &&
        ZH_WRITER.test(speaker) &&
        !this.lexicon.writerPronouns?.lookAlikes.some((word) => speaker.startsWith(word))
      ) {
        // "我想对所有同龄人说": what the first person wants to say names no one, so the sentence is read on.
        if (/^(说|說)$/u.test(verb.phrase) && ZH_FIRST_PERSON_WISH.test(speaker)) continue;
        if (!/^(说|說)$/u.test(verb.phrase)) return null;
      }
      if (speaker) return speaker;
    }
    const documentOwner = this.lang === 'ja' ? null : this.documentShowing(sentence);
    if (documentOwner) return documentOwner;
    // "《天府早报》报道，…": the publication that reported it.
    const outlet = this.lang === 'ja' ? undefined : ZH_PUBLICATION_REPORTED.exec(sentence)?.[1];
    if (outlet) return this.canonical(outlet);
    // "自治区财政厅传出最新消息：…", "市政府发布消息，…": the body or person that released the news.
    const releaser = this.lang === 'ja' ? undefined : ZH_NEWS_RELEASED.exec(sentence)?.[1];
    const released = releaser ? this.chineseSubject(releaser) : null;
    if (released && (this.isPerson(released.name) || this.isOrganization(released.name))) return released.name;
    const view = this.lang === 'ja' ? undefined : this.viewHolder(sentence);
    if (view !== undefined) return view;
    const quoted = this.lang === 'ja' ? undefined : this.asSaidBy(sentence);
    if (quoted !== undefined) return quoted;
    const introduced = this.lang === 'ja' ? null : (this.quotationIntroducer(sentence) ?? this.namedLabel(sentence));
    if (introduced) return introduced;
    for (const source of findPhrases(sentence, this.lexicon.sourcePrepositions, true)) {
      // A one-character source ("据") only opens a clause: in "数据中心" it is part of a word.
      if (
        source.phrase.length === 1 &&
        source.index > 0 &&
        !/[，,。：:；;、\s…]/u.test(sentence.slice(0, source.index).replace(INVISIBLE, '').at(-1) ?? '')
      )
        continue;
      const text = this.lang === 'ja' ? sentence.slice(0, source.index) : sentence.slice(source.end);
      // "据说是…", "据悉": 据 before 说 or 悉 is "reportedly", "it is learnt", opening no source.
      if (this.lang !== 'ja' && /^(说|說|悉)/u.test(text)) continue;
      const name =
        this.lang === 'ja'
          ? this.stripJapaneseSubject(text.split(/[、。]/u).pop() ?? '')
          : (
              /^[^，,。：:]{2,16}?(?=[，,:：称表])/u.exec(text)?.[0] ??
              // "据中央广播电视总台中国之声《新闻和报纸摘要》报道，": a long source closed by its report verb.
              /^[^，,。：:“”]{2,40}?(?:报道|報導)(?=[，,])/u.exec(text)?.[0]
            )
              ?.replace(/(统计|統計|报道|報導|调查|調查|显示|顯示|透露|介绍|介紹)$/u, '')
              // "据英国《卫报》4日报道": the day it reported, no part of the source.
              .replace(ZH_DATE_AFTER_SUBJECT, '')
              // "据第三方机构艾瑞咨询": the name after a generic word for a body; before 的 ("据美国研究机构的最新统计")
              // the body is the source itself.
              .replace(/^.*(机构|機構|平台|媒体|媒體)(?=[^的].)/u, '')
              .replace(/^.{2,}《(.+)》$/u, '$1')
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
    if (this.lang === 'ja') return this.plansWithSubjectLeftOut(sentence) ? this.ellipsisSource() : null;
    return this.quotedPersonOfParagraph(sentence);
  }

  /**
   * "こうした状況を鑑み、…の提供を開始する。": a Japanese sentence that closes on a plan and has no topic (は, が) leaves out its
   * subject, the source still being reported.
   */
  private plansWithSubjectLeftOut(sentence: string): boolean {
    return (
      this.japaneseTopic(sentence) === null &&
      findPhrases(sentence, this.lexicon.planMarkers, true).some((hit) => /^[。\s]*$/u.test(sentence.slice(hit.end)))
    );
  }

  /** The source whose account a Japanese sentence leaving its subject out goes on with, if it spoke recently enough. */
  private ellipsisSource(): string | null {
    return this.lastSpeakerBlock >= this.block - CUE_REACH.ellipsis ? this.lastSpeaker : null;
  }

  /**
   * "在郭荣梅的叙述中，她…。" then "“每一个孩子都是需要被认同的，…”": a quotation standing alone and closing its paragraph,
   * nobody having spoken in it or the two paragraphs before, is the words of the one person the sentences before it in
   * its paragraph name, or with none before it, the paragraph right before, when that person spoke earlier in the
   * article (not a reporter named in a byline). A quotation the paragraph goes on after is attributed there.
   */
  private quotedPersonOfParagraph(sentence: string): string | null {
    if (
      !ZH_STANDALONE_QUOTATION.test(sentence.trim()) ||
      /\S/u.test(this.following) ||
      this.block - this.lastSpeakerBlock <= 2
    )
      return null;
    const context = (this.paragraphBefore.length ? this.paragraphBefore : this.previousParagraph).join('');
    const named = [...new Set([...this.people, ...this.recent])].filter(
      (person) => person.length >= 2 && context.includes(person) && this.speakersSeen.has(person),
    );
    const whole = named.filter((person) => !named.some((other) => other !== person && other.includes(person)));
    return whole.length === 1 ? whole[0]! : null;
  }

  /**
   * The court, hospital or academy the article named last ("《湖南省邵阳市中级人民法院刑事判决书》", "记者从北京协和医院获悉"),
   * without the words before its name; null when it named none.
   */
  private lastInstitution(): string | null {
    const named = [...this.textBefore.matchAll(ZH_INSTITUTION)].at(-1)?.[0];
    return named?.replace(/^.*[的在从從向对對与與和了是由据據《]/u, '') ?? null;
  }

  /**
   * "刘天模教授(重庆大学材料科学系)：我们首先对破口做了细致观察。": the person heading the sentence, their title after the name
   * and who they are in brackets, says what follows the colon.
   */
  private headingName(sentence: string): string | null {
    const heading = ZH_HEADING_NAME.exec(sentence);
    if (!heading) return null;
    const titled = heading[1]!;
    const name = ZH_TITLE_AFTER_NAME.exec(titled)?.[1] ?? titled;
    if (!/^(?:[\p{sc=Han}]{2,4}|[\p{sc=Han}]{1,4}·[\p{sc=Han}·]{1,10})$/u.test(name) || ORG_SUFFIX.test(name))
      return null;
    if (name !== titled) this.speakerRole = titled.slice(name.length);
    this.rememberPerson(name);
    return name;
  }

  /**
   * "郑庆生通过电子邮件给记者发来的资料显示：…", "周其仁从深圳带回来的资料显示": the person or body opening the clause that
   * brought, sent or issued the document holds what it shows. Nobody known opening it ("有关部门公布的数据显示"): null.
   */
  private documentShowing(sentence: string): string | null {
    const clause = ZH_DOCUMENT_SHOWS.exec(sentence)?.[1]?.replace(ZH_DATE, '');
    // "有关部门公布的", "一些机构发布的": a body no one names.
    if (!clause || ZH_NO_SUBJECT.test(clause) || /^(有|一些|某|多家|部分)/u.test(clause)) return null;
    const known = [...this.people, ...this.recent].find((name) => name.length >= 2 && clause.startsWith(name));
    const owner =
      known ??
      ZH_ORG_SUBJECT.exec(clause)?.[1] ??
      (ORG_SUFFIX.test(clause) && clause.length <= 12 ? clause : undefined) ??
      this.clauseSubjectNames(clause).find((name) => clause.startsWith(name));
    return owner ? this.canonical(owner) : null;
  }

  /**
   * "在郭荣梅看来，…": the one in whose view the sentence is given holds it; nobody in particular ("在外界看来") and the
   * writer ("在我看来") hold none (null). Undefined when the sentence gives no one's view so.
   */
  private viewHolder(sentence: string): string | null | undefined {
    const holder = ZH_VIEW_OF.exec(sentence)?.[1];
    if (!holder) return undefined;
    if (this.lexicon.firstPerson.includes(holder)) return null;
    if (this.words.personPronouns.has(holder)) return this.resolvePronoun(holder);
    if (holder.length < 2 || this.lexicon.genericSubjects.some((generic) => holder.startsWith(generic))) return null;
    return this.canonical(holder);
  }

  /**
   * "正如诺斯所说：“…”", "用今夕的话说：…": the one the sentence says it is quoting; the writer, the text itself ("如前文所
   * 说"), people in general ("正如人们所说") and a saying ("正如俗话所说") are nobody quoted (null). Undefined when the
   * sentence quotes no one so.
   */
  private asSaidBy(sentence: string): string | null | undefined {
    const said = ZH_AS_SAID_BY.exec(sentence);
    const holder = said?.[1] ?? said?.[2];
    if (!holder) return undefined;
    if (this.words.personPronouns.has(holder)) return this.resolvePronoun(holder);
    if (
      holder.length < 2 ||
      ZH_WRITER.test(holder) ||
      ZH_NO_SPEAKER.test(holder) ||
      /(?:话|話|语|語)$/u.test(holder) ||
      this.lexicon.genericSubjects.some((generic) => holder.startsWith(generic))
    )
      return null;
    return this.canonical(holder);
  }

  /**
   * "姐姐于家乐一脸埋怨，“……”", "该人士付之一笑：“……”": words spoken in a quotation that a clause with no verb of saying
   * leads into. The clauses before the quotation are read from the nearest back, and the first that names a known
   * person, the organization named before, a pronoun or "该人士" gives the speaker. The quotation must be speech (a
   * clause or a sentence of its own, with its punctuation), not a quoted term.
   */
  private quotationIntroducer(sentence: string): string | null {
    const lead = ZH_QUOTATION_LEAD.exec(sentence);
    if (!lead || !ZH_SPOKEN_QUOTATION.test(lead[2]!)) return null;
    const clauses = lead[1]!.split(/[，,：:；;]/u).filter(Boolean);
    for (const clause of clauses.slice(-MAX_LEAD_CLAUSES).reverse()) {
      const opening = clause.replace(ZH_DATE, '').replace(ZH_LEAD_ADVERBS, '');
      if (ZH_NO_SPEAKER.test(opening)) return null;
      if (ZH_ONE_WHO_SPOKE.test(opening)) return this.lastSpeaker;
      const pronoun = this.lexicon.personPronouns.find((candidate) => opening.startsWith(candidate));
      if (pronoun) return this.resolvePronoun(pronoun);
      let first: { name: string; at: number } | null = null;
      for (const person of this.people) {
        const at = person.length >= 2 ? opening.indexOf(person) : -1;
        if (at !== -1 && (!first || at < first.at)) first = { name: person, at };
      }
      if (first) return first.name;
      if (this.lastOrganization && opening.startsWith(this.lastOrganization)) return this.lastOrganization;
    }
    return null;
  }

  /**
   * "方舟子：“…”", "方舟子：这些产品…": a person's name the article repeats, alone before the colon opening the sentence,
   * labels what follows as theirs, as a heading name with who they are in brackets does.
   */
  private namedLabel(sentence: string): string | null {
    const label = ZH_NAME_LABEL.exec(sentence)?.[1];
    if (!label) return null;
    if (this.people.includes(label) || this.recent.includes(label)) return label;
    const named = this.clauseSubjectNames(label);
    return named.length === 1 && named[0] === label ? label : null;
  }

  /** The speaker last shown that is a publication: a name the text writes in title marks, or a newspaper's (…报). */
  private lastPublication(): string | null {
    return (
      [this.lastSpeaker, ...this.recent].find(
        (name) => name && (/.(报|報)$/u.test(name) || this.textSeen.includes(`《${name}》`)),
      ) ?? null
    );
  }

  /**
   * "…的编剧朱耀廷一直关注有关考古消息，他认为": a pronoun after clauses naming one known person stands for that person,
   * whoever spoke last.
   */
  private pronounAfter(before: string, pronoun: string | undefined): string | null {
    // Named as a subject: opening a clause, or right after a title ("编剧朱耀廷").
    const named = new Set(
      this.people.filter((person) => {
        const at = before.indexOf(person);
        const lead = before.slice(0, at);
        return (
          person.length >= 2 &&
          at !== -1 &&
          (/(^|[，,。：:；;])$/u.test(lead) || [...this.words.personTitles].some((title) => lead.endsWith(title)))
        );
      }),
    );
    if (named.size === 1) return [...named][0]!;
    // "如今，孙启勤似乎并没有…，他觉得…", "他很认真地说" after it: a name no title introduced, opening a clause of this
    // sentence or, nearest first, of one before it in the paragraph, is whom a singular 他 or 她 stands for.
    const singular = pronoun !== undefined && /^[他她]$/u.test(pronoun);
    const subjects = singular
      ? new Set(
          [before, ...[...this.paragraphBefore].reverse()]
            .map((text) => this.clauseSubjectNames(text))
            .find((names) => names.length > 0),
        )
      : new Set<string>();
    if (subjects.size === 1) return [...subjects][0]!;
    // "著名的科技打假人士方舟子一直强烈抨击…。他告诉记者，…": 他 or 她 opening its sentence stands for the one person the
    // sentence right before it in the paragraph names, wherever it names them.
    const previous =
      singular &&
      !/\p{sc=Han}/u.test(before.slice(0, before.lastIndexOf(pronoun ?? ''))) &&
      this.paragraphBefore.at(-1);
    if (previous) {
      const mentioned = [...new Set([...this.people, ...this.recent])].filter(
        (person) => person.length >= 2 && previous.includes(person),
      );
      const whole = mentioned.filter(
        (person) => !mentioned.some((other) => other !== person && other.includes(person)),
      );
      if (whole.length === 1) return whole[0]!;
    }
    return this.resolvePronoun(pronoun);
  }

  /**
   * The Chinese names opening the clauses of `text` as their subjects ("孙启勤似乎…", "如今，孙启勤…"): a common
   * surname and one or two characters, which the article repeats (a name recurs; a surname and a verb rarely do in the
   * same shape). The longer form is taken when the article never writes the shorter one without its third character.
   */
  private clauseSubjectNames(text: string): string[] {
    const names: string[] = [];
    for (const clause of text.split(/[，,。：:；;！？!?“”「」]/u)) {
      const opening = clause.replace(ZH_DATE, '').replace(ZH_LEAD_ADVERBS, '').replace(ZH_CLAUSE_CONNECTIVES, '');
      if (!ZH_SURNAME_OPENING.test(opening)) continue;
      const short = opening.slice(0, 2);
      // The character after every mention of the first two, when it is always the same one and no function word.
      const thirds = new Set([...this.textSeen.matchAll(new RegExp(`${short}(.)`, 'gsu'))].map((match) => match[1]!));
      const third = thirds.size === 1 ? [...thirds][0]! : '';
      const name = /^\p{sc=Han}$/u.test(third) && !ZH_NAME_BREAK.test(third) ? short + third : short;
      const count = (found: string) => this.textSeen.split(found).length - 1;
      if (
        count(name) < 2 ||
        ZH_NAME_BREAK.test(name.charAt(1)) ||
        ZH_NOT_A_NAME.test(name) ||
        !ZH_PERSON_SHAPED.test(name) ||
        this.isPlace(name) ||
        this.isOrganization(name)
      )
        continue;
      if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  /**
   * "老中医自称" after "个体老中医陈建民…", "老中医陈建民本人": an epithet the article set before one name stands for that
   * person: what every mention of the epithet followed by a name (two or three characters up to a function character,
   * opening with a common surname) has after it. Two names after one epithet leave it no one's.
   */
  private epithetHolder(epithet: string): string | null {
    if (!/^[\p{sc=Han}]{2,4}$/u.test(epithet) || !ZH_PERSON_EPITHET.test(epithet) || this.isPerson(epithet))
      return null;
    let name: string | null = null;
    for (const mention of this.textBefore.matchAll(new RegExp(`${epithet}([\\p{sc=Han}]{2,3})`, 'gu'))) {
      const after = mention[1]!.replace(/[在的是和与與了说說称稱本也都就将將已被把向从從对對等]+.*$/u, '');
      if (after.length < 2 || !ZH_SURNAME_OPENING.test(after)) continue;
      if (name === null) name = after;
      else if (after.startsWith(name)) continue;
      else if (name.startsWith(after)) name = after;
      else return null;
    }
    return name;
  }

  /**
   * "トレンドマイクロが…人に実施した調査では、…", "総務省が行ったアンケートによると、…": the body or person who carried out the
   * study, opening the clause before it, is the source of the sentence; null when the sentence cites no such study.
   */
  private studyConductor(sentence: string): string | null {
    const study = this.patterns.conductedStudy?.exec(sentence);
    const name = study?.[1] && this.stripJapaneseSubject(study[1]);
    return name && name.length >= 2 ? name : null;
  }

  /**
   * The text before a verb of finding, without the study it was found in: "格拉诺维特曾在研究中" → "格拉诺维特曾",
   * "中国社科院的一项调查" → "中国社科院", "通过本次调查" → "" (no one).
   */
  private finderOf(before: string): string {
    const study = this.patterns.findingStudyEnd?.exec(before) ?? null;
    const finder = study ? before.slice(0, study.index) : before;
    // "不难发现", "你会发现": what one can see is the writer's. "一项对600名日本女性的调查", "在对师生关系的调查中": a study
    // described by what it studied, no one named carrying it out.
    const clause = finder.split(/[，,。：:；;“”「」]/u).pop() ?? '';
    if (
      /(?:难|難|可以|会|會|能)$/u.test(clause) ||
      (study && /^(?:一|这|這|该|該|某|有|本|此)|对|對|关于|關於/u.test(clause))
    )
      return '';
    return finder;
  }

  private chineseSubject(text: string): ChineseSubject | null {
    // A private-use or format character a page's font or layout left in ("……\uE004据唐瑜") is no part of any word.
    const before = text
      .replace(LATIN_GLOSS, '')
      .replace(INVISIBLE, '')
      .replace(ZH_LETTER_SPACED, (spaced) => spaced.replace(/\s/gu, ''));
    // "…绘画……据唐瑜回忆说": an ellipsis closes the clause before it, as a comma does.
    const segments = before.split(/[，,。：:；;“”「」\s…]/u);
    let raw = (segments.pop() ?? '').replace(ZH_LIST_MARKER, '');
    // "根据各变量的回归系数判断": what opens on a basis (data, a law, a plan) is judged from it by the writer; the basis
    // is no subject. After a subject ("福山根据黑格尔的理论认为") it is how that subject came to say it.
    const basis = (this.lexicon.basisPrepositions ?? [])
      .map((phrase) => raw.indexOf(phrase))
      .filter((at) => at !== -1)
      .sort((a, b) => a - b)[0];
    if (basis === 0) return null;
    if (basis !== undefined) raw = raw.slice(0, basis);
    // "没有什么厂商宣布…": nobody announced anything, so nobody is the source.
    if (/(没有|沒有|并无|並無|不曾)/u.test(raw)) return null;
    // "即使大名鼎鼎的德国大众，近期也宣布…": a clause of adverbs only goes on with the subject set before the comma.
    const bare = raw
      .replace(this.patterns.subjectAdverbs, '')
      .replace(/^(近期|此前|目前|当时|當時|随即|隨即|随后|隨後)/u, '');
    const topic = segments.pop();
    if (bare === '' && raw !== '' && topic && /[，,]/u.test(before.charAt(before.length - raw.length - 1)))
      return this.chineseSubject(topic.replace(/^(即使|即便|就连|就連|连|連)/u, '').replace(/^.*的(?=.{2,}$)/u, ''));
    // "他感慨万千地说", "他突然扬起眉毛说": a pronoun, then how or when it spoke, is the subject.
    const manner = ZH_PRONOUN_MANNER.exec(raw.replace(ZH_DATE, '').replace(ZH_LEAD_ADVERBS, ''));
    if (manner) return subjectOf(this.pronounAfter(before, manner[1]));
    let clause = raw
      // "专家们倾向于认为": tending to hold a view is how the subject holds it, no part of the subject.
      .replace(/(倾向于|傾向於)$/u, '')
      // "今天我们…认为": today, before the subject.
      .replace(/^(今天|今日|如今)(?=.)/u, '')
      // "老中医自称": 自称 (says of oneself) leaves 自 after the subject.
      .replace(/(?<=.{2})自$/u, '')
      // "只有韩国现代在此前宣布": "only" before the subject, a time after it.
      .replace(/^(只有|只|仅有|僅有|仅|僅|唯有|即使|即便|就连|就連)/u, '')
      .replace(/(在)?(此前|之前|近期|早前)$/u, '')
      .replace(/^(据|據|援引)/u, '')
      .replace(ZH_CLAUSE_CONNECTIVES, '')
      // "对此广汽相关人士": "on this", before the subject.
      .replace(/^(对此|對此)/u, '')
      .replace(ZH_DATE, '')
      .replace(ZH_DATE_AFTER_SUBJECT, '')
      .replace(/(?<=.)(正在|在)$/u, '')
      // "广汽方面", "莫斯科那边": the side of a body or a place is that body or place.
      .replace(ZH_SIDE, '')
      .replace(ZH_MANNER_ADVERBIAL, '')
      // "门房回答说", "我爱人回信说", "听他祷告说": how the subject spoke, between it and 说; "作了说明": a statement given.
      .replace(ZH_SPEAKING_MANNER, '')
      .replace(ZH_GAVE_STATEMENT, '')
      // "裴逸群还向本报记者透露": whom it was told to, after the subject; "律师接受记者采访时称": the interview.
      .replace(ZH_TOLD_TO, '')
      .replace(ZH_MEANS, '')
      .replace(ZH_INTERVIEWED, '')
      .replace(this.patterns.subjectAdverbs, '')
      .replace(ZH_SETTING, '')
      .replace(ZH_IN_SPEECH, '')
      .replace(this.patterns.subjectAdverbs, '')
      .replace(ZH_LISTENER, '')
      // "张曼玉在片中对她的儿子说": where the subject spoke, before whom it spoke to.
      .replace(ZH_SETTING, '')
      .replace(this.patterns.subjectAdverbs, '')
      // "他不相信", "他不否认": the negation before the verb; the subject still holds what it denies or doubts.
      .replace(ZH_NEGATION, '')
      .replace(ZH_SIDE, '')
      .replace(this.patterns.subjectAdverbs, '')
      // "科尔曼等曾指出": the first of those who said it (等, and others) is shown, as the first author of a study is.
      .replace(ZH_AND_OTHERS, '');
    // "王明把手一挥说", "孙启勤把他的想法通报给…": a 把 clause has its subject before 把 and what it handles after (not
    // "一把手", the head of a body).
    const disposal = /(?<=.{2})(?<!一)把/u.exec(clause);
    if (disposal) clause = clause.slice(0, disposal.index).replace(this.patterns.subjectAdverbs, '');
    // "该消息称" after "记者从中国新闻网注意到一则…的消息": the news item is where the reporter found it.
    if (ZH_NEWS_ANAPHOR.test(clause) && this.newsSource && this.block - this.newsSource.block <= 1)
      return subjectOf(this.newsSource.name);
    // "《东方晚报》报道说", "《东方晚报》报道称": a publication in title marks, alone or with its report, is that
    // publication, shown without the marks as when it reported in a clause of its own.
    const titledPublication = ZH_TITLED_PUBLICATION.exec(clause);
    if (titledPublication) return subjectOf(this.canonical(titledPublication[1]!));
    // "該公司執行長陳立衡": an organization anaphor, a title, then the person's name.
    if (/^(该|該)/u.test(clause)) {
      const named = this.stripChineseTitles(clause);
      if (named !== clause && named.length >= 2 && named.length <= 4 && !/^(该|該)/u.test(named)) {
        // "該公司執行長": the anaphor stands for the organization named before.
        const title = clause
          .slice(0, -named.length)
          .replace(/^(该|該)(公司|机构|機構|集团|集團)/u, this.lastOrganization ?? '');
        return subjectOf(this.canonical(named), title || null);
      }
    }
    // "我们对大会的召开表示…": the writer opening the clause, before what it speaks of, is its subject.
    const writer = ZH_WRITER_OPENING.exec(clause);
    if (writer) return subjectOf(writer[1]);
    // "除了再次向记者强调…", "从法律程序上说": an adverbial opened by a preposition has no subject in it; "记者了解",
    // "本报记者": the reporter is the writer, who asserts rather than reports.
    if (ZH_NO_SUBJECT.test(clause) || ZH_NO_SPEAKER.test(clause)) return null;
    // "更有业内人士认为", "有专家认为": somebody, not named.
    if (/^(更有|也有|还有|還有|有)/u.test(clause)) return null;
    // "该公司", "該公司": the organization named before.
    if (this.lexicon.organizationAnaphors.includes(clause) && this.lastOrganization)
      return subjectOf(this.lastOrganization);
    // "本院认为" in a judgment: the court (or hospital, academy) speaking of itself, named before.
    if (/^本(院|庭)$/u.test(clause)) return subjectOf(this.lastInstitution() ?? clause);
    // "通知称", "公告指出": a notice alone stands for the body named before, which issued it; with none, for nobody.
    if (/^(通知|通報|通报|公告|声明|聲明)$/u.test(clause)) return subjectOf(this.lastOrganization);
    // "报纸说", "该报称": the newspaper named before.
    if (/^(该|該|这份|這份)?(报纸|報紙|报|報)$/u.test(clause))
      return subjectOf(
        [this.lastSpeaker, ...this.recent].find((name) => name && /.(报|報)$/u.test(name)) ?? this.lastOrganization,
      );
    // "报道还说", "该报道指出": a report with no outlet named in the clause is the publication that reported before.
    if (ZH_REPORT_ANAPHOR.test(clause)) return subjectOf(this.lastPublication());
    // "该群体认为": the group of those surveyed or described, not the one who spoke before.
    if (/^(该|該|这个|這個)(群体|群體|人群)/u.test(clause)) return null;
    // "该负责人", "這位官員", "此人": the one who spoke before (not "此举", "此事": this act, this matter).
    if (/^(该|該|这位|這位|此人|此位)/u.test(clause)) return subjectOf(this.lastSpeaker);
    if (!clause) return null;
    // "他在文中引用自己的家族名言说": a pronoun opening the clause, before its setting and object, is the subject.
    const opening = this.lexicon.personPronouns.find(
      (candidate) =>
        clause.startsWith(candidate) &&
        /^(在|于|於|曾|还|還|也|又|则|則|引用|援引|对|對|向|可能|只是|也许|也許|大概|似乎|用)/u.test(
          clause.slice(candidate.length),
        ),
    );
    if (opening) return subjectOf(this.pronounAfter(before, opening));
    const pronoun = this.lexicon.personPronouns.find((candidate) => clause.endsWith(candidate));
    // "直觉让他相信": the person made to believe is the object of 让, not who speaks.
    if (pronoun && /(让|讓|使|叫|令)$/u.test(clause.slice(0, -pronoun.length))) return null;
    if (pronoun) return subjectOf(this.pronounAfter(before, pronoun));
    const member = ZH_MEMBER_OF.exec(clause);
    if (member && (!member[2] || this.isOrganization(member[1]!))) return subjectOf(this.canonical(member[1]!), clause);
    // "一位名叫瓦连京·图尔钦的异议人士": someone described by the name they go by is that person.
    const namedAs = ZH_NAMED_AS.exec(clause)?.[1];
    if (namedAs) return subjectOf(this.canonical(namedAs));
    // "一位女生", "一名官员": somebody unnamed.
    if (/(一位|一名|一些|有的|某位)/u.test(clause)) return null;
    // "《华尔街日报》的一篇文章报道说": the publication or body whose article or report it is.
    const document = ZH_DOCUMENT_OF.exec(clause);
    if (document)
      return subjectOf(
        this.canonical(document[1]!.replace(/^《(.+)》$/u, '$1').replace(/(发表|發表|发布|發布|撰写|撰寫)$/u, '')),
      );
    // "在法国留学的卢宇": the name after a relative clause.
    // "国外的公司都觉得": a company described, not one named.
    if (
      clause.includes('的') &&
      /^(公司|企业|企業|机构|機構|集团|集團)$/u.test(clause.slice(clause.lastIndexOf('的') + 1))
    )
      return null;
    // "国家中医药管理局的官员也称": an unnamed member speaks for the body.
    const spokesperson = ZH_SPOKESPERSON_OF.exec(clause);
    if (spokesperson && this.isOrganization(spokesperson[1]!))
      return subjectOf(this.canonical(spokesperson[1]!), clause);
    // "汉森这样的专家认为": the one named as such an expert holds it.
    const exemplar = /^(?:像|如)?([\p{sc=Han}·]{1,10}?)(?:这样|這樣|这类|這類|这种|這種)的/u.exec(clause)?.[1];
    if (exemplar && exemplar.length >= 2 && !this.lexicon.personPronouns.includes(exemplar))
      return subjectOf(this.canonical(exemplar));
    if (clause.length > 6 && clause.includes('的')) clause = clause.slice(clause.lastIndexOf('的') + 1);
    // "武汉市工商局有关负责人", "广汽相关人士": someone unnamed speaking for the body named.
    const related = ZH_RELATED_PERSON.exec(clause);
    if (related) return subjectOf(this.canonical(related[1]!), clause);
    const titled = clause;
    clause = this.stripChineseTitles(clause);
    const after = ZH_TITLE_AFTER_NAME.exec(clause);
    if (after) return subjectOf(this.canonical(after[1]!), after[2]);
    // "胡先生" after "胡继忠先生": a surname with a title stands for the one person of that surname named before.
    const surnamed = ZH_SURNAME_TITLED.exec(clause);
    if (surnamed) {
      const holders = this.people.filter(
        (person) => person.length >= 2 && person.length <= 3 && person.startsWith(surnamed[1]!),
      );
      if (holders.length === 1) return subjectOf(holders[0], surnamed[2]);
    }
    // "王明点点头说", "王明拿起文件说": someone named before, then what they did before speaking.
    const actor = [...this.people, ...this.recent].find(
      (person) =>
        person.length >= 2 && clause.startsWith(person) && /^[^的和与與及、]{1,8}$/u.test(clause.slice(person.length)),
    );
    if (actor) return subjectOf(actor);
    // "技术专家何建栋说": a role noun, then the name; the name is the speaker, the role its role.
    const role = ZH_ROLE_BEFORE_NAME.exec(clause);
    if (role && ZH_SURNAME_OPENING.test(role[2]!) && !ZH_NOT_A_NAME.test(role[2]!))
      return subjectOf(this.canonical(role[2]!), role[1]);
    if (clause.length < 2 || (clause.length > 12 && !(clause.length <= 20 && ZH_COMPANY_NAME.test(clause))))
      return null;
    // "山坡上布满了表示岩浆的斑点", "仍可看出其肩胛骨上表示…": a clause closed by a locative (上, 里) or an aspect particle
    // (了, 着) is a place or a verb phrase that the verb describes a noun in, no one who speaks.
    if (/[上里裡了着著]$/u.test(clause)) return null;
    if (this.lexicon.genericSubjects.some((generic) => clause.startsWith(generic) && !this.personOf(generic, clause)))
      return null;
    if (this.lexicon.passiveAuxiliaries.some((auxiliary) => clause.includes(auxiliary))) return null;
    if (ZH_NOT_A_NAME.test(clause) && !this.people.includes(clause)) return null;
    if (ZH_MODAL_IN_SUBJECT.test(clause) || ZH_CONJUNCTION_CLOSING.test(clause) || ZH_PLACEHOLDER_NAME.test(clause))
      return null;
    // "…弥天大谎》指出" at a sentence cut inside a title: a bracket closed that the subject never opened ends a fragment;
    // "“晨星”的人声称": a subject opening with 的 is what remains after a quotation mark cut off its owner, no one named.
    if (ZH_UNOPENED_CLOSING.test(clause) || clause.startsWith('的')) return null;
    const named = this.epithetHolder(clause);
    if (named) return subjectOf(named, clause);
    return subjectOf(
      this.canonical(clause),
      titled !== clause && titled.endsWith(clause) ? titled.slice(0, -clause.length) || null : null,
    );
  }

  private japaneseSubject(sentence: string): string | null {
    const topic = this.japaneseTopic(sentence);
    return topic ? this.stripJapaneseSubject(topic) : null;
  }

  /** The text before the は or が marking the sentence's topic, after an opening clause with neither ("また、"). */
  private japaneseTopic(sentence: string): string | null {
    return JA_TOPIC.exec(sentence.replace(/^[^「」]*?、/u, (m) => (/(は|が)/u.test(m) ? m : '')))?.[1] ?? null;
  }

  /** Whether the sentence's topic is a generic word for people ("利用者は", "専門家は"), naming no one. */
  private hasGenericTopic(sentence: string): boolean {
    const topic =
      this.japaneseTopic(sentence)
        ?.split(/[、「」]/u)
        .pop() ?? '';
    return this.words.genericSubjects.has(topic.slice(topic.lastIndexOf('の') + 1));
  }

  /**
   * "研究人员认为", "业内专家认为": a generic word that names no one itself (研究, a study; 业内, the trade) heading a noun
   * for a person names the people who speak. A generic word for people (很多人, 大家) with more after it stays generic.
   */
  private personOf(generic: string, clause: string): boolean {
    return clause.length > generic.length && ZH_PERSON_EPITHET.test(clause) && !ZH_PERSON_EPITHET.test(generic);
  }

  private stripJapaneseSubject(raw: string): string | null {
    let subject = raw.split(/[、「」]/u).pop() ?? '';
    const owner = subject.slice(0, Math.max(0, subject.lastIndexOf('の')));
    subject = subject.slice(subject.lastIndexOf('の') + 1);
    // "市デジタル統括本部の担当者": a role speaks for the organization before it; "研究所の試算": so does a document.
    if ((this.patterns.spokesRole.test(subject) || this.patterns.sourceDocument.test(subject)) && owner)
      subject = owner.slice(owner.lastIndexOf('の') + 1);
    // "チームを率いる石川亮": the name after a relative clause.
    subject = subject.replace(/^.*[るたい](?=[\p{sc=Han}\p{sc=Katakana}]{2,})/u, '');
    const title = this.patterns.titleAfterName.exec(subject);
    if (title && title.index >= 2) {
      this.speakerRole = title[0];
      subject = subject.slice(0, title.index);
      // "米半導体大手エヌビディアのジェンスン・フアンCEO": the titled person's organization, for a later "同社".
      const organization = owner.replace(/^.*(?:大手|傘下|子会社)/u, '');
      if (organization.length >= 2 && organization.length <= 15) this.rememberOrganization(organization);
    }
    const bare = subject.replace(this.patterns.honorificsAfterName, '');
    // "佐伯真理子教授は", "ジェンスン・フアンCEOは": a person named with a title or an honorific, whom a later "佐伯氏",
    // "フアン氏" means; shown by the full name, as a surname alone is shown in the spaced languages.
    const person = (title !== null && title.index >= 2) || bare !== subject;
    subject = bare;
    if (!subject) return null;
    if (person && subject.length >= 2 && subject.length <= 15 && !this.lexicon.organizationAnaphors.includes(subject))
      this.rememberPerson(subject);
    // "同社は…としている": the organization named before.
    if (this.lexicon.organizationAnaphors.includes(subject)) return this.lastOrganization ?? subject;
    if (this.words.personPronouns.has(subject)) return this.resolvePronoun(subject);
    if (subject.length > 15 || this.words.genericSubjects.has(subject)) return null;
    return this.canonical(subject);
  }
}
