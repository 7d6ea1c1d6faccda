import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Provenance } from '../lib/shared/types';
import { ProvenanceLine } from './provenance-line';

vi.mock('#i18n', async () => {
  const { loadMessages } = await import('../tests/fixtures/locale-messages');
  const en = loadMessages('en');
  return { i18n: { t: (key: string, substitutions?: Record<string, string>) => en(key, substitutions) } };
});

afterEach(cleanup);

function provenance(overrides: Partial<Provenance> = {}): Provenance {
  return {
    originalPublisher: 'ABMedia',
    originalUrl: 'https://abmedia.io/openai-altman',
    republishedBy: 'Gate.com',
    text: 'foi publicado pela primeira vez na ABMedia',
    ...overrides,
  };
}

describe('ProvenanceLine', () => {
  it('says who first published it, with a safe link, and who republished it', () => {
    render(<ProvenanceLine provenance={provenance()} />);
    const line = screen.getByTestId('provenance');
    expect(line.textContent).toBe('First published by ABMedia · Republished by Gate.com');
    const link = screen.getByRole('link', { name: 'ABMedia' });
    expect(link.getAttribute('href')).toBe('https://abmedia.io/openai-altman');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it.each([['javascript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['not a url']])(
    'renders no link for %s',
    (originalUrl) => {
      render(<ProvenanceLine provenance={provenance({ originalUrl })} />);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByTestId('provenance').textContent).toContain('First published by ABMedia');
    },
  );

  it('names the original by its host when the publisher is unknown', () => {
    render(<ProvenanceLine provenance={provenance({ originalPublisher: null, republishedBy: null })} />);
    expect(screen.getByTestId('provenance').textContent).toBe('First published by abmedia.io');
  });

  it('renders page text as text', () => {
    render(
      <ProvenanceLine
        provenance={provenance({ originalPublisher: '<img src=x onerror=alert(1)>', originalUrl: null })}
      />,
    );
    const line = screen.getByTestId('provenance');
    expect(line.querySelector('img')).toBeNull();
    expect(line.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('renders nothing without a publisher or a usable link', () => {
    const { container } = render(
      <ProvenanceLine provenance={provenance({ originalPublisher: null, originalUrl: 'javascript:x' })} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
