import { describe, expect, it } from 'vitest';
import { foldText, indexTokens, tokenize } from './tokenize';

describe('library tokens', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Inteligência ARTIFICIAL Straße')).toBe('inteligencia artificial strasse');
    expect(tokenize('Inteligência, não é?')).toEqual(['inteligencia', 'nao', 'e']);
  });

  it('cuts unspaced scripts into character pairs and splits mixed runs', () => {
    expect(tokenize('阿尔特曼表示')).toEqual(['阿尔', '尔特', '特曼', '曼表', '表示']);
    expect(tokenize('GPT模型')).toEqual(['gpt', '模型']);
    expect(tokenize('アルトマン氏')).toEqual(['アル', 'ルト', 'トマ', 'マン', 'ン氏']);
  });

  it('makes a query match inside a longer text', () => {
    const text = indexTokens('OpenAI首席执行官阿尔特曼表示');
    expect(tokenize('阿尔特曼').every((token) => text.includes(token))).toBe(true);
  });

  it('drops apostrophes inside words and keeps distinct tokens once', () => {
    expect(indexTokens("Altman's plan", 'altman PLAN')).toEqual(['altmans', 'plan', 'altman']);
  });
});
