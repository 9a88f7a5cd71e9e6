import {
  AsynctaskBadRequestError,
  AsynctaskClient,
  AsynctaskConflictError,
  AsynctaskConnectionError,
  AsynctaskNotFoundError,
  AsynctaskWaitTimeoutError,
  createClient,
} from '@asynctask/client';
import { freePort } from '@asynctask/testing/local-servers';
import { startStandalone } from '../http/standalone-test-app';

describe('@asynctask/client against the standalone', () => {
  let s: Awaited<ReturnType<typeof startStandalone>>;
  let client: AsynctaskClient;
  /** Every request the client sent, as "METHOD /path?query". */
  const sent: string[] = [];

  beforeAll(async () => {
    s = await startStandalone();
    client = createClient({
      baseUrl: await s.app.getUrl(),
      fetch: (request) => {
        const url = new URL(request.url);
        sent.push(`${request.method} ${url.pathname}${url.search}`);
        return fetch(request);
      },
    });
    await client.taskTypes.put('greet', { executorType: 'echo' });
  });
  afterAll(() => s.close());
  beforeEach(() => sent.splice(0));

  it('creates a task, reads it, and waits until it succeeds', async () => {
    const created = await client.tasks.create({ taskType: 'greet', payload: { hello: 'world' }, priority: 1 });
    expect(created).toMatchObject({ taskType: 'greet', status: 'PENDING', priority: 1, payload: { hello: 'world' } });
    expect((await client.tasks.get(created.taskId)).taskId).toBe(created.taskId);
    const done = await client.tasks.wait(created.taskId, { timeoutMs: 10_000, intervalMs: 20 });
    expect(done).toMatchObject({ taskId: created.taskId, status: 'SUCCESS', result: { hello: 'world' } });
    expect((await client.tasks.logs(created.taskId)).map((log) => log.logType)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  });

  it('returns the first task for a used idempotencyKey', async () => {
    const first = await client.tasks.create({ taskType: 'greet', idempotencyKey: 'client-once' });
    const second = await client.tasks.create({ taskType: 'greet', idempotencyKey: 'client-once' });
    expect(second.taskId).toBe(first.taskId);
  });

  it('reads one page with list, and every page with iterate', async () => {
    await client.taskTypes.put('paged', { executorType: 'noop' });
    const created = await client.tasks.createBatch(Array.from({ length: 7 }, (_, i) => ({ taskType: 'paged', payload: { i }, delaySeconds: 3600 })));
    expect(created.map((task) => task.payload)).toEqual(Array.from({ length: 7 }, (_, i) => ({ i })));

    const page = await client.tasks.list({ taskType: 'paged', limit: 3 });
    expect(page.items).toHaveLength(3);
    expect(page.nextCursor).toEqual(expect.any(String));

    sent.splice(0);
    const seen: string[] = [];
    for await (const task of client.tasks.iterate({ taskType: 'paged', limit: 3 })) seen.push(task.taskId);
    expect(seen).toEqual(created.map((task) => task.taskId).reverse()); // newest first
    expect(sent).toHaveLength(3);
    expect(sent[0]).toBe('GET /api/v1/tasks?taskType=paged&limit=3');
    expect(sent[1]).toMatch(/^GET \/api\/v1\/tasks\?taskType=paged&limit=3&cursor=.+/);
  });

  it('cancels and retries a task, and reads task types, workers and stats', async () => {
    const task = await client.tasks.create({ taskType: 'greet', delaySeconds: 3600 });
    expect((await client.tasks.cancel(task.taskId)).status).toBe('CANCELLED');
    expect((await client.tasks.retry(task.taskId)).status).toBe('PENDING');
    expect((await client.taskTypes.list()).map((type) => type.taskType)).toContain('greet');
    expect(await client.taskTypes.get('greet')).toMatchObject({ taskType: 'greet', executorType: 'echo', enabled: true });
    expect(await client.workers.list()).toEqual([expect.objectContaining({ workerName: 'standalone', status: 'ONLINE' })]);
    await client.taskTypes.put('counted', { executorType: 'noop' });
    await client.tasks.create({ taskType: 'counted', delaySeconds: 3600 });
    expect((await client.stats.get({ taskType: 'counted' })).tasks).toMatchObject({ PENDING: 1, SUCCESS: 0 });
    await client.taskTypes.put('short-lived', { executorType: 'noop' });
    await client.taskTypes.delete('short-lived');
    expect((await client.taskTypes.list()).map((type) => type.taskType)).not.toContain('short-lived');
  });

  it('reads what its key may do: open on a server without keys', async () => {
    expect(await client.auth.get()).toEqual({ access: 'open' });
    expect(sent).toEqual(['GET /api/v1/auth']);
  });

  it('throws typed errors carrying the status, the message and the reason', async () => {
    const notFound = await client.tasks.get('no-such-task').catch((error: unknown) => error);
    expect(notFound).toBeInstanceOf(AsynctaskNotFoundError);
    expect(notFound).toMatchObject({ code: 'not-found', statusCode: 404, error: 'Not Found', message: 'task no-such-task not found' });
    await expect(client.taskTypes.get('no-such-type')).rejects.toBeInstanceOf(AsynctaskNotFoundError);

    const done = await client.tasks.wait((await client.tasks.create({ taskType: 'greet' })).taskId, { timeoutMs: 10_000, intervalMs: 20 });
    const conflict = await client.tasks.cancel(done.taskId).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(AsynctaskConflictError);
    expect(conflict).toMatchObject({ code: 'conflict', statusCode: 409, message: expect.stringContaining('cannot cancel while SUCCESS') });

    const invalid = await client.tasks.create({ taskType: 'greet', priority: 0, maxRetry: -1 }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(AsynctaskBadRequestError);
    expect(invalid).toMatchObject({ code: 'bad-request', statusCode: 400, error: 'Bad Request' });
    expect((invalid as AsynctaskBadRequestError).messages).toEqual(
      expect.arrayContaining([expect.stringContaining('priority'), expect.stringContaining('maxRetry')]),
    );
    await expect(client.tasks.create({ taskType: 'nope' })).rejects.toThrow('unknown task type nope');
  });

  it('rejects wait with AsynctaskWaitTimeoutError when the task does not end in time', async () => {
    const task = await client.tasks.create({ taskType: 'greet', delaySeconds: 3600 });
    const started = Date.now();
    const error = await client.tasks.wait(task.taskId, { timeoutMs: 200, intervalMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AsynctaskWaitTimeoutError);
    expect(error).toMatchObject({ code: 'wait-timeout', timeoutMs: 200, task: expect.objectContaining({ taskId: task.taskId, status: 'PENDING' }) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  it('stops waiting when the signal aborts', async () => {
    const task = await client.tasks.create({ taskType: 'greet', delaySeconds: 3600 });
    const controller = new AbortController();
    const waiting = client.tasks.wait(task.taskId, { timeoutMs: 60_000, intervalMs: 50, signal: controller.signal });
    controller.abort(new Error('no longer needed'));
    await expect(waiting).rejects.toThrow('no longer needed');
  });

  it('throws AsynctaskConnectionError when nothing answers', async () => {
    const port = await freePort();
    const unreachable = createClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await unreachable.stats.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AsynctaskConnectionError);
    expect(error).toMatchObject({ code: 'connection-failed', url: `http://127.0.0.1:${port}/api/v1/stats`, message: expect.stringContaining('ECONNREFUSED') });
  });
});
