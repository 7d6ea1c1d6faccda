/**
 * NODE_OPTIONS=--max-old-space-size=8000 npx tsx scripts/experiment-claim-speakers.ts
 *
 * Whether a learned speaker decision reaches new pages better than the rules (round 11, branch speakersml). For every
 * claim the claims code keeps on the dev pages (the panel's 8 and every candidate), it records what the speaker rules
 * had at hand: their pick and which rule found it, the speaker of the sentences before, the person named before with
 * nobody speaking, the last organization, the last person, the organization acting, the names of the sentence. A
 * conditional logit over those candidates (the rules' pick, none, the carried speaker, the other names) with generic
 * features (how found, paragraph distance, speech and quotation cues, position in the paragraph, language, entity
 * kind, what stands before and after the candidate's name) is trained on the dev pages except the fresh ones and
 * compared with the rules: by 5-fold page-grouped cross-validation on that pool, and on the fresh pages. The speaker
 * is replaced after the claims are chosen, so the comparison is of the speaker decision alone.
 *
 * Measured on 2026-12-01 (tests/claims-real/results.md, round 11 speakersml): no setting beat the rules by 0.02 on
 * both; cross-validation on the pool -9 to +0 claims, the fresh pages +0 to +5 of 260 (panel +0 of 95).
 *
 * The rules are read in place (their methods wrapped on the prototype, output unchanged); nothing of this runs in the
 * extension. The run needs a large heap (two analyses of every dev page in one process), and about 5 minutes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzePage } from '../lib/analysis/analyze';
import { DEFAULT_MAX_CLAIMS } from '../lib/analysis/claims';
import { type ClaimLexicon, lexiconFor } from '../lib/analysis/claims/lexicon';
import { findPhrases } from '../lib/analysis/claims/match';
import { SpeakerTracker } from '../lib/analysis/claims/speaker';
import { realGoldPages, realPageUrl } from '../tests/claims-real';
import { sameSpeaker, scorePage } from '../tests/claims-real/score';
import { parseHtml } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');
const EVERY_CANDIDATE_MAX = 500;

/** The dev pages labelled in round 10 and never tuned on (types9's 8 and speakers9's 8, two of them shared). */
const FRESH_PAGES = [
  'chinese-wce/a0cb0242-d33a-4a90-b0c4-f27d791e0a9e',
  'chinese-wce/ab65832c-15b6-4c9e-b64f-3bc575332499',
  'chinese-wce/aefcf136-f592-4e95-b376-81cbd144684b',
  'chinese-wce/c2d9f85c-f454-4bd5-8f4e-986580c1113a',
  'trafilatura-eval/dw.com-elephants',
  'trafilatura-eval/elpais.com.ciencia',
  'trafilatura-eval/ladiaria.com.uy-productor',
  'readability-test-pages/gmw',
  'l3s-gn1/234b1541-c17b-4432-8c62-0709093acdb5',
  'l3s-gn1/fedf013d-01f9-4cb2-bd70-f4d64715ec32',
  'trafilatura-eval/laestrella.com.pa-laboral',
  'trafilatura-eval/trome.pe-chollywood',
  'readability-test-pages/nytimes-3',
  'readability-test-pages/seattletimes-1',
];
const isFresh = (page: string) => FRESH_PAGES.some((name) => page.endsWith(name));

/** The rule methods whose non-empty answers are recorded: which of them gave a candidate is how it was found. */
const TRACED_RULES = [
  'attributedSpeaker',
  'closingAttribution',
  'colonLeadIn',
  'speakerOfVerb',
  'invertedSubjectOf',
  'appositiveSubjectOf',
  'subjectOf',
  'invertedRelativeSubject',
  'reportAgent',
  'organizationActor',
  'resolvePronoun',
  'unspacedSpeaker',
  'titleAnaphor',
  'roleAnaphor',
  'organizationAnaphor',
  'groupSubject',
  'indefiniteMember',
];

