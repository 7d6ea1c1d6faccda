import { describe, expect, it } from 'vitest';
import { findClaims } from '../index';
import { lexiconFor } from '../lexicon';
import { splitBlocks } from '../segment';
import { bylineTurns, transcriptTurns } from './turns';

const TRANSCRIPT = [
  'Some things are worth listening to again and again.',
  'DIANE SAWYER',
  'Again, the inspectors have said they cannot confirm this, and there is no evidence of these weapons existing.',
  'PRESIDENT GEORGE W. BUSH',
  'But what David Kay did discover was that they had a weapons program of 35 sites.',
  'DIANE SAWYER',
  'When you take a look back, Vice President Dick Cheney said, "there is no doubt he has weapons."',
  'PRESIDENT GEORGE W. BUSH',
  'And the world is better off because we got rid of him, with 150,000 troops.',
].join('\n');

describe('transcriptTurns', () => {
  it('gives the paragraph after a name alone in capitals to that name, without its title', () => {
    const turns = transcriptTurns(splitBlocks(TRANSCRIPT), lexiconFor('en'));
    expect([...turns]).toEqual([
      [2, 'Diane Sawyer'],
      [4, 'George W. Bush'],
      [6, 'Diane Sawyer'],
      [8, 'George W. Bush'],
    ]);
  });

  it('reads no turns from a lone heading in capitals, nor from names heading once each', () => {
    const lexicon = lexiconFor('en');
    expect(transcriptTurns(splitBlocks('BREAKING NEWS\nThe council voted 7-2 to close the road.'), lexicon).size).toBe(
      0,
    );
    expect(
      transcriptTurns(
        splitBlocks('JOHN SMITH\nHe won.\nMARY JONES\nShe lost.\nTOM BROWN\nHe won.\nANN LEE\nShe won.'),
        lexicon,
      ).size,
    ).toBe(0);
  });

  it('a turn is its speaker’s unless a sentence of it names whom it quotes', () => {
    const claims = findClaims(TRANSCRIPT, 'en', { max: 50 });
    const speakerOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))?.speaker;
    expect(speakerOf('But what David Kay')).toBe('George W. Bush');
    expect(speakerOf('Again, the inspectors')).toBe('Diane Sawyer');
    expect(speakerOf('When you take a look back')).toMatch(/Cheney/);
  });
});

const PRESS_REVIEW = [
  'On the eve of the conference, the press remains deeply sceptical of what it is likely to achieve.',
  'AHMAD DAHBUR IN PALESTINIAN AL-HAYAT AL-JADIDAH',
  'We are still not exposed to danger, and our feet are standing on solid ground.',
  'ALI JARADAT IN PALESTINIAN AL-AYYAM',
  'The Arabs have failed to use the political difficulties that the US has been suffering from in the region.',
  "EDITORIAL IN ISRAEL'SJERUSALEM POST",
  'The Arab states must decide whether they want the two-state vision to become reality in the near future or not.',
  "EDITORIAL IN EGYPT'S AL-AKHBAR",
  'We are warning of the consequences of the failure of this conference.',
].join('\n');

describe('bylineTurns', () => {
  it('gives the paragraph after a press review’s byline to its writer, or to the publication of an unsigned piece', () => {
    expect([...bylineTurns(splitBlocks(PRESS_REVIEW), lexiconFor('en'))]).toEqual([
      [2, 'Ahmad Dahbur'],
      [4, 'Ali Jaradat'],
      [6, 'Jerusalem Post'],
      [8, 'Al-Akhbar'],
    ]);
  });

  it('reads no bylines from fewer than three, nor from headings naming a place', () => {
    const lexicon = lexiconFor('en');
    expect(bylineTurns(splitBlocks(PRESS_REVIEW.split('\n').slice(0, 5).join('\n')), lexicon).size).toBe(0);
    expect(
      bylineTurns(
        splitBlocks('PROTESTS IN CAIRO\nThousands marched.\nCLASHES IN GAZA\nTwo died.\nRAIN IN LONDON\nIt poured.'),
        lexicon,
      ).size,
    ).toBe(0);
  });

  it('reads no bylines from subheads whose words before the preposition are no person’s name', () => {
    const subheads = [
      'PROTESTS ERUPT IN CAIRO',
      'The protests began after Friday prayers and spread to three squares.',
      'TALKS WERE HELD IN GENEVA',
      'Diplomats met for six hours without a statement.',
      'LEADERS MEET IN RIYADH',
      'The leaders agreed to meet again next month.',
    ].join('\n');
    expect(bylineTurns(splitBlocks(subheads), lexiconFor('en')).size).toBe(0);
  });

  it('reads a writer named with an initial, a hyphen or an apostrophe', () => {
    const review = [
      'ABDEL RAHMAN AL-RASHED IN SAUDI ASHARQ AL-AWSAT',
      'The region cannot afford another war.',
      'JOHN W. SMITH IN BRITAIN’S GUARDIAN',
      'Nobody expects a deal this year.',
      "PATRICK D'ARCY IN IRELAND'S IRISH TIMES",
      'The government has no plan.',
    ].join('\n');
    expect([...bylineTurns(splitBlocks(review), lexiconFor('en')).values()]).toEqual([
      'Abdel Rahman Al-Rashed',
      'John W. Smith',
      "Patrick D'arcy",
    ]);
  });

  it('a page with no transcript gives its paragraphs to the bylines heading them', () => {
    const lexicon = lexiconFor('en');
    const blocks = splitBlocks(PRESS_REVIEW);
    expect([...transcriptTurns(blocks, lexicon)]).toEqual([...bylineTurns(blocks, lexicon)]);
  });
});
