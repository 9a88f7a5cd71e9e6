import { createExecutorRegistry, defineExecutor } from '@asynctask/infra-executors';
import { DEFAULT_SCHEDULER_SETTINGS } from '../scheduler/scheduler-settings';
import { silentLogger } from '../shared/ports';
import { useCaseHarness } from '../testing/use-case-harness';
import { DEFAULT_WORKER_SETTINGS } from '../worker/worker-settings';

const settled = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Each Redis step that follows a stored change, made to fail once: the caller is not failed, the
 * step is warned about once and counted, and the scheduler's repair passes bring Redis back in step.
 */
describe('dispatch follow-ups when Redis fails', () => {
  let h: ReturnType<typeof useCaseHarness>;
  let warnings: string[];
  let failed: jest.SpyInstance;

  beforeEach(async () => {
    warnings = [];
    h = useCaseHarness({ logger: { ...silentLogger, warn: (message) => warnings.push(message) } });
    failed = jest.spyOn(h.ports.metrics, 'dispatchFollowUpFailed');
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
    await h.scheduler.runMaintenance(); // the state marker is built: later passes are the light ones
  });

  const expectReported = (step: string, count: number) => {
    expect(warnings.filter((w) => w.startsWith('dispatch follow-up'))).toEqual([expect.stringContaining(`${step} failed for ${count} tasks`)]);
    expect(failed.mock.calls).toEqual([[step, count]]);
  };
  const afterLightPass = async () => {
    h.clock.advance(Math.max(DEFAULT_SCHEDULER_SETTINGS.reconcileEveryMs, DEFAULT_SCHEDULER_SETTINGS.reconcileGraceMs) + 1);
    return (await h.scheduler.runMaintenance()).reconciled;
  };

  it('enqueue after a create: the task is accepted, and the reconciler queues it', async () => {
    await h.addWorker();
    h.faults.queue.failNext('enqueue');
    const { task, created } = await h.tasks.create({ taskType: 'echo' });
    expect(created).toBe(true);
    expect(await h.ports.queue.queued([task.taskId])).toEqual([false]);
    expectReported('enqueue', 1);

    expect((await afterLightPass())?.enqueued).toBe(1);
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('SUCCESS');
  });

  it('enqueue after a retry by hand: the task is PENDING, and the reconciler queues it', async () => {
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    await h.tasks.cancel(task.taskId);
    h.faults.queue.failNext('enqueue');
    expect((await h.tasks.retry(task.taskId)).status).toBe('PENDING');
    expectReported('enqueue', 1);

    expect((await afterLightPass())?.enqueued).toBe(1);
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('SUCCESS');
  });

  it('remove after a cancel: the task is CANCELLED, and the next dispatch round drops it from the queue', async () => {
    const { task } = await h.tasks.create({ taskType: 'echo' });
    h.faults.queue.failNext('remove');
    expect((await h.tasks.cancel(task.taskId)).status).toBe('CANCELLED');
    expect(await h.ports.queue.peek(10)).toEqual([task.taskId]);
    expectReported('remove', 1);

    await h.addWorker();
    await h.cycle();
    expect(await h.ports.queue.peek(10)).toEqual([]);
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'CANCELLED']);
  });

  it('move to workers after SCHEDULED: the next round moves the task to the same worker', async () => {
    const worker = await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    h.faults.queue.failNext('moveToWorkers');
    expect((await h.scheduler.runRound()).dispatched).toBe(0);
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SCHEDULED', workerId: worker.id });
    expectReported('move_to_workers', 1);

    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', workerId: worker.id });
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  });

  it('ack after an outcome: the lease lapses and the recoverer drops it, the task staying SUCCESS', async () => {
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    h.faults.queue.failNext('ack');
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('SUCCESS');
    expect((await h.ports.queue.sizes()).inFlight).toBe(1);
    expectReported('ack', 1);

    h.clock.advance(DEFAULT_WORKER_SETTINGS.leaseMs + 1);
    await h.scheduler.runMaintenance();
    expect((await h.ports.queue.sizes()).inFlight).toBe(0);
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  });

  it('release of a draining worker\'s queue: nothing is handed back, and the recoverer takes the tasks back', async () => {
    const leaving = await h.addWorker({ capacity: 5 });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await h.tasks.create({ taskType: 'echo' })).task.taskId);
    await h.scheduler.runRound();
    h.faults.queue.failNext('releaseWorkerQueue');
    await leaving.stop();
    h.kill(leaving);
    for (const id of ids) expect(await h.ports.tasks.findById(id)).toMatchObject({ status: 'SCHEDULED', workerId: leaving.id });
    expect(warnings.filter((w) => w.startsWith('dispatch follow-up'))).toEqual([expect.stringContaining(`release_worker_queue failed for the queue of worker ${leaving.id}`)]);
    expect(failed.mock.calls).toEqual([['release_worker_queue', 1]]);

    await h.addWorker();
    expect((await h.scheduler.runMaintenance()).recovered).toBe(3);
    await h.cycle();
    for (const id of ids) expect(await h.ports.tasks.findById(id)).toMatchObject({ status: 'SUCCESS', retryCount: 0 });
    expect((await h.ports.queue.sizes()).dispatched).toBe(0);
  });

  it('announce_ended after an outcome: the task stays SUCCESS and its lease is still dropped', async () => {
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    h.faults.events.failNext('publish');
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('SUCCESS');
    expectReported('announce_ended', 1);
    expect((await h.ports.queue.sizes()).inFlight).toBe(0);
  });

  it('abort after a cancel of a running task: the worker\'s next heartbeat finds it cancelled and aborts it', async () => {
    let aborted: unknown = null;
    const blocking = defineExecutor('blocking', ({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject((aborted = signal.reason)))));
    await h.defineType({ taskType: 'block', executorType: 'blocking' });
    const worker = await h.addWorker({}, createExecutorRegistry([blocking]));
    const { task } = await h.tasks.create({ taskType: 'block' });
    await h.scheduler.runRound();
    await worker.pullOnce();
    while ((await h.status(task.taskId)) !== 'RUNNING') await settled();
    h.faults.events.failNext('publish');
    expect((await h.tasks.cancel(task.taskId)).status).toBe('CANCELLED');
    await settled();
    expect(worker.runningTaskIds).toEqual([task.taskId]);
    expectReported('abort', 1);

    await worker.heartbeatOnce();
    await worker.settle();
    expect(aborted).toBeInstanceOf(Error);
    expect(worker.runningTaskIds).toEqual([]);
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'CANCELLED']);
    expect((await h.ports.queue.sizes()).inFlight).toBe(0);
  });
});
