import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
import { segmentSentences } from '../segment';
import { SpeakerTracker } from './index';

function germanSpeakers(paragraphs: string[]): Array<string | null> {
  const tracker = new SpeakerTracker(lexiconFor('de'), 'de', false);
  return paragraphs.flatMap((paragraph, block) =>
    segmentSentences(paragraph, 'de').map((sentence) => tracker.speakerOf(sentence.text, block)),
  );
}

describe('German speakers (de44)', () => {
  it('a separable reporting verb in the present or the plural, its particle closing the clause', () => {
    expect(germanSpeakers(['Die Anwälte fordern die Gefängnisleitung auf, ihnen sofort Zugang zu gewähren.'])).toEqual([
      'Anwälte',
    ]);
    expect(germanSpeakers(['Die Polizei teilt am Montag mit, dass der Mann gefasst wurde.'])).toEqual(['Polizei']);
  });

  it('the subject of a reporting verb closing a "dass"/"daß" clause, where the main clause names no one', () => {
    expect(
      germanSpeakers(['Es sollte darauf hingewiesen werden, daß das FBI bestätigte, daß es Beweise gab.']),
    ).toEqual(['FBI']);
    expect(germanSpeakers(['Es ist wichtig, dass das FBI bestätigte, dass es Beweise gab.'])).toEqual(['FBI']);
  });

  it("a court's ruling is its statement", () => {
    expect(germanSpeakers(['Das Gericht entschied, dass die Klage zulässig ist.'])).toEqual(['Gericht']);
    expect(germanSpeakers(['Das Gericht hatte entschieden, dass zu viele Politiker im Fernsehrat sitzen.'])).toEqual([
      'Gericht',
    ]);
  });

  it('a noun in an adverbial of time opening the clause is no subject; the one after the verb is', () => {
    expect(
      germanSpeakers([
        'Vor zwei Jahren hatte das Bundesverfassungsgericht entschieden, dass zu viele Politiker im Fernsehrat sitzen.',
      ]),
    ).toEqual(['Bundesverfassungsgericht']);
    expect(
      germanSpeakers(['Vor zwei Jahren erklärte das Bundesverfassungsgericht, dass zu viele Politiker dort sitzen.']),
    ).toEqual(['Bundesverfassungsgericht']);
  });
});

describe('German speakers after the verb (de44)', () => {
  it('a noun after the verb followed by a genitive speaks for whom the genitive names, no one met before', () => {
    expect(
      germanSpeakers([
        'Ein Schiff legte in Hamburg an – Anna Berg war an Bord.',
        'Der Weltmeister werde im Halbfinale ausscheiden, sagen die Ökonomen der italienischen Großbank UniCredit.',
      ]),
    ).not.toContain('Anna Berg');
  });
});
