/**
 * Scores findClaims against the hand-labelled articles in tests/claims-gold: precision of the
 * claims shown (how many are gold claims) and recall of the gold claims, per article, per split
 * (speakers compared as in the real-page eval: honorifics aside, one name within the other)
 * and language, and overall. Exits non-zero when a target is missed. `--verbose` lists hits,
 * misses and extras; `--json` prints one row per split and language:
 * {suite: 'claims', split, group: 'gold:<lang>', metrics}.
 */
import { findClaims } from '../lib/analysis/claims';
import type { Claim } from '../lib/shared/types';
import { goldArticles, type GoldArticle, type GoldClaim } from '../tests/claims-gold';
import { sameSpeaker } from '../tests/claims-real/score';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const TARGETS = { precision: 0.8, recall: 0.6, languagePrecision: 0.6 };
/** Chinese and Japanese (issue 13), on the test articles only. */
const CJK_TEST_TARGETS = { precision: 0.85, recall: 0.7 };
const verbose = process.argv.includes('--verbose');
const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

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
    if (first && sameSpeaker(claim.speaker, first.speaker, article.lang)) tally.speakerAgree++;
    if (verbose) {
      const mark = matches.length ? 'ok ' : 'XX ';
      const expected = first ? ` (gold ${first.kind}/${first.speaker ?? '-'})` : '';
      log(`    ${mark}[${claim.kind}/${claim.speaker ?? '-'}]${expected} ${claim.text.slice(0, 110)}`);
    }
  }
  tally.found = found.size;
  if (verbose) for (const gold of article.gold) if (!found.has(gold)) log(`    -- missed [${gold.kind}] ${gold.match}`);
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
const bySplitLanguage = new Map<string, Tally>();
const primary = (lang: string) => lang.split(/[-_]/)[0]!.toLowerCase();
const tallyIn = (map: Map<string, Tally>, key: string) => {
  if (!map.has(key)) map.set(key, emptyTally());
  return map.get(key)!;
};
log('Per article (kind/speaker = agreement with the gold label among correct claims):');
for (const article of goldArticles) {
  if (verbose) log(`  ${article.id}`);
  const tally = scoreArticle(article);
  const split = article.split ?? 'dev';
  log('  ' + line(`${article.id}${split === 'test' ? ' (test)' : ''}`, tally));
  add(overall, tally);
  add(tallyIn(byLanguage, primary(article.lang)), tally);
  add(tallyIn(bySplitLanguage, `${split}\u0000${primary(article.lang)}`), tally);
}
log('Per split and language:');
for (const [key, tally] of [...bySplitLanguage].sort()) log('  ' + line(key.replace('\u0000', ' '), tally));
log('Overall:');
log('  ' + line(`${goldArticles.length} articles, ${byLanguage.size} languages`, overall));

if (json) {
  for (const [key, tally] of [...bySplitLanguage].sort()) {
    const [split, lang] = key.split('\u0000');
    const metrics = {
      articles: goldArticles.filter((a) => (a.split ?? 'dev') === split && primary(a.lang) === lang).length,
      shown: tally.shown,
      precision: Number(ratio(tally.correct, tally.shown).toFixed(3)),
      recall: Number(ratio(tally.found, tally.gold).toFixed(3)),
      typeAccuracy: Number(ratio(tally.kindAgree, tally.correct).toFixed(3)),
      speakerAccuracy: Number(ratio(tally.speakerAgree, tally.correct).toFixed(3)),
    };
    console.log(JSON.stringify({ suite: 'claims', split, group: `gold:${lang}`, metrics }));
  }
}

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
for (const lang of ['zh', 'ja']) {
  const tally = bySplitLanguage.get(`test\u0000${lang}`);
  if (!tally) continue;
  const langPrecision = ratio(tally.correct, tally.shown);
  const langRecall = ratio(tally.found, tally.gold);
  if (langPrecision < CJK_TEST_TARGETS.precision)
    failures.push(`${lang} test precision ${pct(langPrecision)} < ${CJK_TEST_TARGETS.precision}`);
  if (langRecall < CJK_TEST_TARGETS.recall)
    failures.push(`${lang} test recall ${pct(langRecall)} < ${CJK_TEST_TARGETS.recall}`);
}
if (failures.length) {
  console.error(`FAIL: ${failures.join('; ')}`);
  process.exit(1);
}
log(
  `PASS: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, every language precision ≥ ${TARGETS.languagePrecision}; ` +
    `zh and ja test precision ≥ ${CJK_TEST_TARGETS.precision}, recall ≥ ${CJK_TEST_TARGETS.recall}`,
);
