/**
 * The page's canonical link as written (`<link rel="canonical">`), or null. Read on the page by
 * the highlighter and from the serialized page by the analysis, so highlights and the library
 * record of one page are stored under one key (`pageKeyFor(url, canonical)`).
 */
export function canonicalHrefOf(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}
