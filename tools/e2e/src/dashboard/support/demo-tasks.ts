import { waitFor } from '@asynctask/testing/local-servers';
import { AsynctaskClient, PutTaskConfigInput } from '@asynctask/client';

/** Task types whose tasks end, or stay, in a known status. */
const TASK_TYPES: Record<string, PutTaskConfigInput> = {
  'send-welcome-email': { executorType: 'echo', description: 'Echoes its payload back' },
  'charge-card': { executorType: 'fail', defaultMaxRetry: 0, description: 'Always fails' },
  'nightly-report': { executorType: 'sleep', defaultTimeout: 300, description: 'Sleeps for payload.ms' },
  'resize-image': { executorType: 'sleep', defaultTimeout: 1, defaultMaxRetry: 0, description: 'Times out after a second' },
};

/** The statuses the demo tasks settle in; SCHEDULED is passed through too quickly to hold one there. */
export const SETTLED_COUNTS = { PENDING: 2, SCHEDULED: 0, RUNNING: 1, SUCCESS: 3, FAILED: 2, TIMEOUT: 1, CANCELLED: 1 };

async function submit(api: AsynctaskClient, taskType: string, payload: Record<string, unknown>, extra: { delaySeconds?: number } = {}): Promise<string> {
  return (await api.tasks.create({ taskType, payload, ...extra })).taskId;
}

async function settle(api: AsynctaskClient, taskId: string, expected: string): Promise<void> {
  await waitFor(`task ${taskId} ${expected}`, async () => ((await api.tasks.get(taskId)).status === expected ? true : undefined), 20_000);
}

/** Creates tasks in every status but SCHEDULED and waits until each has settled (SETTLED_COUNTS). Returns a finished task's id. */
export async function createDemoTasks(api: AsynctaskClient): Promise<string> {
  for (const [taskType, config] of Object.entries(TASK_TYPES)) {
    await api.taskTypes.put(taskType, config);
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
  await api.tasks.cancel(cancelled);
  await settle(api, cancelled, 'CANCELLED');
  await settle(api, running, 'RUNNING');
  await settle(api, timedOut, 'TIMEOUT');
  return succeeded[0];
}
