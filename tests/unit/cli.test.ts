import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const analyze = (...args: string[]) => run('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT });

describe('npm run analyze', () => {
  it('prints the seed fixture analysis as JSON', async () => {
    const { stdout } = await analyze();
    const analysis = JSON.parse(stdout);
    expect(analysis.article.title).toMatch(/^OpenAI CEO Altman: Vertical integration/);
    expect(analysis.article.lang).toBe('pt');
    expect(analysis.url).toBe('https://www.gate.com/pt-br/news/detail/openai-ceo-altman-vertical-integration-13659212');
    expect(analysis).toHaveProperty('claims');
    expect(analysis).toHaveProperty('glossary');
  }, 30_000);

  it('prints "article": null for a page with no article and exits 0', async () => {
    const { stdout } = await analyze(
      'tests/fixtures/pages/market-table/page.html',
      '--url',
      'https://www.gate.com/pt-br/markets',
    );
    expect(JSON.parse(stdout).article).toBeNull();
  }, 30_000);

  it('--format md says why a guide that is no news story lists no claims', async () => {
    const { stdout } = await analyze(
      'tests/fixtures/pages/howto-guide/page.html',
      '--url',
      'https://blog.localmodels.example/guides/run-a-language-model-on-your-laptop',
      '--format',
      'md',
    );
    expect(stdout).toMatch(/^# How to run a language model on your own laptop$/m);
    expect(stdout).toContain(
      '_No claims: the page reads as a guide or instructions to the reader, not as a news story._',
    );
  }, 30_000);

  it('fails with one clear line for a missing file', async () => {
    const error = await analyze('no/such/page.html').catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr.trim()).toBe('analyze: no such file: no/such/page.html');
  }, 30_000);

  it('refuses a file that is not HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-cli-'));
    const file = join(dir, 'data.csv');
    writeFileSync(file, 'a,b,c\n1,2,3\n');
    const error = await analyze(file).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toMatch(/is not an HTML page/);
  }, 30_000);
});
