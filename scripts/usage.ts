/**
 * `--help` (or `-h`) for the commands in scripts/: prints the command's own leading doc comment, which holds its usage
 * line and what it does, and exits 0 before anything is read, built or timed. Without this an eval or a benchmark
 * took `--help` as one more unknown flag and ran for minutes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HELP_FLAGS = new Set(['--help', '-h']);

/** The text of the doc comment that opens `source` (a shebang line may come first), without its `*` gutter. */
export function leadingDocComment(source: string): string | null {
  const body = /^(?:#![^\n]*\n)?\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (body === undefined) return null;
  const text = body
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
  return text || null;
}

export function asksForHelp(args: readonly string[]): boolean {
  return args.some((arg) => HELP_FLAGS.has(arg));
}

/** Call first in a command, with `import.meta.url`: on `--help` prints its doc comment and exits. */
export function exitWithUsageOnHelp(scriptUrl: string, args: readonly string[] = process.argv.slice(2)): void {
  if (!asksForHelp(args)) return;
  const usage = leadingDocComment(readFileSync(fileURLToPath(scriptUrl), 'utf8'));
  process.stdout.write(`${usage ?? 'This command has no usage text.'}\n`);
  process.exit(0);
}
