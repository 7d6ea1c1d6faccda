import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
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
});
