/**
 * Which of a page's main-thread tasks the extension caused, from a Chrome trace.
 *
 * A top-level task (the outermost `RunTask`, `ThreadControllerImpl::RunTask` or microtask
 * checkpoint, as the DevTools performance panel shows tasks) on the page's renderer main thread counts as the extension's when
 * something inside it is unmistakably ours: a script event (EvaluateScript, FunctionCall, compile…)
 * whose URL is in the extension's origin, or a `marginalia:*` User Timing measure that the
 * content script records around its synchronous stages (lib/page/session.ts). The benchmark
 * serves pages with their scripts removed, so the page itself runs no JavaScript that could
 * share a task with ours; the browser's own work in such a task (style recalc forced by a layout
 * query of ours, GC) is counted, since the page would not have done it then without us.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the work cost, however busy the machine was. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; stackTrace?: Array<{ url?: string }> };
    fileName?: string;
    url?: string;
    name?: string;
  };
}

/** What the DevTools performance panel records, less the sampling profiler and screenshots. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

export interface ExtensionWork {
  /** Longest task the extension caused, in ms. */
  longestTaskMs: number;
  /** Sum of the durations of the tasks the extension caused, in ms. */
  totalMs: number;
  tasks: number;
  /** What the longest task was doing: 'startup' (the content script's evaluation), a stage's name, or 'other'. */
  longestTaskCause: string;
  /** The task that evaluated the content script, and within it the script's compile and evaluation (main() included). */
  startup: { taskMs: number; compileMs: number; evaluateMs: number };
  /** The idle-callback task where the session begins (`marginalia:begin`), null if none was seen. */
  firstSliceMs: number | null;
  /** The same in thread (CPU) time: on a machine shared with other work, wall time also counts waiting for a core. */
  cpu: { longestTaskMs: number; totalMs: number; startupTaskMs: number; firstSliceMs: number | null };
  /**
   * The page's rendering tasks (style, layout, paint) from the session's first task on, in thread
   * time: the benchmark's pages run no script and have rendered by then, so this is mostly the
   * restyle and repaint our changes caused (the highlight sheet, the marks, our UI), which runs in
   * the page's own task and holds none of our events. null when the session never began.
   */
  renderingAfterBegin: { longestMs: number; totalMs: number; tasks: number } | null;
  /** Thread time of the extension's tasks summed by what each was doing (see `longestTaskCause`). */
  cpuByCause: Record<string, number>;
}

/** Trace events of the rendering pipeline: a task holding one restyled, laid out or painted the page. */
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize']);

/** Events that wrap a unit of main-thread work; the outermost one of a nest is the task. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

export function topLevelTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const candidates = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && TASK_EVENTS.has(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: TraceEvent[] = [];
  let outerEnd = -Infinity;
  for (const event of candidates) {
    if (event.ts < outerEnd) continue;
    tasks.push(event);
    outerEnd = event.ts + event.dur!;
  }
  return tasks;
}

function isOurs(event: TraceEvent, origin: string): boolean {
  if (event.cat.includes('blink.user_timing')) return event.name.startsWith('marginalia:');
  const url = event.args?.data?.url ?? event.args?.fileName;
  if (url?.startsWith(origin)) return true;
  return event.args?.data?.stackTrace?.some((frame) => frame.url?.startsWith(origin)) ?? false;
}

/**
 * The extension's share of the main thread of the page where its content script ran
 * (`contentScriptUrl`): found as the thread of that script's EvaluateScript event.
 */
