/** Sends one request to the API under test; a string body goes out as it is, as JSON. */
export type HttpSend = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: string | object) => Promise<{ status: number; body: any }>;

interface BadRequestCase {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below /api/v1. */
  readonly path: string;
  readonly body?: string | object;
  readonly status: number;
  readonly message?: RegExp;
}

const big = 'x'.repeat(1024 * 1024 + 10);

/** Every kind of bad request a client can make, with the 4xx it must get. */
export const BAD_INPUT_CASES: readonly BadRequestCase[] = [
  { name: 'malformed JSON', method: 'POST', path: '/tasks', body: '{"taskType": "echo",', status: 400, message: /JSON/ },
  { name: 'JSON that is not an object', method: 'POST', path: '/tasks', body: '[1,2]', status: 400 },
  { name: 'missing taskType', method: 'POST', path: '/tasks', body: { payload: {} }, status: 400, message: /taskType/ },
  { name: 'taskType of the wrong type', method: 'POST', path: '/tasks', body: { taskType: 7 }, status: 400, message: /taskType/ },
  { name: 'payload that is not an object', method: 'POST', path: '/tasks', body: { taskType: 'echo', payload: 'hi' }, status: 400, message: /payload/ },
  { name: 'payload that is an array', method: 'POST', path: '/tasks', body: { taskType: 'echo', payload: [1] }, status: 400, message: /payload/ },
  { name: 'unknown field', method: 'POST', path: '/tasks', body: { taskType: 'echo', colour: 'red' }, status: 400, message: /colour/ },
  { name: 'unknown task type', method: 'POST', path: '/tasks', body: { taskType: 'nope' }, status: 400, message: /unknown task type nope/ },
  { name: 'disabled task type', method: 'POST', path: '/tasks', body: { taskType: 'off' }, status: 400, message: /disabled/ },
  { name: 'priority 0', method: 'POST', path: '/tasks', body: { taskType: 'echo', priority: 0 }, status: 400, message: /priority/ },
  { name: 'priority 11', method: 'POST', path: '/tasks', body: { taskType: 'echo', priority: 11 }, status: 400, message: /priority/ },
  { name: 'priority as a string', method: 'POST', path: '/tasks', body: { taskType: 'echo', priority: '1' }, status: 400, message: /priority/ },
  { name: 'fractional maxRetry', method: 'POST', path: '/tasks', body: { taskType: 'echo', maxRetry: 1.5 }, status: 400, message: /maxRetry/ },
  { name: 'negative maxRetry', method: 'POST', path: '/tasks', body: { taskType: 'echo', maxRetry: -1 }, status: 400, message: /maxRetry/ },
  { name: 'timeout 0', method: 'POST', path: '/tasks', body: { taskType: 'echo', timeout: 0 }, status: 400, message: /timeout/ },
  { name: 'negative delay', method: 'POST', path: '/tasks', body: { taskType: 'echo', delaySeconds: -5 }, status: 400, message: /delaySeconds/ },
  { name: 'empty idempotency key', method: 'POST', path: '/tasks', body: { taskType: 'echo', idempotencyKey: '' }, status: 400, message: /idempotencyKey/ },
  { name: 'body over the limit', method: 'POST', path: '/tasks', body: { taskType: 'echo', payload: { big } }, status: 413, message: /too large/ },
  { name: 'batch without tasks', method: 'POST', path: '/tasks/batch', body: {}, status: 400, message: /tasks/ },
  { name: 'empty batch', method: 'POST', path: '/tasks/batch', body: { tasks: [] }, status: 400, message: /tasks/ },
  { name: 'batch over 1000', method: 'POST', path: '/tasks/batch', body: { tasks: Array.from({ length: 1001 }, () => ({ taskType: 'echo' })) }, status: 400, message: /tasks/ },
  { name: 'batch with one bad item', method: 'POST', path: '/tasks/batch', body: { tasks: [{ taskType: 'echo' }, { taskType: 'echo', priority: 99 }] }, status: 400, message: /priority/ },
  { name: 'batch with one unknown type', method: 'POST', path: '/tasks/batch', body: { tasks: [{ taskType: 'echo' }, { taskType: 'nope' }] }, status: 400, message: /nope/ },
  { name: 'config without executorType', method: 'PUT', path: '/task-configs/new', body: {}, status: 400, message: /executorType/ },
  { name: 'config with a bad retry strategy', method: 'PUT', path: '/task-configs/new', body: { executorType: 'echo', retryStrategy: 'sometimes' }, status: 400, message: /retryStrategy/ },
  { name: 'config with a bad route strategy', method: 'PUT', path: '/task-configs/new', body: { executorType: 'echo', routeStrategy: 'random' }, status: 400, message: /routeStrategy/ },
  { name: 'config with maxConcurrent 0', method: 'PUT', path: '/task-configs/new', body: { executorType: 'echo', maxConcurrent: 0 }, status: 400, message: /maxConcurrent/ },
  { name: 'config with enabled as a string', method: 'PUT', path: '/task-configs/new', body: { executorType: 'echo', enabled: 'yes' }, status: 400, message: /enabled/ },
  { name: 'config with an unknown field', method: 'PUT', path: '/task-configs/new', body: { executorType: 'echo', shards: 3 }, status: 400, message: /shards/ },
  { name: 'config with a bad task type in the path', method: 'PUT', path: '/task-configs/bad%20type', body: { executorType: 'echo' }, status: 400, message: /taskType/ },
  { name: 'list with a bad status', method: 'GET', path: '/tasks?status=DONE', status: 400, message: /status/ },
  { name: 'list with limit 0', method: 'GET', path: '/tasks?limit=0', status: 400, message: /limit/ },
  { name: 'list with a non-numeric limit', method: 'GET', path: '/tasks?limit=ten', status: 400, message: /limit/ },
  { name: 'list with an unknown parameter', method: 'GET', path: '/tasks?sort=asc', status: 400, message: /sort/ },
  { name: 'unknown task id', method: 'GET', path: '/tasks/does-not-exist', status: 404, message: /not found/ },
  { name: 'logs of an unknown task', method: 'GET', path: '/tasks/does-not-exist/logs', status: 404 },
  { name: 'cancel of an unknown task', method: 'POST', path: '/tasks/does-not-exist/cancel', status: 404 },
  { name: 'retry of an unknown task', method: 'POST', path: '/tasks/does-not-exist/retry', status: 404 },
  { name: 'unknown task type', method: 'GET', path: '/task-configs/nope', status: 404 },
  { name: 'delete of an unknown task type', method: 'DELETE', path: '/task-configs/nope', status: 404 },
];

