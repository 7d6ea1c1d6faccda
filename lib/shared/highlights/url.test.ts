import { describe, expect, it } from 'vitest';
import { normalizePageUrl, siteLabel } from './url';

describe('normalizePageUrl', () => {
  it('drops the fragment and tracking parameters, lowercases the host and sorts the rest', () => {
    expect(
      normalizePageUrl(
        'https://WWW.Example.COM/News/Story?utm_source=x&b=2&fbclid=1&a=3&gclid=9&mc_cid=q&ref=hn&UTM_Campaign=z#top',
      ),
    ).toBe('https://www.example.com/News/Story?a=3&b=2');
  });

  it('keeps the path case and repeated parameters in a stable order', () => {
    expect(normalizePageUrl('https://example.com/A/b?tag=z&tag=a&x=1')).toBe('https://example.com/A/b?tag=a&tag=z&x=1');
  });

  it('removes an empty query entirely', () => {
    expect(normalizePageUrl('https://example.com/a?utm_medium=email')).toBe('https://example.com/a');
  });

  it('uses a same-site canonical link, relative or absolute', () => {
    expect(normalizePageUrl('https://m.example.com/story?id=1&utm_source=a', 'https://www.example.com/story/1#x')).toBe(
      'https://www.example.com/story/1',
    );
    expect(normalizePageUrl('https://example.com/amp/story', '/story')).toBe('https://example.com/story');
    expect(normalizePageUrl('https://www.bbc.co.uk/news/1?x=1', 'https://bbc.co.uk/news/1')).toBe(
      'https://bbc.co.uk/news/1',
    );
  });

  it('ignores a canonical link on another site or with another scheme', () => {
    expect(normalizePageUrl('https://gate.com/news/1', 'https://other-site.com/news/1')).toBe(
      'https://gate.com/news/1',
    );
    expect(normalizePageUrl('https://gate.com/news/1', 'javascript:alert(1)')).toBe('https://gate.com/news/1');
    expect(normalizePageUrl('https://a.co.uk/x', 'https://b.co.uk/x')).toBe('https://a.co.uk/x');
  });

  it('is idempotent', () => {
    const once = normalizePageUrl('https://Example.com/p?z=1&utm_term=t&a=2#f');
    expect(normalizePageUrl(once)).toBe(once);
  });

  it('throws on something that is not a URL', () => {
    expect(() => normalizePageUrl('not a url')).toThrow(TypeError);
  });
});

describe('siteLabel', () => {
  it('shows the host without www', () => {
    expect(siteLabel('https://www.gate.com/pt-br/news')).toBe('gate.com');
  });
});
