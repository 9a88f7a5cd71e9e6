import { AsynctaskClient, createClient } from '@asynctask/client';
import { AppProcess } from './support/app-process';
import { freePort } from '@asynctask/testing/local-servers';
import { waitFor } from '@asynctask/testing/local-servers';

describe('structured logs of a built app', () => {
  let app: AppProcess;
  let api: AsynctaskClient;
  let baseUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    app = new AppProcess('standalone', 'standalone', { PORT: String(port), LOG_FORMAT: 'json', LOG_LEVEL: 'log', WORKER_ID: 'logged-worker' });
    baseUrl = `http://127.0.0.1:${port}`;
    api = createClient({ baseUrl });
    await waitFor('the standalone', () => api.stats.get().then(() => true));
  });
  afterAll(() => app.stop());

  const lines = () =>
    app.output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes one JSON line per event; the line of a finished task carries its ids, not its payload', async () => {
    await api.taskTypes.put('logged', { executorType: 'echo' });
    const task = await api.tasks.create({ taskType: 'logged', payload: { password: 'hunter2-secret' } });
    await waitFor('the task line', async () => (lines().some((l) => l.msg === 'task SUCCESS' && l.taskId === task.taskId) ? true : undefined));
    expect(lines().find((l) => l.msg === 'task SUCCESS' && l.taskId === task.taskId)).toMatchObject({
      taskId: task.taskId,
      taskType: 'logged',
      workerId: 'logged-worker',
      level: 30,
    });
    expect(app.output.join('')).not.toContain('hunter2-secret');
  });

  it('gives each request an id, kept from x-request-id, and never logs the API key', async () => {
    const response = await fetch(`${baseUrl}/api/v1/stats`, { headers: { 'x-request-id': 'req-from-client', 'x-api-key': 'key-never-logged' } });
    expect(response.headers.get('x-request-id')).toBe('req-from-client');
    await waitFor('the request line', async () => (lines().some((l) => (l.req as { id?: string } | undefined)?.id === 'req-from-client') ? true : undefined));
    expect(app.output.join('')).not.toContain('key-never-logged');
  });
});
