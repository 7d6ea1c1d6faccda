import type { ClaimKind } from '../../lib/shared/types';

/** A claim a careful reader would pick: `match` is a fragment of the sentence, unique in the article. */
export interface GoldClaim {
  match: string;
  kind: ClaimKind;
  speaker: string | null;
}

/** A hand-written AI-news article (fictional people and companies) with its gold claims. */
export interface GoldArticle {
  id: string;
  lang: string;
  /** `test` articles were labelled before the code they measure was tuned; the rest (default) are dev. */
  split?: 'dev' | 'test';
  /** Plain article text: blocks separated by "\n\n", including the furniture a page would carry. */
  text: string;
  gold: GoldClaim[];
}
