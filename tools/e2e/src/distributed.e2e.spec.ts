import { CreateTaskInput, PutTaskConfigInput, TERMINAL_TASK_STATUSES, Task, TaskStatus } from '@asynctask/client';
import { describeBadInputContract } from '@asynctask/testing';
import { Cluster } from './support/cluster';
import { waitFor } from '@asynctask/testing/local-servers';

describe('the distributed shape: gateway, two schedulers, two workers over Redis and MariaDB', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.start({ schedulers: 2, workers: 2, workerCapacity: 8 });
    const configs: Record<string, PutTaskConfigInput> = {
      echo: { executorType: 'echo', retryDelay: 0 },
      flaky: { executorType: 'fail', retryStrategy: 'exponential', retryDelay: 1, backoffRate: 2, defaultMaxRetry: 3 },
      broken: { executorType: 'fail', retryDelay: 0, defaultMaxRetry: 1 },
      slow: { executorType: 'sleep', defaultTimeout: 1, defaultMaxRetry: 0 },
      nap: { executorType: 'sleep', defaultTimeout: 120 },
      limited: { executorType: 'sleep', maxConcurrent: 2 },
      backlog: { executorType: 'sleep' },
    };
    for (const [taskType, config] of Object.entries(configs)) await cluster.api.taskTypes.put(taskType, config);
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);

  const task = (taskId: string) => cluster.api.tasks.get(taskId);
  const logTypes = async (taskId: string) => (await cluster.api.tasks.logs(taskId)).map((l) => l.logType);
  const until = (taskId: string, statuses: TaskStatus[], timeoutMs = 30_000) =>
    waitFor(`task ${taskId} to reach ${statuses}`, async () => {
      const t = await task(taskId);
      return statuses.includes(t.status) ? t : undefined;
    }, timeoutMs);
  const submit = async (body: CreateTaskInput) => (await cluster.api.tasks.create(body)).taskId;
  const at = (time: string | null) => Date.parse(time ?? '');

  it('lists both workers ONLINE with their capacity and executors', async () => {
    const workers = await cluster.api.workers.list();
    expect(workers).toHaveLength(2);
    for (const worker of workers) {
      expect(worker).toMatchObject({ status: 'ONLINE', capacity: 8, executorTypes: expect.arrayContaining(['echo', 'http', 'sleep']) });
    }
  });

  it('runs a batch of 400 echo tasks to SUCCESS with their results, spread over both workers', async () => {
    const tasks = Array.from({ length: 400 }, (_, n) => ({ taskType: 'echo', payload: { n } }));
    const ids: string[] = [];
    for (let i = 0; i < tasks.length; i += 100) {
      ids.push(...(await cluster.api.tasks.createBatch(tasks.slice(i, i + 100))).map((t) => t.taskId));
    }
    await waitFor('400 tasks to succeed', async () => {
      const stats = await cluster.api.stats.get({ taskType: 'echo' });
      return stats.tasks.SUCCESS >= 400 ? true : undefined;
    }, 60_000);
    const finished = await Promise.all(ids.map(task));
    expect(finished.every((t, n) => t.status === 'SUCCESS' && (t.result as { n: number }).n === n)).toBe(true);
    const perWorker = new Map<string | null, number>();
    for (const t of finished) perWorker.set(t.workerId, (perWorker.get(t.workerId) ?? 0) + 1);
    expect([...perWorker.keys()].sort()).toEqual(['e2e-worker-1', 'e2e-worker-2']);
    expect(Math.min(...perWorker.values())).toBeGreaterThan(50);
    expect(await logTypes(ids[0])).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  }, 90_000);

  it('retries with exponential backoff until the attempt that succeeds', async () => {
    const id = await submit({ taskType: 'flaky', payload: { succeedOnAttempt: 3 } });
    const done = await until(id, ['SUCCESS']);
    expect(done).toMatchObject({ retryCount: 2, attempt: 3, result: { attempt: 3 } });
    const logs = await cluster.api.tasks.logs(id);
    expect(logs.map((l) => l.logType)).toEqual([
      'CREATED', 'SCHEDULED', 'STARTED', 'RETRY', 'SCHEDULED', 'STARTED', 'RETRY', 'SCHEDULED', 'STARTED', 'SUCCEEDED',
    ]);
    const logAt = (i: number) => at(logs[i].createdAt);
    expect(logAt(4) - logAt(3)).toBeGreaterThanOrEqual(1000); // first retry waits 1 s
    expect(logAt(7) - logAt(6)).toBeGreaterThanOrEqual(2000); // the second 1 s × 2
  }, 40_000);

  it('ends FAILED once retries are used up, and runs again after a retry by hand', async () => {
    const id = await submit({ taskType: 'broken', payload: { message: 'always' } });
    expect(await until(id, ['FAILED'])).toMatchObject({ errorMessage: 'always', retryCount: 1, attempt: 2 });
    expect((await cluster.api.tasks.retry(id)).status).toBe('PENDING');
    expect(await until(id, ['FAILED'])).toMatchObject({ attempt: 4 });
    expect((await logTypes(id)).filter((t) => t === 'FAILED')).toHaveLength(2);
  }, 40_000);

  it('times out an attempt that runs too long', async () => {
    const id = await submit({ taskType: 'slow', payload: { ms: 60_000 } });
    expect(await until(id, ['TIMEOUT'])).toMatchObject({ errorMessage: 'timed out after 1s' });
  });

  it('cancels a RUNNING task on its worker', async () => {
    const id = await submit({ taskType: 'nap', payload: { ms: 60_000 } });
    await until(id, ['RUNNING']);
    expect((await cluster.api.tasks.cancel(id)).status).toBe('CANCELLED');
    // The worker frees the slot once its executor is aborted: nothing of that task stays in flight.
    await waitFor('the cancelled task to leave its worker', async () => {
      const workers = await cluster.api.workers.list();
      return workers.every((w) => w.currentLoad === 0) ? true : undefined;
    }, 10_000);
    expect(await logTypes(id)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'CANCELLED']);
  });

  it('answers a used idempotency key with the same task', async () => {
    // Raw requests: the statuses (201, then 200) are what this checks, and the typed client keeps them to itself.
    const first = await cluster.raw('POST', '/tasks', { taskType: 'echo', idempotencyKey: 'e2e-order-1' });
    const second = await cluster.raw('POST', '/tasks', { taskType: 'echo', idempotencyKey: 'e2e-order-1' });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.taskId).toBe(first.body.taskId);
  });

  it('holds a delayed task until its time', async () => {
    const id = await submit({ taskType: 'echo', delaySeconds: 2 });
    const done = await until(id, ['SUCCESS']);
    expect(at(done.startedAt) - at(done.createdAt)).toBeGreaterThanOrEqual(2000);
  });

  it('never runs more tasks of a type at once than its maxConcurrent', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => submit({ taskType: 'limited', payload: { ms: 300 } })));
    const done = await Promise.all(ids.map((id) => until(id, ['SUCCESS'])));
    const events = done.flatMap((t) => [
      { at: at(t.scheduledAt), delta: 1 },
      { at: at(t.completedAt), delta: -1 },
    ]);
    events.sort((a, b) => a.at - b.at || a.delta - b.delta);
    let running = 0;
    let most = 0;
    for (const e of events) most = Math.max(most, (running += e.delta));
    expect(most).toBe(2);
  }, 30_000);

  it('lets a priority 1 task overtake a backlog', async () => {
    const backlog = await cluster.api.tasks.createBatch(Array.from({ length: 60 }, () => ({ taskType: 'backlog', priority: 9, payload: { ms: 150 } })));
    const urgent = await submit({ taskType: 'backlog', priority: 1, payload: { ms: 1 } });
    const done = await until(urgent, ['SUCCESS']);
    const backlogDone: Task[] = await Promise.all(backlog.map((t) => until(t.taskId, ['SUCCESS'], 60_000)));
    const startedAfterUrgent = backlogDone.filter((t) => at(t.startedAt) > at(done.startedAt));
    expect(startedAfterUrgent.length).toBeGreaterThan(20);
  }, 90_000);

  it('ends every task it was given in exactly one terminal status', async () => {
    const stats = await cluster.api.stats.get();
    const unfinished = stats.tasks.PENDING + stats.tasks.SCHEDULED + stats.tasks.RUNNING;
    expect(unfinished).toBe(0);
    expect(TERMINAL_TASK_STATUSES.reduce((sum, s) => sum + stats.tasks[s], 0)).toBeGreaterThan(470);
  });

  describeBadInputContract('api-gateway', () => cluster.raw);
});
