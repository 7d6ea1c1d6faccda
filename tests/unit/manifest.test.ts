/**
 * The production manifests, as built, against an explicit expectation written out below: any
 * new permission, host, command or exposed resource fails this test until someone reviews it
 * and updates the expectation by hand. Also checks the built code for eval and remote code.
 * `npm test` builds .output/chrome-mv3 and .output/firefox-mv3 before running this.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = resolve(import.meta.dirname, '../../.output');

const CURATED_HOSTS = [
  'https://www.gate.com/*/news/*',
  'https://www.gate.com/news/*',
  'https://www.gate.io/*/news/*',
  'https://www.gate.io/news/*',
  'https://www.binance.com/*/square/*',
  'https://www.binance.com/square/*',
  'https://www.okx.com/*/news/*',
  'https://www.okx.com/news/*',
  'https://www.bybit.com/*/news/*',
  'https://announcements.bybit.com/*',
  'https://www.kucoin.com/*/news/*',
  'https://www.kucoin.com/news/*',
  'https://www.bitget.com/*/news/*',
  'https://www.bitget.com/news/*',
  'https://www.coindesk.com/*',
  'https://cointelegraph.com/*',
  'https://br.cointelegraph.com/*',
  'https://es.cointelegraph.com/*',
  'https://decrypt.co/*',
  'https://www.theblock.co/*',
  'https://techcrunch.com/*',
  'https://www.theverge.com/*',
  'https://venturebeat.com/*',
  'https://www.wired.com/*',
  'https://arstechnica.com/*',
  'https://www.technologyreview.com/*',
  'https://olhardigital.com.br/*',
  'https://tecnoblog.net/*',
  'https://www.xataka.com/*',
  'https://elpais.com/tecnologia/*',
];

const COMMANDS = {
  _execute_action: { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandOpen__' },
  'toggle-all-layers': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggleAll__' },
  'toggle-claims': { description: '__MSG_commandToggleClaims__' },
  'toggle-terms': { description: '__MSG_commandToggleTerms__' },
  'toggle-disclaimer': { description: '__MSG_commandToggleDisclaimer__' },
  'toggle-highlights': { description: '__MSG_commandToggleHighlights__' },
  'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_highlighter_command__' },
};

/** The security-relevant part of each production manifest. `undefined` means the key must be absent. */
const EXPECTED = {
  'chrome-mv3': {
    manifest_version: 3,
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'offscreen', 'sidePanel'],
    host_permissions: CURATED_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [
      {
        matches: [...CURATED_HOSTS].sort(),
        js: ['content-scripts/content.js'],
        run_at: 'document_idle',
        all_frames: undefined,
      },
    ],
    web_accessible_resources: undefined,
    externally_connectable: undefined,
    commands: COMMANDS,
    content_security_policy: undefined,
    background: { service_worker: 'background.js' },
  },
  'firefox-mv3': {
    manifest_version: 3,
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: CURATED_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [
      {
        matches: [...CURATED_HOSTS].sort(),
        js: ['content-scripts/content.js'],
        run_at: 'document_idle',
        all_frames: undefined,
      },
    ],
    web_accessible_resources: undefined,
    externally_connectable: undefined,
    commands: COMMANDS,
    content_security_policy: undefined,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: {
        id: 'marginalia@marginalia.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
} as const;

type BuildName = keyof typeof EXPECTED;
const BUILDS = Object.keys(EXPECTED) as BuildName[];

function buildDir(build: BuildName): string {
  const dir = join(OUTPUT, build);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No production build in ${dir}: run \`npx wxt build && npx wxt build -b firefox\` first (\`npm test\` does). ` +
        'The end-to-end build (.output/chrome-mv3-e2e) is not checked here.',
    );
  }
  return dir;
}

function readManifest(build: BuildName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(buildDir(build), 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every place in the built code that evaluates strings or loads code from the network. */
function remoteCodeFindings(dir: string): string[] {
  const patterns: Array<[string, RegExp]> = [
    ['eval(', /(?<![\w$.])eval\s*\(/g],
    ['new Function', /\bnew\s+Function\b/g],
    ['Function(', /(?<![\w$.])Function\s*\(/g],
    ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
    ['remote import', /\bimport\s*\(\s*["'`]\s*(?:https?:)?\/\//g],
    ['remote static import', /\bfrom\s*["'`]\s*(?:https?:)?\/\//g],
    ['remote importScripts', /\bimportScripts\s*\([^)]*["'`]\s*(?:https?:)?\/\//g],
    ['remote script src', /<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//gi],
    ['remote script src', /\.src\s*=\s*["'`]\s*(?:https?:)?\/\//g],
  ];
  const findings: string[] = [];
  for (const file of filesUnder(dir, /\.(m?js|html)$/)) {
    const code = readFileSync(file, 'utf8');
    for (const [name, pattern] of patterns) {
      for (const match of code.matchAll(pattern)) {
        findings.push(
          `${relative(dir, file)}: ${name} at ${match.index}: ${code.slice(Math.max(0, match.index - 40), match.index + 60)}`,
        );
      }
    }
  }
  return findings;
}

describe.each(BUILDS)('production manifest (%s)', (build) => {
  it('asks for exactly the reviewed permissions, hosts, scripts and commands', () => {
    const manifest = readManifest(build);
    const scripts = (manifest.content_scripts as Array<Record<string, unknown>> | undefined)?.map((script) => ({
      matches: [...((script.matches as string[]) ?? [])].sort(),
      js: script.js,
      run_at: script.run_at,
      all_frames: script.all_frames,
    }));
    const actual = Object.fromEntries(
      Object.keys(EXPECTED[build]).map((key) => [key, key === 'content_scripts' ? scripts : manifest[key]]),
    );
    expect(actual).toEqual(EXPECTED[build]);
  });

  it('exposes no web-accessible resource that a page could fingerprint', () => {
    const resources = (readManifest(build).web_accessible_resources ?? []) as Array<{ use_dynamic_url?: boolean }>;
    expect(resources.filter((entry) => entry.use_dynamic_url !== true)).toEqual([]);
  });

  it('names no loopback host anywhere', () => {
    const manifest = JSON.stringify(readManifest(build));
    expect(manifest).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
  });

  it('ships no eval, no code built from strings and no remote code', () => {
    const dir = buildDir(build);
    expect(filesUnder(dir, /\.js$/).length).toBeGreaterThan(0);
    expect(remoteCodeFindings(dir)).toEqual([]);
  });

  it('keeps the loopback hosts out of the built code', () => {
    const dir = buildDir(build);
    const leaks = filesUnder(dir, /\.(m?js|html|json)$/).filter((file) =>
      /http:\/\/(?:127\.0\.0\.1|localhost)\//.test(readFileSync(file, 'utf8')),
    );
    expect(leaks.map((file) => relative(dir, file))).toEqual([]);
  });
});