export function extensionWork(events: readonly TraceEvent[], contentScriptUrl: string): ExtensionWork | null {
  // URL.origin is "null" for chrome-extension: URLs.
  const origin = `${new URL(contentScriptUrl).protocol}//${new URL(contentScriptUrl).host}/`;
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === contentScriptUrl);
  if (!evaluation) return null;
  const onThread = events.filter(
    (e) => e.pid === evaluation.pid && (e.tid === evaluation.tid || e.cat.includes('blink.user_timing')),
  );
  const tasks = topLevelTasks(onThread.filter((e) => e.tid === evaluation.tid));
  const ours = onThread.filter((e) => isOurs(e, origin)).sort((a, b) => a.ts - b.ts);
  const markers = ours.map((e) => e.ts);

  let longest = 0;
  let longestTask: TraceEvent | null = null;
  let total = 0;
  let longestCpu = 0;
  let totalCpu = 0;
  let count = 0;
  let m = 0;
  const cpuByCause: Record<string, number> = {};
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (m < markers.length && markers[m]! < task.ts) m++;
    if (m < markers.length && markers[m]! <= end) {
      const ms = task.dur! / 1000;
      const cpuMs = cpuOf(task);
      if (ms > longest) {
        longest = ms;
        longestTask = task;
      }
      longestCpu = Math.max(longestCpu, cpuMs);
      const cause = causeOf(task, ours, evaluation);
      cpuByCause[cause] = (cpuByCause[cause] ?? 0) + cpuMs;
      total += ms;
      totalCpu += cpuMs;
      count++;
    }
  }
  const taskAround = (ts: number) => tasks.find((task) => task.ts <= ts && ts <= task.ts + task.dur!) ?? null;
  const compileMs = onThread
    .filter(
      (e) =>
        e.name === 'v8.compile' &&
        (e.args?.data?.url ?? e.args?.fileName ?? e.args?.url) === contentScriptUrl &&
        e.ts >= evaluation.ts &&
        e.ts <= evaluation.ts + (evaluation.dur ?? 0),
    )
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const begin = ours.find((e) => e.name === 'marginalia:begin');
  const firstSlice = begin ? taskAround(begin.ts) : null;
  let renderingAfterBegin: ExtensionWork['renderingAfterBegin'] = null;
  if (begin) {
    renderingAfterBegin = { longestMs: 0, totalMs: 0, tasks: 0 };
    const rendering = onThread.filter(
      (e) => e.ts > begin.ts && e.tid === evaluation.tid && RENDERING_EVENTS.has(e.name),
    );
    let r = 0;
    for (const task of tasks) {
      if (task.ts < begin.ts) continue;
      const end = task.ts + task.dur!;
      while (r < rendering.length && rendering[r]!.ts < task.ts) r++;
      if (r >= rendering.length || rendering[r]!.ts > end) continue;
      if (ours.some((e) => e.ts >= task.ts && e.ts <= end)) continue;
      const cpuMs = cpuOf(task);
      renderingAfterBegin.longestMs = Math.max(renderingAfterBegin.longestMs, cpuMs);
      renderingAfterBegin.totalMs += cpuMs;
      renderingAfterBegin.tasks++;
    }
  }
  const startupTask = taskAround(evaluation.ts);
  return {
    longestTaskMs: longest,
    totalMs: total,
    tasks: count,
    longestTaskCause: longestTask ? causeOf(longestTask, ours, evaluation) : 'none',
    startup: {
      taskMs: (taskAround(evaluation.ts)?.dur ?? evaluation.dur ?? 0) / 1000,
      compileMs,
      evaluateMs: (evaluation.dur ?? 0) / 1000 - compileMs,
    },
    firstSliceMs: firstSlice ? firstSlice.dur! / 1000 : null,
    cpu: {
      longestTaskMs: longestCpu,
      totalMs: totalCpu,
      startupTaskMs: startupTask ? cpuOf(startupTask) : cpuOf(evaluation),
      firstSliceMs: firstSlice ? cpuOf(firstSlice) : null,
    },
    renderingAfterBegin,
    cpuByCause,
  };
}

/**
 * The thread (CPU) time of the extension's tasks (as `extensionWork` finds them) by trace event
 * name, each event counting its own time less that of the events nested in it: how much went to
 * V8's compiles and parses, to running code, to garbage collection…
 */
export function extensionSelfTimeByEvent(events: readonly TraceEvent[], contentScriptUrl: string): Map<string, number> {
  const origin = `${new URL(contentScriptUrl).protocol}//${new URL(contentScriptUrl).host}/`;
  const byEvent = new Map<string, number>();
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === contentScriptUrl);
  if (!evaluation) return byEvent;
  const onThread = events
    .filter((e) => e.pid === evaluation.pid && e.tid === evaluation.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const markers = events
    .filter((e) => e.pid === evaluation.pid && (e.tid === evaluation.tid || e.cat.includes('blink.user_timing')))
    .filter((e) => isOurs(e, origin))
    .map((e) => e.ts);
  for (const task of topLevelTasks(onThread)) {
    const end = task.ts + task.dur!;
    if (!markers.some((at) => at >= task.ts && at <= end)) continue;
    const stack: Array<{ event: TraceEvent; nested: number }> = [];
    const close = (open: { event: TraceEvent; nested: number }) =>
      byEvent.set(open.event.name, (byEvent.get(open.event.name) ?? 0) + cpuOf(open.event) - open.nested);
    for (const event of onThread) {
      if (event.ts < task.ts || event.ts + event.dur! > end) continue;
      while (stack.length > 0 && event.ts >= stack.at(-1)!.event.ts + stack.at(-1)!.event.dur!) close(stack.pop()!);
      if (stack.length > 0) stack.at(-1)!.nested += cpuOf(event);
      stack.push({ event, nested: 0 });
    }
    while (stack.length > 0) close(stack.pop()!);
  }
  return byEvent;
}

export function cpuOf(event: TraceEvent): number {
  return (event.tdur ?? event.dur ?? 0) / 1000;
}

/**
 * The thread (CPU) time of the task on the page's main thread that holds the User Timing measure
 * `measureName`, less the script compiles in it: e.g. Readability's parse, timed the same way as
 * the extension's tasks.
 */
export function measuredTaskCpuMs(events: readonly TraceEvent[], measureName: string): number | null {
  const measure = events.find((e) => e.name === measureName && e.cat.includes('blink.user_timing'));
  if (!measure) return null;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === measure.pid && e.args?.name === 'CrRendererMain',
  );
  if (!main) return null;
  const onThread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const task = topLevelTasks(onThread).find((t) => t.ts <= measure.ts && measure.ts <= t.ts + t.dur!);
  if (!task) return null;
  const compiles = onThread
    .filter((e) => e.name === 'v8.compile' && e.ts >= task.ts && e.ts <= task.ts + task.dur!)
    .reduce((sum, e) => sum + cpuOf(e), 0);
  return cpuOf(task) - compiles;
}

function causeOf(task: TraceEvent, ours: readonly TraceEvent[], evaluation: TraceEvent): string {
  const end = task.ts + task.dur!;
  if (evaluation.ts >= task.ts && evaluation.ts <= end) return 'startup';
  const stages = new Set(
    ours
      .filter((e) => e.ts >= task.ts && e.ts <= end && e.name.startsWith('marginalia:'))
      .map((e) => e.name.slice('marginalia:'.length)),
  );
  return stages.size > 0 ? [...stages].join('+') : 'other';
}
