/**
 * npm run eval:claims-real [-- --verbose] [--json] [--split dev|test] [--every-candidate] [--pages a,b,…]
 *
 * Key claims on real published pages (tests/claims-real, pages read in place from ../shared/corpus):
 * each page is parsed by happy-dom with scripts off and run through the whole analyzePage, as the
 * extension does. Per split and language: precision, recall (a shown claim matches a gold sentence
 * by word overlap), type and speaker accuracy among matched claims, and claims shown on pages that
 * are not stories. Exits non-zero when the test split misses a gate below, or when ../shared is absent.
 * `--json` prints one row per split and group: {suite: 'claims', split, group, metrics}.
 * `--every-candidate` scores every sentence the claims code would keep (up to 500 a page), not only the panel's 8: its
 * type and speaker accuracy cover the sentences no round tuned on (precision and recall mean little then, and no gate
 * is applied).
 * `--pages` scores only the labelled pages whose folder ends with one of the comma-separated names (e.g. a batch of new
 * pages measured blind, or pages held out from tuning); gates apply only when the whole test split is scored.
 * `--speaker-exact` also counts, per language, the right speakers (by the scorer's containment) shown exactly as the gold
 * name and those shown with more or fewer characters ("乔布斯乐观地" for 乔布斯); with `--verbose` it lists the latter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../lib/analysis/analyze';
import { DEFAULT_MAX_CLAIMS } from '../lib/analysis/claims';
import { realGoldPages, realPageUrl, type RealGoldPage } from '../tests/claims-real';
import { addTally, emptyTally, kindsOf, metricsOf, scorePage, type ClaimTally } from '../tests/claims-real/score';
import { parseHtml } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpus');

/**
 * Gates on the test split: the figures measured on 2026-11-30 (tests/claims-real/results.md) minus a
 * small margin, so a change that makes them worse fails. The targets (precision 0.85, recall
 * 0.75, type and speaker 0.9, no claims on non-story pages) are not all met yet; raise these as they are.
 */
