/**
 * npm run eval:extraction -- [--split dev|test|all] [--json] [--summary] [--dataset <name>] [--only <slug>]
 *   [--pages <dataset/slug,...>]   (a held-back half of dev: score only these pages)
 *   [--dump <folder>]   (writes every system's text per page, to read the differences)
 *   [--margins]   (how near each page comes to "no article": per page, and counted per split under
 *                  MARGIN_BOUNDS; a held-back half is run with --summary, for the counts alone)
 *
 * Scores Marginalia's article text (analyzePage → article.text) and plain Readability on
 * ../shared/corpus/extraction-dev, as that corpus's README says (scripts/extraction-scoring.ts).
 * Readability is scored twice: its `textContent`, and its content joined block by block the way
 * Marginalia joins it (the fairer baseline; the gate compares against the better of the two).
 *
 * The pages are split into dev (tuned on) and test (only measured) by the committed list in
 * scripts/eval-extraction-split.tsv, made once by the rule in assignSplits (`--write-split`).
 *
 * Prints per page (unless --summary), then per split: overall, per dataset, per language, and
 * the "articles lost" count (truth of 300+ characters, 150+ in zh/ja, and no article). The
 * trafilatura-eval pages carry snippets instead of a full text and are scored apart (TP/FP).
 * `--json` prints one row per split and group instead, for the combined eval.
 *
 * Exits non-zero when the test split's token F1 falls below TEST_F1_FLOOR (a regression) or below
 * Readability's in the same run, or when the corpus is missing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../lib/analysis/analyze';
import { collectBlocks } from '../lib/analysis/article/blocks';
import { scriptlessWindow, writePage } from '../tests/fixtures/load';
import {
  assignSplits,
  scoreSnippets,
  scoreTokens,
  snippetScore,
  truthIsArticle,
  type SnippetCounts,
  type SnippetTruth,
  type Split,
  type TokenScore,
} from './extraction-scoring';
import { extractWithMargin } from './extraction-margin';
import {
  EXTRACTION_CORPUS,
  EXTRACTION_SPLIT_FILE,
  listExtractionPages,
  readExtractionSplits,
  type ExtractionPage,
} from './extraction-corpus';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

/**
 * With --margins, pages are counted by how near the article decision they come: the margin of the
 * last reading's decision (decisionMargin: the smallest ratio of a prose measure to its threshold,
 * 1 on the boundary), under each of these bounds. A count, not a list: a held-back half is read
 * only in aggregate.
 */
const MARGIN_BOUNDS = [1.25, 1.5, 2, 3] as const;

/** The test split's token F1 measured when this gate was set, less 0.005. */
const TEST_F1_FLOOR = 0.933;

const SYSTEMS = ['marginalia', 'readability', 'readability-blocks'] as const;
type System = (typeof SYSTEMS)[number];
const LABEL: Record<System, string> = {
  marginalia: 'Marginalia',
  readability: 'Readability',
  'readability-blocks': 'Readab.+blocks',
};

type CorpusPage = ExtractionPage;

interface PageResult {
  page: CorpusPage;
  split: Split;
  outputs: Record<System, string>;
  ms: { marginalia: number; readability: number };
  token?: { truthIsArticle: boolean; scores: Record<System, TokenScore> };
  snippets?: Record<System, SnippetCounts>;
  /** With --margins: the decision margin (0 when Readability found nothing). */
  margin?: number;
}

function fail(message: string): never {
  console.error(`\n*** eval:extraction: ${message}\n`);
  process.exit(2);
}

function writeSplitFile(pages: CorpusPage[]): void {
  const splits = assignSplits(pages);
  const lines = [
    '# dataset\tslug\tsplit — made once by assignSplits (scripts/extraction-scoring.ts); tune on dev only',
    ...pages.map((page) => `${page.dataset}\t${page.slug}\t${splits.get(`${page.dataset}/${page.slug}`)}`),
  ];
  writeFileSync(EXTRACTION_SPLIT_FILE, lines.join('\n') + '\n');
  console.log(`wrote ${EXTRACTION_SPLIT_FILE}`);
}

function blockText(root: Element): string {
  return collectBlocks(root)
    .map((block) => block.text)
    .join('\n\n');
}

