import { describe, expect, it } from 'vitest';
import { makeAnchor } from '../../shared/types';
import { anchor, anchorAll, describeRange, TextPositionAnchor, TextQuoteAnchor, type Selector } from './anchor';
import { foldText, originalEnd, originalStart } from './fold';
import { TextIndex, isHiddenByAttribute } from './text-index';

const ARTICLE = [
  '<h1>OpenAI lança novo modelo</h1>',
  '<p>A OpenAI anunciou nesta terça-feira um modelo de linguagem com <a href="#">raciocínio</a> ',
  'mais rápido, segundo a empresa.</p>',
  '<p>O <b>CEO</b> disse que o modelo custa <em>metade</em> do preço anterior e que chegará ',
  'a todos os usuários até dezembro.</p>',
  '<p>Analistas afirmam que a disputa com o Google deve se intensificar em 2026.</p>',
].join('');

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<main id="root">${html}</main>`;
  return document.getElementById('root')!;
}

function index(html: string): TextIndex {
  return new TextIndex(mount(html), { isHidden: isHiddenByAttribute });
}

function anchorFor(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  return makeAnchor(text, at, at + quote.length);
}

describe('fold', () => {
  it('drops case, accents and whitespace and maps back', () => {
    const folded = foldText('Ração  ÚNICA\n\nfi “x”');
    expect(folded.text).toBe('racaounicafi"x"');
    const at = folded.text.indexOf('unica');
    expect(originalStart(folded, at)).toBe(7);
    expect(originalEnd(folded, at + 5, 'Ração  ÚNICA\n\nfi “x”')).toBe(12);
  });

  it('expands compatibility characters', () => {
    expect(foldText('ﬁnal…').text).toBe('final...');
  });
});

describe('anchor', () => {
  it('uses a position that still holds the quote', () => {
    const idx = index(ARTICLE);
    const target = anchorFor(idx.text, 'custa metade do preço');
    const result = anchor(idx, target);
    expect(result.strategy).toBe('position');
    expect(result.range!.toString()).toBe('custa metade do preço');
  });

  it('finds text split across inline markup', () => {
    const idx = index(ARTICLE);
    const target = anchorFor(idx.text, 'O CEO disse que o modelo custa metade');
    const result = anchor(idx, { ...target, start: 0, end: 5 });
    expect(result.strategy).toBe('quote');
    expect(result.range!.toString()).toBe('O CEO disse que o modelo custa metade');
  });

  it('accepts W3C selectors', () => {
    const root = mount(ARTICLE);
    const selectors: Selector[] = [
      { type: 'TextPositionSelector', start: 999, end: 1010 },
      { type: 'TextQuoteSelector', exact: 'disputa com o Google', prefix: 'que a ', suffix: ' deve' },
    ];
    const result = anchor(root, selectors, { index: { isHidden: isHiddenByAttribute } });
    expect(result.range!.toString()).toBe('disputa com o Google');
  });

  it('picks the occurrence whose prefix and suffix agree', () => {
    const idx = index('<p>the model is fast.</p><p>We said the model is slow.</p><p>And the model is fast again.</p>');
    const third = anchorFor(idx.text, 'the model is', 2);
    const result = anchor(idx, { exact: third.exact, prefix: third.prefix, suffix: third.suffix });
    expect(result.start).toBe(third.start);
    const second = anchorFor(idx.text, 'the model is', 1);
    expect(anchor(idx, { exact: second.exact, prefix: second.prefix, suffix: second.suffix }).start).toBe(second.start);
  });

  it('finds the quote after whitespace, case and accent changes', () => {
    const idx = index(ARTICLE);
    const result = anchor(idx, { exact: 'a OPENAI anunciou  nesta terca-feira\num modelo', prefix: '', suffix: '' });
    expect(result.strategy).toBe('folded-quote');
    expect(result.range!.toString()).toBe('A OpenAI anunciou nesta terça-feira um modelo');
  });

  it('matches across a block boundary whatever separator the stored text used', () => {
    const idx = index(ARTICLE);
    const result = anchor(idx, { exact: 'segundo a empresa. O CEO disse' });
    expect(result.strategy).toBe('folded-quote');
    expect(idx.text.slice(result.start, result.end)).toBe('segundo a empresa.\n\nO CEO disse');
  });

  it('finds text that changed slightly since analysis with a fuzzy match', () => {
    const before = index(ARTICLE);
    const target = anchorFor(before.text, 'O CEO disse que o modelo custa metade do preço anterior e que chegará');
    const after = index(ARTICLE.replace('metade', 'um terço').replace('preço', 'valor'));
    const result = anchor(after, target);
    expect(result.strategy).toBe('fuzzy-quote');
    expect(result.similarity).toBeLessThan(1);
    expect(result.range!.toString()).toBe('O CEO disse que o modelo custa um terço do valor anterior e que chegará');
  });

  it('returns null rather than painting wrong text', () => {
    const idx = index(ARTICLE);
    expect(
      anchor(idx, { exact: 'Bitcoin atinge recorde histórico em dezembro', prefix: 'x', suffix: 'y' }).range,
    ).toBeNull();
    expect(anchor(idx, { exact: 'totally different sentence that is nowhere on the page' }).range).toBeNull();
    // A short quote one letter off, with unrelated context, is not accepted.
    const short = anchor(idx, { exact: 'modela', prefix: 'zzzzzzzz', suffix: 'qqqqqqqq' });
    expect(short.range).toBeNull();
    expect(short.strategy).toBeNull();
  });

  it('rejects a fuzzy match when too much of the quote changed', () => {
    const before = index(ARTICLE);
    const target = anchorFor(before.text, 'Analistas afirmam que a disputa com o Google');
    const after = index(
      ARTICLE.replace('Analistas afirmam que a disputa com o Google', 'Investidores temem que a briga com a Meta'),
    );
    expect(anchor(after, target).range).toBeNull();
  });

  it('ignores a position that lies outside the text', () => {
    const idx = index(ARTICLE);
    expect(anchor(idx, { start: 5000, end: 5010 }).range).toBeNull();
    expect(anchor(idx, { start: 2, end: 8 }).range!.toString()).toBe(idx.text.slice(2, 8));
  });
});

describe('anchorAll', () => {
  it('learns the shift between article offsets and page offsets', () => {
    const articleText = index(ARTICLE).text;
    const targets = ['OpenAI anunciou', 'o modelo custa', 'Analistas afirmam'].map((q) => anchorFor(articleText, q));
    const page = index(`<nav>Home News Markets</nav>${ARTICLE}`);
    const results = anchorAll(page, targets);
    expect(results.map((r) => r.range?.toString())).toEqual(['OpenAI anunciou', 'o modelo custa', 'Analistas afirmam']);
    expect(results[0]!.strategy).toBe('quote');
    expect(results[1]!.strategy).toBe('position');
    expect(results[2]!.strategy).toBe('position');
  });
});

describe('describeRange and selector classes', () => {
  it('describes a selection and re-anchors it after the DOM is rebuilt', () => {
    const root = mount(ARTICLE);
    const em = root.querySelector('em')!;
    const range = document.createRange();
    range.setStart(root.querySelector('b')!.firstChild!, 0);
    range.setEnd(em.firstChild!, 3);
    const described = describeRange(root, range)!;
    expect(described.exact).toBe('CEO disse que o modelo custa met');
    expect(described.prefix.endsWith('empresa.\n\nO ')).toBe(true);

    const fresh = mount(ARTICLE);
    const quote = new TextQuoteAnchor(fresh, described.exact, { prefix: described.prefix, suffix: described.suffix });
    expect(quote.toRange()!.toString()).toBe(described.exact);
    expect(quote.toSelector()).toEqual({
      type: 'TextQuoteSelector',
      exact: described.exact,
      prefix: described.prefix,
      suffix: described.suffix,
    });
  });

  it('trims whitespace at the edges of a selection', () => {
    const root = mount('<p>one two three</p>');
    const text = root.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 3);
    range.setEnd(text, 8);
    expect(describeRange(root, range)!.exact).toBe('two');
  });

  it('TextPositionAnchor round-trips a range', () => {
    const root = mount(ARTICLE);
    const p = root.querySelectorAll('p')[1]!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const position = TextPositionAnchor.fromRange(root, range)!;
    expect(position.toRange()!.toString()).toBe(p.textContent.replace(/\s+/g, ' ').trim());
    const again = TextPositionAnchor.fromSelector(root, position.toSelector());
    expect(again.toRange()!.toString()).toBe(position.toRange()!.toString());
  });
});
