import { chineseArticles } from './zh';
import { englishArticles } from './en';
import { frenchArticles } from './fr';
import { germanArticles } from './de';
import { japaneseArticles } from './ja';
import { portugueseArticles } from './pt';
import { spanishArticles } from './es';
import type { GoldArticle } from './types';

export type { GoldArticle, GoldClaim } from './types';

export const goldArticles: GoldArticle[] = [
  ...portugueseArticles,
  ...englishArticles,
  ...spanishArticles,
  ...frenchArticles,
  ...germanArticles,
  ...chineseArticles,
  ...japaneseArticles,
];
