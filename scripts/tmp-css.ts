import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/harness';
import { traced, withoutScripts } from './bench/browser';
import { HIGHLIGHT_CSS } from '../lib/page/paint/highlights';
const files = process.argv.slice(2);
const modes = (process.env.MODES ?? 'all,one,three,none').split(',');
const pick: Record<string, (l: string) => boolean> = {
  all: () => true,
  one: (l) => !l.includes('::highlight') || l.includes('(marginalia-claims)'),
  three: (l) => !l.includes('::highlight') || /claims|terms|disclaimer\)/.test(l),
  none: (l) => !l.includes('::highlight'),
};
const browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS });
for (const file of files) {
  const out: Record<string, number[]> = {};
  for (let round = 0; round < 2; round++)
  for (const mode of modes) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route('**/*', (r) => r.request().url() === 'http://127.0.0.1:8931/x/' ? r.fulfill({ status: 200, contentType: 'text/html', body: withoutScripts(readFileSync(file, 'utf8')), headers: { 'content-security-policy': "script-src 'none'" } }) : r.abort());
    await page.goto('http://127.0.0.1:8931/x/', { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const scoped = mode.startsWith('scoped');
    const css = scoped ? HIGHLIGHT_CSS.replace(/::highlight\(/g, '[data-mh]::highlight(') : mode === 'nth' ? '*:nth-child(99999) { color: red }' : HIGHLIGHT_CSS.split('\n').filter(pick[mode] ?? (() => true)).join('\n');
    const cdp = await page.context().newCDPSession(page);
 const { trace } = await traced(cdp, () => page.evaluate(({ css, mark }) => {
      void document.body.offsetHeight;
      const sheet = new CSSStyleSheet(); sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      if (mark) { const all = document.body.getElementsByTagName('p'); for (let i = 0; i < Math.min(60, all.length); i++) all[i * 3 % all.length]!.setAttribute('data-mh', ''); }
      void document.body.offsetHeight;
    }, { css, mark: mode === 'scoped-marked' }), ['devtools.timeline', 'disabled-by-default-devtools.timeline']);
    const cpu = trace.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X').reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
    (out[mode] ??= []).push(cpu);
    await page.close();
  }
  console.log(file.split('/').slice(-2, -1)[0], Object.entries(out).map(([m, v]) => `${m} ${v.map((x) => x.toFixed(1)).join('/')}`).join('  '));
}
await browser.close();