async function runPage(page: CorpusPage, split: Split, order: number, withMargin: boolean): Promise<PageResult> {
  const html = readFileSync(join(page.dir, 'source.html'), 'utf8');
  const window = scriptlessWindow(page.url, { computedStyle: false });
  try {
    const document = writePage(window, html);

    // Whichever runs first on a fresh document pays for the emulation's lazy set-up: alternate.
    const runReadability = () => {
      const started = performance.now();
      const clone = document.cloneNode(true) as Document;
      const parsed = new Readability(clone, { serializer: (node) => node as Element }).parse();
      return { parsed, ms: performance.now() - started };
    };
    const readabilityFirst = order % 2 === 0;
    const early = readabilityFirst ? runReadability() : null;
    const analysis = analyzePage(document, page.url);
    const marginalia = analysis.article?.text ?? '';
    const { parsed, ms: readabilityMs } = early ?? runReadability();
    const content = parsed?.content ?? null;

    const outputs: Record<System, string> = {
      marginalia,
      readability: content?.textContent ?? '',
      'readability-blocks': content ? blockText(content) : '',
    };
    const result: PageResult = {
      page,
      split,
      outputs,
      ms: { marginalia: analysis.timings.article ?? 0, readability: readabilityMs },
    };
    if (withMargin) result.margin = extractWithMargin(document).margin;
    const txt = join(page.dir, 'expected.txt');
    if (existsSync(txt)) {
      const truth = readFileSync(txt, 'utf8');
      const scores = {} as Record<System, TokenScore>;
      for (const system of SYSTEMS) scores[system] = scoreTokens(outputs[system], truth, page.lang);
      result.token = { truthIsArticle: truthIsArticle(truth, page.lang), scores };
    } else {
      const truth = JSON.parse(readFileSync(join(page.dir, 'expected.json'), 'utf8')) as SnippetTruth;
      const snippets = {} as Record<System, SnippetCounts>;
      for (const system of SYSTEMS) snippets[system] = scoreSnippets(outputs[system], truth);
      result.snippets = snippets;
    }
    return result;
  } finally {
    await window.happyDOM.close();
  }
}

interface TokenSummary {
  n: number;
  p: number;
  r: number;
  f1: number;
  lost: number;
}

function summarizeTokens(results: PageResult[], system: System): TokenSummary {
  const scored = results.filter((result) => result.token);
  const mean = (pick: (score: TokenScore) => number) =>
    scored.length === 0
      ? 0
      : scored.reduce((sum, result) => sum + pick(result.token!.scores[system]), 0) / scored.length;
  return {
    n: scored.length,
    p: mean((score) => score.precision),
    r: mean((score) => score.recall),
    f1: mean((score) => score.f1),
    lost: scored.filter((result) => result.token!.truthIsArticle && !result.outputs[system].trim()).length,
  };
}

interface SnippetSummary extends SnippetCounts {
  n: number;
  p: number;
  r: number;
  f1: number;
  lost: number;
}

function summarizeSnippets(results: PageResult[], system: System): SnippetSummary {
  const scored = results.filter((result) => result.snippets);
  const counts: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const result of scored) {
    const page = result.snippets![system];
    counts.tp += page.tp;
    counts.fn += page.fn;
    counts.fp += page.fp;
    counts.tn += page.tn;
  }
  const score = snippetScore(counts);
  // Every snippet page is an article page (trafilatura's set): no output at all is a lost article.
  const lost = scored.filter((result) => !result.outputs[system].trim()).length;
  return { n: scored.length, ...counts, p: score.precision, r: score.recall, f1: score.f1, lost };
}

const f = (value: number) => value.toFixed(3);

function groupsOf(results: PageResult[]): [string, PageResult[]][] {
  const groups: [string, PageResult[]][] = [['overall', results]];
  const by = (key: (result: PageResult) => string, prefix: string) => {
    const map = new Map<string, PageResult[]>();
    for (const result of results) map.set(key(result), [...(map.get(key(result)) ?? []), result]);
    for (const name of [...map.keys()].sort()) groups.push([`${prefix}:${name}`, map.get(name)!]);
  };
  by((result) => result.page.dataset, 'dataset');
  by((result) => result.page.lang, 'lang');
  return groups;
}

