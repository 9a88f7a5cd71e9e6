import { ApiClient } from './support/api-client';
import { AppProcess } from './support/app-process';
import { freePort } from '@asynctask/testing/local-servers';
import { waitFor } from '@asynctask/testing/local-servers';

describe('structured logs of a built app', () => {
  let app: AppProcess;
  let api: ApiClient;

  beforeAll(async () => {
    const port = await freePort();
    app = new AppProcess('standalone', 'standalone', { PORT: String(port), LOG_FORMAT: 'json', LOG_LEVEL: 'log', WORKER_ID: 'logged-worker' });
    api = new ApiClient(`http://127.0.0.1:${port}/api/v1`);
    await waitFor('the standalone', async () => ((await api.get('/stats').catch(() => null))?.status === 200 ? true : undefined));
  });
  afterAll(() => app.stop());

  const lines = () =>
    app.output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes one JSON line per event; the line of a finished task carries its ids, not its payload', async () => {
    await api.put('/task-configs/logged', { executorType: 'echo' });
    const { body } = await api.post('/tasks', { taskType: 'logged', payload: { password: 'hunter2-secret' } });
    await waitFor('the task line', async () => (lines().some((l) => l.msg === 'task SUCCESS' && l.taskId === body.taskId) ? true : undefined));
    expect(lines().find((l) => l.msg === 'task SUCCESS' && l.taskId === body.taskId)).toMatchObject({
      taskId: body.taskId,
      taskType: 'logged',
      workerId: 'logged-worker',
      level: 30,
    });
    expect(app.output.join('')).not.toContain('hunter2-secret');
  });

  it('gives each request an id, kept from x-request-id, and never logs the API key', async () => {
    const response = await fetch(`${api.baseUrl}/stats`, { headers: { 'x-request-id': 'req-from-client', 'x-api-key': 'key-never-logged' } });
    expect(response.headers.get('x-request-id')).toBe('req-from-client');
    await waitFor('the request line', async () => (lines().some((l) => (l.req as { id?: string } | undefined)?.id === 'req-from-client') ? true : undefined));
    expect(app.output.join('')).not.toContain('key-never-logged');
  });
});
