import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/harness';
import { traced, withoutScripts } from './bench/browser';
import { HIGHLIGHT_CSS } from '../lib/page/paint/highlights';
const files = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS });
for (const file of files) {
  const out: Record<string, number[]> = {};
  for (let round = 0; round < 3; round++)
  for (const mode of ['with-rules', 'without'] as const) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const html = withoutScripts(readFileSync(file, 'utf8'));
    const style = `<style>${mode === 'with-rules' ? HIGHLIGHT_CSS : 'mark[data-x] { color: red }'}</style>`;
    const body = html.replace(/<head[^>]*>/i, (m) => m + style);
    await page.route('**/*', (r) => r.request().url() === 'http://127.0.0.1:8931/x/' ? r.fulfill({ status: 200, contentType: 'text/html', body, headers: { 'content-security-policy': "script-src 'none'" } }) : r.abort());
    const cdp = await page.context().newCDPSession(page);
    const { trace } = await traced(cdp, async () => { await page.goto('http://127.0.0.1:8931/x/', { waitUntil: 'load' }); await page.waitForTimeout(300); }, ['devtools.timeline', 'disabled-by-default-devtools.timeline']);
    const cpu = trace.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X').reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
    const layout = trace.filter((e) => e.name === 'Layout' && e.ph === 'X').reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
    (out[mode] ??= []).push(cpu);
    (out[mode + ' layout'] ??= []).push(layout);
    await page.close();
  }
  console.log(file.split('/').slice(-2, -1)[0], Object.entries(out).map(([m, v]) => `${m} ${v.map((x) => x.toFixed(1)).join('/')}`).join('  '));
}
await browser.close();
