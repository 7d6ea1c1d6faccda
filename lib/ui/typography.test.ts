import { describe, expect, it } from 'vitest';
import { inParentheses, spaceBetween, withNameSpacing } from './typography';

describe('spaceBetween', () => {
  it('puts a word space between sentences in a Latin script', () => {
    expect(spaceBetween('The lamp turns off.', 'Press it again to turn it on.')).toBe(' ');
    expect(spaceBetween('Notas', '(3 notas)')).toBe(' ');
  });

  it('puts none after a Chinese or Japanese full stop, or next to a full-width parenthesis', () => {
    expect(spaceBetween('按一下即可关灯。', '再按一下开灯。')).toBe('');
    expect(spaceBetween('ボタンで消えます。', 'もう一度押すと点きます。')).toBe('');
    expect(spaceBetween('メモ', '（メモ 3 件）')).toBe('');
  });

  it('puts none beside an empty side', () => {
    expect(spaceBetween('', 'Press it again.')).toBe('');
    expect(spaceBetween('The lamp turns off.', '')).toBe('');
  });
});

describe('inParentheses', () => {
  it('uses ASCII parentheses for Latin text and full-width ones for Chinese and Japanese', () => {
    expect(inParentheses('3 notes')).toBe('(3 notes)');
    expect(inParentheses('notas: 2')).toBe('(notas: 2)');
    expect(inParentheses('3 条笔记')).toBe('（3 条笔记）');
    expect(inParentheses('メモ 3 件')).toBe('（メモ 3 件）');
    expect(inParentheses('編集長')).toBe('（編集長）');
  });
});

describe('withNameSpacing', () => {
  it('drops the spaces around a Chinese or Japanese name, and keeps them around a Latin one', () => {
    expect(withNameSpacing('不代表 晨报 的观点')).toBe('不代表晨报的观点');
    expect(withNameSpacing('晨報 が推奨するものではない')).toBe('晨報が推奨するものではない');
    expect(withNameSpacing('不代表 Example 的观点')).toBe('不代表 Example 的观点');
    expect(withNameSpacing('记事内 2 回')).toBe('记事内 2 回');
  });
});
