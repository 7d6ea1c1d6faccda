/**
 * npm run bench:index -- [--slugs a,b] [--runs R] [--compare OTHER_CHECKOUT]
 *
 * The page's text index alone (lib/page/anchoring/text-index.ts, `new TextIndex(document.body)`),
 * built R times on each loaded page in Chromium (page served without scripts): the median build
 * time per page, in ms. With --compare, the index of another checkout of the repository (e.g. a
 * worktree of main) is bundled too and built in the same page, alternating with this one, so
 * that the machine's load falls on both alike; the indexes of both (text, segments, nodes and blocks) are checked to be identical.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { listCorpusPages, readCorpusPage } from '../tests/fixtures/load';
import { PlainBrowser } from './bench/browser';
import { median } from './bench/stats';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/readability-test-pages');

async function bundle(checkout: string, name: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { TextIndex } from './lib/page/anchoring/text-index';
        export function time(runs) {
          const times = [];
          let index = null;
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            index = new TextIndex(document.body);
            times.push(performance.now() - start);
          }
          const segments = [index.segStart, index.segLength, index.segNode, index.segNodeOffset].map((a) => Array.from(a).join(','));
          const blocks = [...index.blocks.values()].map((b) => [b.firstSeg, b.endSeg, b.firstNode, b.endNode].join(','));
          return { times, text: [index.text, index.nodes.length, ...segments, ...blocks].join('|') };
        }`,
      resolveDir: checkout,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: name,
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      /** Comma-separated corpus pages, or "all". */
      slugs: { type: 'string', default: 'quanta-1,nytimes-4,wikipedia-2,lemonde-1,gmw,aclu,msn,qq' },
      runs: { type: 'string', default: '15' },
      compare: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const scripts = [{ name: 'this', script: await bundle(ROOT, '__indexThis') }];
  if (values.compare) scripts.push({ name: 'compared', script: await bundle(resolve(values.compare), '__indexOther') });
  const browser = await PlainBrowser.launch();
  const globals = ['__indexThis', '__indexOther'];
  const ratios: number[] = [];
  try {
    for (const slug of values.slugs === 'all' ? listCorpusPages(CORPUS) : values.slugs.split(',')) {
      const url = `http://127.0.0.1:8931/corpus/${encodeURIComponent(slug)}/`;
      browser.serveScriptless(url, readCorpusPage(slug, CORPUS));
      const page = await browser.context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        // Evaluated, not added as a script tag: the page's policy refuses inline scripts.
        for (const [i, { script }] of scripts.entries())
          await page.evaluate(`(() => { ${script}\n; window.${globals[i]} = ${globals[i]}; })()`);
        const times: number[][] = scripts.map(() => []);
        const texts: string[] = [];
        // Alternate in rounds of a few builds each.
        for (let round = 0; round < runs; round += 3)
          for (const [i] of scripts.entries()) {
            const result = await page.evaluate<{ times: number[]; text: string }>(
              `${globals[i]}.time(${Math.min(3, runs - round)})`,
            );
            times[i]!.push(...result.times);
            texts[i] = result.text;
          }
        const medians = times.map(median);
        const same = texts.every((text) => text === texts[0]);
        if (medians.length > 1 && medians[1]! > 0) ratios.push(medians[0]! / medians[1]!);
        console.log(
          `${slug.padEnd(24)} ${medians.map((ms, i) => `${scripts[i]!.name} ${ms.toFixed(2)} ms`).join('  ')}${medians.length > 1 ? `  this/compared ${(medians[0]! / medians[1]!).toFixed(3)}×${same ? '' : '  INDEX DIFFERS'}` : ''}  `,
        );
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.context.close();
  }
  if (ratios.length > 0) console.log(`median this/compared over pages: ${median(ratios).toFixed(3)}×`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:index: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
