import { beforeEach, describe, expect, it } from 'vitest';
import { TextIndex, isHiddenByAttribute } from './text-index';
import { spliceBlock, updateTextIndex } from './text-index-update';
import { seededRandom } from '../../../scripts/seeded-random';

const OPTIONS = { isHidden: isHiddenByAttribute };

function fresh(): TextIndex {
  return new TextIndex(document.body, OPTIONS);
}

/** Everything a query can see: text, nodes, and the DOM point of every offset both ways. */
function expectSameIndex(actual: TextIndex, expected: TextIndex): void {
  expect(actual.text).toBe(expected.text);
  expect(actual.nodes).toEqual(expected.nodes);
  expect([...actual.segStart]).toEqual([...expected.segStart]);
  expect([...actual.segLength]).toEqual([...expected.segLength]);
  expect([...actual.segNode]).toEqual([...expected.segNode]);
  expect([...actual.segNodeOffset]).toEqual([...expected.segNodeOffset]);
  for (let offset = 0; offset <= expected.text.length; offset += 7) {
    expect(actual.toDomPoint(offset, 'start')).toEqual(expected.toDomPoint(offset, 'start'));
    expect(actual.toDomPoint(offset, 'end')).toEqual(expected.toDomPoint(offset, 'end'));
  }
  for (const node of expected.nodes) {
    expect(actual.fromDomPoint(node, 1, 'start')).toBe(expected.fromDomPoint(node, 1, 'start'));
  }
  // Every block span it keeps is right, so that a later update starts from the right places (it may
  // forget an empty block next to a changed one: a change there then walks a larger block again).
  for (const [element, span] of actual.blocks) expect(span).toEqual(expected.blocks.get(element));
}

/** Records mutation targets the way PageText does. */
function changesDuring(mutate: () => void): Node[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  mutate();
  const targets = observer.takeRecords().map((record) => record.target);
  observer.disconnect();
  return targets;
}

const ARTICLE = `
  <header><h1>A  headline</h1><p>By <a href="#">Someone</a></p></header>
  <article>
    <p>First   paragraph with <b>bold</b> and <i>italic</i> words.</p>
    <div class="box"><p>Nested <span>inline</span> text.</p><ul><li>one</li><li> two </li></ul></div>
    <blockquote><p>A quote<br>on two lines.</p></blockquote>
    <p>Last paragraph.</p>
  </article>
  <footer><p>Footer text</p></footer>`;

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

describe('updateTextIndex', () => {
  it('splices a changed paragraph and equals a full rebuild', () => {
    const before = fresh();
    const targets = changesDuring(() => {
      document.querySelector('article p')!.innerHTML = 'A <em>rewritten</em>   first paragraph, longer than before.';
    });
    const updated = updateTextIndex(before, targets, OPTIONS);
    expect(updated).not.toBeNull();
    expectSameIndex(updated!, fresh());
    expect(updated!.text).toContain('A rewritten first paragraph, longer than before.');
  });

  it('handles text edits, added and removed inline nodes, and a new block inside a block', () => {
    const before = fresh();
    const targets = changesDuring(() => {
      (document.querySelector('li')!.firstChild as Text).data = 'uno';
      document.querySelector('.box span')!.remove();
      const added = document.createElement('p');
      added.textContent = 'A paragraph that arrived late.';
      document.querySelector('.box')!.append(added);
      document.querySelector('blockquote p')!.append(' More.');
    });
    const updated = updateTextIndex(before, targets, OPTIONS);
    expect(updated).not.toBeNull();
    expectSameIndex(updated!, fresh());
  });

  it('stays equal to a full rebuild over many random edits in a row', () => {
    const random = seededRandom(11);
    let index = fresh();
    let spliced = 0;
    for (let round = 0; round < 60; round++) {
      const paragraphs = [...document.querySelectorAll('article p, li, h1, footer p')];
      const target = paragraphs[Math.floor(random() * paragraphs.length)]!;
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => `w${round}x${i}`);
      const targets = changesDuring(() => {
        const choice = random();
        if (choice < 0.4) target.textContent = words.join(random() < 0.5 ? ' ' : '  \n ');
        else if (choice < 0.7) target.append(document.createTextNode(` ${words.join(' ')}`));
        else if (choice < 0.85) target.insertAdjacentHTML('afterbegin', `<b>${words[0]}</b> `);
        else target.setAttribute('data-x', String(round));
      });
      const updated = updateTextIndex(index, targets, OPTIONS);
      index = updated ?? fresh();
      if (updated) spliced++;
      expectSameIndex(index, fresh());
    }
    expect(spliced).toBeGreaterThan(50);
  });

  it('gives up (null) where a splice could not be exact, so that the caller rebuilds', () => {
    const before = fresh();
    // A change directly under the root, outside every block.
    const atRoot = changesDuring(() => document.body.append(document.createTextNode('loose text')));
    expect(updateTextIndex(before, atRoot, OPTIONS)).toBeNull();

    document.body.innerHTML = ARTICLE;
    const again = fresh();
    // A block that becomes empty changes the separators around it.
    const emptied = changesDuring(() => {
      document.querySelector('footer p')!.textContent = '';
    });
    expect(updateTextIndex(again, emptied, OPTIONS)).toBeNull();

    document.body.innerHTML = ARTICLE;
    const third = fresh();
    const hidden = changesDuring(() => document.querySelector('.box')!.setAttribute('hidden', ''));
    expect(updateTextIndex(third, hidden, OPTIONS)).toBeNull();
  });

  it('ignores nodes already taken out of the page (their removal is a change to a parent)', () => {
    const before = fresh();
    const li = document.querySelector('li')!;
    const targets = changesDuring(() => {
      (li.firstChild as Text).data = 'changed';
      li.remove();
    });
    const updated = updateTextIndex(before, targets, OPTIONS);
    expect(updated).not.toBeNull();
    expectSameIndex(updated!, fresh());
  });

  it('spliceBlock refuses a block it does not know', () => {
    expect(spliceBlock(fresh(), document.createElement('p'), OPTIONS)).toBeNull();
  });
});
