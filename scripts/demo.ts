/**
 * npm run demo: the built extension in Chromium on the seed page, with the panel beside it.
 * With a display, leaves the browser open; without one, runs headless, writes screenshots of
 * the page, the panel and both side by side to demo-output/, and prints the analysis.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/harness';

const OUT = resolve(import.meta.dirname, '../demo-output');
const BUILD = resolve(import.meta.dirname, '../.output/chrome-mv3');
const headless = !process.env.DISPLAY;

const browser = await launchWithExtension({ buildDir: BUILD, headless, viewport: { width: 1000, height: 900 } });
const url = await browser.serveFixture('gate-seed');
const page = await browser.context.newPage();
await page.goto(url);
const tabId = await browser.tabIdOf(url);
const panel = await browser.openPanel(tabId);
await panel.setViewportSize({ width: 400, height: 900 });
await panel.getByTestId('article-title').waitFor({ timeout: 20_000 });
await panel.waitForTimeout(500);

const analysis = await browser.tabState(tabId);
process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);

if (headless) {
  mkdirSync(OUT, { recursive: true });
  const pageShot = await page.screenshot({ path: resolve(OUT, 'page.png') });
  const panelShot = await panel.screenshot({ path: resolve(OUT, 'panel.png') });
  const sideBySide = await browser.context.newPage();
  await sideBySide.setViewportSize({ width: 1400, height: 900 });
  await sideBySide.setContent(
    `<body style="margin:0;display:flex;background:#888"><img style="width:1000px" src="data:image/png;base64,${pageShot.toString('base64')}"><img style="width:400px;border-left:1px solid #444" src="data:image/png;base64,${panelShot.toString('base64')}"></body>`,
  );
  await sideBySide.screenshot({ path: resolve(OUT, 'side-by-side.png') });
  process.stderr.write(`Screenshots: ${OUT}/{page,panel,side-by-side}.png\n`);
  if (browser.errors.length > 0) process.stderr.write(`Errors seen:\n${browser.errors.join('\n')}\n`);
  await browser.close();
} else {
  process.stderr.write('Chromium is open with the seed page and the Marginalia panel. Close it to end the demo.\n');
  await new Promise((done) => browser.context.on('close', done));
}
