import type { GlossaryEntry, GlossaryOccurrence } from '../../shared/types';
import { CompiledGlossary } from './matcher';
import type { TermConcept } from './schema';
import { GLOSSARY_TERMS } from './terms';

export { GLOSSARY_TERMS } from './terms';
export type { TermConcept, FormSpec, FormInput, ContextRule, GlossaryLang } from './schema';
export { CompiledGlossary } from './matcher';

/** The concept always listed first when an article mentions it. */
export const FEATURED_TERM_ID = 'scaling-laws';

function relevance(concept: TermConcept, occurrences: GlossaryOccurrence[], textLength: number): number {
  const firstStart = occurrences[0]?.start ?? textLength;
  const earliness = 1 - firstStart / Math.max(1, textLength);
  const score =
    concept.weight * 10 +
    6 * Math.log2(1 + occurrences.length) +
    4 * earliness +
    (concept.id === FEATURED_TERM_ID ? 1000 : 0);
  return Math.round(score * 100) / 100;
}

function formsByFrequency(occurrences: GlossaryOccurrence[]): string[] {
  const counts = new Map<string, number>();
  for (const { form } of occurrences) counts.set(form, (counts.get(form) ?? 0) + 1);
  // Map keeps first-seen order, and sort is stable: ties stay in order of appearance.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
}

/** A matcher over a given term base (the built-in one plus, e.g., the reader's own terms). */
export function createGlossaryMatcher(
  concepts: readonly TermConcept[],
): (text: string, lang: string) => GlossaryEntry[] {
  const compiled = new CompiledGlossary(concepts);
  return (text, lang) => {
    const byConcept = new Map<number, GlossaryOccurrence[]>();
    for (const { concept, start, end, form } of compiled.match(text, lang).occurrences) {
      const list = byConcept.get(concept) ?? [];
      list.push({ start, end, form });
      byConcept.set(concept, list);
    }
    const entries: GlossaryEntry[] = [];
    for (const [index, occurrences] of byConcept) {
      const concept = concepts[index]!;
      entries.push({
        termId: concept.id,
        forms: formsByFrequency(occurrences),
        count: occurrences.length,
        occurrences,
        source: { ...concept.source },
        relevance: relevance(concept, occurrences, text.length),
      });
    }
    return entries.sort(
      (a, b) => b.relevance - a.relevance || (a.occurrences[0]?.start ?? 0) - (b.occurrences[0]?.start ?? 0),
    );
  };
}

let builtInMatcher: ReturnType<typeof createGlossaryMatcher> | null = null;

/**
 * The AI terms used in `text` (an article's plain text, language `lang`), most relevant first —
 * scaling laws first whenever present. Entries carry term ids and positions, in no reader's
 * language: whoever shows them picks the name and definition (texts.ts) in the reader's language.
 */
export function matchGlossary(text: string, lang: string): GlossaryEntry[] {
  builtInMatcher ??= createGlossaryMatcher(GLOSSARY_TERMS);
  return builtInMatcher(text, lang);
}
