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
