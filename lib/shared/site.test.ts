import { describe, expect, it } from 'vitest';
import { siteOfHost } from './site';

describe('siteOfHost', () => {
  it('reads the registrable domain under a multi-label public suffix', () => {
    expect(siteOfHost('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOfHost('news.bbc.co.uk')).toBe(siteOfHost('bbc.co.uk'));
    expect(siteOfHost('www.telegraph.co.uk')).not.toBe(siteOfHost('www.bbc.co.uk'));
    expect(siteOfHost('www.abc.net.au')).toBe('abc.net.au');
  });

  it('keeps a short name under a country code its own site', () => {
    expect(siteOfHost('www.nzz.ch')).toBe('nzz.ch');
    expect(siteOfHost('shop.nzz.ch')).toBe(siteOfHost('www.nzz.ch'));
  });

  it('tells apart two blogs on one hosting suffix', () => {
    expect(siteOfHost('a.blogspot.com')).not.toBe(siteOfHost('b.blogspot.com'));
  });

  it('lowercases, and takes an address or a bare name as it is', () => {
    expect(siteOfHost('WWW.Example.COM')).toBe('example.com');
    expect(siteOfHost('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOfHost('localhost')).toBe('localhost');
  });
});
