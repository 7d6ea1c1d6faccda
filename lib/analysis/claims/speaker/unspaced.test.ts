import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
import { findClaims } from '../index';
import { segmentSentences } from '../segment';
import { SpeakerTracker } from './index';

function speakers(text: string, lang = 'zh'): Array<string | null> {
  const tracker = new SpeakerTracker(lexiconFor(lang), lang, true);
  return segmentSentences(text, lang).map((sentence) => tracker.speakerOf(sentence.text, sentence.block));
}

describe('Chinese speakers (UnspacedSpeakerReader)', () => {
  it('a clause opened by 根据 judges from a basis, which is no subject; after a subject it is how that subject judged', () => {
    expect(speakers('根据各变量的回归系数及其显著性水平判断，朋友社会地位对再就业起着显著的影响。')).toEqual([null]);
    expect(speakers('福山根据黑格尔的理论认为，人还有需要他人承认的需要。')).toEqual(['福山']);
  });

  it('倾向于 (tending to) before the verb is how the subject holds the view; 今天 before the subject is no part of it', () => {
    expect(speakers('王立群倾向于认为，这座古桥是明代修建的。')).toEqual(['王立群']);
    expect(speakers('今天我们倾向于认为，城市广场也属于公共建筑。')).toEqual([null]);
  });

  it('a pronoun before a modal adverb or 用 (using) is the subject; the instrument after 用 speaks nothing', () => {
    expect(speakers('王明研究岩画多年。\n\n他可能只是用手边的铅笔强调一下轮廓。')[1]).not.toBe('铅笔');
  });

  it('a clause closed by a locative or an aspect particle (山坡上布满了) is no speaker of the verb after it', () => {
    expect(speakers('山坡上布满了表示岩浆的斑点。')).toEqual([null]);
    expect(speakers('但仍可看出其肩胛骨上表示飞箭的两条直线。')).toEqual([null]);
  });

  it('a repeated name alone before the colon opening a sentence labels what follows as theirs', () => {
    expect(
      speakers('周立新多年研究古代钱币。\n\n周立新：“这些所谓的古钱币，其实都是近几年仿造出来的，不值一文。”'),
    ).toEqual([null, '周立新']);
    // A word before the colon that is no name repeated as one labels nobody.
    expect(speakers('会议决定如下：明年起各单位一律停止发放实物福利。')).toEqual([null]);
  });

  it('a list number opening the sentence ("(1)", "一、") is no part of the subject', () => {
    expect(speakers('(1)根据各变量的标准化回归系数判断，教育程度的影响最大。')).toEqual([null]);
    expect(speakers('(2)王明认为，这是对的。')).toEqual(['王明']);
  });

  it('称 in a word for a name or a grade ("职称", "尊称") says nothing', () => {
    expect(speakers('影响较显著的是职业的职称或技术级别和教育程度。')).toEqual([null]);
    expect(speakers('当地人尊称他为老神仙。')).toEqual([null]);
  });

  it('the text itself ("上面提到的", "本文指出") is the writer, no speaker', () => {
    expect(speakers('上面提到的这些变量中，影响最大的是朋友社会地位。')).toEqual([null]);
  });

  it('说 in 说明, 劝说, 不由分说, or negated, reports nobody', () => {
    expect(speakers('阴阳图也恰好说明了这点，阴代表能量，阳代表物质。')).toEqual([null]);
    // A statement given ("作了说明") is still the subject's.
    expect(speakers('会上，市政府的负责人作了说明。')).toEqual(['市政府']);
    expect(speakers('但孙启勤还是劝说女儿放弃了留学的计划。')).toEqual([null]);
    expect(speakers('不一会，他们去而复返，不由分说用手电筒向曾志伟打来。')).toEqual([null]);
    expect(speakers('假如让这些人挨上放、化疗，受罪不说，终将丧命。')).toEqual([null]);
  });

  it('"此举", "此事" are an act or a matter, not the one who spoke before', () => {
    expect(speakers('王明表示，公司将扩大投资。此举被认为是公司的重要之举。')).toEqual(['王明', null]);
  });

  it('a meeting is nobody 他 stands for', () => {
    expect(speakers('据会议透露的消息表明，化疗新药最受瞩目。在他看来，开胸不过像开阑尾一样。')).toEqual([
      '会议',
      null,
    ]);
  });

  it('how the subject spoke ("回答说", "回信说", "祷告说") is no part of its name', () => {
    expect(speakers('门房回答说：“我感谢神。”')).toEqual(['门房']);
    expect(speakers('王明说，公司很好。晚上又听他祷告说：“主啊，感谢你。”')).toEqual(['王明', '王明']);
  });

  it('补充 before a noun supplements something; before 说 or the words it adds to what was said', () => {
    expect(speakers('吉林省嫩江干流补充治理工程位于大安市。')).toEqual([null]);
    expect(speakers('王明补充说，公司很好。')).toEqual(['王明']);
  });

  it('a verb before 的 describes a noun; after 的 it is a noun, whose owner speaks only if a body or a person', () => {
    expect(speakers('你打开电视就能看到这个青涩女生眼神中透露的轻佻。')).toEqual([null]);
    expect(speakers('其四，比较乐观的判断出自中国人民银行统计司的一次调查。')).toEqual([null]);
    expect(speakers('对此广汽相关人士的解释是，“我们的出发点是商用车。”')).toEqual(['广汽']);
    expect(speakers('对此，广汽方面的回应是，“利用它的资源的可能性很大。”')).toEqual(['广汽']);
  });

  it('"说出" utters words, "夸张点说" puts it strongly: neither reports', () => {
    expect(speakers('马伊加说出这话两天之后，欧盟就对他实施制裁。')).toEqual([null]);
    expect(speakers('夸张点说，民间资本的一条活路是城市基础设施。')).toEqual([null]);
  });

  it('the writer opening a clause before what it speaks of is its subject, no speaker', () => {
    expect(speakers('今天，我们对大会的召开表示热烈祝贺！')).toEqual([null]);
  });

  it('those a subject hopes for are its object, not who holds the view', () => {
    expect(speakers('整张专辑的概念就像这个名字一样，希望听众在听完之后觉得新鲜。')).toEqual([null]);
  });

  it('a negation between the subject and its verb is no part of the subject; a side of a place is the place', () => {
    expect(speakers('王明说，公司很好。他不否认，很多会议他无力参加。')).toEqual(['王明', '王明']);
    expect(speakers('莫斯科那边不承认要入侵乌克兰。')).toEqual(['莫斯科']);
    expect(speakers('我不得不承认，这很难。')).toEqual([null]);
  });

  it('传说 (legend has it), 说不定 (perhaps), a guess after 据 and a verb after 是 name nobody', () => {
    expect(speakers('传说神从天上差两个天使到地上来。')).toEqual([null]);
    expect(speakers('她自己说不定都有点好奇了。')).toEqual([null]);
    expect(speakers('据推测，一场会议下来，费用很高。')).toEqual([null]);
    expect(speakers('一来可行性研究中的财务分析毕竟是预测性质的，与实际不同。')).toEqual([null]);
  });

  it('what the subject did before saying, after its listener, in a 把 clause or after its name, is no part of it', () => {
    expect(speakers('近日，河南师大宣传部向记者提供线索说，是《平原晚报》最先刊登此消息。')).toEqual([
      '河南师大宣传部',
    ]);
    expect(speakers('王明把门关上说，公司很好。')).toEqual(['王明']);
    expect(speakers('市委一把手说，公司很好。')).not.toEqual(['市委一']);
    expect(speakers('王明说，很好。王明点点头说，公司很好。')).toEqual(['王明', '王明']);
  });

  it('"有专家认为": somebody unnamed; "报纸说": the newspaper that spoke before', () => {
    expect(speakers('有专家认为，第一是商务楼的区位。')).toEqual([null]);
    expect(speakers('法国星期天报说，马克龙很好。报纸说，马伊加很好。')).toEqual(['法国星期天报', '法国星期天报']);
  });

  it('"报道还说" (the report also said): the publication that reported before, not a speaker called 报道', () => {
    expect(
      speakers(
        '2001年，《环球商报》的一篇文章报道说：这家工厂不再扩建。其中扩建一词加了引号。报道还说，工厂去年亏损了九百万元。',
      ),
    ).toEqual(['环球商报', null, '环球商报']);
    expect(speakers('据《南方晨刊》报道，这家工厂不再扩建。该报道还指出，工厂去年亏损了九百万元。')).toEqual([
      '南方晨刊',
      '南方晨刊',
    ]);
    expect(speakers('报道还说，工厂去年亏损了九百万元。')).toEqual([null]);
  });

  it('a publication in title marks reporting ("《东方晚报》报道说") is shown without the marks or the report', () => {
    expect(speakers('《东方晚报》报道说，市政协召开了会议。')).toEqual(['东方晚报']);
    expect(speakers('此后，《东方晚报》报道称，市政协召开了会议。')).toEqual(['东方晚报']);
    expect(speakers('《东方晚报》报道称，市政协召开了会议。该报称，会议开了三天。')).toEqual(['东方晚报', '东方晚报']);
  });

  it('a pronoun after a clause naming one person as its subject stands for that person', () => {
    expect(speakers('王明说，很好。电视剧的编剧朱耀廷一直关注考古消息，他认为，成吉思汗墓留下了蛛丝马迹。')).toEqual([
      '王明',
      '朱耀廷',
    ]);
  });

  it('an epithet set before one name stands for that person; before two, for no one of them', () => {
    expect(
      speakers(
        '来自泸州的个体老中医陈建民在玻璃房中禁食。主办方宣称，老中医禁食实践有人监控。老中医自称，体重为69公斤。',
      ),
    ).toEqual([null, '主办方', '陈建民']);
    expect(speakers('老中医陈建民禁食。老中医李四也来了。老中医自称，体重为69公斤。')).toEqual([null, null, '老中医']);
  });

  it('a body before 的 after 据 is the source, not a generic word before a name', () => {
    expect(speakers('据美国研究机构的最新统计，目前美国已有84万人在使用播客。')).toEqual(['美国研究机构']);
    expect(speakers('据第三方机构艾瑞咨询统计，市场很大。')).toEqual(['艾瑞咨询']);
  });

  it('where the subject spoke, before whom it spoke to, and "X这样的专家" (an expert such as X) leave the name', () => {
    expect(speakers('吸食毒品相当普遍，张曼玉在片中对她的儿子说：“父亲并不软弱，只是毒品太重要了。”')).toEqual([
      '张曼玉',
    ]);
    expect(speakers('汉森这样的专家认为，继续禁止饮酒并没有什么害处。')).toEqual(['汉森']);
    expect(speakers('像王明这样的专家认为，很好。')).toEqual(['王明']);
  });

  it('a manner adverbial in 地 is two characters (after a degree adverb or "X之"), leaving a three-character name whole', () => {
    expect(speakers('赵丽华高兴地表示，这是好事。')).toEqual(['赵丽华']);
    expect(speakers('王明很认真地说，这是好事。')).toEqual(['王明']);
    expect(speakers('昨日，办案人员肖冰言之确凿地告诉记者，这则广告违反了法律。')).toEqual(['肖冰']);
  });

  it('a clause opened by 进行 (carrying out an assessment) is a verb phrase, no subject', () => {
    expect(speakers('服务机构将了解并记录老年人的基本情况，进行入院前评估，初步判断其是否适合入住机构。')).toEqual([
      null,
    ]);
  });
});

