import { describe, expect, it, vi } from 'vitest';

vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

const { createHighlightsClient } = await import('./highlights-client');
import { MAX_IMPORT } from '../shared/highlights/messages';

describe('createHighlightsClient', () => {
  it('sends one message per call and hands back the background’s answer', async () => {
    const sent: unknown[] = [];
    const client = createHighlightsClient(async (message) => {
      sent.push(message);
      return { ok: true, value: { added: 1, duplicates: 0, pages: 1 } };
    });
    expect(await client.importAnnotations('{}')).toEqual({ ok: true, value: { added: 1, duplicates: 0, pages: 1 } });
    await client.update('https://a.test/', 'urn:uuid:1', { note: 'n' });
    expect(sent).toEqual([
      { type: 'highlights-import', json: '{}' },
      { type: 'highlight-update', pageKey: 'https://a.test/', id: 'urn:uuid:1', note: 'n' },
    ]);
  });

  it('turns silence, a thrown error and a refused size into failures the caller can show', async () => {
    expect(await createHighlightsClient(async () => undefined).listAll()).toMatchObject({
      ok: false,
      error: { kind: 'write-failed', message: 'highlighter.noAnswer' },
    });
    expect(await createHighlightsClient(async () => ({ ok: false, error: 'boom' })).exportAll()).toMatchObject({
      ok: false,
      error: { message: 'boom' },
    });
    expect(
      await createHighlightsClient(async () => {
        throw new Error('Receiving end does not exist.');
      }).listPages(),
    ).toMatchObject({ ok: false, error: { message: 'Receiving end does not exist.' } });
    let called = false;
    const tooLarge = await createHighlightsClient(async () => {
      called = true;
    }).importAnnotations('x'.repeat(MAX_IMPORT + 1));
    expect(tooLarge).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(called).toBe(false);
  });
});
