import { describe, expect, it } from 'vitest';
import { speakersByParagraph } from './speakers-of-paragraphs';

describe('Chinese speakers quoted "as they said"', () => {
  it('正如 X 所说, 用 X 的话说: the sentence gives X’s words', () => {
    expect(
      speakersByParagraph(
        ['而正如诺斯所说：“几乎任何制度都要好于无制度”，因为人们不可能在完全无制度的条件下生活。'],
        'zh',
      ),
    ).toEqual(['诺斯']);
    expect(speakersByParagraph(['用今夕的话说：爱和婚姻是两个人的，要从开始就养成习惯。'], 'zh')).toEqual(['今夕']);
  });

  it('the writer, the text itself, people in general and a saying are nobody quoted', () => {
    expect(speakersByParagraph(['正如我们所说，这个问题很复杂。'], 'zh')).toEqual([null]);
    expect(speakersByParagraph(['正如前文所说，这个问题很复杂。'], 'zh')).toEqual([null]);
    expect(speakersByParagraph(['正如人们所说，这个问题很复杂。'], 'zh')).toEqual([null]);
    expect(speakersByParagraph(['正如俗话所说，这个问题很复杂。'], 'zh')).toEqual([null]);
  });
});

describe('Japanese としている after a generic topic', () => {
  it('users (利用者は) are what the source reports on, not who says it: the source before goes on', () => {
    expect(
      speakersByParagraph(
        [
          'トレンドマイクロは3月9日、新しいアプリの発売を開始すると発表した。',
          'フリーWi-Fiの利用者も増加している。',
          'また、利用者は、接続する前に安全性を確認するのは難しい状況だとしている。',
        ],
        'ja',
      ),
    ).toEqual(['トレンドマイクロ', null, 'トレンドマイクロ']);
  });

  it('with no source before, a generic topic is no one', () => {
    expect(speakersByParagraph(['利用者は、安全性を確認するのは難しいとしている。'], 'ja')).toEqual([null]);
  });
});

describe('Chinese pronouns opening a sentence', () => {
  it('他 opening a sentence is the one person the sentence before it in the paragraph named', () => {
    expect(
      speakersByParagraph(
        [
          '方舟子表示，这些产品都是骗局。',
          '陈昌国说，这是一次成功的试验。',
          '著名的科技打假人士方舟子一直强烈抨击太空食品。他告诉记者，太空诱变没有优势。',
        ],
        'zh',
      ),
    ).toEqual(['方舟子', '陈昌国', null, '方舟子']);
  });
});

describe('Chinese subjects with what closes them in the news', () => {
  it('昨 (yesterday) after the subject is no part of it', () => {
    expect(
      speakersByParagraph(['上海市工商局一女性工作人员昨也向记者证实，到目前为止，没有接到查处的通知。'], 'zh'),
    ).toEqual(['上海市工商局']);
  });

  it('an astronaut’s title before the name is their role', () => {
    expect(
      speakersByParagraph(['前NASA宇航员巴兹·奥尔德林(Buzz Aldrin)在采访中表示，他喝了少量葡萄酒。'], 'zh'),
    ).toEqual(['巴兹·奥尔德林']);
  });

  it('a company’s full name, longer than a person’s, is still the subject', () => {
    expect(speakersByParagraph(['其所在的海南星人永动机发电厂有限公司称，将建设一座发电厂。'], 'zh')).toEqual([
      '海南星人永动机发电厂有限公司',
    ]);
  });

  it('a publication in 《》 that reported is the sentence’s source', () => {
    expect(speakersByParagraph(['《天府早报》报道，12月16日，获奖者高某举行了一场汇报会。'], 'zh')).toEqual([
      '天府早报',
    ]);
  });
});

describe('Chinese news released by a body', () => {
  it('"X传出最新消息：" gives X what follows', () => {
    expect(
      speakersByParagraph(['自治区财政厅传出最新消息：2022年伊始，自治区决定延续5项税收优惠政策。'], 'zh'),
    ).toEqual(['自治区财政厅']);
    expect(speakersByParagraph(['昨天，市政府发布消息，全市中小学将推迟开学。'], 'zh')).toEqual(['市政府']);
  });

  it('news heard of, or released by no body named, is no one’s', () => {
    expect(speakersByParagraph(['听到胡耀邦去世的消息，我顿时醒过来。'], 'zh')).toEqual([null]);
    expect(speakersByParagraph(['网上传出消息，这家店下月关门。'], 'zh')).toEqual([null]);
  });
});

