/**
 * The CLI's analysis (lib/analyze.ts analyzePage on a happy-dom document, as `npm run analyze`
 * does) against Readability alone on the same documents, in the same process. Each page is
 * parsed once; the two are run interleaved, twice each, and the faster run of each counts, so a
 * burst of load from elsewhere on the machine hurts both sides alike.
 */
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../lib/analysis/analyze';
import { parseHtml } from '../../tests/fixtures/load';

export interface CliPageTiming {
  slug: string;
  analysisMs: number;
  readabilityMs: number;
  /** analyzePage's own stage timings in its fastest run (`article` holds its Readability parse). */
  stages: Record<string, number>;
}

const RUNS = 2;

function elapsed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

export async function timeCliPage(slug: string, url: string, html: string): Promise<CliPageTiming> {
  const { window, document } = parseHtml(html, url);
  try {
    let analysisMs = Infinity;
    let readabilityMs = Infinity;
    let stages: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      readabilityMs = Math.min(
        readabilityMs,
        elapsed(() => new Readability(document.cloneNode(true) as Document).parse()).ms,
      );
      const analysis = elapsed(() => analyzePage(document, url));
      if (analysis.ms < analysisMs) {
        analysisMs = analysis.ms;
        stages = analysis.value.timings ?? {};
      }
    }
    return { slug, analysisMs, readabilityMs, stages };
  } finally {
    await window.happyDOM.close();
  }
}
