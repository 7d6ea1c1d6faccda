import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../lib/shared/result';
import type { LibraryCall } from '../lib/ui/library-client';
import { ForgetPage } from './forget-page';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

afterEach(cleanup);

describe('ForgetPage', () => {
  it('asks first, since the reader’s highlights and notes go too; Cancel forgets nothing and gives the focus back', async () => {
    const sent: { type: string }[] = [];
    const call = (async (message: { type: string }) => {
      sent.push(message);
      return ok(message.type === 'library-page' ? {} : null);
    }) as LibraryCall;
    render(<ForgetPage url="https://www.theverge.com/ai/story" call={call} />);
    expect((await screen.findByTestId('forget-page')).classList.contains('panel__button')).toBe(true);
    fireEvent.click(screen.getByTestId('forget-page'));
    expect(screen.getByRole('alertdialog').textContent).toContain('library.forgetPageConfirm');
    // The safe answer has the focus, as for Forget everything.
    const cancel = screen.getByRole('button', { name: 'library.cancel' });
    // The panel's one button style, on the question's answers as on the button that asks it.
    for (const button of screen.getAllByRole('button')) expect(button.classList.contains('panel__button')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    fireEvent.click(cancel);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('forget-page')));
    // Escape answers no as well.
    fireEvent.click(screen.getByTestId('forget-page'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('library.cancel'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('forget-page')));
    expect(sent.some((message) => message.type === 'library-forget-page')).toBe(false);
  });

  it('forgets the page and hands the keyboard focus to the message that says so, as the button goes away', async () => {
    const sent: { type: string; url?: string }[] = [];
    const call = (async (message: { type: string; url?: string }) => {
      sent.push(message);
      return ok(message.type === 'library-page' && !sent.some((m) => m.type === 'library-forget-page') ? {} : null);
    }) as LibraryCall;
    render(<ForgetPage url="https://www.theverge.com/ai/story" call={call} />);
    const button = await screen.findByTestId('forget-page');
    button.focus();
    fireEvent.click(button);
    fireEvent.click(await screen.findByTestId('forget-page-confirm'));
    const status = await screen.findByTestId('forget-page-status');
    expect(status.textContent).toBe('library.forgotPage');
    expect(screen.queryByTestId('forget-page')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(sent).toContainEqual({ type: 'library-forget-page', url: 'https://www.theverge.com/ai/story' });
  });

  it('says in the reader’s language that the page could not be forgotten, the store’s English apart, and hands the focus to it', async () => {
    const english = 'Could not save; nothing was changed (AbortError).';
    const call = (async (message: { type: string }) =>
      message.type === 'library-forget-page' ? fail('write-failed', english) : ok({})) as LibraryCall;
    render(<ForgetPage url="https://www.theverge.com/ai/story" call={call} />);
    fireEvent.click(await screen.findByTestId('forget-page'));
    fireEvent.click(await screen.findByTestId('forget-page-confirm'));
    const status = await screen.findByTestId('forget-page-status');
    expect(status.getAttribute('role')).toBe('alert');
    expect([...status.children].map((line) => line.textContent)).toEqual([
      'library.failed',
      'panel.errorDetail',
      english,
    ]);
    expect(status.querySelector('code')?.getAttribute('lang')).toBe('en');
    // The Yes that had the focus is gone: the alert takes it, not the page's body.
    await waitFor(() => expect(document.activeElement).toBe(status));
    // The page is still kept, so the button is back for another try.
    expect(screen.getByTestId('forget-page')).toBeTruthy();
  });
});
