/**
 * npm run eval:disclaimer [-- --set] [--real] [--corpus] [--extraction] [--json]
 *
 * 1. The hand-written set (tests/disclaimer-set): recall on disclaimers, false flags on look-alikes.
 *    Targets: recall ≥ 0.95, false flags 0.
 * 2. The real texts (tests/disclaimer-real, dev and test splits), per language: recall, false flags,
 *    kinds right and host right. The test split is gated on REAL_TEST_TARGETS; dev is reported only.
 * 3. The real pages in ../shared/corpus (fails when ../shared is missing):
 *    - readability-test-pages: every flag is printed with its text for review; a flag on a page
 *      not listed in tests/disclaimer-set/corpus-reviewed.json counts as a false flag. Also times
 *      the whole-page scan.
 *    - the real texts quoted from corpus pages, found (or not) by a scan of their whole page;
 * 4. --extraction (only when asked for): every flag on the 400 pages of extraction-dev, for
 *    review (unlabelled, informational). Run it on its own: happy-dom does not free the pages.
 *
 * With no section flag, sections 1–3 run. --json prints only rows
 * {suite: 'disclaimer', split, group, metrics} (one JSON array) for a combined report: split is
 * test / dev for the real texts (group: language or all), set, corpus, or test-pages / dev-pages.
 * Exits non-zero when a target is missed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDisclaimer } from '../lib/analysis/disclaimer/index';
import { findProvenance } from '../lib/analysis/provenance/index';
import type { DisclaimerFlag, DisclaimerKind } from '../lib/shared/types';
import { CASES, type DisclaimerCase } from '../tests/disclaimer-set/cases';
import { buildCasePage, caseArticleText } from '../tests/disclaimer-set/page';
import {
  languageGroup,
  loadRealItems,
  REAL_SPLITS,
  type RealItem,
  type RealSplit,
} from '../tests/disclaimer-real/items';
import { listCorpusPages, readCorpusPage, scriptlessWindow } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');
const CORPUS_DIR = join(SHARED_CORPUS, 'readability-test-pages');
const EXTRACTION_DIR = join(SHARED_CORPUS, 'extraction-dev');
const REVIEWED_FILE = join(ROOT, 'tests/disclaimer-set/corpus-reviewed.json');
const SET_RECALL_TARGET = 0.95;

/**
 * The real test split must not drop below these: the figures measured on it after the rebuild
 * (19/19 found, no false flag, zh and ja kinds and hosts all right). Null: report only.
 */
const REAL_TEST_TARGETS: {
  recall: number;
  maxFalseFlags: number;
  /** Languages whose kinds and hosts must be right (share of found disclaimers / of named hosts). */
  exact: Record<string, { kindAccuracy: number; hostAccuracy: number }>;
} | null = {
  recall: 1,
  maxFalseFlags: 0,
  exact: { zh: { kindAccuracy: 1, hostAccuracy: 1 }, ja: { kindAccuracy: 1, hostAccuracy: 1 } },
};

interface Row {
  suite: 'disclaimer';
  split: string;
  group: string;
  /** Null where the measure has no denominator (no disclaimers in the group). */
  metrics: Record<string, number | null>;
}

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const chosen = ['--set', '--real', '--corpus', '--extraction'].filter((flag) => args.has(flag));
/** --extraction (400 more pages, for review only) runs only when asked for. */
const runs = (flag: string) => (chosen.length === 0 && flag !== '--extraction') || chosen.includes(flag);
const rows: Row[] = [];
const say = (line = '') => {
  if (!asJson) console.log(line);
};

/**
 * happy-dom keeps every parsed document alive until its window closes, so the window is replaced
 * every PAGES_PER_WINDOW pages (530 corpus pages in one window run out of memory).
 */
const PAGES_PER_WINDOW = 40;
let window = scriptlessWindow('https://corpus.invalid/');
let parsedInWindow = 0;

