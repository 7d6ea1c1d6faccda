import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/analysis/article/extract';
import { loadFixtureDocument, parseHtml } from '../fixtures/load';

describe('fixture pages read through happy-dom', () => {
  it('keep the story body that follows an inline SVG icon with its own stylesheet', () => {
    const { document, window } = loadFixtureDocument('svg-icon-stylesheet');
    try {
      const text = extractArticle(document)?.text ?? '';
      expect(text).toContain('The quarrel inside the governing coalition reached a new pitch on Tuesday');
      expect(text).toContain('Analysts said the rift was unlikely to end before the budget debate');
      expect(text).not.toContain('North Korea fires another ballistic missile');
    } finally {
      void window.happyDOM.close();
    }
  });

  it("read no stylesheet as text when a table holds its own <style> (a wiki infobox's)", () => {
    const { document, window } = parseHtml(
      `<!doctype html><html><body><table class="infobox"><style>.infobox caption{display:table-caption}</style>
        <tr><td>Born</td><td>25 April 1976</td></tr><table><style>.inner{color:red}</style><tr><td>Seoul</td></tr></table>
        </table><p>After.</p></body></html>`,
      'https://wiki.example/Kim',
    );
    try {
      const text = document.body.textContent ?? '';
      expect(text).toContain('25 April 1976');
      expect(text).toContain('Seoul');
      expect(text).not.toContain('display');
      expect(text).not.toContain('color');
    } finally {
      void window.happyDOM.close();
    }
  });

  it('put the page in its body when its head runs on into the page without closing (a cut-off <link>)', () => {
    const { document, window } = parseHtml(
      `<!doctype html><html><head><title>Pre-game report</title><link href="/common.css" rel="stylesheet">
        <script src="/app.js"></script><div id="main"><h1>Pre-game report</h1><p>The team hits the road again.</p></div>
        <script>track();</script></head><body></body></html>`,
      'https://sports.example/report',
    );
    try {
      expect(document.body.textContent).toContain('The team hits the road again.');
      expect(document.body.querySelector('script')?.textContent).toBe('track();');
      expect(document.head.querySelector('div')).toBeNull();
      expect(document.head.querySelectorAll('title, link, script')).toHaveLength(3);
    } finally {
      void window.happyDOM.close();
    }
  });

  it('keep the words after an old table inside a <font> in their cell, where a browser puts them', () => {
    const { document, window } = parseHtml(
      `<html><body><table><tr><td id="post"><font face="Arial"><br>
        <font size="2"><p><TABLE Align=left><TD><img src="/cover.jpg"><br />
        </TD></TR></TABLE>As you may know, blogs everywhere are taking part today.</p>
        <p>A tribute written long ago.</p></font></font></td></tr></table><p>Footer</p></body></html>`,
      'https://blog.example/archives',
    );
    try {
      const post = document.getElementById('post')?.textContent ?? '';
      expect(post).toContain('As you may know, blogs everywhere are taking part today.');
      expect(post).toContain('A tribute written long ago.');
      expect(post).not.toContain('Footer');
    } finally {
      void window.happyDOM.close();
    }
  });
});
