import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../shared/result';
import { captureShadowRoots } from '../../tests/fixtures/shadow-roots';
import { SelectionBar } from './selection-bar';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

/** A bar over one selected paragraph, with its closed shadow root at hand. */
function barOverSelection() {
  document.body.innerHTML = '<p>Altman said the company is turning into a products company.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  const shadows = captureShadowRoots();
  const bar = new SelectionBar(document, async () => fail('failed', 'unused'));
  bar.showFor(range);
  return { bar, message: () => shadows[0]!.querySelector<HTMLElement>('.message')! };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('SelectionBar.settle: how a request to highlight the selection ended', () => {
  it('takes the bar and the selection away when the highlight was made', () => {
    const { bar } = barOverSelection();
    bar.settle(ok({ id: 'new' }));
    expect(bar.isOpen).toBe(false);
    expect(document.getSelection()!.rangeCount).toBe(0);
  });

  it.each([
    ['a thrown error, in our words', fail('failed', 'Cannot read properties of null'), 'highlighter.selectionFailed'],
    ['a newer library, in our words', fail('newer-version', 'VersionError'), 'library.newerVersion'],
    ['no answer, in our words', fail('unavailable', 'no answer (closed)'), 'highlighter.noAnswer'],
    ['a reason the background worded', fail('quota', 'highlighter.storageFull'), 'highlighter.storageFull'],
  ])('says why not, as an alert, for %s', (_case, reply, said) => {
    const { bar, message } = barOverSelection();
    bar.settle(reply);
    expect(bar.isOpen).toBe(true);
    expect(message().hidden).toBe(false);
    expect(message().textContent).toBe(said);
    expect(message().getAttribute('role')).toBe('alert');
    expect(document.getSelection()!.rangeCount).toBe(1);
    bar.hide();
  });
});
