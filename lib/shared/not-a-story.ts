import type { NoStoryRule } from './types';

/**
 * The kinds of page the panel names when an article reads as no news story, in the reader's terms: a guide or
 * instructions to the reader; mostly lists, tables or short lines; documentation or a technical post; a reference entry
 * or an explainer; offers and prices; a personal post; fiction or rhetoric.
 */
export type NotAStoryKind = 'guide' | 'lists' | 'technical' | 'reference' | 'offers' | 'personal' | 'fiction';

/**
 * The kind of page each rule of the story decision tells (lib/analysis/claims/story.ts). Typed by every rule, so a new
 * rule does not compile until it is given its kind here.
 */
const KIND_OF_RULE: Readonly<Record<NoStoryRule, NotAStoryKind>> = {
  addressed: 'guide',
  'numbered-instructions': 'guide',
  // Numbered sections each written out as a tip or a step.
  'numbered-sections': 'guide',
  fragments: 'lists',
  'fragments-without-prose': 'lists',
  // A collection of many numbered items (tips, answers, anecdotes), one after another.
  'many-numbered-sections': 'lists',
  // Results, specs or prices written out one item after another.
  tabulated: 'lists',
  code: 'technical',
  'engineering-post': 'technical',
  encyclopedia: 'reference',
  explainer: 'reference',
  commerce: 'offers',
  'first-person-blog': 'personal',
  'personal-post': 'personal',
  fiction: 'fiction',
  rhetoric: 'fiction',
};

/**
 * The kind of page an analysis' `noStoryRule` tells, or null where it names none this version knows: the value comes
 * back from storage or a message, possibly from another version of Marginalia, so anything else is ignored.
 */
export function notAStoryKindOf(rule: unknown): NotAStoryKind | null {
  if (typeof rule !== 'string' || !Object.hasOwn(KIND_OF_RULE, rule)) return null;
  return KIND_OF_RULE[rule as NoStoryRule];
}
