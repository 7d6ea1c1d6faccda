/**
 * npm run corpus -- [folder] [--timeout <seconds>] [--only <slug>]
 *
 * Runs the full page analysis (lib/analyze.ts, with the article HTML sanitized on a jsdom window
 * as the extension does on its own) over every `<slug>/source.html` in a folder laid out like
 * ../shared/corpus/readability-test-pages, parsed by happy-dom with scripts off. Prints per page
 * and in total: crashes, hangs, time, whether an article was found (against the page's
 * expected-metadata.json `readerable` where present) and claim / term / disclaimer counts.
 * Exits non-zero on any crash or hang.
 *
 * Pages are analyzed one at a time in a worker thread so that a page that never finishes is
 * reported as a hang (and the worker replaced) instead of stalling the whole run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { listCorpusPages } from '../tests/fixtures/load';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const DEFAULT_FOLDER = resolve(import.meta.dirname, '../../shared/corpus/readability-test-pages');

interface PageJob {
  slug: string;
  path: string;
  url: string;
}

type PageOutcome =
  | {
      slug: string;
      ok: true;
      ms: number;
      article: boolean;
      lang: string | null;
      claims: number;
      terms: number;
      disclaimer: boolean;
      timings: Record<string, number>;
    }
  | { slug: string; ok: false; ms: number; error: string };

interface PageReport {
  job: PageJob;
  expectedReaderable: boolean | null;
  outcome: PageOutcome | { slug: string; ok: false; ms: number; error: string; hang: true };
}

async function main(): Promise<void> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: { timeout: { type: 'string', default: '60' }, only: { type: 'string' } },
      });
    } catch (error) {
      return fail((error as Error).message);
    }
  })();
  if (positionals.length > 1) fail('give at most one folder');
  const timeoutMs = Number(values.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    fail(`--timeout must be a positive number of seconds, got "${values.timeout}"`);

  const folder = positionals[0] ? resolve(positionals[0]) : DEFAULT_FOLDER;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    fail(
      `no corpus folder at ${folder}. It is not part of the repository: it lives beside the checkout ` +
        `(../shared/corpus/readability-test-pages) or give another folder laid out as <slug>/source.html.`,
    );
  }
  let slugs = listCorpusPages(folder);
  if (values.only) slugs = slugs.filter((slug) => slug === values.only);
  if (slugs.length === 0)
    fail(`no <slug>/source.html pages in ${folder}${values.only ? ` matching "${values.only}"` : ''}`);

  const jobs = slugs.map((slug): PageJob & { expectedReaderable: boolean | null } => {
    const metadata = readMetadata(join(folder, slug, 'expected-metadata.json'));
    return {
      slug,
      path: join(folder, slug, 'source.html'),
      url: typeof metadata?.url === 'string' ? metadata.url : `https://corpus.invalid/${encodeURIComponent(slug)}/`,
      expectedReaderable: typeof metadata?.readerable === 'boolean' ? metadata.readerable : null,
    };
  });

  console.log(`corpus: ${jobs.length} pages in ${folder}\n`);
  console.log(row(['page', 'result', 'ms', 'article', 'expected', 'lang', 'claims', 'terms', 'discl.']));
  const runner = new PageRunner(timeoutMs);
  const reports: PageReport[] = [];
  const started = performance.now();
  for (const { expectedReaderable, ...job } of jobs) {
    const outcome = await runner.run(job);
    const report: PageReport = { job, expectedReaderable, outcome };
    reports.push(report);
    console.log(formatReport(report));
  }
  const wallMs = performance.now() - started;
  await runner.close();

  printSummary(reports, wallMs);
  const failures = reports.filter((r) => !r.outcome.ok);
  for (const { outcome } of failures) {
    if (!outcome.ok) console.error(`\n${'hang' in outcome ? 'HANG' : 'CRASH'} ${outcome.slug}: ${outcome.error}`);
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}

function fail(message: string): never {
  process.stderr.write(`corpus: ${message}\n`);
  process.exit(2);
}

function readMetadata(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** One worker at a time; a page that exceeds the timeout gets its worker terminated and replaced. */
class PageRunner {
  private worker: Worker | null = null;

  constructor(private readonly timeoutMs: number) {}

