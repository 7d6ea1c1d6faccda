import { describe, expect, it } from 'vitest';
import { notAStoryKindOf } from './not-a-story';

describe('notAStoryKindOf', () => {
  it.each([
    ['addressed', 'guide'],
    ['numbered-instructions', 'guide'],
    ['fragments', 'lists'],
    ['tabulated', 'lists'],
    ['code', 'technical'],
    ['engineering-post', 'technical'],
    ['encyclopedia', 'reference'],
    ['explainer', 'reference'],
    ['commerce', 'offers'],
    ['personal-post', 'personal'],
    ['first-person-blog', 'personal'],
    ['fiction', 'fiction'],
    ['rhetoric', 'fiction'],
  ])('reads the rule %s as a %s page', (rule, kind) => {
    expect(notAStoryKindOf(rule)).toBe(kind);
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['a rule this version does not know', 'a-future-rule'],
    ['a name every object inherits', 'toString'],
    ['not a string', 42],
    ['an object', { rule: 'code' }],
  ])('ignores a value that is %s', (_case, value) => {
    expect(notAStoryKindOf(value)).toBeNull();
  });
});
