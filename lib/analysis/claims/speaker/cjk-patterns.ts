/**
 * "向本报记者", "对媒体": the listener between a Chinese subject and its verb, and what the subject did for it before
 * saying ("向记者提供线索说", "向记者出示证据说"): 记者 there is who heard, no title of a name after it.
 */
export const ZH_TOLD_TO = /(?<=.)(向|对|對|跟)[\p{sc=Han}]{0,4}?(记者|記者|媒体|媒體)[\p{sc=Han}]{0,4}$/u;

/**
 * "他对作者", "王教授对此", "勃烈日涅夫对自己的弟弟", "肖冰对吕姓消费者的一些行径": whom (or what) the subject speaks to or
 * of, right before the verb, with whose they are ("自己的", "他的"). After a pronoun or a
 * subject of two characters or more, so that a name holding 向 or 对 ("刘向东") is kept whole.
 */
export const ZH_LISTENER =
  /(?<=^(?:他|她|他们|她們|他們|她们|[\p{sc=Han}]{2,}))(向|对|對|跟)(?:[\p{sc=Han}]{1,8}的)?[\p{sc=Han}]{1,4}$/u;

/** "一位名叫瓦连京·图尔钦的异议人士", "名为张三的男子": someone described by the name they go by (group 1). */
export const ZH_NAMED_AS = /(?:名叫|名为|名為|叫做|名字叫)([\p{sc=Han}]{2,4}|[\p{sc=Han}]{1,4}·[\p{sc=Han}·]{1,10})的/u;

/**
 * "周其仁从深圳带回来的资料显示，…", "国家统计局发布的数据显示": what a document shows, and whose it is, in the clause
 * before 的 (group 1): the one who brought, sent or issued it.
 */
export const ZH_DOCUMENT_SHOWS =
  /(?:^|[，,：:；;])([^，,。：:；;“”「」]{2,30}?)的(?:最新)?(?:资料|資料|数据|數據|报告|報告|调查|調查|统计|統計)(?:结果|結果)?(?:显示|顯示|表明)/u;

/** "宋国青教授通过分析国家统计局的数据": by what means the subject came to say it, after their name. */
export const ZH_MEANS = /(?<=.)(通过|通過|透过|透過)[^，,。]{1,24}$/u;

/** "接受记者采访时", "在接受《财经》采访时": the interview in which the subject spoke, after their name. */
export const ZH_INTERVIEWED = /(?<=.)(在)?接受[\p{sc=Han}《》]{0,10}?(采访|採訪)(时|時)?$/u;

/** "武汉市工商局有关负责人", "上海汇达丰律师事务所有关律师": a body, then someone unnamed who speaks for it. */
export const ZH_RELATED_PERSON = /^(.{2,16}?)(有关|有關|相关|相關)(负责人|負責人|人士|律师|律師|官员|官員|人员|人員)$/u;

/**
 * "杭州市建筑质量和安全总站一位负责人", "中心的一位女士", "工商局一女性工作人员": one unnamed member (a role, or only a
 * woman or a man) speaking for the body named right before (group 1); with 的
 * between them (group 2) the words before may be a clause ("接近参与谈判的一位人士", someone close to the talks).
 */
export const ZH_MEMBER_OF =
  /^(.{2,16}?)(的)?(?:一位|一名|一)(?:女性|男性)?(?:负责人|負責人|官员|官員|人士|工作人员|工作人員|发言人|發言人|女士|男士)$/u;

/**
 * "国家中医药管理局的官员", "发电厂有限公司的人士": a body (group 1), 的, then someone unnamed who speaks for it; the body must
 * look like one (see `ORG_SUFFIX`), as "接近谈判的人士" has a clause there.
 */
export const ZH_SPOKESPERSON_OF = /^(.{2,20}?)的(?:负责人|負責人|官员|官員|人士|工作人员|工作人員|发言人|發言人)$/u;

/**
 * "刘天模教授(重庆大学材料科学系)：", "张宝慧(运动医学专家)：": a name heading what follows, with a title after it and a gloss
 * of who they are in brackets (group 1 the name and title, group 2 the gloss), as experts are quoted in a round-up.
 */
