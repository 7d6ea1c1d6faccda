import { primarySubtag } from '../../shared/language';
import { AhoCorasick } from './aho-corasick';
import { AI_CUES } from './cues';
import { foldCodePoint, foldString } from './fold';
import {
  GLOSSARY_LANGS,
  type ContextRule,
  type FormInput,
  type GlossaryLang,
  type PerLang,
  type TermConcept,
} from './schema';

/** How far (in characters) around an ambiguous form the context window reaches, within its paragraph. */
export const CONTEXT_WINDOW = 250;
/** An article counts as about AI when it has at least this many unambiguous AI hits … */
export const DOC_MIN_AI_HITS = 4;
/** … spread over at least this many different terms or cue words. */
export const DOC_MIN_DISTINCT_AI_HITS = 2;

type PatternRole = 'term' | 'cue' | 'veto';

interface PatternEntry {
  role: PatternRole;
  lang: GlossaryLang;
  /** Index into the concept list; -1 for the general AI cues. */
  concept: number;
  text: string;
  caseSensitive: boolean;
  context: ContextRule | null;
  /** Folded words that must not come right before the form. */
  notAfter: string[] | null;
  /** Folded words one of which must come right before the form. */
  after: string[] | null;
  /** Folded words that must not come right after the form. */
  notBefore: string[] | null;
}

/** What must sit next to a form's first/last character for it to count as a whole word. */
type EdgeKind = 'word' | 'katakana' | 'free';

interface Pattern {
  entries: PatternEntry[];
  leftEdge: EdgeKind;
  rightEdge: EdgeKind;
}

interface Candidate {
  concept: number;
  start: number;
  end: number;
  context: ContextRule | null;
  notAfter: string[];
  after: string[] | null;
  notBefore: string[];
  /** Whether the rule comes from the article's own language, which outranks English borrowed forms. */
  ownLanguage: boolean;
}

interface Hit {
  entry: PatternEntry;
  start: number;
  end: number;
}

export interface ScanStats {
  /** Code units of the input read by the scanner (each exactly once). */
  codeUnitsRead: number;
  /** Code units fed to the automaton after folding. */
  foldedUnits: number;
  /** Goto + failure transitions taken by the automaton. */
  automatonSteps: number;
}

export interface TermOccurrence {
  concept: number;
  start: number;
  end: number;
  /** The form as written in the text. */
  form: string;
}

const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const KATAKANA = /[\p{Script=Katakana}\u30fc]/u;
/** How far around a form the words deciding its use (after / notAfter / notBefore) are looked for. */
const USE_REACH = 40;
const TRAILING_NON_WORD = /[^\p{L}\p{N}]+$/u;
/** Folded form of each BMP code unit that is a whole code point, filled on first use. */
const BMP_FOLD: (string | undefined)[] = new Array<string | undefined>(0x10000);

function foldUnit(code: number): string {
  let folded = BMP_FOLD[code];
  if (folded === undefined) {
    folded = foldCodePoint(String.fromCharCode(code));
    BMP_FOLD[code] = folded;
  }
  return folded;
}

function edgeKind(char: string): EdgeKind {
  if (KATAKANA.test(char)) return 'katakana';
  if (CJK_SCRIPT.test(char)) return 'free';
  return LETTER_OR_DIGIT.test(char) ? 'word' : 'free';
}

/** True when `neighbour` (a code point, or '' at the text's edge) would glue onto a form edge of this kind. */
function gluesTo(kind: EdgeKind, neighbour: string): boolean {
  if (neighbour === '' || kind === 'free') return false;
  if (kind === 'katakana') return KATAKANA.test(neighbour);
  return LETTER_OR_DIGIT.test(neighbour) && !CJK_SCRIPT.test(neighbour);
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return text.slice(isLowSurrogate && index >= 2 ? index - 2 : index - 1, index);
}

function codePointAt(text: string, index: number): string {
  if (index >= text.length) return '';
  const cp = text.codePointAt(index) ?? 0;
  return String.fromCodePoint(cp);
}