  run(job: PageJob): Promise<PageReport['outcome']> {
    const worker = (this.worker ??= startWorker());
    const started = performance.now();
    return new Promise((resolvePage) => {
      const finish = (outcome: PageReport['outcome']) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolvePage(outcome);
      };
      const onMessage = (outcome: PageOutcome) => finish(outcome);
      const onError = (error: Error) => {
        this.worker = null;
        finish({
          slug: job.slug,
          ok: false,
          ms: performance.now() - started,
          error: `worker died: ${error.stack ?? error.message}`,
        });
      };
      const onExit = (code: number) => {
        this.worker = null;
        finish({
          slug: job.slug,
          ok: false,
          ms: performance.now() - started,
          error: `worker exited with code ${code}`,
        });
      };
      const timer = setTimeout(() => {
        this.worker = null;
        void worker.terminate();
        finish({
          slug: job.slug,
          ok: false,
          ms: performance.now() - started,
          error: `no result after ${this.timeoutMs / 1000} s`,
          hang: true,
        });
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/** This same file in a worker thread, with tsx's loader registered there so the TypeScript imports resolve. */
function startWorker(): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Worker(bootstrap, { eval: true });
}

function runWorker(): void {
  // Loaded here so the main thread stays light and each replacement worker starts clean.
  const ready = Promise.all([import('jsdom'), import('../lib/analysis/analyze'), import('../tests/fixtures/load')]);
  parentPort!.on('message', async (job: PageJob) => {
    const [{ JSDOM }, { analyzePage }, { parseHtml }] = await ready;
    const sanitizeWindow = new JSDOM('').window;
    const started = performance.now();
    let outcome: PageOutcome;
    let close: (() => Promise<void>) | null = null;
    try {
      const html = readFileSync(job.path, 'utf8');
      const { window, document } = parseHtml(html, job.url);
      close = () => window.happyDOM.close();
      const analysis = analyzePage(document, job.url, { sanitizeWith: sanitizeWindow });
      outcome = {
        slug: job.slug,
        ok: true,
        ms: performance.now() - started,
        article: analysis.article !== null,
        lang: analysis.article?.lang ?? null,
        claims: analysis.claims.length,
        terms: analysis.glossary.length,
        disclaimer: analysis.disclaimer !== null,
        timings: analysis.timings,
      };
    } catch (error) {
      outcome = {
        slug: job.slug,
        ok: false,
        ms: performance.now() - started,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    await close?.().catch(() => undefined);
    sanitizeWindow.close();
    parentPort!.postMessage(outcome);
  });
}

const WIDTHS = [44, 7, 8, 8, 9, 5, 7, 6, 6];

function row(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i]!) : cell.padStart(WIDTHS[i]!))).join(' ');
}

function yesNo(value: boolean | null): string {
  return value === null ? '-' : value ? 'yes' : 'no';
}

function formatReport({ job, expectedReaderable, outcome }: PageReport): string {
  const name = job.slug.length > WIDTHS[0]! ? `${job.slug.slice(0, WIDTHS[0]! - 1)}…` : job.slug;
  if (!outcome.ok)
    return row([
      name,
      'hang' in outcome ? 'HANG' : 'CRASH',
      outcome.ms.toFixed(0),
      '-',
      yesNo(expectedReaderable),
      '-',
      '-',
      '-',
      '-',
    ]);
  const mark = expectedReaderable === null || expectedReaderable === outcome.article ? '' : ' ≠';
  return row([
    name,
    'ok',
    outcome.ms.toFixed(0),
    yesNo(outcome.article) + mark,
    yesNo(expectedReaderable),
    outcome.lang ?? '-',
    String(outcome.claims),
    String(outcome.terms),
    outcome.disclaimer ? 'yes' : 'no',
  ]);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function printSummary(reports: PageReport[], wallMs: number): void {
  const crashes = reports.filter((r) => !r.outcome.ok && !('hang' in r.outcome));
  const hangs = reports.filter((r) => !r.outcome.ok && 'hang' in r.outcome);
  const done = reports.flatMap((r) => (r.outcome.ok ? [{ ...r, outcome: r.outcome }] : []));
  const compared = done.filter((r) => r.expectedReaderable !== null);
  const agree = compared.filter((r) => r.expectedReaderable === r.outcome.article);
  const missed = compared.filter((r) => r.expectedReaderable && !r.outcome.article).map((r) => r.job.slug);
  const extra = compared.filter((r) => !r.expectedReaderable && r.outcome.article).map((r) => r.job.slug);
  const times = done.map((r) => r.outcome.ms).sort((a, b) => a - b);
  const slowest = [...done].sort((a, b) => b.outcome.ms - a.outcome.ms)[0];
  const sum = (pick: (r: (typeof done)[number]) => number) => done.reduce((total, r) => total + pick(r), 0);
  const stageTotals = new Map<string, number>();
  for (const r of done)
    for (const [stage, ms] of Object.entries(r.outcome.timings))
      stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + ms);

  console.log('\nsummary');
  console.log(`  pages              ${reports.length}`);
  console.log(
    `  crashes            ${crashes.length}${crashes.length ? ` (${crashes.map((r) => r.job.slug).join(', ')})` : ''}`,
  );
  console.log(
    `  hangs              ${hangs.length}${hangs.length ? ` (${hangs.map((r) => r.job.slug).join(', ')})` : ''}`,
  );
  console.log(`  article found      ${done.filter((r) => r.outcome.article).length} of ${done.length}`);
  if (compared.length > 0) {
    console.log(
      `  agrees with readerable  ${agree.length} of ${compared.length} (${((100 * agree.length) / compared.length).toFixed(1)}%)`,
    );
    if (missed.length) console.log(`    readerable, no article: ${missed.join(', ')}`);
    if (extra.length) console.log(`    not readerable, article found: ${extra.join(', ')}`);
  }
  console.log(
    `  claims             ${sum((r) => r.outcome.claims)} (on ${done.filter((r) => r.outcome.claims > 0).length} pages)`,
  );
  console.log(
    `  terms              ${sum((r) => r.outcome.terms)} (on ${done.filter((r) => r.outcome.terms > 0).length} pages)`,
  );
  console.log(`  disclaimers        ${done.filter((r) => r.outcome.disclaimer).length} pages`);
  console.log(
    `  time               ${(wallMs / 1000).toFixed(1)} s wall; per page median ${percentile(times, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(0)} ms, max ${slowest ? `${slowest.outcome.ms.toFixed(0)} ms (${slowest.job.slug})` : '-'}`,
  );
  console.log(
    `  stage totals       ${[...stageTotals].map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
  );
  console.log('  slowest pages by stage (ms)');
  for (const r of [...done].sort((a, b) => b.outcome.ms - a.outcome.ms).slice(0, 5)) {
    console.log(
      `    ${r.job.slug.padEnd(30)} ${Object.entries(r.outcome.timings)
        .map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`)
        .join(', ')}`,
    );
  }
}

if (isMainThread) await main();
else runWorker();
