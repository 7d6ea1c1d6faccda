import { describe, expect, it } from 'vitest';
import { speakersByParagraph } from './speakers-of-paragraphs';

describe('German speakers: separable verbs, dass clauses, rulings and adverbials of time', () => {
  it('a separable reporting verb in the present or the plural, its particle closing the clause', () => {
    expect(
      speakersByParagraph(['Die Anwälte fordern die Gefängnisleitung auf, ihnen sofort Zugang zu gewähren.'], 'de'),
    ).toEqual(['Anwälte']);
    expect(speakersByParagraph(['Die Polizei teilt am Montag mit, dass der Mann gefasst wurde.'], 'de')).toEqual([
      'Polizei',
    ]);
  });

  it('the subject of a reporting verb closing a "dass"/"daß" clause, where the main clause names no one', () => {
    expect(
      speakersByParagraph(['Es sollte darauf hingewiesen werden, daß das FBI bestätigte, daß es Beweise gab.'], 'de'),
    ).toEqual(['FBI']);
    expect(speakersByParagraph(['Es ist wichtig, dass das FBI bestätigte, dass es Beweise gab.'], 'de')).toEqual([
      'FBI',
    ]);
  });

  it("a court's ruling is its statement", () => {
    expect(speakersByParagraph(['Das Gericht entschied, dass die Klage zulässig ist.'], 'de')).toEqual(['Gericht']);
    expect(
      speakersByParagraph(['Das Gericht hatte entschieden, dass zu viele Politiker im Fernsehrat sitzen.'], 'de'),
    ).toEqual(['Gericht']);
  });

  it('a noun in an adverbial of time opening the clause is no subject; the one after the verb is', () => {
    expect(
      speakersByParagraph(
        [
          'Vor zwei Jahren hatte das Bundesverfassungsgericht entschieden, dass zu viele Politiker im Fernsehrat sitzen.',
        ],
        'de',
      ),
    ).toEqual(['Bundesverfassungsgericht']);
    expect(
      speakersByParagraph(
        ['Vor zwei Jahren erklärte das Bundesverfassungsgericht, dass zu viele Politiker dort sitzen.'],
        'de',
      ),
    ).toEqual(['Bundesverfassungsgericht']);
  });
});

describe('German speakers after the verb', () => {
  it('a noun after the verb followed by a genitive speaks for whom the genitive names, no one met before', () => {
    expect(
      speakersByParagraph(
        [
          'Ein Schiff legte in Hamburg an – Anna Berg war an Bord.',
          'Der Weltmeister werde im Halbfinale ausscheiden, sagen die Ökonomen der italienischen Großbank UniCredit.',
        ],
        'de',
      ),
    ).not.toContain('Anna Berg');
  });
});

describe('German speakers: the kind of body before a name', () => {
  it('a noun naming the kind of body is no part of the name after it', () => {
    expect(
      speakersByParagraph(
        ['Der Weltmeister werde im Halbfinale ausscheiden, sagen die Ökonomen der italienischen Großbank UniCredit.'],
        'de',
      ),
    ).toEqual(['UniCredit']);
    expect(speakersByParagraph(['Die Zinsen steigen, sagte die Umweltschutzbehörde EPA.'], 'de')).toEqual(['EPA']);
    // A place after the noun, or a legal form, belongs to the name.
    expect(
      speakersByParagraph(['Am Montag teilte die Staatsanwaltschaft Köln mit, dass der Mann gefasst wurde.'], 'de'),
    ).toEqual(['Staatsanwaltschaft Köln']);
    expect(speakersByParagraph(['Das bestätigte die Commerzbank AG am Montag.'], 'de')).toEqual(['Commerzbank AG']);
  });
});

describe('German lead-ins', () => {
  it('a lead-in restating what came before names no one', () => {
    expect(speakersByParagraph(['Anders gesagt: „Das ist ein Problem für alle Beteiligten hier.“'], 'de')).toEqual([
      null,
    ]);
    expect(
      speakersByParagraph(['Anders formuliert: „In diesem Abkommen ist festgelegt, dass jeder versichert ist.“'], 'de'),
    ).toEqual([null]);
    expect(
      speakersByParagraph(['Anders Breivik sagte: „Das ist ein Problem für alle Beteiligten hier.“'], 'de'),
    ).toEqual(['Anders Breivik']);
  });
});
