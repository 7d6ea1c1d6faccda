import { describe, expect, it } from 'vitest';
import { createHighlightsClient } from './highlights-client';
import { MAX_IMPORT_CHARS } from '../shared/highlights/import';

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
      error: { kind: 'unavailable', message: 'The extension did not answer' },
    });
    expect(
      await createHighlightsClient(async () => ({ ok: false, error: { kind: 'quota', message: 'full' } })).exportAll(),
    ).toEqual({ ok: false, error: { kind: 'quota', message: 'full' } });
    expect(await createHighlightsClient(async () => ({ ok: false, error: 'not a result' })).exportAll()).toMatchObject({
      ok: false,
      error: { kind: 'unavailable' },
    });
    expect(
      await createHighlightsClient(async () => {
        throw new Error('Receiving end does not exist.');
      }).listPages(),
    ).toMatchObject({
      ok: false,
      error: { kind: 'unavailable', message: 'The extension did not answer (Receiving end does not exist.)' },
    });
    let called = false;
    const tooLarge = await createHighlightsClient(async () => {
      called = true;
    }).importAnnotations('x'.repeat(MAX_IMPORT_CHARS + 1));
    expect(tooLarge).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(called).toBe(false);
  });
});
