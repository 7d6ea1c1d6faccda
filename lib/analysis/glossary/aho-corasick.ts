/**
 * Aho–Corasick automaton over UTF-16 code units. Text is fed one code unit at a time (`next`), so
 * the caller can fold on the fly and the whole dictionary is matched in a single pass; `steps`
 * counts goto and failure transitions, which stays below twice the number of units fed.
 */
export class AhoCorasick {
  /** Trie edges while patterns are added: per state, code unit → child state. */
  private readonly children: Map<number, number>[] = [new Map<number, number>()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending exactly at a state. */
  private readonly outputs: number[][] = [[]];
  /** Nearest state on the failure chain that has outputs (0 when none). */
  private readonly outputLink: number[] = [0];
  private readonly patternLengths: number[] = [];
  /** After build(): the root's transitions as a dense table, other states' as sorted (label, target) runs. */
  private readonly rootTargets = new Int32Array(0x10000).fill(-1);
  private edgeOffsets = new Int32Array(0);
  private edgeLabels = new Uint16Array(0);
  private edgeTargets = new Int32Array(0);
  private built = false;
  steps = 0;

  /** Add a pattern; returns its id. */
  add(pattern: string): number {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    if (pattern.length === 0) throw new Error('AhoCorasick: empty pattern');
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      const edges = this.children[state]!;
      let target = edges.get(unit);
      if (target === undefined) {
        target = this.children.length;
        this.children.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.outputLink.push(0);
        edges.set(unit, target);
      }
      state = target;
    }
    const id = this.patternLengths.length;
    this.patternLengths.push(pattern.length);
    this.outputs[state]!.push(id);
    return id;
  }

  patternLength(id: number): number {
    return this.patternLengths[id] ?? 0;
  }

  build(): void {
    const queue: number[] = [...this.children[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [unit, child] of this.children[state]!) {
        let f = this.fail[state]!;
        let target = this.children[f]!.get(unit);
        while (target === undefined && f !== 0) {
          f = this.fail[f]!;
          target = this.children[f]!.get(unit);
        }
        const failTarget = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTarget;
        this.outputLink[child] = this.outputs[failTarget]!.length > 0 ? failTarget : this.outputLink[failTarget]!;
        queue.push(child);
      }
    }
    this.compact();
    this.built = true;
  }

  private compact(): void {
    const stateCount = this.children.length;
    const edgeCount = stateCount - 1;
    this.edgeOffsets = new Int32Array(stateCount + 1);
    this.edgeLabels = new Uint16Array(edgeCount);
    this.edgeTargets = new Int32Array(edgeCount);
    let offset = 0;
    for (let state = 0; state < stateCount; state++) {
      this.edgeOffsets[state] = offset;
      const sorted = [...this.children[state]!].sort((a, b) => a[0] - b[0]);
      for (const [unit, target] of sorted) {
        this.edgeLabels[offset] = unit;
        this.edgeTargets[offset] = target;
        offset++;
      }
    }
    this.edgeOffsets[stateCount] = offset;
    for (const [unit, target] of this.children[0]!) this.rootTargets[unit] = target;
  }

  /** Target of the edge labelled `unit` out of `state`, or -1. */
  private edge(state: number, unit: number): number {
    if (state === 0) return this.rootTargets[unit]!;
    let lo = this.edgeOffsets[state]!;
    let hi = this.edgeOffsets[state + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const label = this.edgeLabels[mid]!;
      if (label === unit) return this.edgeTargets[mid]!;
      if (label < unit) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Advance from `state` on one code unit. */
  next(state: number, unit: number): number {
    let current = state;
    for (;;) {
      this.steps++;
      const target = this.edge(current, unit);
      if (target >= 0) return target;
      if (current === 0) return 0;
      current = this.fail[current]!;
    }
  }

  /** Whether any pattern ends at `state` (cheap; check before forEachOutput). */
  hasOutput(state: number): boolean {
    return this.outputs[state]!.length > 0 || this.outputLink[state]! > 0;
  }

  /** Call `report(patternId)` for every pattern that ends at `state`. */
  forEachOutput(state: number, report: (patternId: number) => void): void {
    for (let s = this.outputs[state]!.length > 0 ? state : this.outputLink[state]!; s > 0; s = this.outputLink[s]!) {
      for (const id of this.outputs[s]!) report(id);
    }
  }
}
