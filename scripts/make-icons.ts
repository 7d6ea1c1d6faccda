/**
 * npm exec tsx scripts/make-icons.ts — renders public/icon/{16,32,48,96,128}.png from the SVG
 * below with the test Chromium (no image tools needed). Run again after changing the drawing.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { exitWithUsageOnHelp } from './usage';

exitWithUsageOnHelp(import.meta.url);

// A page with a margin rule and a highlighted line: annotation in the margin of the news.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1d3f9e"/>
  <rect x="24" y="20" width="80" height="88" rx="8" fill="#ffffff"/>
  <rect x="36" y="34" width="56" height="8" rx="4" fill="#c9d3ea"/>
  <rect x="34" y="52" width="60" height="14" rx="3" fill="#ffd54a"/>
  <rect x="36" y="55" width="52" height="8" rx="4" fill="#1d3f9e"/>
  <rect x="36" y="76" width="48" height="8" rx="4" fill="#c9d3ea"/>
  <rect x="36" y="92" width="36" height="8" rx="4" fill="#c9d3ea"/>
</svg>`;

const OUT = resolve(import.meta.dirname, '../public/icon');
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: resolve(OUT, `${size}.png`), omitBackground: true });
}
await browser.close();
