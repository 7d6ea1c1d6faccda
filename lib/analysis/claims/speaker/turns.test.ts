import { describe, expect, it } from 'vitest';
import { findClaims } from '../index';
import { lexiconFor } from '../lexicon';
import { splitBlocks } from '../segment';
import { transcriptTurns } from './turns';

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
