import {
  AsynctaskForbiddenError,
  AsynctaskRateLimitedError,
  AsynctaskUnauthorizedError,
  AsynctaskUnavailableError,
  ClientOptions,
  createClient,
} from '@asynctask/client';
import { startStandalone } from '../http/standalone-test-app';

type Standalone = Awaited<ReturnType<typeof startStandalone>>;

/** An error answer as a proxy or the server would give it. */
function refusal(status: 429 | 503, headers: Record<string, string> = {}): Response {
  const body = { statusCode: status, message: 'refused before reaching the app', error: status === 429 ? 'Too Many Requests' : 'Service Unavailable' };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A fetch in front of the real app that answers the first requests with `refusals` (fault injection), and records every request. */
function refusingFirst(refusals: Response[]) {
  const sent: { at: number; route: string }[] = [];
  const send = (request: Request) => {
    sent.push({ at: Date.now(), route: `${request.method} ${new URL(request.url).pathname}` });
    const refused = refusals.shift();
    return refused ? Promise.resolve(refused) : fetch(request);
  };
  return { send, sent };
}

describe('@asynctask/client: API keys', () => {
  let s: Standalone;
  let baseUrl: string;

  beforeAll(async () => {
    s = await startStandalone({ API_KEYS: 'client-key,viewer:read' });
    baseUrl = await s.app.getUrl();
  });
  afterAll(() => s.close());

  it('sends its key in x-api-key', async () => {
    const client = createClient({ baseUrl, apiKey: 'client-key' });
    await client.taskTypes.put('keyed', { executorType: 'echo' });
    expect((await client.tasks.create({ taskType: 'keyed' })).status).toBe('PENDING');
  });

  it('throws AsynctaskUnauthorizedError without a key or with a wrong one', async () => {
    const none = await createClient({ baseUrl }).stats.get().catch((e: unknown) => e);
    expect(none).toBeInstanceOf(AsynctaskUnauthorizedError);
    expect(none).toMatchObject({ code: 'unauthorized', statusCode: 401, message: 'missing x-api-key header' });
    await expect(createClient({ baseUrl, apiKey: 'guess' }).stats.get()).rejects.toThrow('invalid API key');
  });

  it('throws AsynctaskForbiddenError when a read-only key changes something', async () => {
    const viewer = createClient({ baseUrl, apiKey: 'viewer' });
    expect((await viewer.stats.get()).tasks).toEqual(expect.objectContaining({ PENDING: expect.any(Number) }));
    const error = await viewer.tasks.create({ taskType: 'keyed' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AsynctaskForbiddenError);
    expect(error).toMatchObject({ code: 'forbidden', statusCode: 403, message: expect.stringContaining('read-only') });
  });
});

describe("@asynctask/client: the server's rate limit", () => {
  let s: Standalone;

  beforeAll(async () => {
    s = await startStandalone({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => s.close());

  it('does not wait when Retry-After asks for longer than maxDelayMs: it throws at once, saying how long to wait', async () => {
    const { send, sent } = refusingFirst([]);
    const client = createClient({ baseUrl: await s.app.getUrl(), fetch: send, retry: { maxDelayMs: 5_000 } });
    await client.workers.list();
    await client.workers.list();
    const error = await client.workers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AsynctaskRateLimitedError);
    // The limit is per minute: the server asks for up to 60 s, more than the 5 s this client waits.
    expect(error).toMatchObject({ code: 'rate-limited', statusCode: 429, message: 'too many requests, retry later' });
    expect((error as AsynctaskRateLimitedError).retryAfterMs).toBeGreaterThan(5_000);
    expect((error as AsynctaskRateLimitedError).retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(sent).toHaveLength(3);
  });
});

describe('@asynctask/client: retries of refused requests', () => {
  let s: Standalone;
  const client = (refusals: Response[], retry?: ClientOptions['retry']) => {
    const { send, sent } = refusingFirst(refusals);
    return { client: createClient({ baseUrl, fetch: send, retry }), sent };
  };
  let baseUrl: string;

  beforeAll(async () => {
    s = await startStandalone();
    baseUrl = await s.app.getUrl();
    await createClient({ baseUrl }).taskTypes.put('retried', { executorType: 'echo' });
  });
  afterAll(() => s.close());

  it('sends a create again after a 429, as late as Retry-After (seconds) says', async () => {
    const { client: c, sent } = client([refusal(429, { 'retry-after': '1' })]);
    const task = await c.tasks.create({ taskType: 'retried' });
    expect(task.status).toBe('PENDING');
    expect(sent.map((r) => r.route)).toEqual(['POST /api/v1/tasks', 'POST /api/v1/tasks']);
    expect(sent[1].at - sent[0].at).toBeGreaterThanOrEqual(1000);
    expect(await createClient({ baseUrl }).tasks.list({ taskType: 'retried' })).toMatchObject({ items: [expect.objectContaining({ taskId: task.taskId })] });
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    const retryAt = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000); // HTTP dates have whole seconds
    const { client: c, sent } = client([refusal(429, { 'retry-after': retryAt.toUTCString() })]);
    await c.stats.get();
    expect(sent).toHaveLength(2);
    expect(sent[1].at).toBeGreaterThanOrEqual(retryAt.getTime() - 5); // timers may fire a few ms early
  });

  it('sends a read again after a 503 without Retry-After, backing off', async () => {
    const { client: c, sent } = client([refusal(503), refusal(503)], { baseDelayMs: 100 });
    expect(await c.workers.list()).toHaveLength(1);
    expect(sent).toHaveLength(3);
    expect(sent[1].at - sent[0].at).toBeGreaterThanOrEqual(100);
    expect(sent[2].at - sent[1].at).toBeGreaterThanOrEqual(200);
  });

  it('does not send a create without idempotencyKey, a cancel or a retry again after a 503: it may have been done', async () => {
    const create = client([refusal(503, { 'retry-after': '0' })]);
    const error = await create.client.tasks.create({ taskType: 'retried' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AsynctaskUnavailableError);
    expect(error).toMatchObject({ code: 'unavailable', statusCode: 503, retryAfterMs: 0 });
    expect(create.sent).toHaveLength(1);

    const task = await createClient({ baseUrl }).tasks.create({ taskType: 'retried', delaySeconds: 3600 });
    const cancel = client([refusal(503)]);
    await expect(cancel.client.tasks.cancel(task.taskId)).rejects.toBeInstanceOf(AsynctaskUnavailableError);
    const retry = client([refusal(503)]);
    await expect(retry.client.tasks.retry(task.taskId)).rejects.toBeInstanceOf(AsynctaskUnavailableError);
    expect([...cancel.sent, ...retry.sent]).toHaveLength(2);
  });

  it('sends a create with an idempotencyKey again after a 503: the key makes a repeat harmless', async () => {
    const { client: c, sent } = client([refusal(503, { 'retry-after': '0' })]);
    const task = await c.tasks.create({ taskType: 'retried', idempotencyKey: 'retried-once' });
    expect(sent).toHaveLength(2);
    expect((await c.tasks.create({ taskType: 'retried', idempotencyKey: 'retried-once' })).taskId).toBe(task.taskId);
  });

  it('gives up after maxAttempts tries (3 by default), and never retries with retry: false', async () => {
    const bounded = client(Array.from({ length: 5 }, () => refusal(429, { 'retry-after': '0' })));
    await expect(bounded.client.stats.get()).rejects.toBeInstanceOf(AsynctaskRateLimitedError);
    expect(bounded.sent).toHaveLength(3);
    const once = client([refusal(429, { 'retry-after': '0' })], false);
    await expect(once.client.stats.get()).rejects.toBeInstanceOf(AsynctaskRateLimitedError);
    expect(once.sent).toHaveLength(1);
  });
});
