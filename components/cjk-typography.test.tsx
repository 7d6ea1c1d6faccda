/**
 * The panel's sentences and bracketed asides in a Chinese or Japanese interface: no word space
 * after a full-width stop, full-width parentheses around a count or a role in those scripts.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotation } from '../lib/shared/highlights/model';
import { makeAnchor } from '../lib/shared/types';
import { ClaimsList } from './claims-list';
import { HighlightsList } from './highlights-list';
import { LayerToggles } from './layer-toggles';

/** A few messages as a Japanese interface words them (written for this test). */
const JAPANESE: Record<string, string> = {
  'layers.shortcutAll': '$1 で全部を切り替えます。',
  'layers.shortcutAllUnset': '全部を切り替えるキーはありません。',
  'layers.shortcutHint': 'キーは設定ページで変えられます。',
  'highlights.title': '自分のメモ',
  'highlights.count': 'メモ $1 件',
  'claims.speaker': '発言者：$1',
};

vi.mock('#i18n', () => ({
  i18n: {
    t: (key: string, ...rest: unknown[]) => {
      const substitutions = rest.flat().filter((value) => typeof value === 'string');
      const text = JAPANESE[key] ?? key;
      return text.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
    },
  },
}));

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

function shortcutsAre(shortcuts: Record<string, string>) {
  const commands = Object.entries(shortcuts).map(([name, shortcut]) => ({ name, shortcut }));
  Object.assign(fakeBrowser, { commands: { getAll: vi.fn(async () => commands) } });
}

describe('the layers’ shortcut hint in Japanese', () => {
  it('runs its two sentences on after the full stop, with no word space', async () => {
    shortcutsAre({ 'toggle-all-layers': 'Alt+Shift+L' });
    render(<LayerToggles url="https://www.theverge.com/ai/story" />);
    const hint = await screen.findByTestId('layers-shortcut');
    await waitFor(() => expect(hint.querySelector('kbd')?.textContent).toBe('Alt+Shift+L'));
    expect(hint.textContent).toBe('Alt+Shift+L で全部を切り替えます。キーは設定ページで変えられます。');
  });

  it('does the same when no shortcut is set', async () => {
    shortcutsAre({ 'toggle-all-layers': '' });
    render(<LayerToggles url="https://www.theverge.com/ai/story" />);
    const hint = await screen.findByTestId('layers-shortcut');
    await waitFor(() =>
      expect(hint.textContent).toBe('全部を切り替えるキーはありません。キーは設定ページで変えられます。'),
    );
  });
});

describe('bracketed asides', () => {
  it('counts the highlights in full-width parentheses, right after the heading', () => {
    const note = createAnnotation({
      pageKey: 'https://example.jp/kiji',
      pageTitle: '記事',
      exact: '雨が降った',
      prefix: '',
      suffix: '',
      start: 0,
      end: 5,
      note: '',
    });
    render(<HighlightsList highlights={[note]} orphans={[]} onSelect={vi.fn()} onEdit={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('自分のメモ（メモ 1 件）');
  });

  it('puts a role written in Japanese in full-width parentheses, and a Latin one in ASCII ones after a space', () => {
    const text = '社長は計画を話した。';
    const said = { id: 'a', text, kind: 'quote' as const, score: 0.5, anchor: makeAnchor(text, 0, text.length) };
    render(
      <ClaimsList
        claims={[
          { ...said, speaker: '山田花子', speakerRole: '社長' },
          { ...said, id: 'b', speaker: 'Ana Costa', speakerRole: 'CEO' },
        ]}
        onSelect={vi.fn()}
        textLang="ja"
      />,
    );
    const speakers = screen.getAllByTestId('claim').map((item) => item.querySelector('.claims-speaker')!.textContent);
    expect(speakers).toEqual(['発言者：山田花子（社長）', '発言者：Ana Costa (CEO)']);
  });
});
