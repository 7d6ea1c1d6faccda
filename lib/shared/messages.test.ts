import { describe, expect, it } from 'vitest';
import { contentMessageSchema, pageMessageSchema, parseMessage, senderRole, tabMessageSchema } from './messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('parseMessage', () => {
  it('accepts well-formed messages', () => {
    expect(
      parseMessage(contentMessageSchema, {
        type: 'analyze-page',
        url: 'https://www.gate.com/pt-br/news/1',
        html: '<p>x</p>',
      }),
    ).toMatchObject({ type: 'analyze-page' });
    expect(parseMessage(tabMessageSchema, { type: 'reveal', target: { kind: 'claim', id: 'c1' } })).not.toBeNull();
    expect(parseMessage(pageMessageSchema, { type: 'run-on-tab', tabId: 4 })).not.toBeNull();
  });

  it('drops unknown types, missing fields, wrong types and hostile URLs', () => {
    for (const raw of [
      null,
      'analyze-page',
      {},
      { type: 'export-all' },
      { type: 'analyze-page', url: 'https://x.test/' },
      { type: 'analyze-page', url: 'javascript:alert(1)', html: '' },
      { type: 'analyze-page', url: 42, html: '' },
      { type: 'anchor-report', url: 'https://x.test/', missing: [{ kind: 'script', id: 'x' }] },
    ]) {
      expect(parseMessage(contentMessageSchema, raw)).toBeNull();
    }
    expect(parseMessage(pageMessageSchema, { type: 'run-on-tab', tabId: -1 })).toBeNull();
    expect(parseMessage(tabMessageSchema, { type: 'reveal', target: { kind: 'claim' } })).toBeNull();
  });

  it('refuses oversized pages', () => {
    expect(
      parseMessage(contentMessageSchema, {
        type: 'analyze-page',
        url: 'https://x.test/',
        html: 'x'.repeat(16 * 1024 * 1024 + 1),
      }),
    ).toBeNull();
  });
});

describe('senderRole', () => {
  it('knows our content script in a top frame and our extension pages', () => {
    expect(senderRole({ id: ID, tab: { id: 3 }, frameId: 0, url: 'https://x.test/' }, ID, ORIGIN)).toBe('content');
    expect(senderRole({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe('extension-page');
    expect(senderRole({ id: ID, tab: { id: 4 }, frameId: 0, url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe(
      'extension-page',
    );
  });

  it('ignores other extensions, subframes and pages pretending to be extension pages', () => {
    expect(senderRole({ id: 'other', url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBeNull();
    expect(senderRole({ id: ID, tab: { id: 3 }, frameId: 2 }, ID, ORIGIN)).toBeNull();
    expect(senderRole({ id: ID, url: 'https://evil.test/sidepanel.html' }, ID, ORIGIN)).toBeNull();
  });
});
