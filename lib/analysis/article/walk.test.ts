import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { isInBlockquote, walkElements, walkElementsMeasuringText } from './walk';

const visited = (root: ParentNode) => {
  const found: Element[] = [];
  walkElements(root, (element) => found.push(element));
  return found;
};

describe('walkElements', () => {
  it('visits the elements under the root in the order querySelectorAll("*") lists them', () => {
    const { document } = parseHtml(
      '<!doctype html><html><body><div id="a"><p>one <b>two</b> <i>three</i></p>text<ul><li>x</li><li><a>y</a></li></ul></div><footer><span></span></footer></body></html>',
      'https://example.org/',
    );
    expect(visited(document.body)).toEqual(Array.from(document.body.querySelectorAll('*')));
    expect(visited(document)).toEqual(Array.from(document.querySelectorAll('*')));
    expect(visited(document.querySelector('li')!)).toEqual([]);
  });

  it('walks a page nested deeper than the call stack allows a recursion', () => {
    const depth = 20000;
    const { document } = parseHtml(`<!doctype html><html><body></body></html>`, 'https://example.org/');
    let at: Element = document.body;
    for (let level = 0; level < depth; level++) at = at.appendChild(document.createElement('span'));
    let count = 0;
    walkElements(document.body, () => count++);
    expect(count).toBe(depth);
  });
});

describe('walkElementsMeasuringText', () => {
  const html =
    '<!doctype html><html><head><title>T</title></head><body>lead<div id="a"><p>one <b>two</b><!-- no --> <i>three</i></p>text<ul><li>x</li><li><a>y</a></li></ul></div><footer id="f"><span></span>end</footer></body></html>';

  it('visits what walkElements visits and counts the text of the measured node as textContent does', () => {
    const { document } = parseHtml(html, 'https://example.org/');
    for (const measured of [document.body, document.getElementById('a')!, document.getElementById('f')!]) {
      const found: Element[] = [];
      const length = walkElementsMeasuringText(document, measured, (element) => found.push(element));
      expect(found).toEqual(visited(document));
      expect(length, measured.tagName).toBe((measured.textContent ?? '').length);
    }
    const ownRoot = document.getElementById('a')!;
    expect(walkElementsMeasuringText(ownRoot, ownRoot, () => {})).toBe((ownRoot.textContent ?? '').length);
    expect(walkElementsMeasuringText(document, null, () => {})).toBe(0);
  });

  it('passes over a <template>, as a browser (where it has no children) does, and walks on after it', () => {
    const { document } = parseHtml(
      '<!doctype html><html><body><div><template><p>inside</p>hidden</template><nav id="n">menu</nav></div><footer>end</footer></body></html>',
      'https://example.org/',
    );
    const found: string[] = [];
    const length = walkElementsMeasuringText(document.body, document.body, (element) => found.push(element.localName));
    expect(found).toEqual(['div', 'template', 'nav', 'footer']);
    expect(length).toBe('menuend'.length);
    expect(visited(document.body).map((element) => element.localName)).toEqual(['div', 'template', 'nav', 'footer']);
  });

  it('counts an empty measured element as nothing, and the text after it not at all', () => {
    const { document } = parseHtml(
      '<!doctype html><html><body><p>a</p><hr id="e">after</body></html>',
      'https://example.org/',
    );
    expect(walkElementsMeasuringText(document, document.getElementById('e'), () => {})).toBe(0);
  });
});

describe('isInBlockquote', () => {
  it('answers as closest("blockquote") does, for the quote itself and what it holds', () => {
    const { document } = parseHtml(
      '<!doctype html><html><body><blockquote id="q"><p id="in">said <b id="deep">so</b></p></blockquote><p id="out">text</p></body></html>',
      'https://example.org/',
    );
    for (const element of Array.from(document.querySelectorAll('*')))
      expect(isInBlockquote(element), element.tagName).toBe(!!element.closest('blockquote'));
    expect(isInBlockquote(document.getElementById('deep')!)).toBe(true);
    expect(isInBlockquote(document.getElementById('out')!)).toBe(false);
  });
});
