import { describe, expect, it, vi } from 'vitest';
import { detectLanguage } from './language';

// franc's trigrams called a 1,300-character Chinese news story with two stray kana signs Japanese; the check on kana
// must overrule it whatever franc says, so franc is made to say Japanese here.
vi.mock('franc-min', () => ({ franc: () => 'jpn' }));

describe('detectLanguage with franc saying Japanese', () => {
  it('calls Han text with next to no kana Chinese', () => {
    const chinese =
      '对这个初步认定，宝洁集团公关总监显得颇为惊讶，她还首度向本报记者介绍了实验的经过，并称举报人动机不纯。' +
      '工商局有关负责人告诉记者，既然具体办案人员认定其属于虚假宣传，最终更改的可能性不大。';
    expect(detectLanguage(chinese, null)).toBe('zh');
  });

  it('keeps Japanese, with its kana, Japanese', () => {
    expect(
      detectLanguage('東京都は２日、新たに１２人の感染を確認したと発表した。都内の累計は５０００人を超えた。', 'en'),
    ).toBe('ja');
    expect(
      detectLanguage(
        '東京都庁の発表によれば、感染者数は増加傾向にある。政府は対策を検討していると説明し、会見は午後に開かれた。',
        null,
      ),
    ).toBe('ja');
  });
});
