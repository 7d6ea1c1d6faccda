import { describe, expect, it, vi } from 'vitest';
import { PageSession } from './session';

function ourStyles(): number {
  return document.adoptedStyleSheets.length + document.querySelectorAll('style[data-marginalia-ui]').length;
}

describe('PageSession', () => {
  it('does nothing on the page until started: no styles, no messages', () => {
    const send = vi.fn(async () => undefined);
    const before = ourStyles();
    const session = new PageSession(document, send);
    expect(ourStyles()).toBe(before);
    expect(send).not.toHaveBeenCalled();
    session.dispose();
  });

  it('installs the highlight styles with the first painter, once, and removes them on dispose', () => {
    const before = ourStyles();
    const session = new PageSession(document, async () => undefined);
    session.createPainter();
    session.createPainter();
    expect(ourStyles()).toBe(before + 1);
    session.dispose();
    expect(ourStyles()).toBe(before);
  });
});
