/**
 * The CLI's analysis (lib/analyze.ts analyzePage on a happy-dom document, as `npm run analyze`
 * does) against Readability alone on the same documents, in the same process. Each page is
 * parsed once; the two are run interleaved, twice each, and the faster run of each counts, so a
 * burst of load from elsewhere on the machine hurts both sides alike. Each is timed in wall time
 * and in the process's CPU time (process.cpuUsage, which also counts V8's helper threads on both
 * sides): on a loaded machine the wall clock also counts the waits for a core.
 */
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../lib/analysis/analyze';
import { parseHtml } from '../../tests/fixtures/load';

export interface CliPageTiming {
  slug: string;
  analysisMs: number;
  readabilityMs: number;
  /** The same in CPU time. */
  analysisCpuMs: number;
  readabilityCpuMs: number;
  /** analyzePage's own stage timings in its fastest run (`article` holds its Readability parse). */
  stages: Record<string, number>;
}

const RUNS = 2;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function elapsed<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const started = performance.now();
  const startedCpu = cpuMs();
  const value = run();
  return { ms: performance.now() - started, cpuMs: cpuMs() - startedCpu, value };
}

export async function timeCliPage(slug: string, url: string, html: string): Promise<CliPageTiming> {
  const { window, document } = parseHtml(html, url);
  try {
    let analysisMs = Infinity;
    let readabilityMs = Infinity;
    let analysisCpuMs = Infinity;
    let readabilityCpuMs = Infinity;
    let stages: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      const readability = elapsed(() => new Readability(document.cloneNode(true) as Document).parse());
      readabilityMs = Math.min(readabilityMs, readability.ms);
      readabilityCpuMs = Math.min(readabilityCpuMs, readability.cpuMs);
      const analysis = elapsed(() => analyzePage(document, url));
      analysisCpuMs = Math.min(analysisCpuMs, analysis.cpuMs);
      if (analysis.ms < analysisMs) {
        analysisMs = analysis.ms;
        stages = analysis.value.timings ?? {};
      }
    }
    return { slug, analysisMs, readabilityMs, analysisCpuMs, readabilityCpuMs, stages };
  } finally {
    await window.happyDOM.close();
  }
}
