import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, formatRelativeTime, formattingLocale } from './format';

describe('formattingLocale', () => {
  it('takes the browser’s region when the browser speaks the language of the messages', () => {
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('es', 'es-419')).toBe('es-419');
    expect(formattingLocale('pt-BR', 'pt-BR')).toBe('pt-BR');
    expect(formattingLocale('zh-TW', 'zh-HK')).toBe('zh-HK');
  });

  it('keeps the messages’ locale when the browser says another language or script', () => {
    // Chromium on Linux with --lang=ja but no locale files: Japanese words, en-US answer.
    expect(formattingLocale('ja', 'en-US')).toBe('ja');
    expect(formattingLocale('zh-CN', 'zh-TW')).toBe('zh-CN');
    // A French browser gets the English messages (no fr file), so English dates.
    expect(formattingLocale('en', 'fr-FR')).toBe('en');
  });

  it('survives unreadable tags', () => {
    expect(formattingLocale('ja', 'not a locale')).toBe('ja');
    expect(formattingLocale('', 'en-US')).toBe('en');
  });
});

describe('formatDate', () => {
  const published = '2026-11-28T12:00:00Z';

  it('writes the date the way each UI language does', () => {
    expect(formatDate(published, 'en')).toBe('Nov 28, 2026');
    expect(formatDate(published, 'pt-BR')).toBe('28 de nov. de 2026');
    expect(formatDate(published, 'es')).toBe('28 nov 2026');
    expect(formatDate(published, 'zh-CN')).toBe('2026年11月28日');
    expect(formatDate(published, 'zh-TW')).toBe('2026年11月28日');
    expect(formatDate(published, 'ja')).toBe('2026/11/28');
  });

  it('gives nothing for a missing or unreadable date', () => {
    expect(formatDate(null, 'en')).toBeNull();
    expect(formatDate('', 'en')).toBeNull();
    expect(formatDate('last Tuesday', 'en')).toBeNull();
  });
});

describe('formatNumber', () => {
  it('groups digits the locale’s way', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'pt-BR')).toBe('12.345');
    expect(formatNumber(12345, 'ja')).toBe('12,345');
    expect(formatNumber(3, 'zh-CN')).toBe('3');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-11-30T12:00:00Z');

  it('says how long ago in the largest whole unit', () => {
    expect(formatRelativeTime('2026-11-29T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-11-27T12:00:00Z', 'es', now)).toBe('hace 3 días');
    expect(formatRelativeTime('2026-11-30T09:00:00Z', 'ja', now)).toBe('3 時間前');
    expect(formatRelativeTime('2026-11-30T12:00:00Z', 'zh-CN', now)).toBe('现在');
  });

  it('gives nothing for an unreadable date', () => {
    expect(formatRelativeTime('soon', 'en', now)).toBeNull();
  });
});

describe('formatList', () => {
  it('joins phrases with the locale’s conjunction', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList(['a', 'b', 'c'], 'pt-BR')).toBe('a, b e c');
    expect(formatList(['甲', '乙', '丙'], 'ja')).toBe('甲、乙、丙');
  });
});
