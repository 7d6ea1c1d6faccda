import { beforeEach, describe, expect, it } from 'vitest';
import { PAINTED_ATTRIBUTE } from './anchoring/ui-attribute';
import { watchChanges } from './change-watch';
import { serializeInSlices, serializeSteps } from './serialize';

/** The same document once parsed: serializers may differ in escaping that parses the same. */
function reparsed(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
}

function bigPage(): void {
  document.head.innerHTML = '<title>A &amp; B</title><meta name="description" content="quote &quot; and &lt;tag&gt;">';
  const rows = Array.from(
    { length: 300 },
    (_, i) => `<p class="p${i}" data-x='a"b'>Row ${i} &amp; more <b>bold</b>&nbsp;<!-- c${i} --><br></p>`,
  ).join('');
  document.body.innerHTML = `<div id="wrap"><article>${rows}</article><script>var x = "<b>";</script><svg viewBox="0 0 1 1"><linearGradient id="g"/></svg><template><p>t</p></template><textarea>a &lt; b</textarea></div>`;
}

beforeEach(bigPage);

describe('serializeInSlices', () => {
  it('writes the same document as outerHTML, in many steps', () => {
    const out: string[] = [];
    let steps = 0;
    for (const _ of serializeSteps(document.documentElement, out, 100)) steps++;
    expect(steps).toBeGreaterThan(100);
    expect(reparsed(out.join(''))).toBe(reparsed(document.documentElement.outerHTML));
  });

  it('pauses between slices and gives the same HTML', async () => {
    let pauses = 0;
    const html = await serializeInSlices(document, { sliceMs: 0, wholeBelow: 100, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(10);
    expect(reparsed(html)).toBe(reparsed(document.documentElement.outerHTML));
  });

  it('starts over when the page changes during a pause, and ends with the page as it is', async () => {
    let changes = 0;
    const html = await serializeInSlices(document, {
      sliceMs: 0,
      wholeBelow: 100,
      pause: async () => {
        if (changes >= 2) return;
        changes++;
        document.querySelector('article')!.insertAdjacentHTML('afterbegin', `<p>Inserted ${changes}</p>`);
      },
    });
    expect(html).toContain('Inserted 2');
    expect(reparsed(html)).toBe(reparsed(document.documentElement.outerHTML));
  });

  it('serializes a small page in one step', () => {
    document.body.innerHTML = '<p>small</p>';
    const out: string[] = [];
    let steps = 0;
    for (const _ of serializeSteps(document.documentElement, out)) steps++;
    expect(steps).toBe(1);
    expect(out.join('')).toBe(document.documentElement.outerHTML);
  });
});

describe('the code of scripts and the rules of style sheets', () => {
  const code = `var story = ${JSON.stringify('x'.repeat(600))};`;
  const rules = `.story { color: red; } ${'.x { margin: 0 } '.repeat(40)}`;
  const jsonLd = `{"@type": "NewsArticle", "headline": "${'h'.repeat(600)}"}`;

  beforeEach(() => {
    document.head.innerHTML = `<title>T</title><style id="s">${rules}</style><script type=" Application/LD+JSON ">${jsonLd}</script><style>.small{}</style>`;
    document.body.innerHTML = `<div id="wrap"><p>Before</p><div class="ad"><script async>${code}</script></div><p>After &amp; more</p><svg></svg></div><script>${code}</script>`;
    // Built by hand: happy-dom's parser drops the text of an SVG <style>.
    const svgStyle = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    svgStyle.textContent = rules;
    document.querySelector('svg')!.append(svgStyle);
  });

  /** The page as the analysis should see it: the long scripts and HTML style sheets empty. */
  function expectedPage(): string {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const element of copy.querySelectorAll('script:not([type]), style#s')) element.textContent = '';
    return reparsed(copy.outerHTML);
  }

  it('are left out, the elements kept; JSON-LD, short ones and those in SVG stay', async () => {
    for (const wholeBelow of [2, 100_000]) {
      const html = await serializeInSlices(document, { sliceMs: 0, wholeBelow, pause: async () => undefined });
      expect(html).not.toContain('var story');
      expect(html).toContain(jsonLd);
      expect(html).toContain('.small{}');
      // The one left is the SVG's.
      expect(html.split(rules)).toHaveLength(2);
      expect(html.indexOf(rules)).toBeGreaterThan(html.indexOf('<svg'));
      expect(reparsed(html)).toBe(expectedPage());
    }
  });

  it('are kept when asked to', async () => {
    const html = await serializeInSlices(document, {
      sliceMs: 0,
      cutMinLength: Infinity,
      pause: async () => undefined,
    });
    expect(html).toBe(document.documentElement.outerHTML);
  });
});

describe('the painter’s marks', () => {
  it('are left out of the HTML, whole or in slices', async () => {
    const expected = reparsed(document.documentElement.outerHTML);
    document.querySelector('p')!.setAttribute(PAINTED_ATTRIBUTE, '');
    document.querySelector('article')!.setAttribute(PAINTED_ATTRIBUTE, '');
    const pause = async () => undefined;
    for (const wholeBelow of [100, 100_000]) {
      const html = await serializeInSlices(document, { sliceMs: 0, wholeBelow, pause });
      expect(html).not.toContain(PAINTED_ATTRIBUTE);
      expect(reparsed(html)).toBe(expected);
    }
  });

  it('are no change of the page', async () => {
    const watch = watchChanges(document.documentElement);
    document.querySelector('p')!.setAttribute(PAINTED_ATTRIBUTE, '');
    await Promise.resolve();
    expect(watch.changedSincePause()).toBe(false);
    document.querySelector('p')!.setAttribute('class', 'changed');
    expect(watch.changedSincePause()).toBe(true);
    watch.stop();
  });
});
