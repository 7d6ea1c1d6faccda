/**
 * Work on the page's main thread in slices of a few milliseconds, with the page's own tasks
 * (input, rendering) let in between, and each slice recorded as a User Timing measure named
 * `marginalia:<stage>` (npm run bench attributes tasks to the extension through them).
 */

/** How long a slice may run before the page gets its thread back. */
export const SLICE_MS = 8;

/** Lets the page run before we go on: scheduler.yield where the browser has it. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export interface Slicer {
  /** Call between units of work: pauses when the current slice has run its time. */
  tick(): Promise<void>;
  /** Pauses unconditionally (ends the slice). */
  pause(): Promise<void>;
  /** Records the last slice. */
  end(): void;
}

export function slicer(stage: string, sliceMs = SLICE_MS, pauseFor: () => Promise<void> = yieldToPage): Slicer {
  const name = `marginalia:${stage}`;
  let start = performance.now();
  const pause = async () => {
    performance.measure(name, { start });
    await pauseFor();
    start = performance.now();
  };
  return {
    tick: () => (performance.now() - start >= sliceMs ? pause() : Promise.resolve()),
    pause,
    end: () => void performance.measure(name, { start }),
  };
}

/** Runs `work` under one `marginalia:<stage>` measure. */
export function timed<T>(stage: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`marginalia:${stage}`, { start });
  }
}