function parse(html: string): Document {
  if (parsedInWindow >= PAGES_PER_WINDOW) {
    void window.happyDOM.close();
    window = scriptlessWindow('https://corpus.invalid/');
    parsedInWindow = 0;
  }
  parsedInWindow++;
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** The detector on the item's text placed in a small news page. */
function detectOnPage(item: Pick<DisclaimerCase, 'lang' | 'text' | 'placement' | 'expect'>): DisclaimerFlag | null {
  const doc = parse(buildCasePage(item as DisclaimerCase));
  return detectDisclaimer(doc, caseArticleText(doc));
}

const sameKinds = (a: DisclaimerKind[], b: DisclaimerKind[]) =>
  a.length === b.length && a.every((kind) => b.includes(kind));
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const fixed = (value: number) => value.toFixed(3);

function evaluateSet(): boolean {
  const positives = CASES.filter((item) => item.expect === 'disclaimer');
  const negatives = CASES.filter((item) => item.expect === 'none');
  let found = 0;
  let kindHits = 0;
  let kindExpected = 0;
  let kindReported = 0;
  const problems: string[] = [];

  for (const item of positives) {
    const flag = detectOnPage(item);
    if (!flag) {
      problems.push(`MISSED  ${item.id}: ${item.text}`);
      continue;
    }
    found++;
    const hits = item.kinds.filter((kind) => flag.kinds.includes(kind)).length;
    kindHits += hits;
    kindExpected += item.kinds.length;
    kindReported += flag.kinds.length;
    if (!sameKinds(item.kinds, flag.kinds)) {
      problems.push(`kinds   ${item.id}: expected [${item.kinds.join(', ')}], got [${flag.kinds.join(', ')}]`);
    }
    if (item.host && flag.host !== item.host)
      problems.push(`host    ${item.id}: expected ${item.host}, got ${flag.host}`);
  }

  const falseFlags: string[] = [];
  for (const item of negatives) {
    const flag = detectOnPage(item);
    if (flag) falseFlags.push(`FALSE FLAG ${item.id} (${item.lookAlike}) [${flag.kinds.join(', ')}]: ${flag.text}`);
  }

  const recall = found / positives.length;
  const languages = new Set(positives.map((item) => item.lang));
  const lookAlikes = new Set(negatives.map((item) => (item.expect === 'none' ? item.lookAlike : '')));
  say('== Hand-written set (tests/disclaimer-set) ==');
  say(
    `cases: ${CASES.length} (${positives.length} disclaimers in ${languages.size} languages, ${negatives.length} look-alikes of ${lookAlikes.size} kinds)`,
  );
  say(`recall: ${found}/${positives.length} = ${fixed(recall)} (target ≥ ${SET_RECALL_TARGET})`);
  say(`false flags: ${falseFlags.length}/${negatives.length} (target 0)`);
  say(`kinds: recall ${fixed(ratio(kindHits, kindExpected))}, precision ${fixed(ratio(kindHits, kindReported))}`);
  for (const line of [...problems, ...falseFlags]) say(`  ${line}`);
  rows.push({
    suite: 'disclaimer',
    split: 'set',
    group: 'all',
    metrics: {
      disclaimers: positives.length,
      recall,
      lookAlikes: negatives.length,
      falseFlags: falseFlags.length,
      kindRecall: ratio(kindHits, kindExpected),
      kindPrecision: ratio(kindHits, kindReported),
    },
  });
  return recall >= SET_RECALL_TARGET && falseFlags.length === 0;
}

interface GroupScore {
  disclaimers: number;
  found: number;
  kindsRight: number;
  hostsLabelled: number;
  hostsRight: number;
  lookAlikes: number;
  falseFlags: number;
}

const emptyScore = (): GroupScore => ({
  disclaimers: 0,
  found: 0,
  kindsRight: 0,
  hostsLabelled: 0,
  hostsRight: 0,
  lookAlikes: 0,
  falseFlags: 0,
});

function scoreItem(item: RealItem, flag: DisclaimerFlag | null, score: GroupScore, problems: string[]): void {
  if (item.expect === 'none') {
    score.lookAlikes++;
    if (flag) {
      score.falseFlags++;
      problems.push(`FALSE FLAG ${item.id} (${item.lookAlike}) [${flag.kinds.join(', ')}]: ${flag.text}`);
    }
    return;
  }
  score.disclaimers++;
  if (!flag) {
    problems.push(`MISSED  ${item.id}: ${item.text}`);
    return;
  }
  score.found++;
  if (sameKinds(item.kinds, flag.kinds)) score.kindsRight++;
  else problems.push(`kinds   ${item.id}: expected [${item.kinds.join(', ')}], got [${flag.kinds.join(', ')}]`);
  if (item.host) {
    score.hostsLabelled++;
    if (flag.host === item.host) score.hostsRight++;
    else problems.push(`host    ${item.id}: expected ${item.host}, got ${flag.host}`);
  }
}

function metricsOf(score: GroupScore): Record<string, number | null> {
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    disclaimers: score.disclaimers,
    found: score.found,
    recall: share(score.found, score.disclaimers),
    lookAlikes: score.lookAlikes,
    falseFlags: score.falseFlags,
    kindAccuracy: share(score.kindsRight, score.found),
    hostsLabelled: score.hostsLabelled,
    hostAccuracy: share(score.hostsRight, score.hostsLabelled),
  };
}

