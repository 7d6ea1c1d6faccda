import { wordSetOf, type ClaimLexicon } from './lexicon';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  block: number;
  score: number;
}

/** Content tokens for comparing two sentences: words without function words, or character bigrams. */
export function contentTokens(text: string, lexicon: ClaimLexicon, unspaced: boolean): Set<string> {
  const tokens = new Set<string>();
  if (unspaced) {
    const letters = [...text.replace(/[^\p{L}\p{N}]/gu, '')];
    for (let i = 0; i + 1 < letters.length; i++) tokens.add(letters[i]! + letters[i + 1]!);
    return tokens;
  }
  const stopwords = wordSetOf(lexicon, 'stopwords');
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length > 2 && !stopwords.has(word)) tokens.add(word);
  }
  return tokens;
}

/** Share of the smaller set found in the other (1 when one sentence restates the other). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  // The tokens the two share, counted from the smaller set.
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of smaller) if (larger.has(token)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Overlap above which two sentences count as the same point. */
const DUPLICATE_OVERLAP = 0.6;
/** Penalty for each claim already taken from the same block, so one paragraph does not fill the list. */
const SAME_BLOCK_PENALTY = 0.12;
/** Bonus for the first claim from a part of the article that has none yet. */
const NEW_ZONE_BONUS = 0.08;

/**
 * Picks up to `max` candidates: highest score first, near-duplicates merged into the better one,
 * spread over the article (a penalty for claims from a block already used, a bonus for an unused
 * part of the text), returned in article order. Candidates scoring below `minScore` only fill the
 * places the others leave empty.
 */
export function selectClaims<T extends Candidate>(
  candidates: T[],
  max: number,
  textLength: number,
  lexicon: ClaimLexicon,
  unspaced: boolean,
  minScore = 0,
): T[] {
  if (max <= 0) return [];
  const byScore = [...candidates].sort((a, b) => b.score - a.score || a.start - b.start);
  const distinct = withoutDuplicates(
    byScore,
    byScore.map((candidate) => contentTokens(candidate.text, lexicon, unspaced)),
  );
  const zoneCount = Math.max(1, Math.ceil(Math.min(max, distinct.length) / 2));
  const zoneOf = (candidate: T) =>
    Math.min(zoneCount - 1, Math.floor((candidate.start / Math.max(1, textLength)) * zoneCount));
  const zones = new Map(distinct.map((candidate) => [candidate, zoneOf(candidate)]));
  const chosen: T[] = [];
  // What the chosen claims hold: how many come from each block, and the zones they are in.
  const takenFromBlock = new Map<number, number>();
  const zonesUsed = new Set<number>();
  const remaining = new Set(distinct);
  while (chosen.length < max && remaining.size > 0) {
    let best: T | null = null;
    let bestValue = -Infinity;
    const fillingIn = ![...remaining].some((candidate) => candidate.score >= minScore);
    for (const candidate of remaining) {
      if (!fillingIn && candidate.score < minScore) continue;
      const sameBlock = takenFromBlock.get(candidate.block) ?? 0;
      const zoneUsed = zonesUsed.has(zones.get(candidate)!);
      const value = candidate.score - sameBlock * SAME_BLOCK_PENALTY + (zoneUsed ? 0 : NEW_ZONE_BONUS);
      if (value > bestValue) {
        best = candidate;
        bestValue = value;
      }
    }
    if (!best) break;
    chosen.push(best);
    remaining.delete(best);
    takenFromBlock.set(best.block, (takenFromBlock.get(best.block) ?? 0) + 1);
    zonesUsed.add(zones.get(best)!);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * `byScore` without each candidate whose tokens overlap a better kept one's by DUPLICATE_OVERLAP or more, as comparing
 * it with every kept candidate (see overlap) would find; `tokens` holds each candidate's, in the same order. The kept
 * candidates sharing a token are found through an index from token to them, so only those are counted.
 */
function withoutDuplicates<T>(byScore: readonly T[], tokens: ReadonlyArray<Set<string>>): T[] {
  const distinct: T[] = [];
  const sizes: number[] = [];
  const holders = new Map<string, number[]>();
  // Tokens shared with each kept candidate, counted for the candidate being read and set back to 0 after it.
  const shared: number[] = [];
  const touched: number[] = [];
  byScore.forEach((candidate, at) => {
    const own = tokens[at]!;
    for (const token of own)
      for (const kept of holders.get(token) ?? []) {
        if (shared[kept] === 0) touched.push(kept);
        shared[kept]!++;
      }
    let duplicate = false;
    for (const kept of touched) {
      if (shared[kept]! / Math.min(own.size, sizes[kept]!) >= DUPLICATE_OVERLAP) duplicate = true;
      shared[kept] = 0;
    }
    touched.length = 0;
    if (duplicate) return;
    const index = distinct.length;
    distinct.push(candidate);
    sizes.push(own.size);
    shared.push(0);
    for (const token of own) {
      const list = holders.get(token);
      if (list) list.push(index);
      else holders.set(token, [index]);
    }
  });
  return distinct;
}
