import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DisclaimerKind } from '../../lib/shared/types';
import type { Placement } from '../disclaimer-set/cases';

/** One quoted real text (see README.md for the labelling rules). */
interface RealItemBase {
  id: string;
  /** BCP 47; zh-Hans / zh-Hant for Chinese. */
  lang: string;
  text: string;
  /** URL, or github:owner/repo[@commit]:path. */
  source: string;
  corpusPath?: string;
  origin?: string;
  note?: string;
  placement: Placement;
}

export interface RealDisclaimer extends RealItemBase {
  expect: 'disclaimer';
  kinds: DisclaimerKind[];
  host?: string;
}

export interface RealLookAlike extends RealItemBase {
  expect: 'none';
  lookAlike: string;
}

export type RealItem = RealDisclaimer | RealLookAlike;

export type RealSplit = 'dev' | 'test';

export const REAL_SPLITS: RealSplit[] = ['test', 'dev'];

/** The committed items of a split (no ../shared needed). */
export function loadRealItems(split: RealSplit): RealItem[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, `${split}.json`), 'utf8')) as RealItem[];
}

/** The language group an item is reported under: its primary subtag ("zh-Hant" → "zh"). */
export function languageGroup(lang: string): string {
  return lang.split('-')[0] ?? lang;
}
