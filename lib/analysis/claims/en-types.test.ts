import { describe, expect, it } from 'vitest';
import { findClaims } from './index';

function kindOf(text: string, start: string): string | undefined {
  return findClaims(text, 'en', { max: 50 }).find((claim) => claim.text.startsWith(start))?.kind;
}

describe('English types', () => {
  it('"who/that want to" in a relative clause is what its noun wants, no plan; the subject’s "want to" is one', () => {
    const text = [
      'Companies that want to sell in Europe must register with the regulator by March, the commission said.',
      'The senator said voters who want to see change should turn out in large numbers on Tuesday.',
      'Republicans in the House want to make the tax cuts permanent, according to two aides.',
    ].join('\n');
    expect(kindOf(text, 'Companies that want')).not.toBe('plan');
    expect(kindOf(text, 'The senator said')).not.toBe('plan');
    expect(kindOf(text, 'Republicans in the House')).toBe('plan');
  });

  it('"what they/you want to" is a free relative, no plan', () => {
    const text = [
      'The cheese makers of the three counties won protected status for their product in 1996 after a long campaign.',
      "By one estimate, 57% of today's consumers have already made up their mind about what they want to buy before entering a store.",
    ].join('\n');
    expect(kindOf(text, 'By one estimate')).toBeDefined();
    expect(kindOf(text, 'By one estimate')).not.toBe('plan');
  });

  it('a word of value graded in the subject ("the most surprising … was", "more surprising is") is a view; a comparison or a rank is not', () => {
    const text = [
      'The city council approved the new harbour budget on Tuesday after a long debate.',
      'The most surprising story of the first two weeks of the season was the hot start of the home team.',
      'What’s more surprising is that the senators think they can run away from their record and fool voters.',
      'They do meet a more important requirement - their parents are alumni or big donors to the university.',
      'Last season the Danish midfielder was named the most valuable player of the league by the coaches.',
    ].join('\n');
    expect(kindOf(text, 'The most surprising')).toBe('opinion');
    expect(kindOf(text, 'What’s more surprising')).toBe('opinion');
    expect(kindOf(text, 'They do meet')).toBe('fact');
    expect(kindOf(text, 'Last season')).not.toBe('opinion');
  });

  it('a concern held with its cause ("are particularly concerned by") is a view; "the parties concerned by" is not', () => {
    const text = [
      'The city council approved the new harbour budget on Tuesday after a long debate.',
      'Security officials are particularly concerned by the collapse of Libya, where armed groups vie for influence.',
      'The ruling was sent to all the parties concerned by the dispute over the harbour on Wednesday.',
    ].join('\n');
    expect(kindOf(text, 'Security officials')).toBe('opinion');
    expect(kindOf(text, 'The ruling was sent')).not.toBe('opinion');
  });
  it('a share or an amount in words ("three-fourths of", "one-third of", "half a million") is a figure', () => {
    const text = [
      'The city council approved the new harbour budget on Tuesday after a long debate.',
      "More than three-fourths of the state's school systems are now back up and operating after the storm.",
      'One-third of the members voted against the plan at the meeting of the party on Sunday.',
      'The region now has half a million residents who commute to work every day by train.',
    ].join('\n');
    expect(kindOf(text, 'More than three-fourths')).toBe('figure');
    expect(kindOf(text, 'One-third of')).toBe('figure');
    expect(kindOf(text, 'The region now has')).toBe('figure');
  });
  it('certainty reached over time ("It\'s been clear … that", "more and more clear") and "cause for concern" are views; "It became clear" tells what happened', () => {
    const text = [
      'The city council approved the new harbour budget on Tuesday after a long debate.',
      "It's been clear since the 1970s that the class system was becoming more rigid in both countries.",
      'With advances in neuroscience, it has become more and more clear to researchers that the mind works in the dark.',
      'If the new brochure is anything like the last one, there is cause for great concern among the cadets.',
      'It became clear on Monday that the plane had come down in the sea north of the island.',
    ].join('\n');
    expect(kindOf(text, "It's been clear")).toBe('opinion');
    expect(kindOf(text, 'With advances')).toBe('opinion');
    expect(kindOf(text, 'If the new brochure')).toBe('opinion');
    expect(kindOf(text, 'It became clear')).toBe('fact');
  });
  it('the writer offering a proof ("proves that", "The best proof of this is") argues a view; a test that "proved" tells a finding', () => {
    const text = [
      'The city council approved the new harbour budget on Tuesday after a long debate.',
      'The list of invited countries proves that many of them have no stake in the dispute at all.',
      'The best proof of this is that the talks are only a few days away and nothing has been agreed.',
      'DNA tests proved that the remains were those of the missing soldier, the police said on Friday.',
    ].join('\n');
    expect(kindOf(text, 'The list of invited')).toBe('opinion');
    expect(kindOf(text, 'The best proof')).toBe('opinion');
    expect(kindOf(text, 'DNA tests')).toBeDefined();
    expect(kindOf(text, 'DNA tests')).not.toBe('opinion');
  });

  it('"should" or "need to" inside an indirect question after a reporting verb or "about" is reported, no view; said outright it is one', () => {
    const text = [
      'The city council approved the new harbour budget on Tuesday after a long debate.',
      'The regulator explained how lenders should report their exposure to the property market in the new filings.',
      'The ministry published no guidance about why hospitals need to keep the old records for a decade.',
      'The governor of the central bank insisted that lenders must report their exposure to the property market more often.',
    ].join('\n');
    expect(kindOf(text, 'The regulator explained')).toBe('fact');
    expect(kindOf(text, 'The ministry published')).toBe('fact');
    expect(kindOf(text, 'The governor of')).toBe('opinion');
  });

  it('the future of a verb of inquiry ("will examine whether") is an inquiry’s scheduled work, a plan; a trend’s future is a forecast', () => {
    const text = [
      'The city council approved the new harbour budget on Tuesday after a long debate.',
      'The second inquiry will examine whether the contractor hid safety reports from the port authority.',
      'Prices of imported steel will rise sharply over the coming months, analysts at the bank said.',
      'The hospital opened a second clinic in the northern district last spring.',
    ].join('\n');
    expect(kindOf(text, 'The second inquiry')).toBe('plan');
    expect(kindOf(text, 'Prices of imported steel')).toBe('prediction');
  });
});
