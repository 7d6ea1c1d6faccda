import { beforeEach, describe, expect, it } from 'vitest';
import { TextIndex, isElementHidden, isHiddenByAttribute } from './text-index';
import { buildTextIndexInSlices } from './text-index-update';
import { isNonAsciiSpace } from './text-index-builder';

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

function indexOf(html: string): TextIndex {
  return new TextIndex(mount(html), { isHidden: isHiddenByAttribute });
}

describe('TextIndex text', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('separates blocks with blank lines and collapses whitespace', () => {
    const index = indexOf('<h1>  Title \n here</h1>\n  <p>First   para\n graph.</p><p>Second <b>bold</b> one.</p>');
    expect(index.text).toBe('Title here\n\nFirst para graph.\n\nSecond bold one.');
  });

  it('keeps inline markup inside a sentence joined', () => {
    const index = indexOf('<p>The <a href="#">model</a><em>s</em> are <span> big </span>now.</p>');
    expect(index.text).toBe('The models are big now.');
  });

  it('turns <br> into a line break and keeps <pre> whitespace', () => {
    const index = indexOf('<p>one<br>two</p><pre>a  b\n  c</pre>');
    expect(index.text).toBe('one\ntwo\n\na  b\n  c');
  });

  it('skips scripts, styles, hidden nodes and our own UI', () => {
    const index = indexOf(
      '<p>Kept<script>var x = 1;</script><style>p{}</style> text</p><p hidden>gone</p>' +
        '<div data-marginalia-ui><span>button</span></div><noscript>ns</noscript><template>t</template><p>end</p>',
    );
    expect(index.text).toBe('Kept text\n\nend');
  });

  it('leaves ruby annotations out, as the article text does', () => {
    const index = indexOf('<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む。</p>');
    expect(index.text).toBe('漢字を読む。');
  });

  it('uses the isHidden option to skip unrendered elements', () => {
    const root = mount('<p>shown</p><p class="x">not shown</p><p>also</p>');
    const index = new TextIndex(root, { isHidden: (el) => el.classList.contains('x') });
    expect(index.text).toBe('shown\n\nalso');
  });

  it('is empty for an empty root', () => {
    const index = indexOf('<p>  </p>');
    expect(index.text).toBe('');
    expect(index.toRange(0, 1)).toBeNull();
  });
});

describe('TextIndex mapping', () => {
  it('maps every index character back to the DOM character it came from', () => {
    const index = indexOf('<p>Alpha <i>be</i>ta   gamma</p>\n<ul><li>one</li><li> two </li></ul>');
    for (let i = 0; i < index.text.length; i++) {
      const ch = index.text[i]!;
      if (/\s/.test(ch)) continue;
      const range = index.toRange(i, i + 1)!;
      expect(range.toString()).toBe(ch);
    }
  });

  it('round-trips ranges across many text nodes', () => {
    const words = Array.from({ length: 200 }, (_, i) => `<span>w${i}</span>`).join(' ');
    const index = indexOf(`<p>${words}</p>`);
    const start = index.text.indexOf('w17');
    const end = index.text.indexOf('w123') + 4;
    const range = index.toRange(start, end)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe(index.text.slice(start, end));
    expect(index.fromRange(range)).toEqual({ start, end });
  });

  it('trims ranges that begin or end on synthetic separators', () => {
    const index = indexOf('<p>first</p><p>second</p>');
    const sep = index.text.indexOf('\n\n');
    const range = index.toRange(sep, sep + 2 + 3)!;
    expect(range.toString()).toBe('sec');
    expect(index.toRange(sep, sep + 2)).toBeNull();
  });

  it('maps element boundary points to the nearest indexed text', () => {
    const root = mount('<p id="a">one</p><script>x</script><p id="b">two</p>');
    const index = new TextIndex(root, { isHidden: isHiddenByAttribute });
    const b = document.getElementById('b')!;
    expect(index.fromDomPoint(b, 0, 'start')).toBe(index.text.indexOf('two'));
    expect(index.fromDomPoint(root, root.childNodes.length, 'start')).toBe(index.text.length);
    // The boundary before the script ends the first paragraph.
    expect(index.fromDomPoint(root, 1, 'end')).toBe(3);
    const range = document.createRange();
    range.selectNodeContents(root);
    expect(index.fromRange(range)).toEqual({ start: 0, end: index.text.length });
  });

  it('maps offsets inside dropped whitespace to the adjacent text', () => {
    const root = mount('<p>a    b</p>');
    const index = new TextIndex(root, { isHidden: isHiddenByAttribute });
    const text = root.querySelector('p')!.firstChild!;
    expect(index.text).toBe('a b');
    expect(index.fromDomPoint(text, 3, 'start')).toBe(2);
    expect(index.fromDomPoint(text, 3, 'end')).toBe(2);
    expect(index.fromDomPoint(text, 5, 'start')).toBe(2);
  });

  it('builds a large index linearly in the number of nodes', () => {
    const html = Array.from({ length: 5000 }, (_, i) => `<p>para ${i} <b>x</b> y</p>`).join('');
    const index = indexOf(html);
    expect(index.nodes.length).toBe(15000);
    const at = index.text.indexOf('para 4999');
    expect(index.toRange(at, at + 9)!.toString()).toBe('para 4999');
  });
});

describe('buildTextIndexInSlices', () => {
  const html = Array.from({ length: 400 }, (_, i) => `<p>Paragraph <b>${i}</b> of the story.</p>`).join('');

  it('pauses between slices and gives the same index as building in one go', async () => {
    const root = mount(html);
    let pauses = 0;
    const sliced = await buildTextIndexInSlices(root, {
      isHidden: isHiddenByAttribute,
      sliceMs: 0,
      pause: async () => void pauses++,
    });
    const whole = new TextIndex(root, { isHidden: isHiddenByAttribute });
    expect(pauses).toBeGreaterThan(1);
    expect(sliced.text).toBe(whole.text);
    const at = whole.text.indexOf('Paragraph 399');
    expect(sliced.toRange(at, at + 13)?.toString()).toBe('Paragraph 399');
  });

  it('matches the page as it is at the end when the page changes during a pause', async () => {
    const root = mount(html);
    let changed = false;
    const sliced = await buildTextIndexInSlices(root, {
      isHidden: isHiddenByAttribute,
      sliceMs: 0,
      pause: async () => {
        if (changed) return;
        changed = true;
        root.firstElementChild!.remove();
        root.lastElementChild!.textContent = 'The new last paragraph.';
      },
    });
    expect(sliced.text).toBe(new TextIndex(root, { isHidden: isHiddenByAttribute }).text);
    expect(sliced.text.startsWith('Paragraph 1 of')).toBe(true);
    expect(sliced.text.endsWith('The new last paragraph.')).toBe(true);
  });
});

describe('isElementHidden on phrasing elements', () => {
  it('skips the layout query but still honours hidden and an inline display:none', () => {
    document.body.innerHTML =
      '<p>Shown <span style="color: red; display : none">gone</span><span hidden>also gone</span><b>kept</b></p>';
    const [styled, hidden] = Array.from(document.querySelectorAll('span'));
    expect(isElementHidden(styled!)).toBe(true);
    expect(isElementHidden(hidden!)).toBe(true);
    expect(isElementHidden(document.querySelector('b')!)).toBe(false);
    expect(new TextIndex(document.body).text).toBe('Shown kept');
  });
});

describe('isNonAsciiSpace', () => {
  it('says what /\\s/ says of every UTF-16 code unit beyond ASCII', () => {
    const differing: number[] = [];
    for (let code = 128; code <= 0xffff; code++)
      if (isNonAsciiSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});
