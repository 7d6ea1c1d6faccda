/**
 * Global setup of the shared suite: it reads ../shared beside the checkout, which a fresh clone
 * does not have. Without it the suite stops with a message instead of passing with nothing run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

export default function requireShared(): void {
  const needed = ['corpus/readability-test-pages', 'corpus/dompurify-vectors/expect.json'];
  const missing = needed.filter((path) => !existsSync(resolve(SHARED_DIR, path)));
  if (missing.length > 0) {
    throw new Error(
      `\n\n  THE SHARED SUITE NEEDS ../shared BESIDE THE CHECKOUT (${SHARED_DIR}).\n` +
        `  Missing: ${missing.join(', ')}.\n` +
        '  `npm test` runs without it; `npm run test:shared` does not.\n',
    );
  }
}
