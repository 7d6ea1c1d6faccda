/**
 * Scores the glossary matcher on the labelled passages in tests/glossary-gold (dev and test
 * splits): concept recall (labelled concepts found / labelled concepts) and false terms (concepts
 * found that the passage does not use), overall, on the non-AI passages, per language and for
 * CJK text. Exits non-zero when the test split misses a gate.
 *
 *   npm run eval:glossary                  the table, dev and test
 *   npm run eval:glossary -- --verbose     also every miss and false term, passage by passage
 *   npm run eval:glossary -- --json        one JSON row per split and group instead of the table
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GLOSSARY_TERMS, matchGlossary } from '../lib/analysis/glossary';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

/**
 * Gates on the test split, set at the figures measured when the split was last scored: they
 * catch a drop, not a rise.
 */
const TEST_GATES = { recall: 1, cjkRecall: 1, nonAiFalseTerms: 0, falseTermsPerPassage: 0 };

const SPLITS = ['dev', 'test'] as const;
type Split = (typeof SPLITS)[number];
const CJK_LANGS = new Set(['zh', 'ja']);
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

interface GoldPassage {
  id: string;
  lang: string;
  terms: string[];
  text: string;
  source?: string;
}

interface Tally {
  passages: number;
  nonAiPassages: number;
  labelled: number;
  found: number;
  falseTerms: number;
  nonAiFalseTerms: number;
}

interface Metrics extends Tally {
  recall: number;
  falseTermsPerPassage: number;
}

const emptyTally = (): Tally => ({
  passages: 0,
  nonAiPassages: 0,
  labelled: 0,
  found: 0,
  falseTerms: 0,
  nonAiFalseTerms: 0,
});

const knownIds = new Set(GLOSSARY_TERMS.map((concept) => concept.id));

function loadSplit(split: Split): GoldPassage[] {
  const file = fileURLToPath(new URL(`../tests/glossary-gold/${split}.json`, import.meta.url));
  const passages = JSON.parse(readFileSync(file, 'utf8')) as GoldPassage[];
  for (const passage of passages) {
    const unknown = passage.terms.filter((id) => !knownIds.has(id));
    if (unknown.length > 0) throw new Error(`${split}/${passage.id}: unknown term ids ${unknown.join(', ')}`);
  }
  return passages;
}

function scorePassage(passage: GoldPassage): Tally {
  const foundIds = new Set(matchGlossary(passage.text, passage.lang).map((entry) => entry.termId));
  const labelled = new Set(passage.terms);
  const missed = [...labelled].filter((id) => !foundIds.has(id));
  const extra = [...foundIds].filter((id) => !labelled.has(id));
  if (verbose && (missed.length > 0 || extra.length > 0)) {
    const parts = [missed.length ? `missed ${missed.join(', ')}` : '', extra.length ? `false ${extra.join(', ')}` : ''];
    console.log(`  ${passage.id}: ${parts.filter(Boolean).join('; ')} — ${passage.text.slice(0, 100)}`);
  }
  const nonAi = labelled.size === 0;
  return {
    passages: 1,
    nonAiPassages: nonAi ? 1 : 0,
    labelled: labelled.size,
    found: labelled.size - missed.length,
    falseTerms: extra.length,
    nonAiFalseTerms: nonAi ? extra.length : 0,
  };
}

function add(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

function metricsOf(tally: Tally): Metrics {
  return {
    ...tally,
    recall: tally.labelled === 0 ? 1 : tally.found / tally.labelled,
    falseTermsPerPassage: tally.passages === 0 ? 0 : tally.falseTerms / tally.passages,
  };
}

/** Tallies per group: 'all', 'cjk', 'non-cjk' and each language. */
function scoreSplit(split: Split): Map<string, Metrics> {
  const tallies = new Map<string, Tally>();
  const into = (group: string, tally: Tally) => {
    const total = tallies.get(group) ?? emptyTally();
    add(total, tally);
    tallies.set(group, total);
  };
  if (verbose) console.log(`${split}:`);
  for (const passage of loadSplit(split)) {
    const tally = scorePassage(passage);
    into('all', tally);
    into(CJK_LANGS.has(passage.lang) ? 'cjk' : 'non-cjk', tally);
    into(passage.lang, tally);
  }
  return new Map([...tallies].map(([group, tally]) => [group, metricsOf(tally)]));
}

const results = new Map(SPLITS.map((split) => [split, scoreSplit(split)] as const));

if (asJson) {
  for (const [split, groups] of results) {
    for (const [group, metrics] of groups) console.log(JSON.stringify({ suite: 'glossary', split, group, metrics }));
  }
} else {
  console.log('split  group    passages  non-AI  recall          false terms  per passage  on non-AI');
  for (const [split, groups] of results) {
    for (const [group, m] of groups) {
      console.log(
        `${split.padEnd(6)} ${group.padEnd(8)} ${String(m.passages).padStart(8)}  ${String(m.nonAiPassages).padStart(6)}  ` +
          `${m.recall.toFixed(2)} (${m.found}/${m.labelled})`.padEnd(16) +
          `${String(m.falseTerms).padStart(11)}  ${m.falseTermsPerPassage.toFixed(3).padStart(11)}  ${String(m.nonAiFalseTerms).padStart(9)}`,
      );
    }
  }
}

const test = results.get('test')!;
const all = test.get('all')!;
const cjk = test.get('cjk')!;
const failures: string[] = [];
if (all.recall < TEST_GATES.recall) failures.push(`test recall ${all.recall.toFixed(2)} < ${TEST_GATES.recall}`);
if (cjk.recall < TEST_GATES.cjkRecall)
  failures.push(`test CJK recall ${cjk.recall.toFixed(2)} < ${TEST_GATES.cjkRecall}`);
if (all.nonAiFalseTerms > TEST_GATES.nonAiFalseTerms)
  failures.push(`test false terms on non-AI passages ${all.nonAiFalseTerms} > ${TEST_GATES.nonAiFalseTerms}`);
if (all.falseTermsPerPassage > TEST_GATES.falseTermsPerPassage)
  failures.push(
    `test false terms per passage ${all.falseTermsPerPassage.toFixed(3)} > ${TEST_GATES.falseTermsPerPassage}`,
  );
if (failures.length > 0) {
  console.error(`eval:glossary: FAILED — ${failures.join('; ')}`);
  process.exit(1);
}
if (!asJson) console.log('eval:glossary: test split meets its gates.');
