import { CURATED_MATCHES } from '../shared/sites';

const SCRIPT_ID = 'marginalia-granted-sites';

/**
 * Run the content script by itself on the sites the reader granted with "Always run on this
 * site" (optional host permissions), on top of the curated list in the manifest.
 */
export async function syncGrantedSites(contentScriptFile: string): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const granted = origins.filter(
    (origin) => !CURATED_MATCHES.includes(origin) && /^https?:\/\/[^*]+\/\*$/.test(origin),
  );
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    matches: granted,
    js: [contentScriptFile],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
