import { siteOfHost } from '../site';

/** Query parameters that only track where a visit came from; they never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'spm',
  'sr_share',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function tryParse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/**
 * The key a page's highlights are stored under. Uses the page's canonical link when it is an
 * http(s) URL on the same site (a canonical elsewhere could be used to merge unrelated pages),
 * then drops the fragment and tracking parameters, lowercases the host and sorts what is left
 * of the query. Throws a TypeError when `url` is not a URL.
 */
export function normalizePageUrl(url: string, canonical?: string | null): string {
  const page = tryParse(url.trim());
  if (!page) throw new TypeError(`Not a URL: ${url}`);
  let chosen = page;
  if (canonical && isHttp(page)) {
    const candidate = tryParse(canonical.trim(), page.href);
    if (candidate && isHttp(candidate) && siteOfHost(candidate.hostname) === siteOfHost(page.hostname)) {
      chosen = candidate;
    }
  }
  const normalized = new URL(chosen.href);
  normalized.hash = '';
  // URL already lowercases http(s) hosts; other schemes keep theirs, so lowercase explicitly.
  if (normalized.host) normalized.host = normalized.host.toLowerCase();
  const kept = [...normalized.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  normalized.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return normalized.href;
}

/** The host to show for a page key, without "www.". */
export function siteLabel(pageKey: string): string {
  const parsed = tryParse(pageKey);
  return parsed ? parsed.hostname.replace(/^www\./, '') : pageKey;
}

/**
 * The key a page is stored under, for its highlights and its library record alike, or null for
 * pages that cannot have any (not http(s)). `canonical` is the page's canonical link as written,
 * so a page reached by several URLs keeps one record.
 */
export function pageKeyFor(url: string | undefined, canonical: string | null = null): string | null {
  if (!url) return null;
  try {
    const key = normalizePageUrl(url, canonical);
    return /^https?:/i.test(key) ? key : null;
  } catch {
    return null;
  }
}
