/**
 * npm run eval [-- --suite extraction,claims,…]
 * Every evaluation in one table: each suite's script runs with `--json` (dev and test splits,
 * per language or dataset), and its own gate decides pass or fail on the test split. Exits
 * non-zero when any suite fails its gate or cannot run (e.g. ../shared is missing).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

interface Row {
  suite: string;
  split: string;
  group: string;
  metrics: Record<string, number | null>;
}

interface Suite {
  name: string;
  script: string;
  /** The figures shown in the combined table (a suite prints all of them itself). */
  shown: string[];
}

const SUITES: Suite[] = [
  {
    name: 'extraction',
    script: 'scripts/eval-extraction.ts',
    shown: ['pages', 'p', 'r', 'f1', 'readability_f1', 'lost'],
  },
  {
    name: 'claims',
    script: 'scripts/eval-claims.ts',
    shown: ['precision', 'recall', 'typeAccuracy', 'speakerAccuracy'],
  },
  {
    name: 'claims-real',
    script: 'scripts/eval-claims-real.ts',
    shown: ['pages', 'precision', 'recall', 'typeAccuracy', 'speakerAccuracy', 'nonStoryClaims'],
  },
  {
    name: 'glossary',
    script: 'scripts/eval-glossary.ts',
    shown: ['passages', 'labelled', 'recall', 'falseTerms', 'nonAiFalseTerms'],
  },
  {
    name: 'disclaimer',
    script: 'scripts/eval-disclaimer.ts',
    shown: ['disclaimers', 'recall', 'lookAlikes', 'falseFlags', 'kindAccuracy', 'hostAccuracy'],
  },
];

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { suite: { type: 'string' } } });
const wanted = values.suite?.split(',').map((name) => name.trim());
const suites = wanted ? SUITES.filter((suite) => wanted.includes(suite.name)) : SUITES;

/** The rows a suite printed: one JSON array, or one JSON object per line, after any lines of its own. */
function rowsIn(stdout: string): Row[] {
  const start = stdout.search(/^\[/m);
  const end = stdout.lastIndexOf(']');
  if (start !== -1 && end > start) return JSON.parse(stdout.slice(start, end + 1)) as Row[];
  const rows = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Row);
  if (rows.length === 0) throw new Error('printed no JSON rows');
  return rows;
}

const format = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(3);

const failures: string[] = [];
for (const suite of suites) {
  const run = spawnSync('npx', ['tsx', suite.script, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let rows: Row[] = [];
  try {
    rows = rowsIn(run.stdout ?? '');
  } catch (error) {
    failures.push(`${suite.name}: ${(error as Error).message}`);
  }
  console.log(`\n## ${suite.name}${run.status === 0 ? '' : '  — FAILED ITS GATE OR COULD NOT RUN'}`);
  const shown = suite.shown.filter((metric) => rows.some((row) => metric in row.metrics));
  console.log(['split', 'group', ...shown].map((cell) => cell.padEnd(12)).join(' '));
  for (const row of rows) {
    console.log(
      [row.split, row.group, ...shown.map((metric) => format(row.metrics[metric]))]
        .map((cell) => cell.padEnd(12))
        .join(' '),
    );
  }
  if (run.status !== 0) {
    failures.push(`${suite.name} exited ${run.status}`);
    const said = (run.stderr ?? '').trim().split('\n').slice(-5).join('\n');
    if (said) console.log(said);
  }
}

if (failures.length > 0) {
  console.error(`\neval: ${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\neval: ${suites.length} suites passed their gates.`);
