import { NonRetryableError } from '@asynctask/domain';
import { executionContext } from './execution-context.fixture';
import { SleepExecutor } from './sleep.executor';

describe('SleepExecutor', () => {
  const executor = new SleepExecutor();
  const sleep = (payload: Record<string, string | number>, signal?: AbortSignal) =>
    executor.execute(executionContext({ payload, ...(signal && { signal }) }));

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is the sleep type', () => {
    expect(executor.type).toBe('sleep');
  });

  it('resolves with sleptMs once payload.ms have passed, not before', async () => {
    let settled = false;
    const sleeping = sleep({ ms: 5000 }).finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(await sleeping).toEqual({ sleptMs: 5000 });
  });

  it('sleeps 0 ms without payload.ms', async () => {
    const sleeping = sleep({});
    await jest.advanceTimersByTimeAsync(0);
    expect(await sleeping).toEqual({ sleptMs: 0 });
  });

  it('rejects at once with the abort reason and clears its timer', async () => {
    const abort = new AbortController();
    const sleeping = sleep({ ms: 60_000 }, abort.signal);
    expect(jest.getTimerCount()).toBe(1);
    const reason = new Error('cancelled');
    abort.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('does not start when the signal has already aborted', async () => {
    const abort = new AbortController();
    const reason = new Error('timed out');
    abort.abort(reason);
    await expect(sleep({ ms: 1000 }, abort.signal)).rejects.toBe(reason);
    expect(jest.getTimerCount()).toBe(0);
  });

  it.each([-1, 'soon', Number.NaN, 2 ** 31])('refuses ms = %p without retrying', async (ms) => {
    await expect(sleep({ ms })).rejects.toBeInstanceOf(NonRetryableError);
    expect(jest.getTimerCount()).toBe(0);
  });
});
