import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeAnchor, type DisclaimerFlag as DisclaimerFlagData } from '../lib/shared/types';
import { DisclaimerFlag } from './disclaimer-flag';

const ui = vi.hoisted(() => ({ locale: 'en' }));

vi.mock('#i18n', async () => {
  const { loadMessages } = await import('../tests/fixtures/locale-messages');
  const locales = {
    en: loadMessages('en'),
    pt_BR: loadMessages('pt_BR'),
    fr: loadMessages('fr'),
    zh_TW: loadMessages('zh_TW'),
    ja: loadMessages('ja'),
  };
  return {
    i18n: {
      t: (key: string, substitutions?: Record<string, string>) =>
        locales[ui.locale as keyof typeof locales](key, substitutions),
    },
  };
});

const TEXT =
  'Esta página pode conter conteúdo de terceiros <img src=x onerror=alert(1)> e não é aconselhamento financeiro.';

function flag(overrides: Partial<DisclaimerFlagData> = {}): DisclaimerFlagData {
  return {
    found: true,
    kinds: ['third-party', 'no-endorsement', 'informational-only', 'not-advice'],
    text: TEXT,
    location: 'page',
    lang: 'pt',
    host: 'Gate',
    anchor: makeAnchor(TEXT, 0, TEXT.length),
    ...overrides,
  };
}

afterEach(() => {
  cleanup();
  ui.locale = 'en';
});

describe('DisclaimerFlag', () => {
  it('explains the kinds in one English sentence, naming the host', () => {
    render(<DisclaimerFlag flag={flag()} onShow={vi.fn()} />);
    const card = screen.getByTestId('disclaimer-flag');
    expect(card.getAttribute('data-kinds')).toBe('third-party no-endorsement informational-only not-advice');
    expect(card.textContent).toContain(
      'This page says its content may come from third parties, is not endorsed by Gate, is for information only, and is not financial advice.',
    );
    expect([...card.querySelectorAll('.disclaimer-flag__chip')].map((chip) => chip.getAttribute('data-kind'))).toEqual([
      'third-party',
      'no-endorsement',
      'informational-only',
      'not-advice',
    ]);
  });

  it('speaks Portuguese when the UI is Portuguese', () => {
    ui.locale = 'pt_BR';
    render(<DisclaimerFlag flag={flag({ kinds: ['third-party', 'not-advice'], host: null })} onShow={vi.fn()} />);
    expect(screen.getByTestId('disclaimer-flag').textContent).toContain(
      'Esta página avisa que seu conteúdo pode vir de terceiros e não é aconselhamento financeiro.',
    );
    expect(screen.getByRole('button').textContent).toBe('Mostrar na página');
  });

  it('speaks French when the UI is French, joining the kinds with « et »', () => {
    ui.locale = 'fr';
    render(<DisclaimerFlag flag={flag({ kinds: ['third-party', 'no-endorsement', 'not-advice'] })} onShow={vi.fn()} />);
    expect(screen.getByTestId('disclaimer-flag').textContent).toContain(
      'Cette page indique que son contenu peut provenir de tiers, n’est pas cautionné par Gate et ne constitue pas un conseil financier.',
    );
    expect(screen.getByRole('button').textContent).toBe('Afficher sur la page');
  });

  it('builds the sentence in Chinese and Japanese word order, with their own list marks and full stop', () => {
    const kinds: DisclaimerFlagData['kinds'] = ['third-party', 'no-endorsement', 'not-advice'];
    ui.locale = 'zh_TW';
    render(<DisclaimerFlag flag={flag({ kinds })} onShow={vi.fn()} />);
    expect(screen.getByTestId('disclaimer-flag').textContent).toContain(
      '此頁面聲明其內容可能來自第三方、不代表 Gate 的立場和不構成投資建議。',
    );
    cleanup();
    ui.locale = 'ja';
    render(<DisclaimerFlag flag={flag({ kinds })} onShow={vi.fn()} />);
    expect(screen.getByTestId('disclaimer-flag').textContent).toContain(
      'このページの注意書き：第三者によるコンテンツを含む場合がある、Gate が推奨するものではない、投資助言ではない。',
    );
  });

  it('sets a Chinese or Japanese host name without the spaces a Latin one takes', () => {
    const kinds: DisclaimerFlagData['kinds'] = ['no-endorsement'];
    ui.locale = 'zh_TW';
    render(<DisclaimerFlag flag={flag({ kinds, host: '晨報網' })} onShow={vi.fn()} />);
    expect(screen.getByTestId('disclaimer-flag').textContent).toContain('不代表晨報網的立場');
    cleanup();
    ui.locale = 'ja';
    render(<DisclaimerFlag flag={flag({ kinds, host: '朝刊ニュース' })} onShow={vi.fn()} />);
    expect(screen.getByTestId('disclaimer-flag').textContent).toContain('朝刊ニュースが推奨するものではない');
  });

  it('falls back to "the site" when no host is named', () => {
    render(<DisclaimerFlag flag={flag({ kinds: ['no-endorsement', 'sponsored'], host: null })} onShow={vi.fn()} />);
    expect(screen.getByTestId('disclaimer-flag').textContent).toContain(
      'is not endorsed by the site and may be sponsored.',
    );
  });

  it('keeps the original text as text inside a closed details element', () => {
    render(<DisclaimerFlag flag={flag()} onShow={vi.fn()} />);
    const details = screen.getByTestId('disclaimer-flag').querySelector('details')!;
    expect(details.open).toBe(false);
    const quote = details.querySelector('blockquote')!;
    expect(quote.textContent).toBe(TEXT);
    expect(quote.getAttribute('lang')).toBe('pt');
    expect(details.querySelector('img')).toBeNull();
  });

  it('calls onShow from the "Show on page" button', () => {
    const onShow = vi.fn();
    render(<DisclaimerFlag flag={flag()} onShow={onShow} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show on page' }));
    expect(onShow).toHaveBeenCalledTimes(1);
  });
});
