import { ApiClient } from './api-client';
import { waitFor } from '@asynctask/testing/local-servers';

/** Waits until every task has ended, then checks each ended SUCCESS with exactly one SUCCEEDED log. */
export async function expectEverySucceededOnce(api: ApiClient, taskIds: readonly string[], timeoutMs = 90_000): Promise<void> {
  await waitFor(`${taskIds.length} tasks to end`, async () => {
    const statuses = await Promise.all(taskIds.map(async (id) => (await api.get(`/tasks/${id}`)).body.status));
    return statuses.every((s) => ['SUCCESS', 'FAILED', 'TIMEOUT', 'CANCELLED'].includes(s)) ? true : undefined;
  }, timeoutMs, 250);
  for (const id of taskIds) {
    const task = (await api.get(`/tasks/${id}`)).body;
    const logs = (await api.get(`/tasks/${id}/logs`)).body.items as { logType: string }[];
    expect({ id, status: task.status, succeeded: logs.filter((l) => l.logType === 'SUCCEEDED').length }).toEqual({ id, status: 'SUCCESS', succeeded: 1 });
  }
}

/** Submits `count` tasks in batches of 100; returns their ids. */
export async function submitMany(api: ApiClient, count: number, task: object): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 100) {
    const response = await api.post('/tasks/batch', { tasks: Array.from({ length: Math.min(100, count - i) }, () => task) });
    expect(response.status).toBe(201);
    ids.push(...response.body.tasks.map((t: { taskId: string }) => t.taskId));
  }
  return ids;
}
