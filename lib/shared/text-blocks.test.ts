import { describe, expect, it } from 'vitest';
import { collectBlocks, collectBlockSets } from './text-blocks';
import { collapseWhitespace } from './text';

const ALL_TAGS = new Set(['div', 'p', 'span', 'section', 'li', 'ul', 'em']);

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc.body;
}

describe('collectBlockSets', () => {
  it('gives every wrapper the collapsed text of its own content, blanks of any kind around one child included', () => {
    const root = body(
      '<section>\u00a0<div>\n <div>\u200b<p> One  <span>two</span>\u00a0three </p>\t</div>  </div><div> </div></section>' +
        '<div><p>Title</p><p>Body text</p></div><ul> <li>a <em> b </em></li> <li>c</li> </ul>',
    );
    const blocks = collectBlocks(root, ALL_TAGS, 1000);
    expect(blocks.length).toBeGreaterThan(8);
    for (const block of blocks) expect(block.text).toBe(collapseWhitespace(block.element.textContent ?? ''));
    const byTag = (tag: string) => blocks.filter((block) => block.element.localName === tag).map((block) => block);
    const [section] = byTag('section');
    expect(section?.text).toBe('One two three');
    // The section's spaced text adds spaces around its block children, which collapse away here.
    expect(section?.spacedText).toBe('One two three');
    const titled = byTag('div').find((block) => block.text === 'TitleBody text');
    expect(titled?.spacedText).toBe('Title Body text');
    const list = byTag('ul')[0];
    expect(list?.text).toBe('a b c');
  });

  it('reads the same blocks for each request from one walk, limits applied per request', () => {
    const root = body(`<div><p>${'word '.repeat(30)}</p><span>short line</span></div>`);
    const [wide, narrow] = collectBlockSets(root, [
      { tags: ALL_TAGS, maxLength: 1000 },
      { tags: new Set(['span', 'p']), maxLength: 20 },
    ]);
    expect(wide!.map((block) => block.element.localName)).toEqual(['p', 'span', 'div']);
    expect(narrow!.map((block) => block.text)).toEqual(['short line']);
  });
});
