import { RetryPolicy, retryAfterMs } from './retry-policy';

const answer = (status: number, retryAfter?: string) => new Response(null, { status, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } });

describe('retryAfterMs', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');

  it('reads delay-seconds and HTTP dates', () => {
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Tue, 01 Jan 2030 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Mon, 31 Dec 2029 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-3', now)).toBeUndefined();
  });
});

describe('RetryPolicy', () => {
  const policy = new RetryPolicy({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5000 });

  it('waits as long as Retry-After says, and gives up when it asks for more than maxDelayMs', () => {
    expect(policy.delayBeforeRetry(1, answer(429, '2'), 'refused-only')).toBe(2000);
    expect(policy.delayBeforeRetry(1, answer(503, '5'), 'idempotent')).toBe(5000);
    expect(policy.delayBeforeRetry(1, answer(429, '6'), 'idempotent')).toBeUndefined();
  });

  it('backs off exponentially without Retry-After', () => {
    expect(policy.delayBeforeRetry(1, answer(503), 'idempotent')).toBe(100);
    expect(policy.delayBeforeRetry(2, answer(503), 'idempotent')).toBe(200);
    expect(new RetryPolicy({ maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 3000 }).delayBeforeRetry(5, answer(429), 'idempotent')).toBe(3000);
  });

  it('stops after maxAttempts tries', () => {
    expect(policy.delayBeforeRetry(3, answer(429, '1'), 'idempotent')).toBeUndefined();
    expect(new RetryPolicy(false).delayBeforeRetry(1, answer(429, '1'), 'idempotent')).toBeUndefined();
  });

  it('retries a 503 only where a repeat cannot do the change twice, a 429 always, nothing else', () => {
    expect(policy.delayBeforeRetry(1, answer(503, '1'), 'refused-only')).toBeUndefined();
    expect(policy.delayBeforeRetry(1, answer(429, '1'), 'refused-only')).toBe(1000);
    for (const status of [400, 401, 403, 404, 409, 413, 500, 502]) {
      expect(policy.delayBeforeRetry(1, answer(status, '1'), 'idempotent')).toBeUndefined();
    }
  });
});
