import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/shared/messaging';

function originPattern(url: string): { host: string; pattern: string } | null {
  try {
    const { protocol, host } = new URL(url);
    return /^https?:$/.test(protocol) ? { host, pattern: `${protocol}//${host}/*` } : null;
  } catch {
    return null;
  }
}

/**
 * "Always run on this site": asks for that one host, at the moment the reader clicks, then
 * runs on the tab. Hidden where Marginalia already runs by itself.
 */
export function RunHere({ tabId, url }: { tabId: number; url: string }) {
  const origin = originPattern(url);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    if (!origin) return;
    void browser.permissions.contains({ origins: [origin.pattern] }).then(setGranted);
  }, [origin?.pattern]);

  if (!origin || granted !== false) return null;
  const ask = async () => {
    // permissions.request must be the first await after the click.
    const ok = await browser.permissions.request({ origins: [origin.pattern] });
    setGranted(ok);
    setDenied(!ok);
    if (ok) {
      await sendToBackground({ type: 'run-on-tab', tabId });
    }
  };
  return (
    <footer class="run-here">
      <button type="button" class="panel__button" onClick={ask} data-testid="always-run">
        {i18n.t('panel.alwaysRun', [origin.host])}
      </button>
      {denied && (
        <p class="panel__hint" role="alert">
          {i18n.t('panel.alwaysRunDenied')}
        </p>
      )}
    </footer>
  );
}
