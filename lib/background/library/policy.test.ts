import { describe, expect, it } from 'vitest';
import { decideKeeping } from './policy';

const url = 'https://www.gate.com/pt-br/news/detail/1';

describe('decideKeeping', () => {
  it('keeps a page from a normal tab while keeping is on', () => {
    expect(decideKeeping({ pageKey: url, incognito: false, keeping: true })).toEqual({ keep: true });
  });

  it('never keeps from an incognito tab, nor when the browser does not say', () => {
    expect(decideKeeping({ pageKey: url, incognito: true, keeping: true })).toEqual({
      keep: false,
      reason: 'incognito',
    });
    expect(decideKeeping({ pageKey: url, incognito: undefined, keeping: true })).toEqual({
      keep: false,
      reason: 'incognito',
    });
  });

  it('keeps nothing when the reader turned keeping off, and nothing off the web', () => {
    expect(decideKeeping({ pageKey: url, incognito: false, keeping: false })).toEqual({
      keep: false,
      reason: 'keeping-off',
    });
    expect(decideKeeping({ pageKey: 'file:///tmp/a.html', incognito: false, keeping: true })).toEqual({
      keep: false,
      reason: 'not-web',
    });
    expect(decideKeeping({ pageKey: null, incognito: false, keeping: true })).toEqual({
      keep: false,
      reason: 'not-web',
    });
  });
});
