import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks';

function blocksOf(html: string): string[] {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return collectBlocks(document.getElementById('root')!).map((block) => block.text);
}

describe('collectBlocks', () => {
  it('starts a block at every block element and joins inline runs', () => {
    expect(blocksOf('<h2>Title</h2><p>One <b>bold</b> line.</p>tail')).toEqual(['Title', 'One bold line.', 'tail']);
  });

  it('reads a heading wrapped by <br> as one line, and a <br> elsewhere as a break', () => {
    expect(blocksOf('<h1>Postharvest Cooling of<br>\n  Blueberries</h1><p>One<br>Two</p>')).toEqual([
      'Postharvest Cooling of Blueberries',
      'One',
      'Two',
    ]);
  });

  it('leaves ruby annotations out of the sentence text', () => {
    expect(
      blocksOf(
        '<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で<ruby>雨<rt>あめ</rt></ruby>が降りました。</p>',
      ),
    ).toEqual(['東京で雨が降りました。']);
  });

  it('reads zero-width spaces as whitespace: a run of them alone is no block', () => {
    expect(blocksOf('<p>One\u200b\u200bline.</p><div>\u200b</div><p>Two.</p>')).toEqual(['One line.', 'Two.']);
  });

  it('sets a <time> apart from the words glued to it, in spaced scripts only', () => {
    expect(blocksOf('<p><span>ABMedia</span><time>2025-09-12 08:41</time><span>hs</span></p>')).toEqual([
      'ABMedia 2025-09-12 08:41 hs',
    ]);
    expect(blocksOf('<p>Posted <time>May 4</time>, 2022.</p>')).toEqual(['Posted May 4, 2022.']);
    expect(blocksOf('<p>发表于<time>2025年9月12日</time>来源</p>')).toEqual(['发表于2025年9月12日来源']);
    expect(blocksOf('<p>โพสต์เมื่อ<time>12 ก.ย. 2568</time>ข่าว</p>')).toEqual(['โพสต์เมื่อ12 ก.ย. 2568ข่าว']);
    expect(blocksOf('<p>Open<b>AI</b> said</p>')).toEqual(['OpenAI said']);
  });

  it('stops after the block it is told is enough, mid-element included', () => {
    document.body.innerHTML = '<div id="root"><p>One.</p><div><p>Two.</p><p>Three.</p></div>tail <b>run</b></div>';
    const root = document.getElementById('root')!;
    const upTo = (last: string) => collectBlocks(root, (blocks) => blocks.at(-1)?.text === last).map((b) => b.text);
    expect(upTo('Two.')).toEqual(['One.', 'Two.']);
    expect(upTo('tail run')).toEqual(['One.', 'Two.', 'Three.', 'tail run']);
    expect(upTo('never')).toEqual(['One.', 'Two.', 'Three.', 'tail run']);
  });
  it("reads the page's own table of contents as text: three links or more to places whose text they open", () => {
    const story = (id: string, headline: string) =>
      `<p><a name="${id}">${headline.split(' ')[0]}</a> ${headline.split(' ').slice(1).join(' ')}<br>Its story.</p>`;
    const headlines = ['Tighten intelligence network', 'No power tariff hike', 'Three promoted to rank'];
    const contents = headlines.map((headline, index) => `<p><b><a href="#${index}">${headline}</a></b></p>`).join('');
    const skip = '<p><a href="#more">Continue reading the main story</a></p><div id="more">Later.</div>';
    document.body.innerHTML = `<div id="root">${contents}${skip}${headlines.map((h, i) => story(String(i), h)).join('')}</div>`;
    const linked = (text: string) =>
      collectBlocks(document.getElementById('root')!, undefined, true).find((block) => block.text === text)?.linkLength;
    expect(linked('No power tariff hike')).toBe(0);
    expect(linked('Continue reading the main story')).toBeGreaterThan(0);
    // Two such links are no table of contents (a comment count and a skip link may lead to their places).
    document.body.innerHTML = `<div id="root">${contents.split('</p>').slice(0, 2).join('</p>')}</p>${story('0', headlines[0]!)}${story('1', headlines[1]!)}</div>`;
    expect(linked('No power tariff hike')).toBeGreaterThan(0);
    // The container may hold the list without the stories it leads to (each in a table of its own): the page holds them.
    document.body.innerHTML = `<div id="root">${contents}</div><table><tr><td>${headlines.map((h, i) => story(String(i), h)).join('')}</td></tr></table>`;
    const container = document.createElement('div');
    container.append(...document.getElementById('root')!.childNodes);
    const detached = collectBlocks(container, undefined, true).find((block) => block.text === 'No power tariff hike');
    expect(detached?.linkLength).toBe(0);
  });
});
