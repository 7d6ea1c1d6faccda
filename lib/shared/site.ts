import { getDomain } from 'tldts';

/**
 * The site a host belongs to: its registrable domain by the Public Suffix List, the list's private
 * section included ("news.bbc.co.uk" → "bbc.co.uk", "www.nzz.ch" → "nzz.ch", "a.blogspot.com" stays
 * itself). Counting labels cannot tell "bbc.co.uk" from "co.uk", nor "nzz.ch" from "co.uk"'s shape,
 * and two papers under one public suffix are two sites. A host the list does not cover (an address,
 * "localhost") is its own site.
 */
export function siteOfHost(hostname: string): string {
  const host = hostname.toLowerCase();
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
