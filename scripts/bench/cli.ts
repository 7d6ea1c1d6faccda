/**
 * The CLI's analysis (lib/analyze.ts analyzePage on a happy-dom document, as `npm run analyze`
 * does) against Readability alone on the same documents, in the same process. Each page is
 * parsed once; the two are run interleaved, twice each, and the faster run of each counts, so a
 * burst of load from elsewhere on the machine hurts both sides alike.
 */
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../lib/analyze';
import { parseHtml } from '../../tests/fixtures/load';

export interface CliPageTiming {
  slug: string;
  analysisMs: number;
  readabilityMs: number;
}

const RUNS = 2;

function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export async function timeCliPage(slug: string, url: string, html: string): Promise<CliPageTiming> {
  const { window, document } = parseHtml(html, url);
  try {
    let analysisMs = Infinity;
    let readabilityMs = Infinity;
    for (let run = 0; run < RUNS; run++) {
      readabilityMs = Math.min(readabilityMs, elapsed(() => new Readability(document.cloneNode(true) as Document).parse()));
      analysisMs = Math.min(analysisMs, elapsed(() => analyzePage(document, url, { uiLang: 'en' })));
    }
    return { slug, analysisMs, readabilityMs };
  } finally {
    await window.happyDOM.close();
  }
}