const RULE_STRICTNESS: Record<ContextRule, number> = { 'near-or-doc': 1, near: 2, 'concept-cue': 3 };

function stricter(a: ContextRule | null, b: ContextRule | null): ContextRule | null {
  if (a === null) return b;
  if (b === null) return a;
  return RULE_STRICTNESS[a] >= RULE_STRICTNESS[b] ? a : b;
}

/** Languages whose forms apply to a text in `lang`: its own plus English, which AI news borrows everywhere. */
export function activeLanguages(lang: string): ReadonlySet<GlossaryLang> {
  const primary = primarySubtag(lang) ?? '';
  const known = (GLOSSARY_LANGS as readonly string[]).includes(primary);
  return new Set<GlossaryLang>(known ? ['en', primary as GlossaryLang] : ['en']);
}

/** First index in sorted `values` that is >= `min`. */
function lowerBound(values: readonly number[], min: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function anyWithin(sortedStarts: readonly number[] | undefined, from: number, to: number): boolean {
  if (!sortedStarts) return false;
  const i = lowerBound(sortedStarts, from);
  return i < sortedStarts.length && sortedStarts[i]! < to;
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The context window of [start, end): its paragraph ("\n\n"-separated block), clipped to CONTEXT_WINDOW each side. */
export function contextWindow(text: string, start: number, end: number): [number, number] {
  // Search only inside the clip so long texts without paragraph breaks stay linear.
  const from = Math.max(0, start - CONTEXT_WINDOW);
  const to = Math.min(text.length, end + CONTEXT_WINDOW);
  const breakBefore = text.slice(from, start).lastIndexOf('\n\n');
  const breakAfter = text.slice(end, to).indexOf('\n\n');
  return [breakBefore < 0 ? from : from + breakBefore, breakAfter < 0 ? to : end + breakAfter];
}

/**
 * All term forms, cue words and veto words of a term base in one Aho–Corasick automaton, so a text
 * is folded and matched in a single pass whatever the number of forms.
 */
export class CompiledGlossary {
  private readonly automaton = new AhoCorasick();
  private readonly patterns: Pattern[] = [];
  private readonly patternIdsByFolded = new Map<string, number>();

  constructor(
    readonly concepts: readonly TermConcept[],
    generalCues: PerLang<FormInput[]> = AI_CUES,
  ) {
    concepts.forEach((concept, index) => {
      for (const lang of GLOSSARY_LANGS) {
        for (const form of concept.forms[lang]) this.addForm(form, 'term', lang, index);
        for (const cue of concept.cues?.[lang] ?? []) this.addForm(cue, 'cue', lang, index);
        for (const veto of concept.vetoes?.[lang] ?? []) this.addForm(veto, 'veto', lang, index);
      }
    });
    for (const lang of GLOSSARY_LANGS) {
      for (const cue of generalCues[lang] ?? []) this.addForm(cue, 'cue', lang, -1);
    }
    this.automaton.build();
  }

  private addForm(input: FormInput, role: PatternRole, lang: GlossaryLang, concept: number): void {
    const spec = typeof input === 'string' ? { text: input } : input;
    const folded = foldString(spec.text);
    if (folded === '') throw new Error(`Glossary form folds to nothing: "${spec.text}"`);
    let id = this.patternIdsByFolded.get(folded);
    if (id === undefined) {
      id = this.automaton.add(folded);
      const chars = [...spec.text.trim()];
      this.patterns[id] = {
        entries: [],
        leftEdge: edgeKind(chars[0] ?? ''),
        rightEdge: edgeKind(chars[chars.length - 1] ?? ''),
      };
      this.patternIdsByFolded.set(folded, id);
    }
    this.patterns[id]!.entries.push({
      role,
      lang,
      concept,
      text: spec.text,
      caseSensitive: spec.caseSensitive ?? false,
      context: role === 'term' ? (spec.context ?? null) : null,
      notAfter: spec.notAfter ? spec.notAfter.map(foldString) : null,
      after: spec.after ? spec.after.map(foldString) : null,
      notBefore: spec.notBefore ? spec.notBefore.map(foldString) : null,
    });
  }

  /** One pass over `text`: fold each code point, feed the automaton, keep whole-word hits in `langs`. */
  scan(text: string, langs: ReadonlySet<GlossaryLang>): { hits: Hit[]; stats: ScanStats } {
    const automaton = this.automaton;
    const stepsBefore = automaton.steps;
    const hits: Hit[] = [];
    let originStart: Int32Array = new Int32Array(text.length + 16);
    let originEnd: Int32Array = new Int32Array(text.length + 16);
    let folded = 0;
    let state = 0;
    let previousUnit = 32;
    const report = (patternId: number): void => {
      const pattern = this.patterns[patternId]!;
      const start = originStart[folded - automaton.patternLength(patternId) + 1]!;
      const end = originEnd[folded]!;
      if (gluesTo(pattern.leftEdge, codePointBefore(text, start)) || gluesTo(pattern.rightEdge, codePointAt(text, end)))
        return;
      for (const entry of pattern.entries) {
        if (!langs.has(entry.lang)) continue;
        if (entry.caseSensitive && text.slice(start, end) !== entry.text) continue;
        hits.push({ entry, start, end });
      }
    };
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      const units = width === 1 ? foldUnit(code) : foldCodePoint(text.slice(i, i + width));
      if (units.length === 0 && folded > 0) originEnd[folded - 1] = i + width;
      for (let j = 0; j < units.length; j++) {
        const unit = units.charCodeAt(j);
        if (unit === 32 && previousUnit === 32) continue;
        if (folded >= originStart.length) {
          originStart = grow(originStart);
          originEnd = grow(originEnd);
        }
        originStart[folded] = i;
        originEnd[folded] = i + width;
        state = automaton.next(state, unit);
        previousUnit = unit;
        if (automaton.hasOutput(state)) automaton.forEachOutput(state, report);
        folded++;
      }
      i += width;
    }
    return { hits, stats: { codeUnitsRead: i, foldedUnits: folded, automatonSteps: automaton.steps - stepsBefore } };
  }

  /** Term occurrences in `text` (article language `lang`) whose context allows them, non-overlapping, in text order. */
  match(text: string, lang: string): { occurrences: TermOccurrence[]; stats: ScanStats } {
    const { hits, stats } = this.scan(text, activeLanguages(lang));
    const ownLang = primarySubtag(lang) ?? '';

    /** Unambiguous AI hits by start offset (a cue and a term on the same span count once). */
    const evidence = new Map<number, string>();
    const conceptCueStarts = new Map<number, number[]>();
    const vetoStarts = new Map<number, number[]>();
    /** Term hits merged per span and concept, keeping the strictest context rule among languages. */
    const candidates: Candidate[] = [];
    /** Candidates by start offset, to merge the same span and concept found in two languages. */
    const candidatesByStart = new Map<number, Candidate[]>();

    for (const { entry, start, end } of hits) {
      if (entry.role === 'veto') pushTo(vetoStarts, entry.concept, start);
      else if (entry.role === 'cue' && entry.concept >= 0) pushTo(conceptCueStarts, entry.concept, start);
      else if (entry.role === 'cue') {
        if (!evidence.has(start)) evidence.set(start, foldString(entry.text));
      } else {
        const sameStart = candidatesByStart.get(start) ?? [];
        const existing = sameStart.find((candidate) => candidate.end === end && candidate.concept === entry.concept);
        const ownLanguage = entry.lang === ownLang;
        if (existing && ownLanguage && !existing.ownLanguage) {
          // The article's own language decides how its form is read (an acronym inside CJK text).
          Object.assign(existing, ruleOf(entry), { ownLanguage });
        } else if (existing && ownLanguage === existing.ownLanguage) {
          existing.context = stricter(existing.context, entry.context);
          existing.notAfter.push(...(entry.notAfter ?? []));
          existing.notBefore.push(...(entry.notBefore ?? []));
          if (entry.after) existing.after = [...(existing.after ?? []), ...entry.after];
        } else if (!existing) {
          const candidate: Candidate = { concept: entry.concept, start, end, ...ruleOf(entry), ownLanguage };
          candidates.push(candidate);
          sameStart.push(candidate);
          candidatesByStart.set(start, sameStart);
        }
      }
    }
    for (const candidate of candidates) {
      if (candidate.context === null) evidence.set(candidate.start, this.concepts[candidate.concept]!.id);
    }
    const evidenceStarts = [...evidence.keys()].sort((a, b) => a - b);
    for (const list of conceptCueStarts.values()) list.sort((a, b) => a - b);
    for (const list of vetoStarts.values()) list.sort((a, b) => a - b);
    const articleIsAboutAi =
      evidence.size >= DOC_MIN_AI_HITS && new Set(evidence.values()).size >= DOC_MIN_DISTINCT_AI_HITS;

    const accepted: TermOccurrence[] = [];
    for (const candidate of candidates) {
      const { concept, start, end, context } = candidate;
      if (!usedAsConcept(text, candidate)) continue;
      if (context !== null) {
        const [from, to] = contextWindow(text, start, end);
        if (anyWithin(vetoStarts.get(concept), from, to)) continue;
        const ownCue = anyWithin(conceptCueStarts.get(concept), from, to);
        const aiNearby = ownCue || anyWithin(evidenceStarts, from, start) || anyWithin(evidenceStarts, end, to);
        const allowed =
          context === 'concept-cue' ? ownCue : context === 'near' ? aiNearby : aiNearby || articleIsAboutAi;
        if (!allowed) continue;
      }
      accepted.push({ concept, start, end, form: text.slice(start, end) });
    }

    // Leftmost-longest: "grandes modelos de linguagem" wins over "modelos de linguagem" inside it.
    accepted.sort((a, b) => a.start - b.start || b.end - a.end);
    const occurrences: TermOccurrence[] = [];
    let coveredUntil = 0;
    for (const occurrence of accepted) {
      if (occurrence.start < coveredUntil) continue;
      occurrences.push(occurrence);
      coveredUntil = occurrence.end;
    }
    return { occurrences, stats };
  }
}

function ruleOf(entry: PatternEntry): Pick<Candidate, 'context' | 'notAfter' | 'after' | 'notBefore'> {
  return {
    context: entry.context,
    notAfter: [...(entry.notAfter ?? [])],
    after: entry.after ? [...entry.after] : null,
    notBefore: [...(entry.notBefore ?? [])],
  };
}

/** True when `folded` ends with `phrase` as whole words (in CJK, as characters). */
function endsWithPhrase(folded: string, phrase: string): boolean {
  if (!folded.endsWith(phrase)) return false;
  const before = folded.slice(0, folded.length - phrase.length);
  const last = codePointBefore(before, before.length);
  return last === '' || !gluesTo(edgeKind(codePointAt(phrase, 0)), last);
}

/** True when `folded` starts with `phrase` as whole words (in CJK, as characters). */
function startsWithPhrase(folded: string, phrase: string): boolean {
  if (!folded.startsWith(phrase)) return false;
  const next = codePointAt(folded, phrase.length);
  return next === '' || !gluesTo(edgeKind(codePointBefore(phrase, phrase.length)), next);
}

/** Whether the words around a candidate make it the concept: the right word before it, no other reading's word around it. */
function usedAsConcept(text: string, candidate: Candidate): boolean {
  const { start, end, after, notAfter, notBefore } = candidate;
  if (after !== null || notAfter.length > 0) {
    const before = foldString(text.slice(Math.max(0, start - USE_REACH), start));
    if (after !== null && !after.some((phrase) => endsWithPhrase(before, phrase))) return false;
    const beforeWords = before.replace(TRAILING_NON_WORD, '');
    if (notAfter.some((phrase) => endsWithPhrase(beforeWords, phrase))) return false;
  }
  if (notBefore.length > 0) {
    const following = foldString(text.slice(end, end + USE_REACH)).trimStart();
    if (notBefore.some((phrase) => startsWithPhrase(following, phrase))) return false;
  }
  return true;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