describe('Chinese 将 as the object marker (lexicon disposalComplements)', () => {
  const kindOf = (text: string, fragment: string) =>
    findClaims(text, 'zh', { max: 20 }).find((claim) => claim.text.includes(fragment))?.kind;

  it('dividing, widening, adjusting, handing over or sending what follows 将 is no future', () => {
    const text =
      '我每年都能收到近千元压岁钱，我将压岁钱分成两部分，一部分用来交学费，另一部分归自己所有。' +
      '人力资本概念的出现突破了传统的物质资本概念，将资本扩展为一切可以带来价值增值的资源。' +
      '1994年初，上海城投出面，将延安东路隧道50％的股权转让给了中信泰富，这是TOT的首次实施。' +
      '专家认为，这座城市的新机场明年将成为全省最繁忙的航空枢纽之一。';
    expect(kindOf(text, '分成两部分')).not.toBe('prediction');
    expect(kindOf(text, '扩展为')).not.toBe('prediction');
    expect(kindOf(text, '转让给了')).not.toBe('prediction');
    expect(kindOf(text, '将成为')).toBe('prediction');
  });
});

describe('Chinese views (lexicon opinionMarkers)', () => {
  const kindOf = (text: string, fragment: string) =>
    findClaims(text, 'zh', { max: 20 }).find((claim) => claim.text.includes(fragment))?.kind;

  it('the writer\'s "in truth" (其实) and judging words (良好, 过于, 不道德) make a view', () => {
    const text =
      '其实这只是精明的商家在利用体育明星们的明星效应。' +
      '爱迪尔采用的是短车头设计，主视野良好，但A柱稍宽，转向时对驾驶员的视线稍有影响。' +
      '从社会的角度来说，这是不道德的和不美好的，这符合人的社会性。';
    expect(kindOf(text, '明星效应')).toBe('opinion');
    expect(kindOf(text, '主视野良好')).toBe('opinion');
    expect(kindOf(text, '不道德')).toBe('opinion');
  });

  it('the key (关键), an edge (优势) and certainty (肯定是) judge what they speak of', () => {
    const text =
      '成立现代汽车大厦和投资公司，实质上是现代汽车布下的一个关键棋子，试图合纵连横。' +
      '尾楼给人的直观感觉就是被人挑到最后剩下的，剩下的就是不好的，肯定是无利可图的。' +
      '周其仁观察到成为中国工业竞争力的成本优势正在发生变化。';
    expect(kindOf(text, '关键棋子')).toBe('opinion');
    expect(kindOf(text, '无利可图')).toBe('opinion');
    expect(kindOf(text, '成本优势')).toBe('opinion');
  });
});

