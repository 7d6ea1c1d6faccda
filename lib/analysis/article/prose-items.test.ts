import { describe, expect, it } from 'vitest';
import { unwrapNestedParagraphs, wrapProseListItems } from './prose-items';

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
