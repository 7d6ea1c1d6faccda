/**
 * What the machine was like while the pages were measured. The ratio to Readability is taken in
 * one run, yet it moves with the machine and its load: our many short tasks and Readability's one
 * parse do not stretch alike (the build of eae3db9 read 0.93× on 2026-12-01, with Readability's
 * median parse at 12.7 ms, and 0.99–1.02× on 2026-12-02 under a load average of 10–14, beside
 * main's build in the same runs). So each figure carries the load and the browser it was measured
 * with, and a change between builds is judged by loading both in one run (bench:startup --compare).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromiumPath } from '../../tests/e2e/harness';
import { median } from './stats';

export interface MachineConditions {
  cores: number;
  /** The 1-minute load average, sampled before each page's measure. */
  loadAverage: { median: number; max: number; samples: number };
  chromium: string;
}

export class LoadSamples {
  private readonly samples: number[] = [];

  /** The 1-minute load average now. */
  take(): void {
    this.samples.push(loadavg()[0]!);
  }

  conditions(): MachineConditions {
    return {
      cores: cpus().length,
      loadAverage: {
        median: median(this.samples),
        max: this.samples.length === 0 ? NaN : Math.max(...this.samples),
        samples: this.samples.length,
      },
      chromium: execFileSync(chromiumPath(), ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    };
  }
}

export function describeConditions(conditions: MachineConditions): string {
  const { cores, loadAverage, chromium } = conditions;
  return `machine while the pages were measured: ${cores} cores, 1-minute load average median ${loadAverage.median.toFixed(1)}, max ${loadAverage.max.toFixed(1)}${loadAverage.median > cores ? ' (busier than its cores: compare the ratio to Readability only with runs at a like load, or builds in one run with bench:startup --compare)' : ''}; ${chromium}`;
}
