/**
 * The sanitize wrapper against XSS and mutation-XSS payloads written for this project
 * (tests/fixtures/xss/vectors.json). Instead of exact outputs, each result is checked for what
 * makes HTML dangerous: script-bearing elements, event handlers, script URLs, and anything
 * dangerous that a second parse of the output makes (the mark of mutation XSS). DOMPurify's own 223 recorded
 * vectors run in the shared suite (tests/shared/dompurify-vectors.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '@/lib/shared/sanitize';

interface Vector {
  title: string;
  payload: string;
}

const vectors = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/xss/vectors.json'), 'utf8')) as Vector[];
const jsdomWindow = new JSDOM('').window;
const sanitizeWindow = jsdomWindow as unknown as Parameters<typeof sanitizeHtml>[1];

const SCRIPT_BEARING = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, portal';
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'values',
  'to',
];
// Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
const SCRIPT_URL = /^(javascript|vbscript|data:text\/html)/i;

function dangers(html: string): string[] {
  const container = jsdomWindow.document.createElement('div');
  container.innerHTML = html;
  const found: string[] = [];
  for (const element of Array.from(container.querySelectorAll(SCRIPT_BEARING))) found.push(`<${element.localName}>`);
  for (const element of Array.from(container.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.toLowerCase().startsWith('on')) found.push(`${attribute.name}=`);
      if (attribute.name === 'srcdoc') found.push('srcdoc=');
      // eslint-disable-next-line no-control-regex -- browsers drop control characters from a URL's scheme
      const scheme = attribute.value.replace(/[\u0000-\u0020\u2028\u2029]/g, '');
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && SCRIPT_URL.test(scheme))
        found.push(`${attribute.name}=${attribute.value}`);
    }
  }
  return found;
}

describe('sanitizeHtml on the committed XSS vectors', () => {
  it('has vectors to run', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(40);
  });

  it.each(vectors)('$title', ({ payload }) => {
    const output = sanitizeHtml(payload, sanitizeWindow);
    expect(dangers(output), output).toEqual([]);
    // Mutation XSS hides in what a second parse makes of the output: that must be safe too.
    const reparsed = jsdomWindow.document.createElement('div');
    reparsed.innerHTML = output;
    expect(dangers(reparsed.innerHTML), reparsed.innerHTML).toEqual([]);
    expect(dangers(sanitizeHtml(output, sanitizeWindow))).toEqual([]);
  });

  it('the danger check itself sees what it is looking for', () => {
    expect(dangers('<img src=x onerror=alert(1)>')).toEqual(['onerror=']);
    expect(dangers('<a href=" java\tscript:alert(1)">x</a>')).toHaveLength(1);
    expect(dangers('<iframe srcdoc="x"></iframe>')).toEqual(['<iframe>', 'srcdoc=']);
  });

  it('keeps ordinary article markup', () => {
    const output = sanitizeHtml('<h2>Title</h2><p>Said <em>this</em>.</p>', sanitizeWindow);
    expect(output).toBe('<h2>Title</h2><p>Said <em>this</em>.</p>');
  });
});