const TEST_GATES = {
  // Measured 2026-11-30 after the claims3 (round 4) speaker rules: precision 0.91, recall 0.81, type 0.87, speaker
  // 0.77, and no claims on the 4 non-story pages (before: speaker 0.76). Measured 2026-12-01 after the round 5
  // rules (dev grown to 77 pages): precision 0.908, recall 0.819, type 0.875, speaker 0.750, the floor itself.
  // Measured 2026-12-01 after round 6 (dev grown to 103 pages): precision 0.91, recall 0.82, type 0.86, speaker 0.77.
  // Measured 2026-12-01 after round 7 (dev grown to 118 pages): precision 0.908, recall 0.819, type 0.852, speaker 0.773.
  // Measured 2026-12-01 after round 8 (dev grown to 135 pages): precision 0.901, recall 0.819, type 0.852, speaker 0.766.
  // Measured 2026-12-01 after round 9 types (dev grown to 150 pages): precision 0.901, recall 0.819, type 0.867, speaker
  // 0.766; the same after round 9 speakers (37 dev speaker labels changed to one convention), so type rose to 0.86.
  // After round 9's article rules (the test pages' text changed a little, 140 claims shown): precision 0.900, recall
  // 0.806, type 0.873, speaker 0.762.
  // On 2026-12-02 the test split grew from 25 to 36 pages: 11 fresh pages (es, en, fr, de, zh; one not a story)
  // labelled before any change of that round and only measured. Then every page read here drops inline-SVG
  // stylesheets first, as the extraction evals did (happy-dom ends the document at an SVG <style>, a browser does not),
  // which gave some of the new pages their whole article. On the 36: precision 0.905, recall 0.709, type 0.858, speaker
  // 0.765, no claims on the 5 non-story pages; on the 25 older pages the figures above, unchanged. The new pages show
  // fewer claims and harder types (11 pages: recall 0.50, type 0.81), so the recall and type gates follow them down.
  // Round 14 (2026-12-02): plain statements fill a panel the stronger claims leave short (recall16). Measured once
  // after the round's merges: precision 0.879, recall 0.767, type 0.869, speaker 0.766. That trades precision for
  // recall, both now past the targets (0.85, 0.75), so the precision gate comes down to 0.87 and recall's
  // rises to the target.
  precision: 0.87,
  recall: 0.75,
  typeAccuracy: 0.86,
  speakerAccuracy: 0.75,
  nonStoryClaims: 0,
};

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : null;
const everyCandidate = args.includes('--every-candidate');
const speakerExact = args.includes('--speaker-exact');
const onlyPages = args.includes('--pages')
  ? (args[args.indexOf('--pages') + 1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  : null;
/** Candidates kept per page with --every-candidate: more than any page yields. */
const EVERY_CANDIDATE_MAX = 500;
const maxShown = everyCandidate ? EVERY_CANDIDATE_MAX : DEFAULT_MAX_CLAIMS;

if (!existsSync(CORPUS)) {
  process.stderr.write(
    `eval:claims-real: ${CORPUS} is missing. The real pages are read from ../shared/corpus beside the checkout.\n`,
  );
  process.exit(2);
}

const log = (line: string) => {
  if (!json) console.log(line);
};

/**
 * Per split and language: right speakers shown exactly as a gold name, and those the scorer accepts only by containment.
 */
const speakerForms = new Map<string, { exact: number; inexact: number }>();
function countSpeakerForms(entry: RealGoldPage, verdicts: ReturnType<typeof scorePage>['verdicts']): void {
  for (const { claim, gold, speakerOk } of verdicts) {
    if (!gold || !speakerOk || !claim.speaker || !gold.speaker) continue;
    const key = `${entry.split}\u0000${entry.lang}`;
    const form = speakerForms.get(key) ?? { exact: 0, inexact: 0 };
    speakerForms.set(key, form);
    if (gold.speaker.split('|').includes(claim.speaker)) form.exact++;
    else {
      form.inexact++;
      if (verbose) log(`    speaker-inexact ${entry.page}: shown ${claim.speaker} / gold ${gold.speaker}`);
    }
  }
}

async function scoreOne(entry: RealGoldPage): Promise<ClaimTally> {
  const dir = join(CORPUS, entry.page);
  const source = join(dir, 'source.html');
  if (!existsSync(source)) throw new Error(`${entry.page}: no source.html under ${CORPUS}`);
  const url = realPageUrl(dir, entry.page);
  const { window, document } = parseHtml(readFileSync(source, 'utf8'), url);
  try {
    const analysis = analyzePage(document, url, everyCandidate ? { maxClaims: EVERY_CANDIDATE_MAX } : {});
    const lang = analysis.article?.lang ?? entry.lang;
    const { tally, verdicts, missed } = scorePage(analysis.claims, entry.claims, {
      lang: entry.lang,
      story: entry.story,
      maxShown,
    });
    if (speakerExact) countSpeakerForms(entry, verdicts);
    if (verbose) {
      log(`  ${entry.split} ${entry.page} [${entry.story ? 'story' : 'not a story'}, article lang ${lang}]`);
      for (const { claim, gold, kindOk, speakerOk } of verdicts) {
        const mark = !gold ? 'XX ' : kindOk && speakerOk ? 'ok ' : 'ok~';
        const expected = gold ? ` (gold ${kindsOf(gold).join('/')}/${gold.speaker ?? '-'})` : '';
        log(`    ${mark} [${claim.kind}/${claim.speaker ?? '-'}]${expected} ${claim.text.slice(0, 120)}`);
      }
      for (const gold of missed)
        log(`    --  missed [${kindsOf(gold).join('/')}/${gold.speaker ?? '-'}] ${gold.sentence.slice(0, 110)}`);
    }
    return tally;
  } finally {
    // Awaited: happy-dom frees a window's document only once its close settles, and a loop that never yields kept
    // every page in memory (over 4 GB on 227 + 36 pages, Node's heap limit).
    await window.happyDOM.close();
  }
}

const pages = realGoldPages()
  .filter((entry) => !onlySplit || entry.split === onlySplit)
  .filter((entry) => !onlyPages || onlyPages.some((name) => entry.page === name || entry.page.endsWith(`/${name}`)));
if (onlyPages && pages.length === 0) {
  process.stderr.write(`eval:claims-real: no labelled page matches --pages ${onlyPages.join(',')}\n`);
  process.exit(2);
}
const groups = new Map<string, ClaimTally>();
const tallyOf = (key: string) => {
  if (!groups.has(key)) groups.set(key, emptyTally());
  return groups.get(key)!;
};
for (const entry of pages) {
  const tally = await scoreOne(entry);
  addTally(tallyOf(`${entry.split}\u0000${entry.lang}`), tally);
  addTally(tallyOf(`${entry.split}\u0000all`), tally);
}

const pct = (value: number) => value.toFixed(2);
const rows: Array<{ suite: 'claims'; split: string; group: string; metrics: ReturnType<typeof metricsOf> }> = [];
log('');
log(
  ['split', 'group', 'pages', 'shown', 'precision', 'recall', '(all)', 'type', 'speaker', 'non-story claims'].join(
    '\t',
  ),
);
for (const split of ['test', 'dev']) {
  const keys = [...groups.keys()].filter((key) => key.startsWith(`${split}\u0000`)).sort();
  for (const key of [...keys.filter((k) => !k.endsWith('\u0000all')), `${split}\u0000all`]) {
    const tally = groups.get(key);
    if (!tally) continue;
    const group = key.split('\u0000')[1]!;
    const metrics = metricsOf(tally);
    rows.push({ suite: 'claims', split, group: `real:${group}`, metrics });
    log(
      [
        split,
        group,
        metrics.pages,
        metrics.shown,
        pct(metrics.precision),
        pct(metrics.recall),
        pct(metrics.recallAll),
        pct(metrics.typeAccuracy),
        pct(metrics.speakerAccuracy),
        `${metrics.nonStoryClaims} on ${metrics.nonStoryPages} pages`,
      ].join('\t'),
    );
  }
}
if (json) for (const row of rows) console.log(JSON.stringify(row));
if (speakerExact)
  for (const [key, form] of [...speakerForms].sort()) {
    const [split, lang] = key.split('\u0000');
    console.log(JSON.stringify({ suite: 'claims-speaker-exact', split, group: `real:${lang}`, ...form }));
  }

const test = everyCandidate || onlyPages ? undefined : groups.get('test\u0000all');
if (test) {
  const metrics = metricsOf(test);
  const failures: string[] = [];
  if (metrics.precision < TEST_GATES.precision)
    failures.push(`precision ${pct(metrics.precision)} < ${TEST_GATES.precision}`);
  if (metrics.recall < TEST_GATES.recall) failures.push(`recall ${pct(metrics.recall)} < ${TEST_GATES.recall}`);
  if (metrics.typeAccuracy < TEST_GATES.typeAccuracy)
    failures.push(`type accuracy ${pct(metrics.typeAccuracy)} < ${TEST_GATES.typeAccuracy}`);
  if (metrics.speakerAccuracy < TEST_GATES.speakerAccuracy)
    failures.push(`speaker accuracy ${pct(metrics.speakerAccuracy)} < ${TEST_GATES.speakerAccuracy}`);
  if (metrics.nonStoryClaims > TEST_GATES.nonStoryClaims)
    failures.push(`${metrics.nonStoryClaims} claims on non-story pages > ${TEST_GATES.nonStoryClaims}`);
  if (failures.length) {
    process.stderr.write(`FAIL (test split): ${failures.join('; ')}\n`);
    process.exit(1);
  }
  if (!json) log(`PASS (test split gates)`);
}
