import { describe, expect, it, vi } from 'vitest';
import { listen, parseRouted, request, senderRole, type SenderLike } from './messaging';
import { backgroundRoutes, tabRoutes } from './protocol';
import { fail, ok } from './result';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('parseRouted', () => {
  it('accepts well-formed messages from the senders they are for', () => {
    expect(
      parseRouted(
        backgroundRoutes,
        { type: 'analyze-page', url: 'https://www.gate.com/pt-br/news/1', html: '<p>x</p>' },
        'content',
      ),
    ).toMatchObject({ type: 'analyze-page' });
    expect(parseRouted(tabRoutes, { type: 'reveal', target: { kind: 'claim', id: 'c1' } }, 'extension-page')).not.toBe(
      null,
    );
    expect(parseRouted(backgroundRoutes, { type: 'run-on-tab', tabId: 4 }, 'extension-page')).not.toBeNull();
  });

  it('refuses a message from a sender it is not for', () => {
    expect(parseRouted(backgroundRoutes, { type: 'run-on-tab', tabId: 4 }, 'content')).toBeNull();
    expect(parseRouted(backgroundRoutes, { type: 'highlights-export-all' }, 'content')).toBeNull();
    expect(parseRouted(backgroundRoutes, { type: 'highlights-export-all' }, null)).toBeNull();
  });

  it('drops unknown types, inherited names, missing fields, wrong types and hostile URLs', () => {
    for (const raw of [
      null,
      'analyze-page',
      {},
      { type: 'export-all' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'analyze-page', url: 'https://x.test/' },
      { type: 'analyze-page', url: 'javascript:alert(1)', html: '' },
      { type: 'analyze-page', url: 42, html: '' },
      { type: 'anchor-report', url: 'https://x.test/', missing: [{ kind: 'script', id: 'x' }] },
    ]) {
      expect(parseRouted(backgroundRoutes, raw, 'content')).toBeNull();
    }
    expect(parseRouted(backgroundRoutes, { type: 'run-on-tab', tabId: -1 }, 'extension-page')).toBeNull();
    expect(parseRouted(tabRoutes, { type: 'reveal', target: { kind: 'claim' } }, 'extension-page')).toBeNull();
  });

  it('takes the panel’s request to analyze a page again from the extension only, and nothing with it', () => {
    expect(
      parseRouted(tabRoutes, { type: 'analyze-again', url: 'https://x.test/', reload: true }, 'extension-page'),
    ).toEqual({ type: 'analyze-again' });
    expect(parseRouted(tabRoutes, { type: 'analyze-again' }, null)).toBeNull();
    expect(parseRouted(tabRoutes, { type: 'analyze-again' }, 'content')).toBeNull();
  });

  it('refuses oversized pages and keeps only declared fields', () => {
    expect(
      parseRouted(
        backgroundRoutes,
        { type: 'analyze-page', url: 'https://x.test/', html: 'x'.repeat(16 * 1024 * 1024 + 1) },
        'content',
      ),
    ).toBeNull();
    expect(
      parseRouted(backgroundRoutes, { type: 'highlights-for-page', canonical: null, extra: 'dropped' }, 'content'),
    ).toEqual({ type: 'highlights-for-page', canonical: null });
  });
});

describe('listen', () => {
  const content: SenderLike = { id: ID, tab: { id: 3 }, frameId: 0, url: 'https://x.test/' };
  const roleOf = (sender: SenderLike) => senderRole(sender, ID, ORIGIN);

  it('answers through the handler of the message type, sync or async', async () => {
    const listener = listen(
      backgroundRoutes,
      {
        'highlights-for-page': (message: { canonical: string | null }) =>
          Promise.resolve(ok({ pageKey: String(message.canonical), title: '', highlights: [], problems: [] })),
      } as never,
      roleOf,
    );
    const sendResponse = vi.fn();
    expect(listener({ type: 'highlights-for-page', canonical: 'https://x.test/' }, content, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledOnce());
    expect(sendResponse.mock.calls[0]![0]).toMatchObject({ ok: true, value: { pageKey: 'https://x.test/' } });
  });

  it('turns a handler that throws into a failed result, and ignores what it does not handle', async () => {
    const listener = listen(
      backgroundRoutes,
      {
        'highlights-for-page': () => {
          throw new Error('boom');
        },
      } as never,
      roleOf,
    );
    const sendResponse = vi.fn();
    expect(listener({ type: 'highlights-for-page', canonical: null }, content, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(fail('failed', 'boom')));
    expect(listener({ type: 'highlights-for-page', canonical: null }, { id: 'other' }, sendResponse)).toBe(false);
    expect(listener({ type: 'nothing' }, content, sendResponse)).toBe(false);
  });
  it('answers a message of its own whose fields fail their check with a failed result naming the field', () => {
    const handler = vi.fn();
    const listener = listen(backgroundRoutes, { 'run-on-tab': handler } as never, roleOf);
    const sendResponse = vi.fn();
    const extensionPage: SenderLike = { id: ID, url: `${ORIGIN}sidepanel.html` };
    expect(listener({ type: 'run-on-tab', tabId: -1 }, extensionPage, sendResponse)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
    expect(sendResponse).toHaveBeenCalledOnce();
    const reply = sendResponse.mock.calls[0]![0] as { ok: boolean; error: { kind: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.kind).toBe('failed');
    expect(reply.error.message).toMatch(/^Message run-on-tab refused at tabId: /);
    // From a sender not allowed to send it, the same message stays unanswered.
    expect(listener({ type: 'run-on-tab', tabId: -1 }, content, sendResponse)).toBe(false);
    expect(sendResponse).toHaveBeenCalledOnce();
  });
});

describe('request', () => {
  it('passes results through and turns silence, junk and errors into unavailable', async () => {
    expect(await request(() => Promise.resolve(ok(1)), 'no answer')).toEqual(ok(1));
    // What a structured clone makes of ok(undefined).
    expect(await request(() => Promise.resolve({ ok: true }), 'no answer')).toMatchObject({ ok: true });
    expect(await request(() => Promise.resolve(fail('quota', 'full')), 'no answer')).toEqual(fail('quota', 'full'));
    expect(await request(() => Promise.resolve(undefined), 'no answer')).toEqual(fail('unavailable', 'no answer'));
    expect(await request(() => Promise.resolve({ ok: false, error: 'text' }), 'no answer')).toEqual(
      fail('unavailable', 'no answer'),
    );
    expect(await request(() => Promise.reject(new Error('closed')), 'no answer')).toEqual(
      fail('unavailable', 'no answer (closed)'),
    );
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
