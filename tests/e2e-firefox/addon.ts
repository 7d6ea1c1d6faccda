import { resolve } from 'node:path';

/** The production Firefox build (`wxt build -b firefox`): what ships is what is tested. */
export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
/** The add-on id, from wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'marginalia@marginalia.dev';
/** A fixed moz-extension host (the extensions.webextensions.uuids pref), so extension pages have a known address. */
export const EXTENSION_UUID = '0b7e6c1a-5d2f-4e8b-9a3c-7f1d2e4b6a80';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
