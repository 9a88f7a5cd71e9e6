import { createExecutorRegistry, defineExecutor } from '@asynctask/infra-executors';
import { DEFAULT_CATALOG_SETTINGS } from '../task-configs/catalog/task-config-catalog';
import { useCaseHarness } from '../testing/use-case-harness';

describe('WorkerService', () => {
  let h: ReturnType<typeof useCaseHarness>;

  beforeEach(async () => {
    h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
  });

  it('runs a task to SUCCESS with its result and the whole lifecycle in the log', async () => {
    const worker = await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo', payload: { hello: 'world' } });
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({
      status: 'SUCCESS',
      result: { hello: 'world' },
      workerId: worker.id,
      attempt: 1,
    });
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
    expect(await h.ports.queue.sizes()).toEqual({ ready: 0, delayed: 0, dispatched: 0, inFlight: 0 });
  });

  it('retries with exponential backoff until the attempt that succeeds', async () => {
    await h.defineType({ taskType: 'flaky', executorType: 'fail', retryStrategy: 'exponential', retryDelay: 5, backoffRate: 2 });
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'flaky', payload: { succeedOnAttempt: 3 } });

    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', retryCount: 1 });
    h.clock.advance(4999);
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', retryCount: 1, attempt: 1 });
    h.clock.advance(1);
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', retryCount: 2, attempt: 2 });
    h.clock.advance(9999); // the second retry waits 5 × 2 s
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('PENDING');
    h.clock.advance(1);
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', attempt: 3, result: { attempt: 3 } });
    expect(await h.logTypes(task.taskId)).toEqual([
      'CREATED', 'SCHEDULED', 'STARTED', 'RETRY', 'SCHEDULED', 'STARTED', 'RETRY', 'SCHEDULED', 'STARTED', 'SUCCEEDED',
    ]);
  });

  it('ends FAILED with the error once retries are used up, and runs again after a retry by hand', async () => {
    await h.defineType({ taskType: 'broken', executorType: 'fail', defaultMaxRetry: 2 });
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'broken', payload: { message: 'boom' } });
    for (let i = 0; i < 3; i++) await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'FAILED', retryCount: 2, attempt: 3, errorMessage: 'boom' });

    await h.tasks.retry(task.taskId);
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', retryCount: 1, attempt: 4 });
  });

  it('fails at once, without retrying, on a non-retryable error', async () => {
    await h.defineType({ taskType: 'rejected', executorType: 'fail', defaultMaxRetry: 5 });
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'rejected', payload: { retryable: false, message: 'bad input' } });
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'FAILED', retryCount: 0, errorMessage: 'bad input' });
  });

  it('aborts an attempt at its timeout and records TIMEOUT', async () => {
    await h.defineType({ taskType: 'slow', executorType: 'sleep', defaultTimeout: 1, defaultMaxRetry: 0 });
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'slow', payload: { ms: 60_000 } });
    await h.cycle(); // returns once the worker's 1 s timeout has aborted the sleep
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'TIMEOUT', errorMessage: 'timed out after 1s' });
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'TIMEOUT']);
  });

  it('aborts a RUNNING task that is cancelled and keeps it CANCELLED', async () => {
    let aborted: unknown = null;
    const blocking = defineExecutor('blocking', ({ signal }) => new Promise((_, reject) => {
      signal.addEventListener('abort', () => {
        aborted = signal.reason;
        reject(signal.reason);
      });
    }));
    await h.defineType({ taskType: 'block', executorType: 'blocking' });
    const worker = await h.addWorker({}, createExecutorRegistry([blocking]));
    const { task } = await h.tasks.create({ taskType: 'block' });
    await h.scheduler.runRound();
    await worker.pullOnce();
    while ((await h.status(task.taskId)) !== 'RUNNING') await new Promise((r) => setImmediate(r));

    await h.tasks.cancel(task.taskId);
    await worker.settle();
    expect(aborted).toBeInstanceOf(Error);
    expect(await h.status(task.taskId)).toBe('CANCELLED');
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'CANCELLED']);
    expect(worker.runningTaskIds).toEqual([]);
  });

  it('skips a task cancelled while it waited in the worker queue', async () => {
    const worker = await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    await h.scheduler.runRound();
    await h.tasks.cancel(task.taskId);
    await worker.pullOnce();
    await worker.settle();
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'CANCELLED']);
    expect((await h.ports.queue.sizes()).inFlight).toBe(0);
  });

  it('refuses a late outcome once the task was taken back from it', async () => {
    let finish: () => void = () => undefined;
    const held = defineExecutor('held', () => new Promise((resolve) => (finish = () => resolve({ late: true }))));
    await h.defineType({ taskType: 'hold', executorType: 'held' });
    const worker = await h.addWorker({}, createExecutorRegistry([held]));
    const { task } = await h.tasks.create({ taskType: 'hold' });
    await h.scheduler.runRound();
    await worker.pullOnce();
    while ((await h.status(task.taskId)) !== 'RUNNING') await new Promise((r) => setImmediate(r));

    h.clock.advance(60_000); // heartbeat lost: the scheduler takes the task back
    await h.scheduler.runMaintenance();
    expect(await h.status(task.taskId)).toBe('PENDING');
    finish();
    await worker.settle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', result: null });
    expect(await h.logTypes(task.taskId)).not.toContain('SUCCEEDED');
  });

  it('hands back queued tasks on stop without using a retry, and deregisters', async () => {
    const worker = await h.addWorker({ capacity: 5 });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await h.tasks.create({ taskType: 'echo' })).task.taskId);
    await h.scheduler.runRound();
    await worker.stop();
    for (const id of ids) {
      expect(await h.ports.tasks.findById(id)).toMatchObject({ status: 'PENDING', retryCount: 0, workerId: null });
    }
    expect(await h.ports.queue.peek(10)).toHaveLength(3);
    expect(await h.ports.registry.list()).toEqual([]);
    expect((await h.ports.workers.findById(worker.id))?.status).toBe('OFFLINE');
  });

  it('stores the starts, the outcomes and the acks of tasks taken together in one write each', async () => {
    await h.defineType({ taskType: 'echo', executorType: 'echo', maxConcurrent: 20 });
    await h.addWorker({ capacity: 20 });
    const tasks = (await h.tasks.createBatch(Array.from({ length: 20 }, (_, i) => ({ taskType: 'echo', payload: { i } })))).map((c) => c.task);
    await h.cycle();
    for (const task of tasks) expect(await h.status(task.taskId)).toBe('SUCCESS');
    // One for the scheduler's SCHEDULED, one for STARTED, one for SUCCEEDED.
    expect(h.faults.tasks.calls('applyChanges').map(({ args: [changes] }) => changes.length)).toEqual([20, 20, 20]);
    expect(h.faults.queue.calls('ack').map(({ args: [, taskIds] }) => taskIds.length)).toEqual([20]);
  });

  it("runs with a type's config changed by another process once the change event arrived, or the catalog's ttl passed", async () => {
    await h.addWorker();
    const runOnce = async () => {
      const { task } = await h.tasks.create({ taskType: 'echo', payload: { retryable: false } });
      await h.cycle();
      return h.status(task.taskId);
    };
    const changeInStoreOnly = async (executorType: string) => {
      await h.ports.configs.save({ ...(await h.ports.configs.findByType('echo'))!, executorType });
    };
    expect(await runOnce()).toBe('SUCCESS');

    await changeInStoreOnly('fail'); // another process stored it; its event has not come yet
    expect(await runOnce()).toBe('SUCCESS');
    await h.events.publish('task-config.changed', { taskType: 'echo' });
    expect(await runOnce()).toBe('FAILED');

    await changeInStoreOnly('echo'); // and this time its event is lost
    h.clock.advance(DEFAULT_CATALOG_SETTINGS.ttlMs - 1);
    expect(await runOnce()).toBe('FAILED');
    h.clock.advance(1);
    expect(await runOnce()).toBe('SUCCESS');
  });

  it('runs a task whose start was stored although the store\'s answer was lost, with one STARTED log', async () => {
    const worker = await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo', payload: { n: 1 } });
    await h.scheduler.runRound();
    h.faults.tasks.loseAnswerOfNext('applyChanges'); // the commit goes through, and its answer does not come back
    await worker.pullOnce();
    await worker.settle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', attempt: 1, result: { n: 1 } });
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  });

  it('starts normally on retry when the failed start never reached the store', async () => {
    const worker = await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo', payload: { n: 2 } });
    await h.scheduler.runRound();
    h.faults.tasks.failNext('applyChanges');
    await worker.pullOnce();
    await worker.settle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', attempt: 1 });
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  });
});