export const ZH_HEADING_NAME = /^\s*([\p{sc=Han}·]{2,8})[(（]([^()（）：:]{2,40})[)）][：:]\s*\S/u;

/**
 * The writer in the first person opening a subject ("我们认为", "我也不认为"); not "我国", "我省" (our country's, our
 * province's bodies), which the lexicon's `writerPronouns.lookAlikes` list.
 */
export const ZH_WRITER = /^(?:我|咱|笔者|筆者)/u;

/**
 * "记者从上海昆剧团获悉", "记者近日从…农业农村厅召开的…会议上了解到": the body the reporter learnt it from (group 1), who is
 * then its source; the meeting it held is where.
 */
export const ZH_LEARNT_FROM =
  /(?:记者|記者|本报|本報)[^，,。：:“”「」]{0,6}?(?:从|從)([^，,。：:“”「」]{2,30}?)(?:召开的[^，,。：:“”「」]{0,30}?[上中])?(?:获悉|獲悉|了解到|得知|获知|獲知)/u;

/**
 * "记者从中国新闻网科教频道注意到一则…的消息", "记者从网上看到这则报道": where the reporter came upon a news item (group 1),
 * which a later "该消息称" cites.
 */
export const ZH_NEWS_SEEN_FROM =
  /(?:从|從)([^，,。：:“”「」]{2,20}?)(?:注意到|看到|读到|讀到|获悉|獲悉|得知|了解到)[^，,。：:]{0,60}?(?:消息|报道|報導|新闻|新聞)/u;

/** "该消息", "这则报道": a news item named before, standing as the subject of what it says. */
export const ZH_NEWS_ANAPHOR = /^(?:该|該|此|这则|這則|这条|這條|这篇|這篇)(?:消息|报道|報導|新闻|新聞)$/u;

/**
 * A share of a group surveyed ("76.5％的孩子", "近六成（59.0％）的受访者", "多数受访儿童", "三分之一的", "約65％が", "6割が"):
 * what that share says or thinks (表示, 认为, と回答) is a survey's result, no one's statement.
 */
export const SURVEYED_SHARE =
  /(?:[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]|[一二三四五六七八九十]成|[0-9０-９一二三四五六七八九十]+割|多数|多數|半数|半數|过半|過半|少数|少數|[一二三四五六七八九十]分之[一二三四五六七八九十])/u;

/**
 * The rest of a clause after a verb of saying that makes it describe people counted ("表示“有”的人",
 * "表示“非常满意”的人数超过一半", "…的受访儿童共占三分之一").
 */
export const ZH_SAID_BY_COUNTED =
  /^(?:自己)?(?:“[^”]{1,24}”|[^，,。；;：:“”的他她我你]{0,6})的(?:人|者|占|比例|比重|受访|受訪|学生|學生|孩子|儿童|兒童|家长|家長)/u;

/**
 * Openings of a Chinese clause that is no subject: a prepositional adverbial, the reporter who writes, or a guess
 * ("据推测", "据估计": by guess, no one's).
 */
export const ZH_NO_SUBJECT =
  /^(除了|除|从|從|对于|對於|关于|關於|至于|至於|记者|記者|本报|本報|有关|有關|相关|相關|推测|推測|估计|估計)/u;

/** "在发布会上", "在記者會中": where the subject spoke, after their name. */
export const ZH_SETTING = /(在|於|于)[^在於于]{1,14}(时候|時候|上|中|时|時|里|裡|后|後)$/u;

/** "王剑锋讲话中指出", "他在致辞时表示": the speech the subject spoke in, after their name, with or without "在". */
export const ZH_IN_SPEECH = /(?<=.{2})(讲话|講話|发言|發言|致辞|致辭)(中|时|時)$/u;