function printTables(split: string, results: PageResult[]): void {
  const tokenResults = results.filter((result) => result.token);
  const snippetResults = results.filter((result) => result.snippets);
  console.log(`\n=== split: ${split} — token scores (expected.txt pages; mean per page) ===`);
  console.log(
    'group'.padEnd(28) +
      'pages'.padStart(6) +
      SYSTEMS.map((system) => `  ${LABEL[system].padEnd(14)} P     R     F1    lost`).join(''),
  );
  for (const [group, members] of groupsOf(tokenResults)) {
    let row = group.padEnd(28) + String(members.length).padStart(6);
    for (const system of SYSTEMS) {
      const s = summarizeTokens(members, system);
      row += `  ${''.padEnd(14)} ${f(s.p)} ${f(s.r)} ${f(s.f1)} ${String(s.lost).padStart(3)}`;
    }
    console.log(row);
  }
  if (snippetResults.length === 0) return;
  console.log(`\n=== split: ${split} — snippet scores (expected.json pages; pooled TP/FP/FN) ===`);
  console.log(
    'group'.padEnd(28) +
      'pages'.padStart(6) +
      SYSTEMS.map((system) => `  ${LABEL[system].padEnd(14)} P     R     F1    lost`).join(''),
  );
  for (const [group, members] of groupsOf(snippetResults)) {
    let row = group.padEnd(28) + String(members.length).padStart(6);
    for (const system of SYSTEMS) {
      const s = summarizeSnippets(members, system);
      row += `  ${`tp${s.tp} fp${s.fp}`.padEnd(14)} ${f(s.p)} ${f(s.r)} ${f(s.f1)} ${String(s.lost).padStart(3)}`;
    }
    console.log(row);
  }
}

interface MarginCounts {
  pages: number;
  none: number;
  /** Pages with an article under each of MARGIN_BOUNDS, in its order. */
  below: number[];
}

function countMargins(results: PageResult[]): MarginCounts {
  const measured = results.filter((result) => result.margin !== undefined);
  const found = measured.filter((result) => result.outputs.marginalia.trim());
  const below = MARGIN_BOUNDS.map((bound) => found.filter((result) => result.margin! < bound).length);
  return { pages: measured.length, none: measured.length - found.length, below };
}

function printMargins(split: string, results: PageResult[]): void {
  const { pages, none, below } = countMargins(results);
  if (pages === 0) return;
  const counts = MARGIN_BOUNDS.map((bound, index) => `below ${bound}: ${below[index]}`).join(', ');
  console.log(`\n=== split: ${split} — decision margins (1 = on a prose threshold) ===`);
  console.log(`${pages} pages, ${none} without an article; pages with an article whose margin is ${counts}`);
}

function jsonRows(split: string, results: PageResult[]): object[] {
  const rows: object[] = [];
  const margins = countMargins(results);
  if (margins.pages) {
    const below = Object.fromEntries(MARGIN_BOUNDS.map((bound, index) => [`below_${bound}`, margins.below[index]]));
    rows.push({
      suite: 'extraction',
      split,
      group: 'margins',
      metrics: { pages: margins.pages, none: margins.none, ...below },
    });
  }
  const withPrefix = (summary: object, prefix: string) =>
    Object.fromEntries(Object.entries(summary).map(([key, value]) => [`${prefix}${key}`, value]));
  for (const [group, members] of groupsOf(results.filter((result) => result.token))) {
    rows.push({
      suite: 'extraction',
      split,
      group,
      metrics: {
        pages: members.length,
        ...summarizeTokens(members, 'marginalia'),
        ...withPrefix(summarizeTokens(members, 'readability'), 'readability_'),
        ...withPrefix(summarizeTokens(members, 'readability-blocks'), 'readability_blocks_'),
      },
    });
  }
  for (const [group, members] of groupsOf(results.filter((result) => result.snippets))) {
    rows.push({
      suite: 'extraction',
      split,
      group: `snippets:${group}`,
      metrics: {
        pages: members.length,
        ...summarizeSnippets(members, 'marginalia'),
        ...withPrefix(summarizeSnippets(members, 'readability'), 'readability_'),
        ...withPrefix(summarizeSnippets(members, 'readability-blocks'), 'readability_blocks_'),
      },
    });
  }
  return rows;
}

function printPage(result: PageResult): void {
  const name = `${result.split} ${result.page.dataset}/${result.page.slug.slice(0, 36)} ${result.page.lang}`;
  const cells = SYSTEMS.map((system) => {
    if (result.token) {
      const s = result.token.scores[system];
      return `${f(s.precision)} ${f(s.recall)} ${f(s.f1)}`;
    }
    const s = result.snippets![system];
    return `tp${s.tp}/${s.tp + s.fn} fp${s.fp}/${s.fp + s.tn}`.padEnd(17);
  });
  const lost = result.token?.truthIsArticle && !result.outputs.marginalia.trim() ? '  LOST' : '';
  const margin = result.margin === undefined ? '' : `  m${result.margin.toFixed(2)}`;
  console.log(`${name.padEnd(70)} ${cells.join('  |  ')}${lost}${margin}`);
}

