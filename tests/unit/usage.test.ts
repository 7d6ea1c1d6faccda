import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { asksForHelp, leadingDocComment } from '../../scripts/usage';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** Every scripts/*.ts file an npm script runs. */
function commandScripts(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const files = Object.values(scripts).flatMap((line) =>
    [...line.matchAll(/tsx (scripts\/[\w-]+\.ts)/g)].map((m) => m[1] ?? ''),
  );
  return [...new Set(files)].sort();
}

describe('leadingDocComment', () => {
  it('returns the opening doc comment without its gutter', () => {
    const source = "/**\n * npm run x -- [--json]\n *\n * What x does.\n */\nimport 'y';\n/** not this */\n";
    expect(leadingDocComment(source)).toBe('npm run x -- [--json]\n\nWhat x does.');
  });

  it('reads past a shebang line', () => {
    expect(leadingDocComment('#!/usr/bin/env tsx\n/** Usage. */\n')).toBe('Usage.');
  });

  it('returns null when the file does not open with a doc comment', () => {
    expect(leadingDocComment("import 'y';\n/** later */\n")).toBeNull();
    expect(leadingDocComment('/* a plain comment */\n')).toBeNull();
  });
});

describe('asksForHelp', () => {
  it('answers to --help and -h anywhere in the arguments, and to nothing else', () => {
    expect(asksForHelp(['--split', 'dev', '--help'])).toBe(true);
    expect(asksForHelp(['-h'])).toBe(true);
    expect(asksForHelp(['--split', 'help', '--json'])).toBe(false);
    expect(asksForHelp([])).toBe(false);
  });
});

describe('--help on the npm scripts', () => {
  it('every command an npm script runs opens with its usage and answers --help before doing anything', () => {
    const files = commandScripts();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(leadingDocComment(source), file).not.toBeNull();
      expect(source, file).toMatch(/^exitWithUsageOnHelp\(import\.meta\.url\);$/m);
    }
  });

  it('prints only the usage of eval:claims-real and exits 0, however the other arguments read', async () => {
    const script = 'scripts/eval-claims-real.ts';
    const { stdout } = await run('npx', ['tsx', script, '--help', '--split', 'test'], { cwd: ROOT });
    expect(stdout).toMatch(/^npm run eval:claims-real /);
    expect(stdout.trimEnd()).toBe(leadingDocComment(readFileSync(join(ROOT, script), 'utf8')));
  }, 60_000);
});
