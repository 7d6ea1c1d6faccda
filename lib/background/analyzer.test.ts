import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../shared/result';
import { untilListening } from './analyzer';

const noReceiver = fail(
  'unavailable',
  'The analyzer did not answer (Could not establish connection. Receiving end does not exist.)',
);

describe('untilListening', () => {
  it('asks again while the new offscreen document has no listener yet, then takes its answer', async () => {
    const send = vi.fn<() => Promise<Result<string>>>();
    send.mockResolvedValueOnce(noReceiver).mockResolvedValueOnce(noReceiver).mockResolvedValueOnce(ok('analysis'));
    expect(await untilListening(send, 1000, 1)).toEqual(ok('analysis'));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('takes any other failure as the answer', async () => {
    const send = vi.fn(async () => fail('failed', 'parse error'));
    expect(await untilListening(send, 1000, 1)).toEqual(fail('failed', 'parse error'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives up with the last answer once the wait is over', async () => {
    const send = vi.fn(async () => noReceiver);
    expect(await untilListening(send, 20, 5)).toEqual(noReceiver);
    expect(send.mock.calls.length).toBeGreaterThan(1);
  });
});