describe('Chinese institutions speaking of themselves', () => {
  it('本院 in a judgment is the court named before', () => {
    expect(
      speakersByParagraph(
        ['此事有《湖南省邵阳市中级人民法院刑事判决书》记录在案。', '「本院认为，被告人的行为已构成犯罪。」'],
        'zh',
      ),
    ).toEqual([null, '湖南省邵阳市中级人民法院']);
  });
});

describe('Chinese conclusions', () => {
  it('"研究人员得出结论，…": those who concluded hold what they concluded', () => {
    expect(
      speakersByParagraph(['在1985年开展的一项研究中，研究人员得出结论，酒精的影响与海拔高度无关。'], 'zh'),
    ).toEqual(['研究人员']);
  });
});

describe('Chinese sources after an ellipsis', () => {
  it('"……据唐瑜回忆说": an ellipsis closes the clause before the source, as a comma does', () => {
    expect(speakersByParagraph(['他们在这里读书、绘画……据唐瑜回忆说，这个小院很热闹。'], 'zh')).toEqual(['唐瑜']);
    expect(speakersByParagraph(['他们在这里读书、绘画……据唐瑜回忆，这个小院很热闹。'], 'zh')).toEqual(['唐瑜']);
  });

  it('a private-use character a page left before the source is no part of it', () => {
    expect(speakersByParagraph(['他们在这里读书、绘画……\uE004据唐瑜回忆说，这个小院很热闹。'], 'zh')).toEqual(['唐瑜']);
  });
});

describe('Chinese news items cited by "该消息"', () => {
  it('"该消息称" after "记者从X注意到一则…消息" is X’s', () => {
    expect(
      speakersByParagraph(
        [
          '翟中和教授说，这是一个好问题。',
          '记者从中国新闻网科教频道注意到一则题为《中国科学家研制出“软体飞机”》的消息。该消息称，张丙炎研制出新型飞机。',
        ],
        'zh',
      ),
    ).toEqual(['翟中和', null, '中国新闻网科教频道']);
  });

  it('a preposition after the reporter’s title opens no name', () => {
    expect(speakersByParagraph(['记者从中国新闻网注意到一则消息。该消息称，张丙炎研制出新型飞机。'], 'zh')).toEqual([
      null,
      '中国新闻网',
    ]);
  });
});

describe('Chinese names after a title', () => {
  it('a titled name ends where a verb of seeming or an adverb opens its predicate', () => {
    expect(speakersByParagraph(['宝洁集团公关总监裴逸群显得颇为惊讶，她还向本报记者透露，这是真的。'], 'zh')).toEqual([
      '裴逸群',
    ]);
  });

  it('"胡先生" after "胡继忠先生" is that person', () => {
    expect(
      speakersByParagraph(
        ['记者专程走访了飞行器设计专家胡继忠先生。胡先生看完这则报道后当即肯定地说，制造出这样的飞机是不可能的。'],
        'zh',
      ),
    ).toEqual([null, '胡继忠']);
  });

  it('a surname with a title stands for no one when two people share the surname', () => {
    expect(
      speakersByParagraph(['记者走访了胡继忠先生和胡明女士。胡先生看完这则报道后当即肯定地说，这是不可能的。'], 'zh'),
    ).not.toContain('胡继忠');
  });
});

describe('Japanese plans with the subject left out', () => {
  it('a sentence with no topic closing on a plan goes on with the source before', () => {
    expect(
      speakersByParagraph(
        [
          'トレンドマイクロは3月9日、新しいアプリの発売を開始すると発表した。',
          'さらに、約65％がフリーWi-Fiの利用に不安を感じていると回答している。',
          'こうした環境の変化を鑑み、フリーWi-Fiプロテクションの提供を開始する。',
        ],
        'ja',
      ),
    ).toEqual(['トレンドマイクロ', 'トレンドマイクロ', 'トレンドマイクロ']);
  });

  it('with no source before, it is no one’s', () => {
    expect(speakersByParagraph(['こうした環境の変化を鑑み、新しいサービスの提供を開始する。'], 'ja')).toEqual([null]);
  });
});

describe('Chinese names spread by a layout', () => {
  it('"萧 乾": two characters one space apart are one name', () => {
    expect(
      speakersByParagraph(['萧 乾、冯亦代等人都觉得这是最愉快的一段时期；他们认为，“当时工作上很顺手。”'], 'zh')[0],
    ).toBe('萧乾、冯亦代');
  });
});