function evaluateRealSplit(split: RealSplit): { total: GroupScore; groups: Map<string, GroupScore> } {
  const items = loadRealItems(split);
  const groups = new Map<string, GroupScore>();
  const total = emptyScore();
  const problems: string[] = [];
  for (const item of items) {
    const flag = detectOnPage(item);
    const group = languageGroup(item.lang);
    if (!groups.has(group)) groups.set(group, emptyScore());
    scoreItem(item, flag, groups.get(group)!, []);
    scoreItem(item, flag, total, problems);
  }

  say(
    `\n-- ${split} split: ${items.length} texts (${total.disclaimers} disclaimers, ${total.lookAlikes} look-alikes) --`,
  );
  say('lang  disclaimers found recall  look-alikes false-flags  kinds-right  hosts-right');
  const line = (name: string, score: GroupScore) =>
    `${name.padEnd(5)} ${String(score.disclaimers).padStart(11)} ${String(score.found).padStart(5)} ${score.disclaimers ? fixed(ratio(score.found, score.disclaimers)) : '  -  '}  ${String(score.lookAlikes).padStart(11)} ${String(score.falseFlags).padStart(11)}  ${`${score.kindsRight}/${score.found}`.padStart(11)}  ${`${score.hostsRight}/${score.hostsLabelled}`.padStart(11)}`;
  for (const [name, score] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    say(line(name, score));
    rows.push({ suite: 'disclaimer', split, group: name, metrics: metricsOf(score) });
  }
  say(line('all', total));
  rows.push({ suite: 'disclaimer', split, group: 'all', metrics: metricsOf(total) });
  for (const problem of problems) say(`  ${problem}`);
  return { total, groups };
}

function evaluateReal(): boolean {
  say('\n== Real texts (tests/disclaimer-real) ==');
  let ok = true;
  for (const split of REAL_SPLITS) {
    const { total, groups } = evaluateRealSplit(split);
    if (split !== 'test') continue;
    const recall = ratio(total.found, total.disclaimers);
    if (REAL_TEST_TARGETS) {
      let met = recall >= REAL_TEST_TARGETS.recall && total.falseFlags <= REAL_TEST_TARGETS.maxFalseFlags;
      for (const [group, target] of Object.entries(REAL_TEST_TARGETS.exact)) {
        const score = groups.get(group) ?? emptyScore();
        met &&=
          ratio(score.kindsRight, score.found) >= target.kindAccuracy &&
          ratio(score.hostsRight, score.hostsLabelled) >= target.hostAccuracy;
      }
      say(
        `test split targets: recall ≥ ${fixed(REAL_TEST_TARGETS.recall)}, false flags ≤ ${REAL_TEST_TARGETS.maxFalseFlags}, kinds and hosts right in ${Object.keys(REAL_TEST_TARGETS.exact).join(', ')}: ${met ? 'met' : 'MISSED'}`,
      );
      ok &&= met;
    } else {
      say('test split: no targets set (report only)');
    }
  }
  return ok;
}

