import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { TestProject } from 'vitest/node';
import { ADDON_ID, EXTENSION_UUID } from './addon';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebDriver BiDi address of the Firefox shared by every test file of the project. */
    firefoxEndpoint: string;
    /** Where that Firefox saves downloads. */
    firefoxDownloads: string;
  }
}

function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return execFileSync('bash', [resolve(import.meta.dirname, '../../scripts/find-firefox.sh')], {
    encoding: 'utf8',
  }).trim();
}

/**
 * One Firefox for the whole e2e-firefox project: starting it costs several seconds on a busy
 * machine, while installing the add-on afresh in each file (see harness.ts) costs a fraction of one.
 * Firefox allows one WebDriver BiDi session at a time, so this one lets go of the browser and each
 * test file connects in turn.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-firefox-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'marginalia-firefox-downloads-'));
  const launched = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // A first start with a new profile takes several seconds, far longer on a loaded 2-core machine.
    timeout: 90_000,
    // Firefox refuses WebDriver navigation to moz-extension: pages unless the client is trusted with
    // system access; without it the sidebar page cannot be opened as a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed moz-extension host, kept when a test file uninstalls the add-on for the next one.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'extensions.webextensions.keepUuidOnUninstall': true,
      // MV3 host permissions are the user's to grant in Firefox. This pref (Firefox's default, set
      // here so the tests do not depend on it) grants the manifest's host_permissions at install, as
      // the install prompt does; the optional ones (every other site) stay ungranted.
      'extensions.originControls.grantByDefault': true,
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  const endpoint = launched.wsEndpoint();
  const firefoxProcess = launched.process();
  await launched.disconnect();
  project.provide('firefoxEndpoint', endpoint);
  project.provide('firefoxDownloads', downloads);

  return async () => {
    if (firefoxProcess && firefoxProcess.exitCode === null) {
      const exited = new Promise((done) => firefoxProcess.once('exit', done));
      firefoxProcess.kill();
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    }
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  };
}