async function main(): Promise<void> {
  const { values } = (() => {
    try {
      return parseArgs({
        options: {
          split: { type: 'string', default: 'all' },
          json: { type: 'boolean', default: false },
          summary: { type: 'boolean', default: false },
          dataset: { type: 'string' },
          only: { type: 'string' },
          pages: { type: 'string' },
          'write-split': { type: 'boolean', default: false },
          dump: { type: 'string' },
          margins: { type: 'boolean', default: false },
        },
      });
    } catch (error) {
      return fail((error as Error).message);
    }
  })();
  if (!['dev', 'test', 'all'].includes(values.split)) fail(`--split must be dev, test or all, got "${values.split}"`);

  const pages = listExtractionPages(fail);
  if (pages.length === 0) fail(`no <dataset>/<slug>/source.html pages under ${EXTRACTION_CORPUS}`);
  if (values['write-split']) return writeSplitFile(pages);
  if (!existsSync(EXTRACTION_SPLIT_FILE)) fail(`no split file at ${EXTRACTION_SPLIT_FILE}`);
  const splits = readExtractionSplits();
  const unassigned = pages.filter((page) => !splits.has(`${page.dataset}/${page.slug}`));
  if (unassigned.length) {
    fail(
      `${unassigned.length} corpus pages are in neither split (e.g. ${unassigned[0]!.dataset}/${unassigned[0]!.slug}): ` +
        `the corpus changed since ${EXTRACTION_SPLIT_FILE} was written.`,
    );
  }

  const listed = values.pages ? new Set(values.pages.split(',').map((key) => key.trim())) : undefined;
  const selected = pages.filter((page) => {
    const split = splits.get(`${page.dataset}/${page.slug}`)!;
    return (
      (values.split === 'all' || values.split === split) &&
      (!values.dataset || values.dataset === page.dataset) &&
      (!values.only || page.slug.startsWith(values.only)) &&
      (!listed || listed.has(`${page.dataset}/${page.slug}`))
    );
  });
  if (selected.length === 0) fail('no page matches the options');

  const results: PageResult[] = [];
  for (const page of selected) {
    const result = await runPage(page, splits.get(`${page.dataset}/${page.slug}`)!, results.length, values.margins);
    results.push(result);
    if (values.dump) {
      mkdirSync(values.dump, { recursive: true });
      for (const system of SYSTEMS) {
        writeFileSync(join(values.dump, `${page.dataset}__${page.slug}.${system}.txt`), result.outputs[system]);
      }
    }
    if (!values.json && !values.summary) printPage(result);
  }

  const splitNames = values.split === 'all' ? (['dev', 'test'] as const) : [values.split];
  const bySplit = splitNames.map((split) => [split, results.filter((result) => result.split === split)] as const);

  const totalMs = (system: 'marginalia' | 'readability') => results.reduce((sum, result) => sum + result.ms[system], 0);
  const speedRatio = totalMs('marginalia') / Math.max(1, totalMs('readability'));

  if (values.json) {
    const rows = bySplit.flatMap(([split, members]) => jsonRows(split, members));
    rows.push({
      suite: 'extraction',
      split: values.split,
      group: 'speed',
      metrics: { article_to_readability: speedRatio },
    });
    console.log(JSON.stringify(rows, null, 1));
  } else {
    if (!values.summary) {
      console.log(`\nper page: P R F1 for ${SYSTEMS.map((system) => LABEL[system]).join(' | ')}`);
    }
    for (const [split, members] of bySplit) {
      printTables(split, members);
      printMargins(split, members);
    }
    console.log(
      `\nspeed: article stage ${Math.round(totalMs('marginalia'))} ms, Readability alone ` +
        `${Math.round(totalMs('readability'))} ms (×${speedRatio.toFixed(2)}; budget ×1.3)`,
    );
  }

  const failures: string[] = [];
  const test = bySplit.find(([split]) => split === 'test');
  if (test && !values.dataset && !values.only && !values.pages) {
    const ours = summarizeTokens(test[1], 'marginalia').f1;
    const best = Math.max(
      summarizeTokens(test[1], 'readability').f1,
      summarizeTokens(test[1], 'readability-blocks').f1,
    );
    // The floor (the README's figure less 0.005) catches regressions; falling below Readability on
    // the test split loses what issue 12 asked for. Both gate.
    if (ours < best) failures.push(`test-split F1 ${f(ours)} is below Readability's ${f(best)}`);
    if (ours < TEST_F1_FLOOR) failures.push(`test-split F1 ${f(ours)} is below the floor ${f(TEST_F1_FLOOR)}`);
  }
  if (failures.length) {
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    process.exit(1);
  }
}

await main();
