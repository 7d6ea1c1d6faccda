import { beforeEach, describe, expect, it } from 'vitest';
import { TextIndex, isHiddenByAttribute } from './text-index';
import { PageText } from './page-text';
import { PAINTED_ATTRIBUTE } from './ui-attribute';

const OPTIONS = { isHidden: isHiddenByAttribute };

beforeEach(() => {
  document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>Paragraph <b>${i}</b> of the story.</p>`).join(
    '',
  );
});

describe('PageText', () => {
  it('builds once in slices, then hands the same index out while the page is unchanged', async () => {
    let pauses = 0;
    const text = new PageText(document, { ...OPTIONS, sliceMs: 0, pause: async () => void pauses++ });
    const first = await text.current();
    expect(text.lastUpdate).toBe('built');
    expect(pauses).toBeGreaterThan(0);
    expect(await text.current()).toBe(first);
    expect(text.lastUpdate).toBe('reused');
    text.dispose();
  });

  it('updates block by block after a change in the article, equal to a rebuild', async () => {
    const text = new PageText(document, OPTIONS);
    await text.current();
    document.querySelectorAll('p')[120]!.textContent = 'A corrected sentence in the middle.';
    const updated = await text.current();
    expect(text.lastUpdate).toBe('updated');
    expect(updated!.text).toBe(new TextIndex(document.body, OPTIONS).text);
    text.dispose();
  });

  it('rebuilds when a change cannot be spliced', async () => {
    const text = new PageText(document, OPTIONS);
    await text.current();
    document.body.append('loose text at the end');
    const rebuilt = await text.current();
    expect(text.lastUpdate).toBe('built');
    expect(rebuilt!.text.endsWith('loose text at the end')).toBe(true);
    text.dispose();
  });

  it('ignores changes inside our own UI', async () => {
    const text = new PageText(document, OPTIONS);
    const first = await text.current();
    const host = document.createElement('div');
    host.setAttribute('data-marginalia-ui', 'highlighter');
    document.body.append(host);
    host.textContent = 'our button';
    expect(await text.current()).toBe(first);
    text.dispose();
  });

  it('ignores the painter marking the page’s elements', async () => {
    const text = new PageText(document, OPTIONS);
    const first = await text.current();
    document.querySelectorAll('p')[7]!.setAttribute(PAINTED_ATTRIBUTE, '');
    expect(await text.current()).toBe(first);
    expect(text.lastUpdate).toBe('reused');
    text.dispose();
  });

  it('shares one build between callers that ask while it runs', async () => {
    const text = new PageText(document, { ...OPTIONS, sliceMs: 0, pause: () => new Promise((r) => setTimeout(r, 0)) });
    const [a, b] = await Promise.all([text.current(), text.current()]);
    expect(a).toBe(b);
    text.dispose();
  });

  it('lets go of the index and its pending changes on a page that keeps changing, and rebuilds on the next use', async () => {
    const text = new PageText(document, OPTIONS);
    await text.current();
    const paragraphs = document.querySelectorAll('p');
    for (let i = 0; i < 300; i++) {
      paragraphs[i]!.textContent = `Changed ${i}.`;
      // Records are delivered in a microtask: let each change through on its own.
      await Promise.resolve();
    }
    const rebuilt = await text.current();
    expect(text.lastUpdate).toBe('built');
    expect(rebuilt!.text).toBe(new TextIndex(document.body, OPTIONS).text);
    text.dispose();
  });
});
