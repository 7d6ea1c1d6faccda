import type { Claim, ClaimKind } from '../../lib/shared/types';

/** What a gold claim looks like to the scorer (real pages and written gold alike). */
export interface ScoredGold {
  sentence: string;
  kind: ClaimKind | ClaimKind[];
  speaker: string | null;
}

/** Counts for one page or a group of pages; ratios are taken at the end. */
export interface ClaimTally {
  pages: number;
  /** Claims shown on story pages. */
  shown: number;
  /** Shown claims that are gold claims. */
  correct: number;
  /** Gold claims, and how many of them the panel could show at most (capped at the panel's limit). */
  gold: number;
  goldReachable: number;
  found: number;
  kindAgree: number;
  speakerAgree: number;
  /** Pages that are not stories, and the claims shown on them. */
  nonStoryPages: number;
  nonStoryClaims: number;
}

export const emptyTally = (): ClaimTally => ({
  pages: 0,
  shown: 0,
  correct: 0,
  gold: 0,
  goldReachable: 0,
  found: 0,
  kindAgree: 0,
  speakerAgree: 0,
  nonStoryPages: 0,
  nonStoryClaims: 0,
});

export function addTally(into: ClaimTally, from: ClaimTally): void {
  for (const key of Object.keys(into) as Array<keyof ClaimTally>) into[key] += from[key];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export interface ClaimMetrics {
  pages: number;
  precision: number;
  /** Found gold claims over the gold the panel could show (at most its limit per page). */
  recall: number;
  /** Found gold claims over all gold claims, uncapped. */
  recallAll: number;
  typeAccuracy: number;
  speakerAccuracy: number;
  shown: number;
  nonStoryPages: number;
  nonStoryClaims: number;
}

export function metricsOf(tally: ClaimTally): ClaimMetrics {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    pages: tally.pages,
    precision: round(ratio(tally.correct, tally.shown)),
    recall: round(ratio(tally.found, tally.goldReachable)),
    recallAll: round(ratio(tally.found, tally.gold)),
    typeAccuracy: round(ratio(tally.kindAgree, tally.correct)),
    speakerAccuracy: round(ratio(tally.speakerAgree, tally.correct)),
    shown: tally.shown,
    nonStoryPages: tally.nonStoryPages,
    nonStoryClaims: tally.nonStoryClaims,
  };
}

const UNSPACED = /^(zh|ja)/i;

/** Words (lower case, accents kept) or, for Chinese and Japanese, character pairs. */
export function sentenceTokens(text: string, lang: string): Set<string> {
  const tokens = new Set<string>();
  if (UNSPACED.test(lang)) {
    const letters = [...text.replace(/[^\p{L}\p{N}]/gu, '')];
    for (let i = 0; i + 1 < letters.length; i++) tokens.add(letters[i]! + letters[i + 1]!);
    return tokens;
  }
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) tokens.add(word);
  return tokens;
}

/** Share of the smaller side covered by the other: a claim cut shorter or run longer still matches. */
export function sentenceOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  if (shared < 3) return 0;
  return Math.max(shared / a.size, shared / b.size);
}

/** Overlap from which a shown claim counts as the gold sentence. */
export const MATCH_OVERLAP = 0.6;

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'sra', 'mme', 'm', 'herr', 'frau']);

function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token && !HONORIFICS.has(token));
}

/**
 * Whether a shown speaker is the gold speaker: both none, or the same name once honorifics are
 * dropped, one name's words within the other's ("Runcie" / "Robert Runcie"), or for Chinese and
 * Japanese one inside the other.
 */
export function sameSpeaker(shown: string | null, gold: string | null, lang: string): boolean {
  if (gold === null || shown === null) return gold === shown;
  return gold.split('|').some((alternative) => {
    if (UNSPACED.test(lang) && !/[A-Za-z]{3}/.test(alternative)) {
      return alternative.includes(shown) ? shown.length >= 2 : shown.includes(alternative);
    }
    const a = nameTokens(shown);
    const b = nameTokens(alternative);
    if (!a.length || !b.length) return false;
    return a.every((token) => b.includes(token)) || b.every((token) => a.includes(token));
  });
}

export function kindsOf(gold: ScoredGold): ClaimKind[] {
  return Array.isArray(gold.kind) ? gold.kind : [gold.kind];
}

export interface ClaimVerdict {
  claim: Claim;
  gold: ScoredGold | null;
  kindOk: boolean;
  speakerOk: boolean;
}

export interface PageScore {
  tally: ClaimTally;
  verdicts: ClaimVerdict[];
  missed: ScoredGold[];
}

/** Scores the claims shown on one page against its gold; `story: false` pages only count what is shown. */
export function scorePage(
  claims: Claim[],
  gold: ScoredGold[],
  options: { lang: string; story: boolean; maxShown: number },
): PageScore {
  const tally = emptyTally();
  tally.pages = 1;
  if (!options.story) {
    tally.nonStoryPages = 1;
    tally.nonStoryClaims = claims.length;
    return {
      tally,
      verdicts: claims.map((claim) => ({ claim, gold: null, kindOk: false, speakerOk: false })),
      missed: [],
    };
  }
  const goldTokens = gold.map((item) => sentenceTokens(item.sentence, options.lang));
  const found = new Set<ScoredGold>();
  const verdicts: ClaimVerdict[] = [];
  tally.shown = claims.length;
  tally.gold = gold.length;
  tally.goldReachable = Math.min(gold.length, options.maxShown);
  for (const claim of claims) {
    const tokens = sentenceTokens(claim.text, options.lang);
    let matched: ScoredGold | null = null;
    let bestOverlap = 0;
    for (const [index, item] of gold.entries()) {
      const value = sentenceOverlap(tokens, goldTokens[index]!);
      if (value >= MATCH_OVERLAP && value > bestOverlap) {
        matched = item;
        bestOverlap = value;
      }
    }
    const kindOk = matched !== null && kindsOf(matched).includes(claim.kind);
    const speakerOk = matched !== null && sameSpeaker(claim.speaker, matched.speaker, options.lang);
    if (matched) {
      tally.correct++;
      found.add(matched);
      if (kindOk) tally.kindAgree++;
      if (speakerOk) tally.speakerAgree++;
    }
    verdicts.push({ claim, gold: matched, kindOk, speakerOk });
  }
  tally.found = Math.min(found.size, tally.goldReachable);
  return { tally, verdicts, missed: gold.filter((item) => !found.has(item)) };
}
