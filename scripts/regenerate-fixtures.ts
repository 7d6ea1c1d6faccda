/**
 * npm run fixtures:regenerate [-- slug …]
 * Rewrites tests/fixtures/pages/<slug>/expected-analysis.json from the current code, for every
 * fixture page or the ones named. Review the diff before committing: it is the change in output.
 */
import { writeFileSync } from 'node:fs';
import {
  expectedPath,
  listFixturePages,
  readExpected,
  serializeExpected,
  stableAnalysis,
} from '../tests/fixtures/expected-analysis';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const wanted = process.argv.slice(2);
const all = listFixturePages();
const unknown = wanted.filter((slug) => !all.includes(slug));
if (unknown.length > 0) {
  process.stderr.write(`regenerate-fixtures: no fixture page named ${unknown.join(', ')}\n`);
  process.exit(1);
}
for (const slug of wanted.length > 0 ? wanted : all) {
  const before = readExpected(slug);
  const after = stableAnalysis(slug);
  const text = serializeExpected(after);
  const changed = before === null ? 'new' : serializeExpected(before) === text ? 'unchanged' : 'changed';
  writeFileSync(expectedPath(slug), text);
  process.stdout.write(`${changed.padEnd(9)} ${slug}\n`);
}