/** The tracker's state as the experiment reads it (protected members, read at run time only). */
interface TrackerInternals {
  lastSpeaker: string | null;
  lastSpeakerBlock: number;
  namedWithoutSpeech: string | null;
  lastOrganization: string | null;
  recent: string[];
  actor: string | null;
  speakerCarried: boolean;
  lexicon: ClaimLexicon;
  unspaced: boolean;
  nameCandidates(text: string): Array<{ name: string; index: number }>;
  canonical(name: string): string;
  isPersonSpeaker(name: string): boolean;
  isOrganization(name: string): boolean;
  isPlace(name: string): boolean;
}

interface SentenceTrace {
  sentence: string;
  block: number;
  indexInBlock: number;
  runningQuote: string | null;
  lastSpeaker: string | null;
  lastSpeakerBlock: number;
  namedBefore: string | null;
  lastOrganization: string | null;
  lastPerson: string | null;
  actor: string | null;
  carriedToQuote: boolean;
  /** [rule, speaker] for every traced rule that answered while the sentence was read. */
  found: Array<[string, string]>;
  names: Array<{ name: string; person: boolean; organization: boolean; place: boolean }>;
}

interface Row {
  page: string;
  lang: string;
  panel: boolean;
  rule: string | null;
  gold: string | null;
  trace: SentenceTrace;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
const prototype = SpeakerTracker.prototype as unknown as Record<string, Method>;
let answers: Array<[string, string]> | null = null;
let traces: SentenceTrace[] = [];
let sentencesPerBlock = new Map<number, number>();

for (const name of TRACED_RULES) {
  const original = prototype[name];
  if (!original) throw new Error(`experiment-claim-speakers: SpeakerTracker has no method ${name}`);
  prototype[name] = function (this: unknown, ...args: unknown[]) {
    const value = original.apply(this, args);
    if (answers && typeof value === 'string' && value) answers.push([name, value]);
    return value;
  };
}
const speakerOf = prototype.speakerOf!;
prototype.speakerOf = function (this: unknown, ...args: unknown[]) {
  const tracker = this as TrackerInternals;
  const [sentence, block, , runningQuote] = args as [string, number, string, string | null];
  const before = {
    lastSpeaker: tracker.lastSpeaker,
    lastSpeakerBlock: tracker.lastSpeakerBlock,
    namedBefore: tracker.namedWithoutSpeech,
    lastOrganization: tracker.lastOrganization,
    lastPerson: tracker.recent[0] ?? null,
  };
  answers = [];
  const speaker = speakerOf.apply(this, args);
  const found = answers;
  answers = null;
  const indexInBlock = sentencesPerBlock.get(block) ?? 0;
  sentencesPerBlock.set(block, indexInBlock + 1);
  traces.push({
    sentence,
    block,
    indexInBlock,
    runningQuote: runningQuote ?? null,
    ...before,
    actor: tracker.actor,
    carriedToQuote: tracker.speakerCarried,
    found,
    names: tracker.nameCandidates(sentence).map(({ name }) => {
      const canonical = tracker.canonical(name);
      return {
        name: canonical,
        person: tracker.isPersonSpeaker(canonical),
        organization: tracker.isOrganization(canonical),
        place: tracker.isPlace(canonical),
      };
    }),
  });
  return speaker;
};

function collectRows(): Row[] {
  const rows: Row[] = [];
  for (const entry of realGoldPages().filter((page) => page.split === 'dev' && page.story)) {
    const dir = join(CORPUS, entry.page);
    const url = realPageUrl(dir, entry.page);
    for (const panel of [true, false]) {
      const { window, document } = parseHtml(readFileSync(join(dir, 'source.html'), 'utf8'), url);
      traces = [];
      sentencesPerBlock = new Map();
      const maxShown = panel ? DEFAULT_MAX_CLAIMS : EVERY_CANDIDATE_MAX;
      const analysis = analyzePage(document, url, panel ? {} : { maxClaims: EVERY_CANDIDATE_MAX });
      const traceOf = new Map(traces.map((trace) => [trace.sentence, trace]));
      const { verdicts } = scorePage(analysis.claims, entry.claims, { lang: entry.lang, story: true, maxShown });
      for (const { claim, gold } of verdicts) {
        const trace = traceOf.get(claim.text);
        if (gold && trace)
          rows.push({
            page: entry.page,
            lang: entry.lang,
            panel,

            rule: claim.speaker,
            gold: gold.speaker,
            trace,
          });
      }
      window.close();
    }
  }
  return rows;
}

interface Candidate {
  speaker: string | null;
  features: string[];
  correct: boolean;
}

const languageGroup = (lang: string) => (/^(zh|ja)/.test(lang) ? 'cjk' : /^(es|pt|fr)/.test(lang) ? 'romance' : lang);

const lexicons = new Map<string, ClaimLexicon>();
const cueLists = (lexicon: ClaimLexicon): Record<string, string[]> => ({
  reporting: lexicon.reportingVerbs,
  belief: lexicon.beliefVerbs,
  announcement: lexicon.announcementVerbs,
  plan: [...lexicon.planMarkers, ...lexicon.decisionVerbs],
  forecast: lexicon.forecastVerbs,
  source: lexicon.sourcePrepositions,
});

/** The speech, plan and source words of the sentence, by list. */
function cueHits(row: Row): Array<{ list: string; index: number; end: number }> {
  if (!lexicons.has(row.lang)) lexicons.set(row.lang, lexiconFor(row.lang));
  const unspaced = /^(zh|ja)/.test(row.lang);
  return Object.entries(cueLists(lexicons.get(row.lang)!)).flatMap(([list, phrases]) =>
    findPhrases(row.trace.sentence, phrases, unspaced).map(({ index, end }) => ({ list, index, end })),
  );
}

/** Where a candidate is named in the sentence, and the cue words right before and after the name. */
function mentionFeatures(row: Row, speaker: string, hits: ReturnType<typeof cueHits>): string[] {
  const { sentence } = row.trace;
  const surname = speaker.split(/\s+/).pop() ?? speaker;
  const whole = sentence.indexOf(speaker);
  const index = whole >= 0 ? whole : surname.length >= 2 ? sentence.indexOf(surname) : -1;
  if (index < 0) return ['mention:absent'];
  const end = index + (whole >= 0 ? speaker.length : surname.length);
  const wordsBefore = (sentence.slice(0, index).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const features = ['mention:present', `mention:words-before-${Math.min(3, wordsBefore)}`];
  if ((sentence.slice(0, index).match(/["“”«»„「」]/gu) ?? []).length % 2 === 1) features.push('mention:in-quotation');
  for (const hit of hits) {
    if (hit.index >= end && hit.index - end <= 40 && !/[.;:!?]/u.test(sentence.slice(end, hit.index)))
      features.push(`mention:then-${hit.list}`);
    if (hit.end <= index && index - hit.end <= 25) features.push(`mention:after-${hit.list}`);
  }
  return [...new Set(features)];
}

/**
 * The candidates of one claim, each with its features: the roles it plays (the rules' pick, none, the carried speaker,
 * a name of the sentence, …), each alone and with every context cue of the sentence. `small`: only the rules' pick,
 * none and the carried speaker.
 */
function candidatesOf(row: Row, small: boolean): Candidate[] {
  const { trace } = row;
  const roles = new Map<string | null, Set<string>>();
  const add = (speaker: string | null, role: string) => {
    if (!roles.has(speaker)) roles.set(speaker, new Set());
    roles.get(speaker)!.add(role);
  };
  add(row.rule, 'rule');
  add(null, 'none');
  if (trace.lastSpeaker) add(trace.lastSpeaker, 'carried');
  const names = trace.names.filter((name) => !name.place).slice(0, 5);
  if (!small) {
    if (trace.namedBefore) add(trace.namedBefore, 'named-before');
    if (trace.lastOrganization) add(trace.lastOrganization, 'last-organization');
    if (trace.lastPerson) add(trace.lastPerson, 'last-person');
    if (trace.actor) add(trace.actor, 'actor');
    names.forEach(({ name }, at) => add(name, at === 0 ? 'first-name' : 'later-name'));
  }
  const hits = cueHits(row);
  const distance =
    trace.lastSpeakerBlock < -1 ? 'none' : String(Math.min(3, Math.max(0, trace.block - trace.lastSpeakerBlock)));
  const context = [
    `lang:${languageGroup(row.lang)}`,
    `distance:${distance}`,
    trace.indexInBlock === 0 ? 'opens-paragraph' : 'within-paragraph',
    `running-quote:${trace.runningQuote ?? 'no'}`,
    trace.carriedToQuote ? 'carried-to-quotation' : 'not-carried',
    row.rule === null ? 'rule-none' : 'rule-some',
    `names:${Math.min(3, names.length)}`,
    /["“”«»„「」『』]/u.test(trace.sentence) ? 'quotation-marks' : 'no-quotation-marks',
    /^[\s"“„«»「『'‘]/u.test(trace.sentence) ? 'opens-with-quotation' : 'opens-otherwise',
    ...new Set(hits.map((hit) => `cue:${hit.list}`)),
  ];
  const ruleFoundBy = new Set(
    trace.found.filter(([, value]) => value === row.rule).map(([rule]) => `found-by:${rule}`),
  );
  return [...roles].map(([speaker, own]) => {
    const sorted = [...own].sort();
    const features = new Set([`roles:${sorted.join('+')}`]);
    for (const role of sorted) {
      features.add(role);
      for (const cue of context) features.add(`${role}&${cue}`);
    }
    if (own.has('rule') && speaker !== null) for (const found of ruleFoundBy) features.add(found);
    if (speaker !== null) {
      for (const [rule, value] of trace.found) if (value === speaker) features.add(`answered-by:${rule}`);
      const named = trace.names.find((name) => name.name === speaker);
      features.add(`kind:${!named ? 'not-named' : named.person ? 'person' : named.organization ? 'org' : 'other'}`);
      features.add(/\s/u.test(speaker) ? 'several-words' : 'one-word');
      if (!small) for (const feature of mentionFeatures(row, speaker, hits)) features.add(feature);
    }
    return { speaker, features: [...features], correct: sameSpeaker(speaker, row.gold, row.lang) };
  });
}

type Weights = Map<string, number>;
const scoreOf = (weights: Weights, candidate: Candidate) =>
  candidate.features.reduce((sum, feature) => sum + (weights.get(feature) ?? 0), 0);

/**
 * Conditional logit: maximizes the probability of the right candidates of each claim with an L2 penalty, by full-batch
 * AdaGrad from zero weights (deterministic). Claims with no right candidate teach nothing and are left out.
 */
function train(examples: Candidate[][], lambda: number, iterations = 200, rate = 0.3): Weights {
  const weights: Weights = new Map();
  const squares = new Map<string, number>();
  const learnable = examples.filter((candidates) => candidates.some((candidate) => candidate.correct));
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Map<string, number>();
    for (const candidates of learnable) {
      const scores = candidates.map((candidate) => scoreOf(weights, candidate));
      const top = Math.max(...scores);
      const odds = scores.map((score) => Math.exp(score - top));
      const total = odds.reduce((sum, value) => sum + value, 0);
      const rightTotal = odds.reduce((sum, value, at) => sum + (candidates[at]!.correct ? value : 0), 0);
      candidates.forEach((candidate, at) => {
        const step = odds[at]! / total - (candidate.correct ? odds[at]! / rightTotal : 0);
        for (const feature of candidate.features) gradient.set(feature, (gradient.get(feature) ?? 0) + step);
      });
    }
    for (const [feature, sum] of gradient) {
      const weight = weights.get(feature) ?? 0;
      const slope = sum / learnable.length + lambda * weight;
      const square = (squares.get(feature) ?? 0) + slope * slope;
      squares.set(feature, square);
      weights.set(feature, weight - (rate * slope) / Math.sqrt(square + 1e-8));
    }
  }
  return weights;
}

/** The best-scored candidate; the rules' pick wins a tie. */
function choose(weights: Weights, candidates: Candidate[]): Candidate {
  let best = candidates[0]!;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = scoreOf(weights, candidate) + (candidate.features.includes('rule') ? 1e-9 : 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

interface Comparison {
  claims: number;
  rules: number;
  model: number;
  fixed: number;
  broken: number;
  reachable: number;
}
const emptyComparison = (): Comparison => ({ claims: 0, rules: 0, model: 0, fixed: 0, broken: 0, reachable: 0 });

function compare(into: Comparison, rows: Row[], examples: Candidate[][], weights: Weights): void {
  rows.forEach((row, at) => {
    const ruleRight = sameSpeaker(row.rule, row.gold, row.lang);
    const modelRight = choose(weights, examples[at]!).correct;
    into.claims++;
    if (ruleRight) into.rules++;
    if (modelRight) into.model++;
    if (modelRight && !ruleRight) into.fixed++;
    if (ruleRight && !modelRight) into.broken++;
    if (examples[at]!.some((candidate) => candidate.correct)) into.reachable++;
  });
}

const share = (part: number, whole: number) => (whole ? part / whole : 1).toFixed(3);
function report(label: string, { claims, rules, model, fixed, broken, reachable }: Comparison): void {
  console.log(
    [
      label.padEnd(28),
      `claims ${claims}`,
      `rules ${share(rules, claims)} (${rules})`,
      `model ${share(model, claims)} (${model})`,
      `${model - rules >= 0 ? '+' : ''}${model - rules} (fixed ${fixed}, broken ${broken})`,
      `reachable ${share(reachable, claims)}`,
    ].join('  '),
  );
}

if (!existsSync(CORPUS)) {
  process.stderr.write(`experiment-claim-speakers: ${CORPUS} is missing (the corpus beside the checkout).\n`);
  process.exit(2);
}
const rows = collectRows();
const pool = rows.filter((row) => !isFresh(row.page));
const fresh = rows.filter((row) => isFresh(row.page));
const poolPages = [...new Set(pool.map((row) => row.page))].sort();
// Folds by a hash of the page's name, so that neighbouring pages of one site do not fall together by list order.
const hashOf = (text: string) => [...text].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
const foldOf = (page: string) => hashOf(page) % 5;
console.log(
  `pool: ${poolPages.length} dev pages, ${pool.filter((row) => !row.panel).length} matched claims (every candidate); ` +
    `fresh: ${new Set(fresh.map((row) => row.page)).size} pages, ${fresh.filter((row) => !row.panel).length} claims`,
);
for (const small of [true, false])
  for (const lambda of [0.001, 0.003, 0.01]) {
    const examplesOf = (set: Row[]) => set.map((row) => candidatesOf(row, small));
    console.log(`\n${small ? 'rules’ pick, none or carried' : 'every candidate'}, lambda ${lambda}`);
    const crossEvery = emptyComparison();
    const crossPanel = emptyComparison();
    for (let fold = 0; fold < 5; fold++) {
      const training = pool.filter((row) => foldOf(row.page) !== fold && !row.panel);
      const weights = train(examplesOf(training), lambda);
      const heldEvery = pool.filter((row) => foldOf(row.page) === fold && !row.panel);
      const heldPanel = pool.filter((row) => foldOf(row.page) === fold && row.panel);
      compare(crossEvery, heldEvery, examplesOf(heldEvery), weights);
      compare(crossPanel, heldPanel, examplesOf(heldPanel), weights);
    }
    report('pool 5-fold, every candidate', crossEvery);
    report('pool 5-fold, panel', crossPanel);
    const weights = train(examplesOf(pool.filter((row) => !row.panel)), lambda);
    for (const panel of [false, true]) {
      const set = fresh.filter((row) => row.panel === panel);
      const comparison = emptyComparison();
      compare(comparison, set, examplesOf(set), weights);
      report(`fresh, ${panel ? 'panel' : 'every candidate'}`, comparison);
    }
  }
