import { describe, expect, it } from 'vitest';
import { listFixturePages, readExpected, stableAnalysis } from '../fixtures/expected-analysis';

describe('every fixture page against its golden analysis', () => {
  it.each(listFixturePages())('%s', (slug) => {
    const expected = readExpected(slug);
    expect(
      expected,
      `no expected-analysis.json for ${slug}: run npm run fixtures:regenerate -- ${slug}`,
    ).not.toBeNull();
    expect(stableAnalysis(slug)).toEqual(expected);
  });
});
