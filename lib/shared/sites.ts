/**
 * Sites where Marginalia runs by itself (the manifest's content-script matches and host
 * permissions). Everywhere else it runs only when the reader clicks the toolbar button or
 * presses the shortcut (activeTab), or after they grant "always run on this site".
 * Each entry is the news section, not the whole exchange.
 */
export const CURATED_SITES: ReadonlyArray<{ name: string; matches: string[] }> = [
  {
    name: 'Gate (news)',
    matches: [
      'https://www.gate.com/*/news/*',
      'https://www.gate.com/news/*',
      'https://www.gate.io/*/news/*',
      'https://www.gate.io/news/*',
    ],
  },
  { name: 'Binance Square', matches: ['https://www.binance.com/*/square/*', 'https://www.binance.com/square/*'] },
  { name: 'OKX (news)', matches: ['https://www.okx.com/*/news/*', 'https://www.okx.com/news/*'] },
  { name: 'Bybit (news)', matches: ['https://www.bybit.com/*/news/*', 'https://announcements.bybit.com/*'] },
  { name: 'KuCoin (news)', matches: ['https://www.kucoin.com/*/news/*', 'https://www.kucoin.com/news/*'] },
  { name: 'Bitget (news)', matches: ['https://www.bitget.com/*/news/*', 'https://www.bitget.com/news/*'] },
  { name: 'CoinDesk', matches: ['https://www.coindesk.com/*'] },
  {
    name: 'Cointelegraph',
    matches: ['https://cointelegraph.com/*', 'https://br.cointelegraph.com/*', 'https://es.cointelegraph.com/*'],
  },
  { name: 'Decrypt', matches: ['https://decrypt.co/*'] },
  { name: 'The Block', matches: ['https://www.theblock.co/*'] },
  { name: 'TechCrunch', matches: ['https://techcrunch.com/*'] },
  { name: 'The Verge', matches: ['https://www.theverge.com/*'] },
  { name: 'VentureBeat', matches: ['https://venturebeat.com/*'] },
  { name: 'Wired', matches: ['https://www.wired.com/*'] },
  { name: 'Ars Technica', matches: ['https://arstechnica.com/*'] },
  { name: 'MIT Technology Review', matches: ['https://www.technologyreview.com/*'] },
  { name: 'Olhar Digital (pt-BR)', matches: ['https://olhardigital.com.br/*'] },
  { name: 'Tecnoblog (pt-BR)', matches: ['https://tecnoblog.net/*'] },
  { name: 'Xataka (es)', matches: ['https://www.xataka.com/*'] },
  { name: 'El País Tecnología (es)', matches: ['https://elpais.com/tecnologia/*'] },
];

export const CURATED_MATCHES: string[] = CURATED_SITES.flatMap((site) => site.matches);

/** Hosts added only to the end-to-end build, never to a production build. */
export const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A host the end-to-end build may script but declares no content script for: it stands in for a
 * page the reader started from the toolbar (activeTab), a button a headless browser cannot press.
 */
export const E2E_SCRIPTABLE_ONLY = ['http://[::1]/*'];
