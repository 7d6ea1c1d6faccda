/**
 * Literal substrings of which every match of a regex contains at least one: a necessary
 * condition, checked with `includes`, that rules a text out before the regex runs. Derived from
 * the compiled pattern itself, so it can never disagree with it; where the pattern has no such
 * literals (an alternative made only of classes, a part that may be empty), there is no condition.
 *
 * Reads the subset of regex syntax the lexicons are written in (groups, alternation, classes,
 * escapes, quantifiers, lookarounds). Anything it does not know it treats as "some character",
 * which only weakens the condition, never makes it wrong. Assumes no `i` flag: literals are
 * matched as written.
 */

import { escapeRegExp } from './text';

/** What a piece of a pattern is known to match. */
interface Summary {
  /** Every string the piece can match, when there are few (may hold '' for an optional piece). */
  exact: Set<string> | null;
  /** Strings one of which every match of the piece contains (null: none known). */
  required: Set<string> | null;
}

/** Above this many strings a set stops being tracked (the condition becomes weaker, not wrong). */
const MAX_SET = 24;

const UNKNOWN: Summary = { exact: null, required: null };
const EMPTY: Summary = { exact: new Set(['']), required: null };

/** Escapes that stand for one of many characters. */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'p', 'P']);
const BOUNDS = /\{(\d+)(,?)(\d*)\}/y;
/** Zero-width escapes. */
const ASSERTION_ESCAPES = new Set(['b', 'B']);

/** How strong a condition is: the shortest string first (longer literals are rarer), then fewer strings. */
function shortest(set: Set<string>): number {
  let length = Infinity;
  for (const value of set) length = Math.min(length, value.length);
  return length;
}

function better(a: Set<string>, b: Set<string> | null): boolean {
  if (!b) return true;
  const byLength = shortest(a) - shortest(b);
  return byLength !== 0 ? byLength > 0 : a.size < b.size;
}

function usable(set: Set<string> | null): set is Set<string> {
  return set !== null && set.size > 0 && !set.has('');
}

function concat(left: Set<string>, right: Set<string>): Set<string> | null {
  if (left.size * right.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return out;
}

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Summary {
    const summary = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return summary;
  }

  private alternation(): Summary {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    let exact: Set<string> | null = new Set();
    let required: Set<string> | null = new Set();
    for (const alternative of alternatives) {
      if (exact && alternative.exact) for (const value of alternative.exact) exact.add(value);
      else exact = null;
      const condition = usable(alternative.exact) ? alternative.exact : alternative.required;
      if (required && usable(condition)) for (const value of condition) required.add(value);
      else required = null;
    }
    if (exact && exact.size > MAX_SET) exact = null;
    return { exact, required };
  }

  private sequence(): Summary {
    // The exact strings of the run of known pieces so far, and the best condition met on the way.
    let run = new Set(['']);
    // Whether every piece so far was exact and the run holds the whole sequence.
    let whole = true;
    let best: Set<string> | null = null;
    const consider = (set: Set<string> | null) => {
      if (usable(set) && better(set, best)) best = set;
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const piece = this.quantified();
      consider(piece.required);
      const joined = piece.exact ? concat(run, piece.exact) : null;
      if (joined) {
        run = joined;
        continue;
      }
      // The run ends here: what it was is a condition, and a new run starts with this piece.
      whole = false;
      consider(run);
      consider(piece.exact);
      run = piece.exact ? new Set(piece.exact) : new Set(['']);
    }
    consider(run);
    return { exact: whole ? run : null, required: best };
  }

  private quantified(): Summary {
    const atom = this.atom();
    const char = this.source[this.at];
    let min: number;
    let max: number;
    if (char === '?') [min, max] = [0, 1];
    else if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '{' && this.bounds()) {
      const [, low, comma, high] = this.bounds()!;
      min = Number(low);
      max = comma ? (high ? Number(high) : Infinity) : min;
      this.at += low!.length + comma!.length + high!.length + 1;
    } else return atom;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    const condition = usable(atom.exact) ? atom.exact : atom.required;
    if (min === 0 && max === 1 && atom.exact) {
      const exact = new Set(atom.exact);
      exact.add('');
      return { exact, required: null };
    }
    if (min === 1 && max === 1) return atom;
    return { exact: null, required: min >= 1 ? condition : null };
  }

  /** The `{m,n}` quantifier at the current position, if one is there. */
  private bounds(): RegExpExecArray | null {
    BOUNDS.lastIndex = this.at;
    return BOUNDS.exec(this.source);
  }

  private atom(): Summary {
    const char = this.source[this.at]!;
    if (char === '(') return this.group();
    if (char === '[') {
      this.skipClass();
      return UNKNOWN;
    }
    if (char === '^' || char === '$') {
      this.at++;
      return EMPTY;
    }
    if (char === '.') {
      this.at++;
      return UNKNOWN;
    }
    if (char === '\\') return this.escape();
    // An astral character is two code units of the source, and one character all the same.
    const length = char >= '\ud800' && char <= '\udbff' ? 2 : 1;
    this.at += length;
    return { exact: new Set([this.source.slice(this.at - length, this.at)]), required: null };
  }

  private escape(): Summary {
    const next = this.source[this.at + 1]!;
    if (next === 'p' || next === 'P') {
      const close = this.source.indexOf('}', this.at);
      this.at = close + 1;
      return UNKNOWN;
    }
    if (next === 'u' || next === 'x' || next === 'c' || /\d/.test(next) || next === 'k') {
      // Code-point escapes and back references are not worth reading: some character(s).
      this.at += 2;
      if (next === 'u' && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      else if (next === 'u') this.at += 4;
      else if (next === 'x') this.at += 2;
      else if (next === 'k') this.at = this.source.indexOf('>', this.at) + 1;
      else if (next === 'c') this.at += 1;
      else while (/\d/.test(this.source[this.at] ?? '')) this.at++;
      return UNKNOWN;
    }
    this.at += 2;
    if (ASSERTION_ESCAPES.has(next)) return EMPTY;
    if (CLASS_ESCAPES.has(next)) return UNKNOWN;
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    return { exact: new Set([controls[next] ?? next]), required: null };
  }

  private group(): Summary {
    this.at++;
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const head = this.source.slice(this.at, this.at + 4);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) [this.at, lookaround] = [this.at + 2, true];
      else if (head.startsWith('?<=') || head.startsWith('?<!')) [this.at, lookaround] = [this.at + 3, true];
      else if (head.startsWith('?<')) this.at = this.source.indexOf('>', this.at) + 1;
      else throw new Error(`unknown group at ${this.at}`);
    }
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at++;
    // A lookaround consumes nothing: to the strings around it, it is as if it were not there.
    return lookaround ? EMPTY : inner;
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      this.at += this.source[this.at] === '\\' ? 2 : 1;
    }
    this.at++;
  }
}

/**
 * Substrings one of which every match of `pattern` contains, or null when there is no such
 * condition. A text holding none of them cannot match.
 */
export function requiredSubstrings(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('i')) return null;
  const summary = new Parser(pattern.source).parse();
  const condition = usable(summary.exact) ? summary.exact : summary.required;
  if (!usable(condition)) return null;
  // A string holding another of the set adds nothing: a text holding it holds the other.
  const strings = [...condition].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const value of strings) if (!kept.some((shorter) => value.includes(shorter))) kept.push(value);
  return kept;
}

/** A pattern matching any of `literals` as plain text (one pass for all of them). */
export function anyLiteralPattern(literals: readonly string[]): RegExp {
  return new RegExp(literals.map(escapeRegExp).join('|'), 'u');
}