/**
 * The bad-input table against a running API: each request gets its 4xx in NestJS's error shape
 * and leaves nothing half-written (task counts, queues, task types and a finished task unchanged).
 */
export function describeBadInputContract(apiName: string, api: () => HttpSend): void {
  describe(`bad input gets a clear 4xx and writes nothing: ${apiName}`, () => {
    let send: HttpSend;
    let doneTaskId: string;
    let pendingTaskId: string;

    beforeAll(async () => {
      send = api();
      await send('PUT', '/task-configs/echo', { executorType: 'echo' });
      await send('PUT', '/task-configs/off', { executorType: 'echo', enabled: false });
      doneTaskId = (await send('POST', '/tasks', { taskType: 'echo' })).body.taskId;
      for (let i = 0; i < 500 && (await send('GET', `/tasks/${doneTaskId}`)).body.status !== 'SUCCESS'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      pendingTaskId = (await send('POST', '/tasks', { taskType: 'echo', delaySeconds: 3600 })).body.taskId;
    }, 30_000);

    /** Everything a bad request could have half-written. */
    const snapshot = async () => ({
      stats: (await send('GET', '/stats')).body,
      configs: (await send('GET', '/task-configs')).body,
      done: (await send('GET', `/tasks/${doneTaskId}`)).body,
    });

    it.each(BAD_INPUT_CASES)('$name → $status', async ({ method, path, body, status, message }) => {
      const before = await snapshot();
      const response = await send(method, path, body);
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ statusCode: status, error: expect.any(String) });
      if (message) expect(JSON.stringify(response.body.message)).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });

    it('conflicting state changes get 409 and change nothing', async () => {
      expect((await send('GET', `/tasks/${doneTaskId}`)).body.status).toBe('SUCCESS');
      const before = await snapshot();
      const cancelDone = await send('POST', `/tasks/${doneTaskId}/cancel`);
      expect(cancelDone.status).toBe(409);
      expect(cancelDone.body.message).toMatch(/cannot cancel while SUCCESS/);
      expect((await send('POST', `/tasks/${pendingTaskId}/retry`)).status).toBe(409);
      expect(await snapshot()).toEqual(before);
    });
  });
}
