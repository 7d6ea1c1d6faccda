import { describe, expect, it } from 'vitest';
import { splitLineParagraphs } from './line-paragraphs';

function rootOf(html: string): Element {
  document.body.innerHTML = `<main id="root">${html}</main>`;
  return document.getElementById('root')!;
}

const FIRST = 'The council met on Tuesday and agreed, after a long debate, to keep the ferry running.';
const SECOND = 'The vote was close: <em>forty-one</em> to thirty-nine, with two members away.';

describe('splitLineParagraphs', () => {
  it('makes a paragraph of each run of inline text between <br><br>s that reads as one, the first run too', () => {
    const root = rootOf(
      `<section id="story">${FIRST}<br><br>\n<span>${SECOND}</span><br>\n<br>Menu <a href="/a">Home</a> <a href="/b">Sport</a><br><br>Short line<br><br></section>`,
    );
    splitLineParagraphs(root);
    const section = root.querySelector('#story')!;
    const paragraphs = Array.from(section.querySelectorAll('p'), (p) => p.textContent?.trim());
    expect(paragraphs).toEqual([FIRST, `${SECOND.replace(/<\/?em>/gu, '')}`]);
    expect(section.querySelector('p em')!.textContent).toBe('forty-one');
    // What does not read as a paragraph stays as it was, between the <br>s Readability reads.
    expect(section.textContent).toContain('Menu Home Sport');
    expect(section.querySelectorAll('br').length).toBe(8);
  });

  it('leaves single-<br> lines, paragraphs and headings as they are', () => {
    const root = rootOf(
      `<div id="lines">${FIRST}<br>${FIRST}</div><p id="para">${FIRST}<br><br>${FIRST}</p><h2>A heading, said twice.<br><br>Twice.</h2>`,
    );
    const before = root.innerHTML;
    splitLineParagraphs(root);
    expect(root.innerHTML).toBe(before);
  });

  it('lifts paragraphs out of unnamed inline wrappers, but not out of named ones or inside a div', () => {
    const root = rootOf(
      `<table><tr><td id="cell"><span><b>Title</b><font><p>${FIRST}</p><p>${FIRST}</p></font></span></td></tr></table>` +
        `<section id="named"><span class="comment-body"><p>${FIRST}</p></span></section>` +
        `<div id="in-div"><font><p>${FIRST}</p></font></div>`,
    );
    splitLineParagraphs(root);
    const cell = root.querySelector('#cell')!;
    expect(Array.from(cell.children, (child) => child.tagName)).toEqual(['B', 'P', 'P']);
    expect(root.querySelector('#named > span.comment-body > p')).not.toBeNull();
    expect(root.querySelector('#in-div > font > p')).not.toBeNull();
  });

  it('lifts a wrapper made of runs it turned into paragraphs (a Blogger post in a <span>)', () => {
    const root = rootOf(
      `<table><tr><td id="post"><span style="font-family: serif">${FIRST}<br><br>${FIRST}</span></td></tr></table>`,
    );
    splitLineParagraphs(root);
    const post = root.querySelector('#post')!;
    expect(Array.from(post.children, (child) => child.tagName)).toEqual(['P', 'BR', 'BR', 'P']);
  });
});
