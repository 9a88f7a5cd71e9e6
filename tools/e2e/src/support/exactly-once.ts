import { AsynctaskClient, CreateTaskInput, TERMINAL_TASK_STATUSES } from '@asynctask/client';
import { waitFor } from '@asynctask/testing/local-servers';

/** Waits until every task has ended, then checks each ended SUCCESS with exactly one SUCCEEDED log. */
export async function expectEverySucceededOnce(api: AsynctaskClient, taskIds: readonly string[], timeoutMs = 90_000): Promise<void> {
  const ended: readonly string[] = TERMINAL_TASK_STATUSES;
  await waitFor(`${taskIds.length} tasks to end`, async () => {
    const statuses = await Promise.all(taskIds.map(async (id) => (await api.tasks.get(id)).status));
    return statuses.every((s) => ended.includes(s)) ? true : undefined;
  }, timeoutMs, 250);
  for (const id of taskIds) {
    const task = await api.tasks.get(id);
    const logs = await api.tasks.logs(id);
    expect({ id, status: task.status, succeeded: logs.filter((l) => l.logType === 'SUCCEEDED').length }).toEqual({ id, status: 'SUCCESS', succeeded: 1 });
  }
}

/** Submits `count` tasks in batches of 100; returns their ids. */
export async function submitMany(api: AsynctaskClient, count: number, task: CreateTaskInput): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 100) {
    const created = await api.tasks.createBatch(Array.from({ length: Math.min(100, count - i) }, () => task));
    ids.push(...created.map((t) => t.taskId));
  }
  return ids;
}
