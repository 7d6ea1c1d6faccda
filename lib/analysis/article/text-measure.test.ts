import { describe, expect, it } from 'vitest';
import { endsLikeSentence, isUnspacedCode, sentenceCount, textWeight, wordsOf } from './text-measure';

/** One story's opening, in English and in scripts written without spaces between words. */
const OPENING = {
  en:
    'The Chiang Mai city council approved the new cycling plan on Tuesday by nine votes to four. Work on the first ' +
    'two lanes starts in March. The plan adds forty kilometres of protected lanes by 2029.',
  th:
    'สภาเมืองเชียงใหม่อนุมัติแผนสร้างทางจักรยานใหม่เมื่อวันอังคาร ด้วยคะแนนเสียงเก้าต่อสี่ ' +
    'งานก่อสร้างทางสองสายแรกจะเริ่มในเดือนมีนาคม แผนนี้จะเพิ่มทางจักรยานที่มีการป้องกันอีกสี่สิบกิโลเมตรภายในปี 2572',
  lo: 'ສະພາເມືອງໄດ້ອະນຸມັດແຜນການສ້າງທາງລົດຖີບໃໝ່ ໃນວັນອັງຄານ',
  km: 'ក្រុមប្រឹក្សាក្រុងបានអនុម័តផែនការថ្មីកាលពីថ្ងៃអង្គារ។ ការងារនឹងចាប់ផ្តើមនៅខែមីនា។',
  my: 'မြို့တော်ကောင်စီသည် စီမံကိန်းသစ်ကို အတည်ပြုခဲ့သည်။ လုပ်ငန်းများကို မတ်လတွင် စတင်မည်။',
};

describe('text measures', () => {
  it('weighs Thai, Lao, Khmer and Myanmar by their words, not by their space-separated runs', () => {
    // The Thai opening says what the English one does, in four runs.
    expect(textWeight(OPENING.th)).toBeGreaterThan(textWeight(OPENING.en) * 0.7);
    expect(textWeight(OPENING.th)).toBeLessThan(textWeight(OPENING.en) * 1.5);
    expect(textWeight(OPENING.lo)).toBeGreaterThanOrEqual(8);
    expect(textWeight(OPENING.km)).toBeGreaterThanOrEqual(8);
    expect(textWeight(OPENING.my)).toBeGreaterThanOrEqual(8);
    // Other scripts in the same text keep their own measure.
    expect(textWeight('GPU 算力 grows fast')).toBe(4);
    expect(textWeight(`GPU 算力 grows fast ${OPENING.lo}`)).toBe(4 + textWeight(OPENING.lo));
  });

  it('counts the Khmer and Myanmar full stops, and the spaces that close Thai and Lao sentences', () => {
    expect(sentenceCount(OPENING.km)).toBe(2);
    expect(sentenceCount(OPENING.my)).toBe(2);
    expect(sentenceCount(OPENING.th)).toBe(3);
    expect(sentenceCount(OPENING.lo)).toBe(1);
    // A space before a figure or a Latin word, inside a sentence, closes none.
    expect(sentenceCount('ภายในปี 2572')).toBe(0);
    expect(sentenceCount('ข่าว AI วันนี้')).toBe(0);
  });

  it('cuts a Thai, Lao, Khmer or Myanmar run into its words, as it weighs them', () => {
    expect(wordsOf('สภาเมืองอนุมัติแผน')).toEqual(['สภา', 'เมือง', 'อนุมัติ', 'แผน']);
    expect(wordsOf(OPENING.km).length).toBe(textWeight(OPENING.km));
    expect(wordsOf('ข่าว BBC ไทย')).toEqual(['ข่าว', 'bbc', 'ไทย']);
  });

  it('reads a line closed by the Khmer or Myanmar full stop as a sentence', () => {
    expect(endsLikeSentence('ការងារនឹងចាប់ផ្តើមនៅខែមីនា។')).toBe(true);
    expect(endsLikeSentence('လုပ်ငန်းများကို မတ်လတွင် စတင်မည်။')).toBe(true);
    expect(endsLikeSentence('ព័ត៌មានថ្មីៗ')).toBe(false);
  });

  it('tells kana and Han characters, the ones textWeight counts as half a word, by their code unit', () => {
    const unspaced = (text: string) => Array.from(text).filter((char) => isUnspacedCode(char.charCodeAt(0))).length;
    expect(unspaced('東京の記者 said 算力')).toBe(7);
    expect(unspaced('สภา Café')).toBe(0);
    expect(textWeight('東京の記者')).toBe(unspaced('東京の記者') / 2);
  });
});