/** A date opening a Chinese clause ("7月11日他在…", "2022年江苏省政府工作报告"): when the subject spoke, not who. */
export const ZH_DATE = /^(?:(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{4}年(?:\d{1,2}月)?)/u;

/** Titles written after a Chinese name ("洪友廉教授"): the name is the speaker, the title its role. */
export const ZH_TITLE_AFTER_NAME =
  /^([\p{sc=Han}·]{2,4}?)(教授|博士|先生|女士|小姐|律师|律師|医生|醫生|研究员|研究員|院士)$/u;

/** "X的一篇文章", "X的最新报告": a document of X, who then holds what it says. */
export const ZH_DOCUMENT_OF =
  /^(.{2,14}?)的(?:一篇|一份|一则|一則|一项|一項|最新)?(?:研究报告|研究報告|调查报告|調查報告|文章|报道|報導|报告|報告|研究|调查|調查|声明|聲明)(?:报道|報導|中)?$/u;

/**
 * "对…来说", "比如说", "可以说": 说 inside a phrase that reports nobody's words (so are "说服", "说法" after it); so do
 * "不论怎么说" (whatever one says), "为什么说" (why say), "所说的" (what is meant by) and "更不要说", "不用说", "更别说"
 * (let alone, needless to say). So do the hedges "照理说" / "按理说" (by rights), "大体上说" / "基本上说" / "原则上说"
 * (broadly, basically, in principle: 上 after one of these words, not "他在会上说", at the meeting), "据说" (it is said:
 * hearsay, no speaker), and a modal right before 说: "不能说", "可以说", "应该说", "不得不说", "很难说", "不敢说"
 * (one cannot, may, should, must say; hard to say): what one could say, not what anyone said. 说 closes a word of
 * its own in "劝说", "游说" (persuade, lobby), "演说", "学说", "小说" (a speech, a theory, a novel: "发表演说") and
 * "不由分说" (without a word); and one not saying ("他没说", "受罪不说": let alone the suffering) says nothing; nor does
 * "夸张点说", "简单点说" (to put it strongly, simply) or "传说" (legend has it).
 */
export const ZH_NOT_SPEECH =
  /(来|來|如|是|话|話|再|虽|雖|听|聽|一|以|怎么|怎麼|什么|什麼|所|不要|不用|不必|别|別|照理|按理|据|據|劝|勸|游|遊|演|学|學|小|不由分|不|没|沒|未|点|點|传|傳|(?:大体|大體|总体|總體|整体|整體|基本|原则|原則|本质|本質|理论|理論|事实|事實|实际|實際|表面|程度|意义|意義)上|能|应该|應該|应当|應當|不得不|难|難|敢|必须|必須)$/u;

/** "丹尼尔·霍特(Daniel Huot)": a name's spelling in Latin letters in parentheses, a gloss of the name before it. */
export const LATIN_GLOSS = /[(（][\p{sc=Latin}\s.'’-]{1,40}[)）]/gu;

/**
 * Characters before 称 that make it "called" ("俗称", "号称", "简称", "或称", "被称为", "尊称", "戏称"), not "said"; or a word
 * of its own ("匀称", "对称", "相称": well-proportioned, symmetrical, matching; "职称", a professional grade; "以…著称", known
 * for).
 */
export const ZH_NAMING =
  /(俗|号|號|堪|简|簡|又|或|被|人|统|統|名|昵|暱|并|並|合|匀|勻|对|對|相|职|職|尊|泛|通|爱|愛|敬|谦|謙|戏|戲|代|著)$/u;

/** Characters after 称 that make it a word of its own ("称赞", "称呼", "称号", "称做", "称道": praise, a name, call). */
export const ZH_NAMING_AFTER = /^(赞|讚|呼|号|號|作|做|为|為|道|之|职|職|颂|頌|心|霸)/u;

/**
 * "应该说", "因此说", "总之说" opening a clause: the writer's "one should say", "so to speak", "in short", no one's
 * words.
 */
export const ZH_SAYING_PHRASE = /(?:^|[，,。；;：:])\s*(?:应该|應該|因此|总之|總之|总的来|總的來)$/u;

/**
 * A subject marked by は or が before the verb (group 1): the sentence names who speaks, even if nobody
 * in particular. は may be followed by an adverb ("フアン氏はまた、"), not by the rest of a word.
 */
export const JA_TOPIC =
  /^([^「」。]{1,50}?)(?:は|が)(?:(?=(?:また|さらに|まず|すでに|これまで|かねて|改めて|この|その|同日)[、,]?)|(?!\p{sc=Hiragana}))/u;

/** Endings of Chinese and Japanese organization names ("工信部", "省委宣传部", "国家统计局"). */
export const ORG_SUFFIX = /(部|局|厅|廳|委|委员会|委員會|院|公司|集团|集團|协会|協會|银行|銀行|政府|社|省|庁|機構)$/u;

/**
 * What 他 or 她 can stand for when it is not known as a person: a name's shape, two or three characters (a surname and
 * a given name) or a transliteration with its dot, not a demonstrative phrase ("这些产品"), a group ("蒙古人", "家人",
 * "他们"), a body ("国家专利局", "市政府", "研究所") or a meeting ("会议": "据会议透露…", then "他说" is no meeting's). A
 * fragment of a clause ("裂缝形貌推测", "提供线索") is longer.
 */
export const ZH_PERSON_SHAPED =
  /^(?:[\p{sc=Han}]{1,4}·[\p{sc=Han}·]{1,10}|(?![这這那该該此有每各本])[\p{sc=Han}]{2,3}(?<![人们們部局委院厅廳社司团團会會议議报報府所校组組队隊厂廠网網处處]))$/u;

/**
 * A pronoun (group 1), then only how or when it spoke: a manner adverbial in 地 ("他感慨万千地") or an adverb of
 * manner or time and what it did meanwhile ("他突然扬起眉毛", "她笑着").
 */
export const ZH_PRONOUN_MANNER =
  /^(他们|她们|他們|她們|他|她)(?:[\p{sc=Han}]{1,8}地|(?:突然|忽然|当即|當即|随即|隨即|立即|马上|馬上|不禁|笑着|笑著|连忙|連忙|激动|激動|感慨|认真|認真|坦然|平静|平靜|自豪|无奈|無奈|淡淡)[^，,。：:“”「」]{0,8})$/u;

/** A Chinese organization opening a clause as its subject, before its verb. */
export const ZH_ORG_SUBJECT =
  /^([\p{sc=Han}]{1,10}?(?:部|局|厅|廳|委员会|委員會|公司|集团|集團|协会|協會|银行|銀行|政府))(?=[\p{sc=Han}])(?!的)/u;

/** "在郭荣梅看来，…", "在他眼中，": in whose view the sentence is given (group 1), opening it or after a first clause. */
export const ZH_VIEW_OF = /(?:^|[，,])在([^，,。“”「」]{1,16}?)(?:的)?(?:看来|看來|眼中|眼里|眼裡)[，,]?/u;

/**
 * "正如诺斯所说：", "如王明所言，", "用今夕的话说：": as someone said (group 1), in someone's words (group 2), opening a
 * clause: what the sentence gives is theirs.
 */
export const ZH_AS_SAID_BY =
  /(?:^|[，,。；;：:])(?:而|但|就|也)?(?:正如|正像|诚如|誠如|恰如|如同|如)([^，,。；;：:“”「」"]{1,16}?)(?:所说|所說|所言|所讲|所講)|(?:^|[，,。；;：:])(?:而|但|就|也)?(?:用|借用)([^，,。；;：:“”「」"]{1,16}?)的(?:话|話)(?:来|來)?(?:说|說|讲|講)/u;

/** "告诉半月谈记者", "告訴本報記者": telling a reporter of any outlet reports what follows. */
export const ZH_TOLD_REPORTER = /(?:告诉|告訴)[^，,。：:“”「」]{0,14}?(?:记者|記者)/gu;

/**
 * A Chinese clause before a verb that names nobody who says it: a condition ("如果人们认为") or a cause ("因为Coco说要…":
 * the writer's reason, no report), a demonstrative heading a relative clause ("那些声称…的人"), a causative whose object
 * is made to act ("他要让病人说话"), a modal alone ("不得不承认"), worth it ("根本不值得相信": not worth believing), the
 * writer's "personally" ("个人认为"), most of a group ("他们多表示", "她们大多认为"), no one of them, or the text itself
 * ("上面提到的", "本文指出": the writer's own words, above or here).
 */
export const ZH_NO_SPEAKER =
  /^(?:如果|假如|假若|要是|倘若|若是|因为|因為|由于|由於)|^(?:那些|这些|這些|不得不|不能不|个人|個人|(?:他们|她们|他們|她們)(?:多|大多|大都|多数|多數)|上面|上文|前面|前文|以上|下面|下文|本文)$|.(?:让|讓).|值得$/u;

/** The writer opening a clause, then what it speaks of or where ("我们对大会的召开", "我在会上"): group 1. */
export const ZH_WRITER_OPENING = /^(我们|我們|咱们|咱們|我|咱|笔者|筆者)(?=对|對|向|在|于|於)/u;

/**
 * What a Chinese name or body never holds, so a subject left holding it is a cut verb phrase, not a speaker: a
 * demonstrative, an adverb or a causative between the subject and its verb ("我们就", "这真可", "让人", "马上"), an
 * adverb of time ("据媒体后来证实", "在会议文件中已经指出", "随后的事态发展证实"), a conjunction or purpose ("或者", "为了"),
 * or a verb of its own ("推测", "拒绝", "提供线索"; "希望听众…觉得": those hoped for are its object; "财务分析毕竟是预测
 * 性质的": 是 before the verb makes it a noun).
 */
export const ZH_NOT_A_NAME =
  /就|却|卻|都|很|让|讓|把|给|給|这|這|那么|那麼|那样|那樣|那我|或者|为了|為了|如此|马上|馬上|简直|簡直|正好|推测|推測|拒绝|拒絕|可以|只好|提供|真有|总要|總要|为自己|為自己|使我|我要|已经|已經|后来|後來|随后|隨後|希望|是|^进行|^進行|^其中$/u;

/** "(1)", "②", "一、", "3." opening a list item: its number, no part of the subject after it. */
export const ZH_LIST_MARKER =
  /^(?:[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳]|[0-9０-９一二三四五六七八九十]{1,3}[、.．](?![0-9０-９]))/u;

/**
 * What follows 说 that makes a word of it: "说服" (persuade), "说法" (a version), "说起" (speaking of), "说明" (shows,
 * explains: "阴阳图也恰好说明了这点", "这说明…", whose subject is a fact or a figure, not a speaker), "说出" (utters:
 * "马伊加说出这话两天之后", the words themselves, not what they said), "说不定" (perhaps), "说来" ("总体说来": on the
 * whole).
 */
export const ZH_SAY_COMPOUND = /^(服|法|起|明|出|不定|来|來)/u;

/** "作了说明", "进行说明": a statement given, a noun after a verb of doing; the subject before it spoke. */
export const ZH_GAVE_STATEMENT = /(?<=.{2})(作了|做了|作|做|进行|進行)$/u;

/** What follows 补充 when it adds to what was said: a break, a colon or quotation, or 说 / 道 / 称 / 表示 / 指出. */
export const ZH_ADDING_WORDS = /^\s*(?:[，,：:“「]|说|說|道|称|稱|表示|指出)/u;

/**
 * "回答", "回信", "祷告", "笑着", "低声": how the subject spoke, right before 说 or another verb of saying, after the
 * subject itself.
 */
export const ZH_SPEAKING_MANNER =
  /(?<=.)(回答|回信|来信|來信|写信|寫信|祷告|禱告|笑着|笑著|大声|大聲|高声|高聲|低声|低聲|小声|小聲|轻声|輕聲)$/u;

/** A negation between a subject and its verb ("他不相信", "他不否认"): no part of the subject. Not "不得不", "不能不". */
export const ZH_NEGATION = /(?<=.)(?<!得|能)(并不|並不|从不|從不|没有|沒有|不|没|沒|未曾|未)$/u;

/** "广汽方面", "莫斯科那边": the side of a body or a place, after its name, is that body or place. */
export const ZH_SIDE = /(?<=.{2})(方面|那边|那邊|这边|這邊)$/u;

/**
 * A Chinese name opening with one of the commonest surnames (simplified and traditional), for telling a name written
 * after an epithet ("老中医陈建民") from a verb or a time after a subject ("王明表示", "王明今天").
 */
export const ZH_SURNAME_OPENING =
  /^[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯][\p{sc=Han}]/u;

/**
 * Two-character words opening a predicate right after a subject: verbs of seeming and feeling ("显得", "感到") and
 * adverbs of degree, time and repetition ("颇为", "一直", "首度"). A name after a title ends before one.
 */
export const ZH_PREDICATE_OPENING =
  /^(?:显得|顯得|觉得|覺得|感到|感觉|感覺|似乎|仿佛|彷彿|好像|颇为|頗為|颇感|頗感|十分|非常|特别|特別|显然|顯然|正在|一直|依然|仍然|曾经|曾經|已经|已經|早已|早就|再次|首度|首次|随即|隨即|当即|當即|同样|同樣|始终|始終)/u;

/**
 * "胡先生看完这则报道后当即肯定地说": a surname (group 1) with a title after it (group 2), opening a subject; what follows
 * (group 3) is what they did before speaking.
 */
export const ZH_SURNAME_TITLED = /^(\p{sc=Han})(先生|女士|小姐|教授|博士|律师|律師|医生|醫生)([^的和与與及、]{0,12})$/u;

/** The end of an epithet for a person ("老中医", "老人", "小伙子", "女教师"): a noun for someone by trade or kind. */
export const ZH_PERSON_EPITHET = /[医醫师師者员員长長生家士官匠工人手女男子]$/u;

/**
 * A manner adverbial in 地 after the subject ("赵丽华高兴地", "王慧杰动情地", "肖冰言之确凿地"): two characters, after a
 * degree adverb ("很认真地") or a classical "X之" ("言之确凿地") at most. Read as any one to three characters, it took
 * the last character of a three-character name ("赵丽华高兴地" read 赵丽).
 */
export const ZH_MANNER_ADVERBIAL =
  /(?:很|非常|十分|特别|特別|格外|颇为|頗為|更加|有些|有点|有點|极为|極為|毫不|[\p{sc=Han}]之)?[\p{sc=Han}]{2}地$/u;

/**
 * A date or a day closing a Chinese subject ("《卫报》4日报道", "新华社3月5日电", "他昨天表示"): when it spoke, not who.
 */
export const ZH_DATE_AFTER_SUBJECT =
  /(?<=.{2})(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$|(?<=.{2})(?:今天|昨天|前天|当天|當天|日前|近日|今日|昨日)$/u;

/**
 * A role noun before a name (group 1: "技术专家", "老中医", "女教师"), ending as a noun for someone by trade or kind does
 * (`ZH_PERSON_EPITHET`), then a name of two or three characters opening with a common surname (group 2).
 */
export const ZH_ROLE_BEFORE_NAME =
  /^([\p{sc=Han}]{1,7}[医醫师師者员員长長生家士官匠工人手女男子])([\p{sc=Han}]{2,3})$/u;

/**
 * "科尔曼等", "叶永烈等人", "乔冠华夫妇": a name and others (等, 等人) or the named person's couple (夫妇) after it, closing
 * a subject of two characters or more.
 */
export const ZH_AND_OTHERS = /(?<=[\p{sc=Han}·]{2})(等人|等|夫妇|夫婦|夫妻)$/u;

/**
 * "自治区财政厅传出最新消息：", "市政府发布消息，": who released the news (group 1, the clause before the verb), then what
 * the news is after a colon or a comma.
 */
export const ZH_NEWS_RELEASED =
  /(?:^|[，,。；;])([^，,。：:；;“”「」]{2,24}?)(?:传出|傳出|发布|發布|公布|发出|發出)了?(?:最新|一则|一則|一条|一條)?消息[：:，,]/u;
