import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
import { segmentSentences } from '../segment';
import { SpeakerTracker } from './index';

function speakers(text: string): Array<string | null> {
  const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
  return segmentSentences(text, 'en').map((sentence) => tracker.speakerOf(sentence.text));
}

describe('English speakers (enspeak37)', () => {
  it('an adverb, a wh-word or a participle opening the sentence before its comma is no speaker', () => {
    expect(speakers('Again, the intelligence, the inspectors have said they cannot confirm this.')).toEqual([null]);
    expect(
      speakers('Whenever a programmer thinks, "Hey, skins, what a cool idea", their computer should crash.'),
    ).toEqual([null]);
    expect(
      speakers('True, the seller, who said that they came from his collection, also told me they were real.'),
    ).toEqual([null]);
    expect(
      speakers('Asked if the absence of a tariff application meant there would be no increase, he said it did not.'),
    ).toEqual([null]);
  });

  it('a label heading a quoted note is no speaker, nor the person a later pronoun means', () => {
    expect(
      speakers('Note: "The survey covers 42.5 million loans. Loans surveyed were reported by 120 lenders."').every(
        (speaker) => speaker === null,
      ),
    ).toBe(true);
  });

  it('the writer\'s own "I" after a conjunction is nobody quoted ("And I said", "But I’ve also said")', () => {
    expect(speakers('And I said the big question was whether Kerry could win.')).toEqual([null]);
    expect(speakers('But I’ve also said that calling him anti-war misses the mark.')).toEqual([null]);
  });

  it('a title inside a run of capitalised words leads to the full name after it ("Sony CEO Kenichiro Yoshida")', () => {
    expect(speakers('Sony CEO Kenichiro Yoshida said the console was the best place to play.')).toEqual([
      'Kenichiro Yoshida',
    ]);
    expect(speakers('Broward Superintendent Robert Runcie said the school was safe.')).toEqual(['Robert Runcie']);
    expect(speakers('Prime Minister Gordon Brown said it would pass.')).toEqual(['Gordon Brown']);
  });

  it('the one spoken with, right before a participle of saying, is not its subject; the clause opener is', () => {
    expect(
      speakers(
        'Kenichiro Yoshida has now shut the rumours down when speaking with the Independent saying: "Our console is the best place to play."',
      ),
    ).toEqual(['Kenichiro Yoshida']);
    // "with Keegan admitting": a preposition alone, with no verb of talking, makes the name the participle's subject.
    expect(
      speakers('There may be a role for him at the club, with Keegan admitting he will not return as manager.'),
    ).toEqual(['Keegan']);
  });
});
