import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
import { patternsOf } from './lexicon-patterns';
import { unnamedTitleTrigger } from './names';

describe('unnamedTitleTrigger', () => {
  it('finds every indefinite article before every title in a lower-case copy of the sentence, so no pair is skipped', () => {
    for (const lang of ['en', 'es', 'pt', 'fr', 'de']) {
      const { words } = patternsOf(lexiconFor(lang));
      const trigger = unnamedTitleTrigger(words);
      for (const article of words.indefiniteArticles)
        for (const title of words.personTitles) {
          const opening = article.charAt(0).toUpperCase() + article.slice(1);
          expect(trigger.test(`Dijo ${opening}\u00a0 ${title} que`.toLowerCase()), `${lang}: ${article} ${title}`).toBe(
            true,
          );
        }
    }
  });

  it('finds nothing in a sentence with no indefinite article before a title', () => {
    const trigger = unnamedTitleTrigger(patternsOf(lexiconFor('en')).words);
    expect(trigger.test('he quoted the spokesman for the retailer.')).toBe(false);
    expect(trigger.test('he quoted a spokesman for the retailer.')).toBe(true);
  });
});
