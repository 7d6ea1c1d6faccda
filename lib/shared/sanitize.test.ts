import { JSDOM } from 'jsdom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

const jsdomWindow = new JSDOM('').window as unknown as Window & typeof globalThis;

describe('sanitizeHtml', () => {
  it('strips handlers and script URLs and keeps the prose', () => {
    const html = sanitizeHtml(
      '<p onclick="x()">Hi <img src=x onerror=alert(1)><a href="javascript:alert(1)">there</a><script>alert(1)</script></p>',
      jsdomWindow,
    );
    expect(html).toBe('<p>Hi <img src="x"><a>there</a></p>');
  });

  it('refuses a DOM implementation on which DOMPurify is unsafe', () => {
    expect(() => sanitizeHtml('<p>x</p>', new Window() as never)).toThrow(/cannot run DOMPurify safely/);
  });
});