describe('Chinese findings (lexicon findingVerbs) and 决定 as "determine"', () => {
  it('a person or body that found something, before 发现 and a comma or colon, speaks; a study alone or the writer does not', () => {
    expect(speakers('李简发现，从生命的曲线看，几乎是平行的。')).toEqual(['李简']);
    expect(speakers('托克维尔早就发现，美国人喜欢用利益的原则去解释他们的行动。')).toEqual(['托克维尔']);
    expect(speakers('首先，格拉诺维特曾在研究中发现：个人求职过程中真正有价值的信息往往来自熟人。')).toEqual([
      '格拉诺维特',
    ]);
    expect(speakers('中国社科院的一项调查发现，七成城市居民对收入不满意。')).toEqual(['中国社科院']);
    // What the finding says someone did ("受访者…表示乐观") is part of it, no one's speech.
    expect(speakers('研究发现，55.0％的受访者对未来精神状态表示乐观，充满了自信。')).toEqual([null]);
    expect(speakers('本次调查发现，负面情绪多集中在15岁年龄段儿童中。')).toEqual([null]);
    expect(speakers('采访中，我们发现，一项建筑工程往往要经过层层转包。')).toEqual([null]);
    // What one can see ("不难发现"), a study described by what it studied, or a finding inside a quotation names no finder.
    expect(speakers('不难发现，在发展重点上，跨国巨头推出的新车型扎堆。')).toEqual([null]);
    expect(speakers('一项对600名日本女性的调查发现，其中26%的人在过去一年里没有与丈夫发生过性关系。')).toEqual([null]);
    expect(speakers('“接触后发现，现代是希望商用车的全面合资合作。”')).toEqual([null]);
    // Finding an object, no comma after 发现: what happened, told by the writer.
    expect(speakers('在上周的军博展会上，汤先生夫妇发现了两个产权投资项目。')).toEqual([null]);
  });

  it('a share of those surveyed ("76.5％的孩子", "多数受访儿童") saying or thinking something is a survey result, no speaker', () => {
    expect(speakers('对这种说法，76.5％的孩子都表示非常同意。')).toEqual([null]);
    expect(speakers('总体说来，多数受访儿童对自己的父母表示满意。')).toEqual([null]);
    expect(speakers('近六成（59.0％）的受访者认为，家庭收入低会降低升学的可能性。')).toEqual([null]);
    // The people counted by what they said ("表示“有”的人") and "whether" (能否认同) speak for no one.
    expect(speakers('明确表示“没有”的占30.4％，少于表示“有”的人。')).toEqual([null]);
    expect(speakers('他们能否认同主流价值观念并健康成长，日益引起社会的关注。')).toEqual([null]);
    expect(speakers('贺一航说他不知道打他的人是谁。')).toEqual(['贺一航']);
    // A figure told before a named speaker's clause leaves the speaker.
    expect(speakers('公司去年利润增长了20％，董事长王明表示，今年还会更好。')).toEqual(['王明']);
  });

  it('决定 going on (决定着) or closing what it is determined by (由…决定。) makes no plan; 决定 + a verb phrase does', () => {
    const kindOf = (text: string, fragment: string) =>
      findClaims(text, 'zh', { max: 20 }).find((claim) => claim.text.includes(fragment))?.kind;
    const text =
      '班主任是儿童在学校接触最多的老师，班主任的一言一行有的时候决定着儿童的心理发展。' +
      '他的成绩几乎都是满分，他是否出国留学，完全由我们两个人的关系决定。' +
      '科技创新在经济发展中起决定作用。' +
      '公司董事会决定明年在上海新建一座工厂。' +
      '企业的竞争力是由技术创新能力所决定的。';
    expect(kindOf(text, '决定着')).toBe('fact');
    expect(kindOf(text, '关系决定')).toBe('opinion');
    expect(kindOf(text, '新建一座工厂')).toBe('plan');
  });

  it('a reprint notice is boilerplate, no claim', () => {
    const text =
      '根据《中华人民共和国著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。' +
      '何建栋说，这座温室一年的产值可达52万元。';
    expect(findClaims(text, 'zh', { max: 20 }).some((claim) => claim.text.includes('擅自转载'))).toBe(false);
  });
});

