import { describe, expect, it } from 'vitest';
import { speakerTurns, turnSpeaker } from './turns';

describe('speaker turns', () => {
  it('reads the name before a bracketed age or role and a colon', () => {
    expect(turnSpeaker('马金鹏（１４岁）：压岁钱是爷爷奶奶给我们的。')).toBe('马金鹏');
    expect(turnSpeaker('Maria Held (34): Ich finde das gut.')).toBe('Maria Held');
    expect(turnSpeaker('Lou Clancy: Now editor-in-chief of the Toronto Sun.')).toBeNull();
    expect(turnSpeaker('记者：你怎么看？')).toBeNull();
  });

  it('needs two turns on the page', () => {
    const one = [{ index: 0, text: 'Maria Held (34): Ich finde das gut.' }];
    expect(speakerTurns(one).size).toBe(0);
    expect(speakerTurns([...one, { index: 2, text: 'Tom Berg (Lehrer): Ich nicht.' }]).get(2)).toBe('Tom Berg');
  });
});
