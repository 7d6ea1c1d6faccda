import { normalizePageUrl } from '../highlights/url';

/** The key a page is kept under in the library (the highlights' page key, without a canonical link); null off the web. */
export function libraryKeyOf(url: string): string | null {
  try {
    const key = normalizePageUrl(url);
    return /^https?:\/\//i.test(key) ? key : null;
  } catch {
    return null;
  }
}