describe('Chinese speaker names without the words read on after them', () => {
  it('a manner adverbial in 地 after a titled name is no part of the name', () => {
    expect(speakers('谷歌总裁施密特乐观地表示，明年的广告收入还会增长。')).toEqual(['施密特']);
  });

  it('the 一 of 一直 after a titled name is no part of the name the pronoun after it stands for', () => {
    expect(speakers('电视剧《长河》的编剧林海涛一直关注古城的保护，他认为，老街区不应整体拆除。')).toEqual(['林海涛']);
  });

  it('a titled name of two characters ends before 一直, which is read as an adverb, not as the name and a 一', () => {
    expect(speakers('电视剧的编剧王涛一直关注古城的保护，他认为，老街区不应整体拆除。')).toEqual(['王涛']);
  });

  it('曾经 (once) after a name is no part of it', () => {
    expect(speakers('布鲁诺曾经指出：城市的边界总在变化。')).toEqual(['布鲁诺']);
  });

  it('the day a source reported on is no part of the source', () => {
    expect(speakers('据法国《世界报》7日报道，巴黎今年的游客人数创下新高。')).toEqual(['世界报']);
  });

  it('the first of a name and others (等, 等人) is shown, without an adverb after them (逐一)', () => {
    expect(speakers('帕特南等曾指出，社区的信任会随人口流动而减弱。')).toEqual(['帕特南']);
    expect(speakers('历史学家范文澜等人逐一证实了这些年代的错误。')).toEqual(['范文澜']);
  });

  it('a role noun before a name is the role; the name is the speaker', () => {
    const tracker = new SpeakerTracker(lexiconFor('zh'), 'zh', true);
    expect(tracker.speakerOf('“三个月后，这批树苗就可以移栽到山坡上了。”园艺专家周振华说。', 0)).toBe('周振华');
    expect(tracker.speakerRole).toBe('园艺专家');
    // A role alone, or a group of them, is no name.
    expect(speakers('园艺专家说，树苗要浇透水。')).toEqual(['园艺专家']);
  });
});

