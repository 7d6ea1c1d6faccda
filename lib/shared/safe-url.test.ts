import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http(s) only', () => {
    expect(safeHttpUrl('https://arxiv.org/abs/2001.08361')).toBe('https://arxiv.org/abs/2001.08361');
    expect(safeHttpUrl('http://incompleteideas.net/book/the-book-2nd.html')).toBe(
      'http://incompleteideas.net/book/the-book-2nd.html',
    );
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
