import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RealGoldPage } from './types';

export type { RealGoldClaim, RealGoldPage } from './types';

function read(split: 'dev' | 'test'): RealGoldPage[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, `${split}.json`), 'utf8')) as RealGoldPage[];
}

/** Every labelled real page, test split first. */
export function realGoldPages(): RealGoldPage[] {
  return [...read('test'), ...read('dev')];
}
