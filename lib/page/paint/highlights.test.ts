import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anchor } from '../anchoring/anchor';
import { TextIndex, isHiddenByAttribute } from '../anchoring/text-index';
import { PAINTED_ATTRIBUTE } from '../anchoring/ui-attribute';
import {
  FLASH_NAME,
  HIGHLIGHT_CSS,
  createPainter,
  highlightName,
  installHighlightStyles,
  supportsHighlightApi,
} from './highlights';

const PAGE = '<article id="a"><p>Alpha <b>beta</b> gamma delta.</p><p>Epsilon zeta eta theta.</p></article>';

class FakeHighlight {
  priority = 0;
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

type WindowWithHighlights = Window & { CSS?: unknown; Highlight?: unknown };

function rangeOf(quote: string): Range {
  const index = new TextIndex(document.body, { isHidden: isHiddenByAttribute });
  const result = anchor(index, { exact: quote });
  if (!result.range) throw new Error(`not found: ${quote}`);
  return result.range;
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('with the CSS Custom Highlight API', () => {
  let registry: Map<string, FakeHighlight>;
  const win = window as unknown as WindowWithHighlights;
  let savedCss: unknown;

  beforeEach(() => {
    registry = new Map();
    savedCss = win.CSS;
    Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
    Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  });

  afterEach(() => {
    Object.defineProperty(win, 'CSS', { value: savedCss, configurable: true, writable: true });
    delete win.Highlight;
  });

  it('registers one named highlight per layer and changes nothing but the marks on the ranges’ elements', () => {
    const before = document.body.innerHTML;
    const painter = createPainter(document);
    expect(painter.mode).toBe('highlight-api');
    expect(supportsHighlightApi(document)).toBe(true);
    painter.set('claims', [rangeOf('beta gamma'), rangeOf('zeta')]);
    painter.set('terms', [rangeOf('Alpha')]);
    expect([...registry.keys()].sort()).toEqual(['marginalia-claims', 'marginalia-terms']);
    expect(registry.get('marginalia-claims')!.ranges.map(String)).toEqual(['beta gamma', 'zeta']);
    expect(registry.get('marginalia-claims')!.priority).toBeGreaterThan(registry.get('marginalia-terms')!.priority);
    expect(document.body.innerHTML.replaceAll(` ${PAINTED_ATTRIBUTE}=""`, '')).toBe(before);
    // 'beta gamma' spans the <b> and the text after it: its element is the paragraph, as for 'Alpha'.
    expect([...document.querySelectorAll(`[${PAINTED_ATTRIBUTE}]`)].map((e) => e.textContent)).toEqual([
      'Alpha beta gamma delta.',
      'Epsilon zeta eta theta.',
    ]);

    painter.clear('claims');
    expect([...registry.keys()]).toEqual(['marginalia-terms']);
    expect([...document.querySelectorAll(`[${PAINTED_ATTRIBUTE}]`)].map((e) => e.textContent)).toEqual([
      'Alpha beta gamma delta.',
    ]);
    painter.clearAll();
    expect(registry.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('keeps an element marked while another painter still paints in it', () => {
    const before = document.body.innerHTML;
    const pagePainter = createPainter(document);
    const highlighter = createPainter(document);
    pagePainter.set('claims', [rangeOf('beta gamma')]);
    highlighter.set('highlights', [{ range: rangeOf('Alpha') }]);
    pagePainter.dispose();
    expect(document.querySelectorAll(`[${PAINTED_ATTRIBUTE}]`)).toHaveLength(1);
    highlighter.set('highlights', [{ range: rangeOf('zeta') }]);
    expect([...document.querySelectorAll(`[${PAINTED_ATTRIBUTE}]`)].map((e) => e.textContent)).toEqual([
      'Epsilon zeta eta theta.',
    ]);
    highlighter.dispose();
    expect(document.body.innerHTML).toBe(before);
  });

  it('splits the reader highlights by colour and replaces them on set', () => {
    const painter = createPainter(document);
    painter.set('highlights', [{ range: rangeOf('Alpha') }, { range: rangeOf('theta'), colour: 'blue' }]);
    expect([...registry.keys()].sort()).toEqual([highlightName('highlights', 'blue'), 'marginalia-hl-yellow']);
    painter.set('highlights', [{ range: rangeOf('eta'), colour: 'green' }]);
    expect([...registry.keys()]).toEqual(['marginalia-hl-green']);
    painter.dispose();
    expect(registry.size).toBe(0);
  });

  it('flashes a range for a moment and scrolls its element into view', () => {
    vi.useFakeTimers();
    try {
      const painter = createPainter(document);
      const range = rangeOf('Epsilon');
      const p = range.startContainer.parentElement!;
      const scrolled = vi.fn();
      p.scrollIntoView = scrolled;
      painter.flash(range);
      expect(registry.get(FLASH_NAME)!.ranges[0]!.toString()).toBe('Epsilon');
      expect(scrolled).toHaveBeenCalledOnce();
      vi.advanceTimersByTime(5000);
      expect(registry.has(FLASH_NAME)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('scrolls the nearest scrollable ancestor when the page has its own scroll container', () => {
    document.body.innerHTML = `<div id="scroller" style="overflow-y: auto; height: 100px">${PAGE}</div>`;
    const scroller = document.getElementById('scroller')!;
    Object.defineProperty(scroller, 'scrollHeight', { value: 2000 });
    Object.defineProperty(scroller, 'clientHeight', { value: 100 });
    const scrollTo = vi.fn();
    scroller.scrollTo = scrollTo as typeof scroller.scrollTo;
    scroller.scrollIntoView = vi.fn();
    createPainter(document).flash(rangeOf('theta'));
    expect(scrollTo).toHaveBeenCalledOnce();
  });
});

describe('fallback without the Highlight API', () => {
  it('wraps ranges in marks and removes every trace when cleared', () => {
    const before = document.body.innerHTML;
    const paragraph = document.querySelector('p')!;
    const firstText = paragraph.firstChild!;
    const painter = createPainter(document, { useHighlightApi: false });
    expect(painter.mode).toBe('dom');
    painter.set('claims', [rangeOf('pha beta gam'), rangeOf('zeta eta')]);
    const marks = document.querySelectorAll('mark[data-marginalia-layer="claims"]');
    expect([...marks].map((m) => m.textContent).join('|')).toBe('pha |beta| gam|zeta eta');
    expect(document.body.textContent).toBe('Alpha beta gamma delta.Epsilon zeta eta theta.');

    painter.clear('claims');
    expect(document.body.innerHTML).toBe(before);
    expect(paragraph.childNodes.length).toBe(3);
    expect(paragraph.firstChild).toBe(firstText);
  });

  it('keeps layers independent and text findable while painted', () => {
    const before = document.body.innerHTML;
    const painter = createPainter(document, { useHighlightApi: false });
    painter.set('terms', [rangeOf('gamma')]);
    painter.set('highlights', [{ range: rangeOf('beta gamma delta'), colour: 'pink' }]);
    expect(document.querySelectorAll('mark[data-marginalia-colour="pink"]').length).toBeGreaterThan(0);
    // Paint marks stay in the text index, so anchoring still works on a painted page.
    expect(rangeOf('Alpha beta gamma delta.').toString()).toBe('Alpha beta gamma delta.');
    painter.clear('terms');
    expect(document.querySelectorAll('mark[data-marginalia-layer="terms"]').length).toBe(0);
    expect(document.querySelectorAll('mark[data-marginalia-layer="highlights"]').length).toBeGreaterThan(0);
    painter.dispose();
    expect(document.body.innerHTML).toBe(before);
  });

  it('flash in the fallback unwraps itself', () => {
    vi.useFakeTimers();
    try {
      const before = document.body.innerHTML;
      const painter = createPainter(document, { useHighlightApi: false });
      painter.flash(rangeOf('zeta'));
      expect(document.querySelector('mark[data-marginalia-layer="flash"]')!.textContent).toBe('zeta');
      vi.advanceTimersByTime(5000);
      expect(document.body.innerHTML).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('styles', () => {
  it('has a ::highlight rule for every layer name and the flash, on marked elements only', () => {
    // An unscoped ::highlight() rule makes adding the sheet restyle every element of the page.
    expect(HIGHLIGHT_CSS).not.toMatch(/(^|[\s,}])::highlight/);
    for (const name of [
      'marginalia-claims',
      'marginalia-terms',
      'marginalia-disclaimer',
      'marginalia-hl-yellow',
      FLASH_NAME,
    ]) {
      expect(HIGHLIGHT_CSS).toContain(`[${PAINTED_ATTRIBUTE}]::highlight(${name})`);
      expect(HIGHLIGHT_CSS).toContain(`[${PAINTED_ATTRIBUTE}] *::highlight(${name})`);
    }
  });

  it('installs through adoptedStyleSheets without adding nodes, and uninstalls', () => {
    const before = document.documentElement.outerHTML;
    const count = document.adoptedStyleSheets.length;
    const uninstall = installHighlightStyles(document);
    expect(document.adoptedStyleSheets.length).toBe(count + 1);
    expect(document.documentElement.outerHTML).toBe(before);
    uninstall();
    expect(document.adoptedStyleSheets.length).toBe(count);
  });

  it('adopts the sheet on the page side of a Firefox Xray wrapper, which refuses to set adoptedStyleSheets', () => {
    const before = document.documentElement.outerHTML;
    const count = document.adoptedStyleSheets.length;
    // A stand-in for the content script's view of the page: reading works, setting throws.
    const xray = new Proxy(document, {
      get: (target, key): unknown => (key === 'wrappedJSObject' ? document : Reflect.get(target, key, target)),
      set: (target, key, value) => {
        if (key === 'adoptedStyleSheets') throw new Error('Accessing from Xray wrapper is not supported.');
        return Reflect.set(target, key, value, target);
      },
    });
    const uninstall = installHighlightStyles(xray);
    expect(document.adoptedStyleSheets.length).toBe(count + 1);
    expect(document.documentElement.outerHTML).toBe(before);
    uninstall();
    expect(document.adoptedStyleSheets.length).toBe(count);
  });
});
