import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CURATED_MATCHES, E2E_MATCHES, E2E_SCRIPTABLE_ONLY } from './lib/shared/sites';

// `E2E=1 wxt build` makes the end-to-end build: the same code plus the loopback hosts.
const e2e = process.env.E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  i18n: { localesDir: 'lib/locales' },
  manifestVersion: 3,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  // SOURCEMAP=1 (npm run bench:profile) writes hidden source maps, to name the profiled functions.
  vite: () => ({ plugins: [preact()], build: { sourcemap: process.env.SOURCEMAP === '1' ? 'hidden' : false } }),
  zip: {
    excludeSources: ['.output/**', 'test-results/**', 'bench-results/**', '.ci/**'],
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...E2E_MATCHES];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel']),
    ],
    host_permissions: [...CURATED_MATCHES, ...(e2e ? [...E2E_MATCHES, ...E2E_SCRIPTABLE_ONLY] : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_commandOpen__' },
      'toggle-all-layers': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggleAll__' },
      'toggle-claims': { description: '__MSG_commandToggleClaims__' },
      'toggle-terms': { description: '__MSG_commandToggleTerms__' },
      'toggle-disclaimer': { description: '__MSG_commandToggleDisclaimer__' },
      'toggle-highlights': { description: '__MSG_commandToggleHighlights__' },
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_highlighter_command__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'marginalia@marginalia.dev',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
