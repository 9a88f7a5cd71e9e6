import { API, startStandalone } from './standalone-test-app';

interface BadRequestCase {
  readonly name: string;
  readonly method: 'post' | 'put' | 'get' | 'delete';
  readonly path: string;
  /** A string is sent as it is, as JSON; an object is serialised. */
  readonly body?: string | object;
  readonly status: number;
  readonly message?: RegExp;
}

const big = 'x'.repeat(1024 * 1024 + 10);

describe('standalone HTTP API: bad input gets a clear 4xx and writes nothing', () => {
  let s: Awaited<ReturnType<typeof startStandalone>>;
  let doneTaskId: string;
  let pendingTaskId: string;

  beforeAll(async () => {
    s = await startStandalone();
    await s.http().put(`${API}/task-configs/echo`).send({ executorType: 'echo' }).expect(201);
    await s.http().put(`${API}/task-configs/off`).send({ executorType: 'echo', enabled: false }).expect(201);
    doneTaskId = (await s.http().post(`${API}/tasks`).send({ taskType: 'echo' }).expect(201)).body.taskId;
    await s.waitForTask(doneTaskId, ['SUCCESS']);
    pendingTaskId = (await s.http().post(`${API}/tasks`).send({ taskType: 'echo', delaySeconds: 3600 }).expect(201)).body.taskId;
  });
  afterAll(() => s.close());

  const cases: BadRequestCase[] = [
    { name: 'malformed JSON', method: 'post', path: '/tasks', body: '{"taskType": "echo",', status: 400, message: /JSON/ },
    { name: 'JSON that is not an object', method: 'post', path: '/tasks', body: '[1,2]', status: 400 },
    { name: 'missing taskType', method: 'post', path: '/tasks', body: { payload: {} }, status: 400, message: /taskType/ },
    { name: 'taskType of the wrong type', method: 'post', path: '/tasks', body: { taskType: 7 }, status: 400, message: /taskType/ },
    { name: 'payload that is not an object', method: 'post', path: '/tasks', body: { taskType: 'echo', payload: 'hi' }, status: 400, message: /payload/ },
    { name: 'payload that is an array', method: 'post', path: '/tasks', body: { taskType: 'echo', payload: [1] }, status: 400, message: /payload/ },
    { name: 'unknown field', method: 'post', path: '/tasks', body: { taskType: 'echo', colour: 'red' }, status: 400, message: /colour/ },
    { name: 'unknown task type', method: 'post', path: '/tasks', body: { taskType: 'nope' }, status: 400, message: /unknown task type nope/ },
    { name: 'disabled task type', method: 'post', path: '/tasks', body: { taskType: 'off' }, status: 400, message: /disabled/ },
    { name: 'priority 0', method: 'post', path: '/tasks', body: { taskType: 'echo', priority: 0 }, status: 400, message: /priority/ },
    { name: 'priority 11', method: 'post', path: '/tasks', body: { taskType: 'echo', priority: 11 }, status: 400, message: /priority/ },
    { name: 'priority as a string', method: 'post', path: '/tasks', body: { taskType: 'echo', priority: '1' }, status: 400, message: /priority/ },
    { name: 'fractional maxRetry', method: 'post', path: '/tasks', body: { taskType: 'echo', maxRetry: 1.5 }, status: 400, message: /maxRetry/ },
    { name: 'negative maxRetry', method: 'post', path: '/tasks', body: { taskType: 'echo', maxRetry: -1 }, status: 400, message: /maxRetry/ },
    { name: 'timeout 0', method: 'post', path: '/tasks', body: { taskType: 'echo', timeout: 0 }, status: 400, message: /timeout/ },
    { name: 'negative delay', method: 'post', path: '/tasks', body: { taskType: 'echo', delaySeconds: -5 }, status: 400, message: /delaySeconds/ },
    { name: 'empty idempotency key', method: 'post', path: '/tasks', body: { taskType: 'echo', idempotencyKey: '' }, status: 400, message: /idempotencyKey/ },
    { name: 'body over the limit', method: 'post', path: '/tasks', body: { taskType: 'echo', payload: { big } }, status: 413, message: /too large/ },
    { name: 'batch without tasks', method: 'post', path: '/tasks/batch', body: {}, status: 400, message: /tasks/ },
    { name: 'empty batch', method: 'post', path: '/tasks/batch', body: { tasks: [] }, status: 400, message: /tasks/ },
    { name: 'batch over 1000', method: 'post', path: '/tasks/batch', body: { tasks: Array.from({ length: 1001 }, () => ({ taskType: 'echo' })) }, status: 400, message: /tasks/ },
    { name: 'batch with one bad item', method: 'post', path: '/tasks/batch', body: { tasks: [{ taskType: 'echo' }, { taskType: 'echo', priority: 99 }] }, status: 400, message: /priority/ },
    { name: 'batch with one unknown type', method: 'post', path: '/tasks/batch', body: { tasks: [{ taskType: 'echo' }, { taskType: 'nope' }] }, status: 400, message: /nope/ },
    { name: 'config without executorType', method: 'put', path: '/task-configs/new', body: {}, status: 400, message: /executorType/ },
    { name: 'config with a bad retry strategy', method: 'put', path: '/task-configs/new', body: { executorType: 'echo', retryStrategy: 'sometimes' }, status: 400, message: /retryStrategy/ },
    { name: 'config with a bad route strategy', method: 'put', path: '/task-configs/new', body: { executorType: 'echo', routeStrategy: 'random' }, status: 400, message: /routeStrategy/ },
    { name: 'config with maxConcurrent 0', method: 'put', path: '/task-configs/new', body: { executorType: 'echo', maxConcurrent: 0 }, status: 400, message: /maxConcurrent/ },
    { name: 'config with enabled as a string', method: 'put', path: '/task-configs/new', body: { executorType: 'echo', enabled: 'yes' }, status: 400, message: /enabled/ },
    { name: 'config with an unknown field', method: 'put', path: '/task-configs/new', body: { executorType: 'echo', shards: 3 }, status: 400, message: /shards/ },
    { name: 'config with a bad task type in the path', method: 'put', path: '/task-configs/bad%20type', body: { executorType: 'echo' }, status: 400, message: /taskType/ },
    { name: 'list with a bad status', method: 'get', path: '/tasks?status=DONE', status: 400, message: /status/ },
    { name: 'list with limit 0', method: 'get', path: '/tasks?limit=0', status: 400, message: /limit/ },
    { name: 'list with a non-numeric limit', method: 'get', path: '/tasks?limit=ten', status: 400, message: /limit/ },
    { name: 'list with an unknown parameter', method: 'get', path: '/tasks?sort=asc', status: 400, message: /sort/ },
    { name: 'unknown task id', method: 'get', path: '/tasks/does-not-exist', status: 404, message: /not found/ },
    { name: 'logs of an unknown task', method: 'get', path: '/tasks/does-not-exist/logs', status: 404 },
    { name: 'cancel of an unknown task', method: 'post', path: '/tasks/does-not-exist/cancel', status: 404 },
    { name: 'retry of an unknown task', method: 'post', path: '/tasks/does-not-exist/retry', status: 404 },
    { name: 'unknown task type', method: 'get', path: '/task-configs/nope', status: 404 },
    { name: 'delete of an unknown task type', method: 'delete', path: '/task-configs/nope', status: 404 },
  ];

  it.each(cases)('$name → $status', async ({ method, path, body, status, message }) => {
    const before = await snapshot();
    let call = s.http()[method](`${API}${path}`);
    if (typeof body === 'string') call = call.set('content-type', 'application/json').send(body);
    else if (body !== undefined) call = call.send(body);
    const response = await call;
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: status, error: expect.any(String) });
    if (message) expect(JSON.stringify(response.body.message)).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('conflicting state changes get 409 and change nothing', async () => {
    const before = await snapshot();
    const cancelDone = await s.http().post(`${API}/tasks/${doneTaskId}/cancel`);
    expect(cancelDone.status).toBe(409);
    expect(cancelDone.body.message).toMatch(/cannot cancel while SUCCESS/);
    const retryPending = await s.http().post(`${API}/tasks/${pendingTaskId}/retry`);
    expect(retryPending.status).toBe(409);
    expect(await snapshot()).toEqual(before);
  });

  /** Everything a bad request could have half-written: tasks by status, queues and task types. */
  async function snapshot() {
    const stats = await s.http().get(`${API}/stats`).expect(200);
    const configs = await s.http().get(`${API}/task-configs`).expect(200);
    const done = await s.http().get(`${API}/tasks/${doneTaskId}`).expect(200);
    return { stats: stats.body, configs: configs.body, done: done.body };
  }
});
