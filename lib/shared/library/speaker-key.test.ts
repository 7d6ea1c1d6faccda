import { describe, expect, it } from 'vitest';
import { speakerKey } from './speaker-key';

describe('speakerKey', () => {
  it('gives every way of naming Sam Altman one key', () => {
    for (const name of [
      'Sam Altman',
      'Altman',
      'OpenAI CEO Sam Altman',
      'o CEO da OpenAI, Sam Altman',
      'Sam Altman, CEO of OpenAI',
      'Altman’s',
      'el director ejecutivo de OpenAI, Sam Altman',
      '阿尔特曼',
      '奥尔特曼',
      '萨姆·奥尔特曼',
      'OpenAI首席执行官阿尔特曼',
      'アルトマン氏',
      'サム・アルトマン',
    ]) {
      expect(speakerKey(name), name).toBe('altman');
    }
  });

  it('gives people quoted in Chinese or Japanese news the key of their Latin name', () => {
    expect(speakerKey('Liang Wenfeng')).toBe(speakerKey('DeepSeek创始人梁文锋'));
    expect(speakerKey('Jensen Huang')).toBe(speakerKey('ジェンスン・フアン'));
    expect(speakerKey('Lisa Su')).toBe(speakerKey('AMD首席执行官苏姿丰'));
    expect(speakerKey('Mustafa Suleyman')).toBe(speakerKey('ムスタファ・スレイマン'));
  });

  it('folds diacritics and keeps other people apart', () => {
    expect(speakerKey('José Müller')).toBe('muller');
    expect(speakerKey('Microsoft CEO Satya Nadella')).toBe('nadella');
    expect(speakerKey('Jensen Huang')).toBe('huang');
    expect(speakerKey('黄仁勋')).toBe('huang');
    expect(speakerKey('Fei-Fei Li')).toBe('li');
  });

  it('keeps an organisation as its own key and ignores empty speakers', () => {
    expect(speakerKey('OpenAI')).toBe('openai');
    expect(speakerKey('IBM')).toBe('ibm');
    expect(speakerKey('  ')).toBeNull();
    expect(speakerKey(null)).toBeNull();
    expect(speakerKey('王小明')).toBe('王小明');
  });
});
