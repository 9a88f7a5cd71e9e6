import { API, startStandalone } from './standalone-test-app';

describe('standalone HTTP API', () => {
  let s: Awaited<ReturnType<typeof startStandalone>>;

  beforeAll(async () => {
    s = await startStandalone({ WORKER_CAPACITY: '4' });
    await s.http().put(`${API}/task-configs/echo`).send({ executorType: 'echo', retryDelay: 0 }).expect(201);
  });
  afterAll(() => s.close());

  it('runs a submitted task to SUCCESS with its result and its log', async () => {
    const created = await s.http().post(`${API}/tasks`).send({ taskType: 'echo', payload: { n: 42 } }).expect(201);
    expect(created.body).toMatchObject({ taskType: 'echo', status: 'PENDING', priority: 5, payload: { n: 42 }, retryCount: 0 });
    const done = await s.waitForTask(created.body.taskId, ['SUCCESS']);
    expect(done).toMatchObject({ result: { n: 42 }, errorMessage: null });
    expect(done.completedAt).not.toBeNull();
    const logs = await s.http().get(`${API}/tasks/${created.body.taskId}/logs`).expect(200);
    expect(logs.body.items.map((l: { logType: string }) => l.logType)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  });

  it('creates, reads, lists, replaces and deletes task types', async () => {
    await s.http().put(`${API}/task-configs/mail`).send({ executorType: 'http', executorConfig: { url: 'http://127.0.0.1:9/x' } }).expect(201);
    const read = await s.http().get(`${API}/task-configs/mail`).expect(200);
    expect(read.body).toMatchObject({
      taskType: 'mail',
      taskName: 'mail',
      executorType: 'http',
      defaultTimeout: 30,
      defaultMaxRetry: 3,
      retryStrategy: 'fixed',
      retryDelay: 5,
      backoffRate: 2,
      maxConcurrent: 10,
      routeStrategy: 'least_tasks',
      enabled: true,
    });
    await s.http().put(`${API}/task-configs/mail`).send({ executorType: 'http', maxConcurrent: 3 }).expect(200);
    const list = await s.http().get(`${API}/task-configs`).expect(200);
    expect(list.body.items.map((c: { taskType: string }) => c.taskType)).toEqual(expect.arrayContaining(['echo', 'mail']));
    await s.http().delete(`${API}/task-configs/mail`).expect(204);
    await s.http().get(`${API}/task-configs/mail`).expect(404);
  });

  it('refuses to delete a task type that still has unfinished tasks', async () => {
    await s.http().put(`${API}/task-configs/later`).send({ executorType: 'echo' }).expect(201);
    await s.http().post(`${API}/tasks`).send({ taskType: 'later', delaySeconds: 3600 }).expect(201);
    await s.http().delete(`${API}/task-configs/later`).expect(409);
  });

  it('creates a batch and lists it newest first with a cursor', async () => {
    await s.http().put(`${API}/task-configs/paged`).send({ executorType: 'echo' }).expect(201);
    const batch = await s.http().post(`${API}/tasks/batch`).send({ tasks: [1, 2, 3].map((n) => ({ taskType: 'paged', payload: { n } })) }).expect(201);
    expect(batch.body.tasks).toHaveLength(3);
    const ids = batch.body.tasks.map((t: { taskId: string }) => t.taskId);
    const first = await s.http().get(`${API}/tasks`).query({ taskType: 'paged', limit: 2 }).expect(200);
    expect(first.body.items.map((t: { taskId: string }) => t.taskId)).toEqual([ids[2], ids[1]]);
    const second = await s.http().get(`${API}/tasks`).query({ taskType: 'paged', limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ taskId: ids[0] })], nextCursor: null });
  });

  it('answers a used idempotency key with the existing task and 200', async () => {
    const first = await s.http().post(`${API}/tasks`).send({ taskType: 'echo', idempotencyKey: 'order-7' }).expect(201);
    const again = await s.http().post(`${API}/tasks`).send({ taskType: 'echo', idempotencyKey: 'order-7' }).expect(200);
    expect(again.body.taskId).toBe(first.body.taskId);
  });

  it('cancels a RUNNING task and refuses to cancel it twice', async () => {
    await s.http().put(`${API}/task-configs/nap`).send({ executorType: 'sleep', defaultTimeout: 60 }).expect(201);
    const { body } = await s.http().post(`${API}/tasks`).send({ taskType: 'nap', payload: { ms: 60_000 } }).expect(201);
    await s.waitForTask(body.taskId, ['RUNNING']);
    const cancelled = await s.http().post(`${API}/tasks/${body.taskId}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    await s.http().post(`${API}/tasks/${body.taskId}/cancel`).expect(409);
    const logs = await s.http().get(`${API}/tasks/${body.taskId}/logs`).expect(200);
    expect(logs.body.items.map((l: { logType: string }) => l.logType)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'CANCELLED']);
  });

  it('ends a failing task FAILED and retries it by hand', async () => {
    await s.http().put(`${API}/task-configs/boom`).send({ executorType: 'fail', defaultMaxRetry: 1, retryDelay: 0 }).expect(201);
    const { body } = await s.http().post(`${API}/tasks`).send({ taskType: 'boom', payload: { message: 'nope' } }).expect(201);
    const failed = await s.waitForTask(body.taskId, ['FAILED']);
    expect(failed).toMatchObject({ errorMessage: 'nope', retryCount: 1 });
    await s.http().post(`${API}/tasks/${body.taskId}/retry`).expect(200);
    await s.waitForTask(body.taskId, ['FAILED']);
  });

  it('ends a task that runs too long TIMEOUT', async () => {
    await s.http().put(`${API}/task-configs/slow`).send({ executorType: 'sleep', defaultTimeout: 1, defaultMaxRetry: 0 }).expect(201);
    const { body } = await s.http().post(`${API}/tasks`).send({ taskType: 'slow', payload: { ms: 30_000 } }).expect(201);
    const timedOut = await s.waitForTask(body.taskId, ['TIMEOUT']);
    expect(timedOut.errorMessage).toBe('timed out after 1s');
  });

  it('shows the in-process worker and the stats', async () => {
    const workers = await s.http().get(`${API}/workers`).expect(200);
    expect(workers.body.items).toEqual([
      expect.objectContaining({ status: 'ONLINE', capacity: 4, executorTypes: expect.arrayContaining(['echo', 'http', 'noop', 'sleep', 'fail']) }),
    ]);
    const stats = await s.http().get(`${API}/stats`).expect(200);
    expect(Object.keys(stats.body.tasks).sort()).toEqual(['CANCELLED', 'FAILED', 'PENDING', 'RUNNING', 'SCHEDULED', 'SUCCESS', 'TIMEOUT']);
    expect(stats.body.tasks.SUCCESS).toBeGreaterThan(0);
    expect(stats.body.queues).toEqual(expect.objectContaining({ ready: expect.any(Number), delayed: expect.any(Number) }));
  });

  it('tells at GET /auth that a server without API keys is open to every request', async () => {
    expect((await s.http().get(`${API}/auth`).expect(200)).body).toEqual({ access: 'open' });
  });

  it('serves health and the OpenAPI document', async () => {
    await s.http().get('/health/live').expect(200);
    const ready = await s.http().get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
    const doc = await s.http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/tasks', '/api/v1/tasks/{taskId}/cancel', '/api/v1/task-configs/{taskType}']));
  });
});
