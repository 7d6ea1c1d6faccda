import { existsSync, readFileSync } from 'node:fs';
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

/** The address a corpus page was saved from (its meta.json), or a stand-in under corpus.invalid. */
export function realPageUrl(dir: string, page: string): string {
  for (const name of ['meta.json', 'expected-metadata.json']) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const meta = JSON.parse(readFileSync(path, 'utf8')) as { url?: unknown };
    if (typeof meta.url === 'string') return meta.url;
  }
  return `https://corpus.invalid/${encodeURIComponent(page)}/`;
}
