import { ConfigurationError, StandaloneEnvironment, parseEnvironment } from '@asynctask/nest-runtime';
import { API, startStandalone } from './standalone-test-app';

describe('API keys', () => {
  let s: Awaited<ReturnType<typeof startStandalone>>;

  beforeAll(async () => {
    s = await startStandalone({ API_KEYS: 'first-key, second-key' });
  });
  afterAll(() => s.close());

  it('answers 401 without a key and with a wrong one', async () => {
    const missing = await s.http().get(`${API}/stats`);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ statusCode: 401, message: 'missing x-api-key header', error: 'Unauthorized' });
    const wrong = await s.http().post(`${API}/tasks`).set('x-api-key', 'first-key-not').send({ taskType: 'x' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('invalid API key');
  });

  it('accepts any of the configured keys', async () => {
    await s.http().get(`${API}/stats`).set('x-api-key', 'first-key').expect(200);
    await s.http().put(`${API}/task-configs/keyed`).set('x-api-key', 'second-key').send({ executorType: 'echo' }).expect(201);
  });

  it('keeps health, metrics and the API docs open', async () => {
    await s.http().get('/health/live').expect(200);
    await s.http().get('/health/ready').expect(200);
    await s.http().get('/metrics').expect(200);
    await s.http().get('/api/docs-json').expect(200);
  });
});

describe('read-only API keys (name:read)', () => {
  let s: Awaited<ReturnType<typeof startStandalone>>;
  let finishedTaskId: string;
  const full = { 'x-api-key': 'full-key' };
  const viewer = { 'x-api-key': 'viewer' };

  beforeAll(async () => {
    s = await startStandalone({ API_KEYS: 'full-key,viewer:read' });
    await s.http().put(`${API}/task-configs/viewed`).set(full).send({ executorType: 'echo' }).expect(201);
    const created = await s.http().post(`${API}/tasks`).set(full).send({ taskType: 'viewed' }).expect(201);
    finishedTaskId = created.body.taskId;
    // A finished task, so that retry and cancel below would each change something if allowed.
    await s.waitForTask(finishedTaskId, ['SUCCESS'], 10_000, full);
  });
  afterAll(() => s.close());

  it('lets a read key GET tasks, logs, task types, workers and stats', async () => {
    const list = await s.http().get(`${API}/tasks`).set(viewer).expect(200);
    expect(list.body.items.map((t: { taskId: string }) => t.taskId)).toContain(finishedTaskId);
    await s.http().get(`${API}/tasks/${finishedTaskId}`).set(viewer).expect(200);
    await s.http().get(`${API}/tasks/${finishedTaskId}/logs`).set(viewer).expect(200);
    await s.http().get(`${API}/task-configs`).set(viewer).expect(200);
    await s.http().get(`${API}/task-configs/viewed`).set(viewer).expect(200);
    await s.http().get(`${API}/workers`).set(viewer).expect(200);
    await s.http().get(`${API}/stats`).set(viewer).expect(200);
  });

  it('answers 403 to a read key on every POST, PUT and DELETE, and changes nothing', async () => {
    const before = await s.http().get(`${API}/stats`).set(full).expect(200);
    const refused = [
      await s.http().post(`${API}/tasks`).set(viewer).send({ taskType: 'viewed' }),
      await s.http().post(`${API}/tasks/batch`).set(viewer).send({ tasks: [{ taskType: 'viewed' }] }),
      await s.http().post(`${API}/tasks/${finishedTaskId}/retry`).set(viewer),
      await s.http().post(`${API}/tasks/${finishedTaskId}/cancel`).set(viewer),
      await s.http().put(`${API}/task-configs/viewed`).set(viewer).send({ executorType: 'noop' }),
      await s.http().put(`${API}/task-configs/fresh`).set(viewer).send({ executorType: 'noop' }),
      await s.http().delete(`${API}/task-configs/viewed`).set(viewer),
    ];
    for (const response of refused) {
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ statusCode: 403, message: expect.stringContaining('API key is read-only'), error: 'Forbidden' });
    }
    expect((await s.http().get(`${API}/stats`).set(full)).body).toEqual(before.body);
    expect((await s.http().get(`${API}/task-configs/viewed`).set(full)).body.executorType).toBe('echo');
    await s.http().get(`${API}/task-configs/fresh`).set(full).expect(404);
  });

  it('lets a full key do everything', async () => {
    await s.http().put(`${API}/task-configs/viewed`).set(full).send({ executorType: 'echo', defaultMaxRetry: 1 }).expect(200);
    const created = await s.http().post(`${API}/tasks`).set(full).send({ taskType: 'viewed', delaySeconds: 3600 }).expect(201);
    await s.http().post(`${API}/tasks/batch`).set(full).send({ tasks: [{ taskType: 'viewed', delaySeconds: 3600 }] }).expect(201);
    await s.http().post(`${API}/tasks/${created.body.taskId}/cancel`).set(full).expect(200);
    await s.http().post(`${API}/tasks/${created.body.taskId}/retry`).set(full).expect(200);
    await s.http().put(`${API}/task-configs/removable`).set(full).send({ executorType: 'noop' }).expect(201);
    await s.http().delete(`${API}/task-configs/removable`).set(full).expect(204);
  });

  it('answers 401 to a wrong key, and to the key written with its :read suffix', async () => {
    for (const key of ['wrong-key', 'viewer:read', 'full-key:read']) {
      const response = await s.http().get(`${API}/stats`).set('x-api-key', key);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ statusCode: 401, message: 'invalid API key', error: 'Unauthorized' });
    }
  });

  it('tells each key what it may do at GET /auth: read or write; 401 without a key', async () => {
    expect((await s.http().get(`${API}/auth`).set(viewer).expect(200)).body).toEqual({ access: 'read' });
    expect((await s.http().get(`${API}/auth`).set(full).expect(200)).body).toEqual({ access: 'write' });
    await s.http().get(`${API}/auth`).expect(401);
  });

  it('refuses at start an API_KEYS entry that is only :read', () => {
    expect(() => parseEnvironment(StandaloneEnvironment, { API_KEYS: 'full-key, :read' })).toThrow(ConfigurationError);
    expect(() => parseEnvironment(StandaloneEnvironment, { API_KEYS: 'full-key, :read' })).toThrow(/API_KEYS=.*name:read/);
  });
});
