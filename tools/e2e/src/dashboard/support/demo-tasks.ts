import { waitFor } from '@asynctask/testing/local-servers';
import { ApiClient } from '../../support/api-client';

/** Task types whose tasks end, or stay, in a known status. */
const TASK_TYPES: Record<string, object> = {
  'send-welcome-email': { executorType: 'echo', description: 'Echoes its payload back' },
  'charge-card': { executorType: 'fail', defaultMaxRetry: 0, description: 'Always fails' },
  'nightly-report': { executorType: 'sleep', defaultTimeout: 300, description: 'Sleeps for payload.ms' },
  'resize-image': { executorType: 'sleep', defaultTimeout: 1, defaultMaxRetry: 0, description: 'Times out after a second' },
};

/** The statuses the demo tasks settle in; SCHEDULED is passed through too quickly to hold one there. */
export const SETTLED_COUNTS = { PENDING: 2, SCHEDULED: 0, RUNNING: 1, SUCCESS: 3, FAILED: 2, TIMEOUT: 1, CANCELLED: 1 };

async function submit(api: ApiClient, taskType: string, payload: object, extra: object = {}): Promise<string> {
  const { status, body } = await api.post('/tasks', { taskType, payload, ...extra });
  if (status !== 201) throw new Error(`POST /tasks ${taskType}: ${status} ${JSON.stringify(body)}`);
  return body.taskId;
}

async function settle(api: ApiClient, taskId: string, expected: string): Promise<void> {
  await waitFor(`task ${taskId} ${expected}`, async () => ((await api.get(`/tasks/${taskId}`)).body.status === expected ? true : undefined), 20_000);
}

/** Creates tasks in every status but SCHEDULED and waits until each has settled (SETTLED_COUNTS). Returns a finished task's id. */
export async function createDemoTasks(api: ApiClient): Promise<string> {
  for (const [taskType, config] of Object.entries(TASK_TYPES)) {
    const { status } = await api.put(`/task-configs/${taskType}`, config);
    if (status !== 201 && status !== 200) throw new Error(`PUT /task-configs/${taskType}: ${status}`);
  }
  const succeeded = [];
  for (const to of ['ada@example.com', 'grace@example.com', 'linus@example.com']) succeeded.push(await submit(api, 'send-welcome-email', { to, template: 'welcome' }));
  const failed = [await submit(api, 'charge-card', { message: 'card declined', retryable: false }), await submit(api, 'charge-card', { message: 'insufficient funds', retryable: false })];
  const running = await submit(api, 'nightly-report', { ms: 600_000 });
  const cancelled = await submit(api, 'nightly-report', { ms: 600_000 });
  const timedOut = await submit(api, 'resize-image', { ms: 600_000 });
  for (const hours of [1, 2]) await submit(api, 'send-welcome-email', { to: `later-${hours}@example.com` }, { delaySeconds: hours * 3600 });

  for (const id of succeeded) await settle(api, id, 'SUCCESS');
  for (const id of failed) await settle(api, id, 'FAILED');
  await settle(api, cancelled, 'RUNNING');
  await api.post(`/tasks/${cancelled}/cancel`);
  await settle(api, cancelled, 'CANCELLED');
  await settle(api, running, 'RUNNING');
  await settle(api, timedOut, 'TIMEOUT');
  return succeeded[0];
}