function evaluateCorpus(): boolean {
  say('\n== Corpus (../shared/corpus/readability-test-pages) ==');
  if (!existsSync(CORPUS_DIR)) {
    console.error(
      `Corpus not found at ${CORPUS_DIR}. It is read in place from the shared folder beside the checkout; nothing is copied into the repo. Run with --set or --real to skip it.`,
    );
    return false;
  }
  const reviewed: Record<string, string> = existsSync(REVIEWED_FILE)
    ? (JSON.parse(readFileSync(REVIEWED_FILE, 'utf8')) as Record<string, string>)
    : {};
  const slugs = listCorpusPages(CORPUS_DIR);
  let unexpected = 0;
  let flagged = 0;
  let provenanceCount = 0;
  let detectMs = 0;
  let detectCpuMs = 0;
  let provenanceMs = 0;
  for (const slug of slugs) {
    const doc = parse(readCorpusPage(slug, CORPUS_DIR));
    const cpu = process.cpuUsage();
    let started = performance.now();
    const flag = detectDisclaimer(doc);
    detectMs += performance.now() - started;
    const used = process.cpuUsage(cpu);
    detectCpuMs += (used.user + used.system) / 1000;
    if (flag) {
      flagged++;
      const known = reviewed[slug];
      if (!known) unexpected++;
      say(
        `  ${known ? 'reviewed' : 'FLAG'} ${slug} [${flag.kinds.join(', ')}] lang=${flag.lang}: ${flag.text}${known ? ` (${known})` : ''}`,
      );
    }
    // The saved pages were served from their own address: og:url (else the canonical URL) stands
    // in for it, so a republication shows up only through a line, a link or a canonical elsewhere.
    const ownUrl =
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
      doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
      `https://corpus.invalid/${slug}/`;
    started = performance.now();
    const provenance = findProvenance(doc, new URL(ownUrl, `https://corpus.invalid/${slug}/`).href);
    provenanceMs += performance.now() - started;
    if (provenance) {
      provenanceCount++;
      say(
        `  provenance ${slug}: ${provenance.originalPublisher ?? '?'} ${provenance.originalUrl ?? ''} ${provenance.text ?? ''}`,
      );
    }
  }
  const perPage = (ms: number) => ms / Math.max(1, slugs.length);
  say(
    `pages: ${slugs.length}, unexpected flags: ${unexpected} (target 0), provenance found on ${provenanceCount} (informational)`,
  );
  say(
    `time per page (parsing excluded): detectDisclaimer ${perPage(detectMs).toFixed(1)} ms (CPU ${perPage(detectCpuMs).toFixed(1)} ms; wall time varies with the machine's load), findProvenance ${perPage(provenanceMs).toFixed(1)} ms`,
  );
  rows.push({
    suite: 'disclaimer',
    split: 'corpus',
    group: 'readability-test-pages',
    metrics: {
      pages: slugs.length,
      flags: flagged,
      unexpectedFlags: unexpected,
      provenanceFound: provenanceCount,
      detectMsPerPage: perPage(detectMs),
      detectCpuMsPerPage: perPage(detectCpuMs),
      provenanceMsPerPage: perPage(provenanceMs),
    },
  });
  evaluateRealOnPages();
  return unexpected === 0;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The real texts quoted from shared-corpus pages, on their own whole pages: is a disclaimer found
 * there (the flag holds its text), and is no look-alike flagged instead?
 */
function evaluateRealOnPages(): void {
  say('\n-- real texts on their own corpus pages (whole-page scan) --');
  const items = REAL_SPLITS.flatMap((split) => loadRealItems(split).map((item) => ({ split, item })));
  const pages = new Map<string, DisclaimerFlag | null>();
  const found = { test: 0, dev: 0 };
  const total = { test: 0, dev: 0 };
  const lookAlikeFlags = { test: 0, dev: 0 };
  const lookAlikes = { test: 0, dev: 0 };
  // A look-alike inside the same element as a labelled disclaimer (one <p> with both, split by
  // <br>) is not flagged instead of it.
  const disclaimersByPage = new Map<string, string[]>();
  for (const { item } of items) {
    if (item.corpusPath && item.expect === 'disclaimer') {
      disclaimersByPage.set(item.corpusPath, [...(disclaimersByPage.get(item.corpusPath) ?? []), squash(item.text)]);
    }
  }
  for (const { split, item } of items) {
    if (!item.corpusPath) continue;
    if (!pages.has(item.corpusPath)) {
      const html = readFileSync(join(SHARED_CORPUS, item.corpusPath, 'source.html'), 'utf8');
      pages.set(item.corpusPath, detectDisclaimer(parse(html)));
    }
    const flag = pages.get(item.corpusPath) ?? null;
    const flagText = flag ? squash(flag.text) : '';
    const flagged = flag !== null && flagText.includes(squash(item.text));
    const withDisclaimer = (disclaimersByPage.get(item.corpusPath) ?? []).some((text) => flagText.includes(text));
    if (item.expect === 'disclaimer') {
      total[split]++;
      if (flagged) found[split]++;
      else
        say(
          `  not found on its page (${split}) ${item.id}: ${flag ? `flagged instead: ${flag.text.slice(0, 120)}` : 'no flag'}`,
        );
    } else {
      lookAlikes[split]++;
      if (flagged && !withDisclaimer) {
        lookAlikeFlags[split]++;
        say(`  FLAGGED on its page (${split}) ${item.id} (${item.lookAlike}): ${flag.text.slice(0, 160)}`);
      }
    }
  }
  for (const split of REAL_SPLITS) {
    say(
      `${split}: disclaimers found on their pages ${found[split]}/${total[split]}, look-alikes flagged ${lookAlikeFlags[split]}/${lookAlikes[split]}`,
    );
    rows.push({
      suite: 'disclaimer',
      split: `${split}-pages`,
      group: 'all',
      metrics: {
        disclaimers: total[split],
        recall: total[split] ? found[split] / total[split] : null,
        lookAlikes: lookAlikes[split],
        falseFlags: lookAlikeFlags[split],
      },
    });
  }
}

/** Every page of extraction-dev (400 real pages, several languages), flags printed for review. */
function reviewExtractionPages(): void {
  say('\n== Review: flags on ../shared/corpus/extraction-dev (unlabelled, informational) ==');
  let pages = 0;
  let flags = 0;
  let detectMs = 0;
  for (const dataset of readdirSync(EXTRACTION_DIR, { withFileTypes: true })) {
    if (!dataset.isDirectory()) continue;
    for (const slug of readdirSync(join(EXTRACTION_DIR, dataset.name))) {
      const file = join(EXTRACTION_DIR, dataset.name, slug, 'source.html');
      if (!existsSync(file)) continue;
      pages++;
      const doc = parse(readFileSync(file, 'utf8'));
      const started = performance.now();
      const flag = detectDisclaimer(doc);
      detectMs += performance.now() - started;
      if (!flag) continue;
      flags++;
      say(`  ${dataset.name}/${slug} [${flag.kinds.join(', ')}] host=${flag.host}: ${flag.text.slice(0, 160)}`);
    }
  }
  say(`pages: ${pages}, flagged: ${flags}, detectDisclaimer ${(detectMs / Math.max(1, pages)).toFixed(1)} ms per page`);
  rows.push({
    suite: 'disclaimer',
    split: 'corpus',
    group: 'extraction-dev',
    metrics: { pages, flags, detectMsPerPage: detectMs / Math.max(1, pages) },
  });
}

const setOk = runs('--set') ? evaluateSet() : true;
const realOk = runs('--real') ? evaluateReal() : true;
const corpusOk = runs('--corpus') ? evaluateCorpus() : true;
if (runs('--extraction')) {
  if (existsSync(EXTRACTION_DIR)) reviewExtractionPages();
  else console.error(`extraction-dev not found at ${EXTRACTION_DIR} (read in place from the shared folder).`);
}
await window.happyDOM.close();
if (asJson) console.log(JSON.stringify(rows, null, 1));
if (!setOk || !realOk || !corpusOk) {
  console.error('\neval:disclaimer: target missed');
  process.exit(1);
}
say('\neval:disclaimer: all targets met');
