import { describe, expect, it } from 'vitest';
import {
  findProseCandidates,
  flattenHeadedSections,
  renameProseDivs,
  unwrapNestedParagraphs,
  wrapProseListItems,
} from './prose-items';

function rootOf(html: string): Element {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('wrapProseListItems', () => {
  it('gives a paragraph to an item that reads as one, and none to menus, teasers or short items', () => {
    const root = rootOf(
      '<ul><li>The council met on Tuesday and agreed, after a long debate, to keep the ferry running for five more years.</li>' +
        '<li><a href="/a">A headline of a related story that runs on for a while.</a> Short.</li>' +
        '<li>Short item.</li></ul>',
    );
    wrapProseListItems(root);
    const items = Array.from(root.querySelectorAll('li'));
    expect(items.map((item) => item.querySelector('p') !== null)).toEqual([true, false, false]);
    expect(items[0]!.textContent).toContain('keep the ferry running');
  });
});

describe('renameProseDivs', () => {
  it('makes a paragraph of a div of inline prose however many links it has, and leaves headlines, menus, blocks and furniture', () => {
    const root = rootOf(
      '<div id="linked">A long read on <a href="/a">the longest queue in the history of the ferry</a>, via <a href="/b">my friend</a>.</div>' +
        '<div id="plain" class="entry-text">The council met on <em>Tuesday</em> and agreed to keep the ferry.</div>' +
        '<div id="headline"><a href="/c">Storm leaves thousands without power across the region.</a></div>' +
        '<div id="read-more">Read more: <a href="/d">the council approves a new budget after a long debate.</a></div>' +
        '<div id="menu"><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/opinion">Opinion</a></div>' +
        '<a href="/e"><div id="card">A winter walk around the old harbour, with stops for chips.</div></a>' +
        '<div id="holder">The holder says a sentence of its own here. <div>And holds a block.</div></div>' +
        '<div id="note" class="comment-text">Two jumpers and a kettle is how I lived for three winters.</div>',
    );
    renameProseDivs(root);
    const tagOf = (id: string) => root.querySelector(`#${id}`)!.tagName;
    expect(tagOf('linked')).toBe('P');
    expect(tagOf('plain')).toBe('P');
    expect(root.querySelector('#plain')!.className).toBe('entry-text');
    expect(root.querySelector('#plain em')!.textContent).toBe('Tuesday');
    for (const id of ['headline', 'read-more', 'menu', 'card', 'holder', 'note']) expect(tagOf(id)).toBe('DIV');
  });
});

describe('unwrapNestedParagraphs', () => {
  it('lifts a paragraph out of two wrappers, and leaves one wrapper and named furniture alone', () => {
    const root = rootOf(
      '<div><div><p id="deep">Deep.</p></div></div>' +
        '<div id="single"><p>Single.</p></div>' +
        '<div class="comment-body"><div><p id="comment">A reply.</p></div></div>' +
        '<div><div>Own text <p id="beside">Beside.</p></div></div>',
    );
    unwrapNestedParagraphs(root);
    expect(root.querySelector('#deep')!.parentElement).toBe(root);
    expect(root.querySelector('#single')).not.toBeNull();
    expect(root.querySelector('#comment')!.parentElement!.parentElement!.className).toBe('comment-body');
    expect(root.querySelector('#beside')!.parentElement!.parentElement!.parentElement).toBe(root);
  });
});

describe('flattenHeadedSections', () => {
  const section = (id: string, body: string, name = 'outline-2') =>
    `<div id="${id}" class="${name}"><h2>Heading ${id}</h2><div class="outline-text-2">${body}</div></div>`;

  it('gives two or more sibling sections of a heading over a wrapper of paragraphs their heading and paragraphs', () => {
    const root = rootOf(
      section('one', '<p id="p1">One.</p>') + section('two', '<p id="p2">Two.</p><ol><li>Item.</li></ol>'),
    );
    flattenHeadedSections(findProseCandidates(root).sections);
    expect(Array.from(root.children).map((child) => child.tagName)).toEqual(['H2', 'P', 'H2', 'P', 'OL']);
    expect(root.querySelector('#p2')!.parentElement).toBe(root);
  });

  it('leaves a lone section, sections without paragraphs, furniture and sections holding more than a wrapper', () => {
    const lone = rootOf(section('one', '<p>One.</p>'));
    flattenHeadedSections(findProseCandidates(lone).sections);
    expect(lone.querySelector('#one')).not.toBeNull();

    const lists = rootOf(section('one', '<ul><li>A</li></ul>') + section('two', '<ul><li>B</li></ul>'));
    flattenHeadedSections(findProseCandidates(lists).sections);
    expect(lists.querySelector('#one')).not.toBeNull();

    const widgets = rootOf(section('one', '<p>A.</p>', 'widget') + section('two', '<p>B.</p>', 'widget'));
    flattenHeadedSections(findProseCandidates(widgets).sections);
    expect(widgets.querySelector('#two')).not.toBeNull();

    const more = rootOf(
      '<div id="one"><h2>A</h2><div><p>A.</p></div><p>Beside.</p></div><div id="two"><h2>B</h2><div><p>B.</p></div><p>Beside.</p></div>',
    );
    flattenHeadedSections(findProseCandidates(more).sections);
    expect(more.querySelector('#one')).not.toBeNull();
  });
});
