/**
 * Scores findClaims against the hand-labelled articles in tests/claims-gold: precision of the
 * claims shown (how many are gold claims) and recall of the gold claims, per article, per language
 * and overall. Exits non-zero when a target is missed. `--verbose` lists hits, misses and extras.
 */
import { findClaims } from '../lib/analysis/claims';
import type { Claim } from '../lib/shared/types';
import { goldArticles, type GoldArticle, type GoldClaim } from '../tests/claims-gold';

const TARGETS = { precision: 0.8, recall: 0.6, languagePrecision: 0.6 };
const verbose = process.argv.includes('--verbose');

interface Tally {
  shown: number;
  correct: number;
  gold: number;
  found: number;
  kindAgree: number;
  speakerAgree: number;
}

const emptyTally = (): Tally => ({ shown: 0, correct: 0, gold: 0, found: 0, kindAgree: 0, speakerAgree: 0 });

function add(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as Array<keyof Tally>) into[key] += from[key];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const pct = (value: number) => value.toFixed(2);

function checkGold(article: GoldArticle): void {
  for (const gold of article.gold) {
    const first = article.text.indexOf(gold.match);
    if (first === -1 || article.text.indexOf(gold.match, first + 1) !== -1) {
      throw new Error(`${article.id}: gold fragment must occur exactly once in the text: "${gold.match}"`);
    }
  }
}

function scoreArticle(article: GoldArticle): Tally {
  checkGold(article);
  const claims = findClaims(article.text, article.lang);
  const goldOf = (claim: Claim): GoldClaim[] => article.gold.filter((gold) => claim.text.includes(gold.match));
  const tally = emptyTally();
  tally.shown = claims.length;
  tally.gold = article.gold.length;
  const found = new Set<GoldClaim>();
  for (const claim of claims) {
    const matches = goldOf(claim);
    if (matches.length) tally.correct++;
    for (const gold of matches) found.add(gold);
    const first = matches[0];
    if (first && first.kind === claim.kind) tally.kindAgree++;
    if (first && first.speaker === claim.speaker) tally.speakerAgree++;
    if (verbose) {
      const mark = matches.length ? 'ok ' : 'XX ';
      const expected = first ? ` (gold ${first.kind}/${first.speaker ?? '-'})` : '';
      console.log(`    ${mark}[${claim.kind}/${claim.speaker ?? '-'}]${expected} ${claim.text.slice(0, 110)}`);
    }
  }
  tally.found = found.size;
  if (verbose)
    for (const gold of article.gold) if (!found.has(gold)) console.log(`    -- missed [${gold.kind}] ${gold.match}`);
  return tally;
}

function line(label: string, tally: Tally): string {
  return [
    label.padEnd(28),
    `shown ${String(tally.shown).padStart(3)}`,
    `precision ${pct(ratio(tally.correct, tally.shown))}`,
    `recall ${pct(ratio(tally.found, tally.gold))}`,
    `kind ${pct(ratio(tally.kindAgree, tally.correct))}`,
    `speaker ${pct(ratio(tally.speakerAgree, tally.correct))}`,
  ].join('  ');
}

const overall = emptyTally();
const byLanguage = new Map<string, Tally>();
console.log('Per article (kind/speaker = agreement with the gold label among correct claims):');
for (const article of goldArticles) {
  if (verbose) console.log(`  ${article.id}`);
  const tally = scoreArticle(article);
  console.log('  ' + line(article.id, tally));
  add(overall, tally);
  if (!byLanguage.has(article.lang)) byLanguage.set(article.lang, emptyTally());
  add(byLanguage.get(article.lang)!, tally);
}
console.log('Per language:');
for (const [lang, tally] of byLanguage) console.log('  ' + line(lang, tally));
console.log('Overall:');
console.log('  ' + line(`${goldArticles.length} articles, ${byLanguage.size} languages`, overall));

const failures: string[] = [];
const precision = ratio(overall.correct, overall.shown);
const recall = ratio(overall.found, overall.gold);
if (precision < TARGETS.precision) failures.push(`overall precision ${pct(precision)} < ${TARGETS.precision}`);
if (recall < TARGETS.recall) failures.push(`overall recall ${pct(recall)} < ${TARGETS.recall}`);
for (const [lang, tally] of byLanguage) {
  const value = ratio(tally.correct, tally.shown);
  if (value < TARGETS.languagePrecision)
    failures.push(`${lang} precision ${pct(value)} < ${TARGETS.languagePrecision}`);
}
if (failures.length) {
  console.error(`FAIL: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(
  `PASS: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, every language precision ≥ ${TARGETS.languagePrecision}`,
);
