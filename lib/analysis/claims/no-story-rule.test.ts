import { describe, expect, it } from 'vitest';
import { analyzeClaims } from './index';

const HOW_TO = [
  'How to repot a houseplant',
  'You should water the plant a day before you repot it. Choose a pot that is a little larger than the old one. ' +
    'Gently tip the pot and slide the plant out. Loosen the roots with your fingers. Put fresh soil in the new pot ' +
    'and set the plant in the middle. Fill the gaps with soil and press it down lightly. Water it well and keep it ' +
    'out of direct sun for a week.',
].join('\n\n');

const STORY =
  'The city council approved the new budget on Tuesday, officials said. "This budget protects our schools," Mayor ' +
  'Anna Berger said. The vote was 7 to 2. Opponents said the plan would raise taxes.';

describe('analyzeClaims: the rule that judges a page no story', () => {
  it('names the rule beside story: false for a how-to that speaks to its reader', () => {
    expect(analyzeClaims(HOW_TO, 'en')).toEqual({ claims: [], story: false, noStoryRule: 'addressed' });
  });

  it('names no rule for a story', () => {
    const result = analyzeClaims(STORY, 'en', { hints: { byline: 'By Jo Smith' } });
    expect(result.story).toBe(true);
    expect(result.claims.length).toBeGreaterThan(0);
    expect(result).not.toHaveProperty('noStoryRule');
  });
});
