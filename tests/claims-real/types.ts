import type { ClaimKind } from '../../lib/shared/types';

/** A key claim of a real published page, labelled by hand. */
export interface RealGoldClaim {
  /** The sentence exactly as it appears in the article text. */
  sentence: string;
  /** The type a reader would file it under; a list where two readings are equally right (a quoted forecast). */
  kind: ClaimKind | ClaimKind[];
  /** The person or organization who says or holds it; alternatives separated by "|"; null when nobody speaks. */
  speaker: string | null;
}

/** One page of `../shared/corpus`, referenced by its folder (the page itself is never copied here). */
export interface RealGoldPage {
  /** Folder under `../shared/corpus` holding `source.html` (and `meta.json` or `expected-metadata.json`). */
  page: string;
  lang: string;
  split: 'dev' | 'test';
  /** False for pages that are not stories (deals, product pages, docs, how-tos, listings): no claims expected. */
  story: boolean;
  claims: RealGoldClaim[];
}