describe('Japanese studies (lexicon conductedStudies)', () => {
  it('who carried out a survey is the source of what it found, and of the share that answered in the next sentence', () => {
    expect(
      speakers(
        'トレンドマイクロが利用経験がある人に実施した調査では、回答者の約85％が「見分けられない」と回答。さらに、約65％が利用に不安を感じていると回答している。',
        'ja',
      ),
    ).toEqual(['トレンドマイクロ', 'トレンドマイクロ']);
    expect(speakers('総務省が実施した調査によると、利用者の約6割が不安を感じている。', 'ja')).toEqual(['総務省']);
  });
});

describe('Chinese generic words and groups as subjects', () => {
  it('a generic word that names no one (研究, a study) heading a noun for a person names the people who speak', () => {
    expect(speakers('研究人员认为，这与对学生的评价过于看重学习成绩有关。')).toEqual(['研究人员']);
    expect(speakers('研究表明，这与学习成绩有关。')).toEqual([null]);
    expect(speakers('很多人士认为，这与学习成绩有关。')).toEqual([null]);
  });

  it('a quotation standing alone after a paragraph naming one person who spoke earlier, nobody speaking near it, is theirs', () => {
    const tracker = new SpeakerTracker(lexiconFor('zh'), 'zh', true);
    const paragraphs = [
      '郭荣梅说，乐团很好。',
      '乐团有二十人。',
      '乐团在省赛中拿了奖。',
      '在郭荣梅的叙述中，她和学生相处时，做得最多的一件事，就是鼓励学生。',
      '“每一个孩子都是需要被认同的，你不断地去肯定他。”',
    ];
    expect(paragraphs.map((text, block) => tracker.speakerOf(text, block)).at(-1)).toBe('郭荣梅');
    // A quotation the paragraph goes on after is attributed there; a person who never spoke is not taken.
    const after = new SpeakerTracker(lexiconFor('zh'), 'zh', true);
    paragraphs.slice(0, 4).forEach((text, block) => after.speakerOf(text, block));
    expect(after.speakerOf(paragraphs[4]!, 4, '有关人士称，乐团很好。')).toBe(null);
    const unspoken = new SpeakerTracker(lexiconFor('zh'), 'zh', true);
    const byline = ['本报记者马俊峰/文', '“你是不知道，那种成就感，真的太棒了！”'];
    expect(byline.map((text, block) => unspoken.speakerOf(text, block)).at(-1)).toBe(null);
  });

  it('a name set one space between characters is one name; the couple after a name (夫妇) is that person', () => {
    expect(speakers('乔 冠 华夫妇曾一再向萧乾表示，希望解放后他就跟着他们俩去北平。')).toEqual(['乔冠华']);
    expect(speakers('新华社北京3月5日电 王明说，希望去北平。')).toEqual(['王明']);
  });

  it('"该群体" (this group) is those described, not the one who spoke before', () => {
    expect(speakers('王明说，很好。大约占总体的21.3％，该群体认为成功就是一生了无遗憾。')).toEqual(['王明', null]);
  });

  it('a subject holding a modal (必须, 可能, 并不会, 偶尔会) is a cut verb phrase, no speaker; a body named with 会 is one', () => {
    expect(speakers('罢工者并不会因此认为工厂是对的。')).toEqual([null]);
    expect(speakers('木雕的纹路极可能表示这是一件祭祀用品。')).toEqual([null]);
    expect(speakers('必须承认，这个办法有效。')).toEqual([null]);
    expect(speakers('到了晚年，他们偶尔会回忆起在乡下度过的日子。')).toEqual([null]);
    expect(speakers('国家能源局称，明年的电价不会上涨。')).toEqual(['国家能源局']);
    expect(speakers('市政府表示，将会加快审批。')).toEqual(['市政府']);
  });

  it('a conjunction (与其, 以及) closing the subject, a placeholder name (张三) or a theory (理论) speaks for no one', () => {
    expect(speakers('与其说这是失败，不如说这是教训。')).toEqual([null]);
    expect(speakers('张三说，他明天不来了。')).toEqual([null]);
    expect(speakers('理论认为，市场会自己调节。')).toEqual([null]);
  });

  it('据说 (reportedly) and 据悉 open no source', () => {
    expect(speakers('它代表着山神，据说是老虎，是祭祀时戴的。')).toEqual([null]);
  });

  it('称得上, 称不上 (qualifies as) report nothing, so the noun before them is no speaker', () => {
    expect(speakers('这座石桥的造型还称得上精巧。')).toEqual([null]);
    expect(speakers('这次改版称不上成功。')).toEqual([null]);
  });

  it('a subject closing a title or a parenthesis it never opened is the tail of a cut sentence, no speaker', () => {
    expect(speakers('机器与人的未来》指出，机器不会取代人。')).toEqual([null]);
    expect(speakers('《晨光日报》指出，机器不会取代人。')).toEqual(['晨光日报']);
  });

  it('a subject opening with 的 after a quoted name ("“晨星”的人") names no one', () => {
    expect(speakers('他去退货时，“晨星”的人声称，他们已经买通了记者。')).toEqual([null]);
  });
});
