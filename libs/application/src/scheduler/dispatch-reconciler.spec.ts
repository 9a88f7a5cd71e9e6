import { TaskConfig } from '@asynctask/domain';
import { createExecutorRegistry, defineExecutor } from '@asynctask/infra-executors';
import { DEFAULT_SCHEDULER_SETTINGS } from './scheduler-settings';
import { useCaseHarness } from '../testing/use-case-harness';

describe('DispatchReconciler, through the scheduler', () => {
  let h: ReturnType<typeof useCaseHarness>;

  beforeEach(async () => {
    h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
  });

  it('builds the state marker on its first pass over an empty store', async () => {
    const report = await h.scheduler.runMaintenance();
    expect(report.reconciled).toEqual({ rebuilt: true, enqueued: 0, requeued: 0, leasesRestored: 0 });
    expect(await h.ports.queue.hasStateMarker()).toBe(true);
    expect((await h.scheduler.runMaintenance()).reconciled?.rebuilt).toBe(false);
  });

  it('rebuilds queues and leases from the store after Redis lost its data, and every task still succeeds once', async () => {
    let finish: () => void = () => undefined;
    const held = defineExecutor('held', () => new Promise((resolve) => (finish = () => resolve({ done: true }))));
    await h.defineType({ taskType: 'hold', executorType: 'held' });
    const worker = await h.addWorker({ capacity: 1 }, createExecutorRegistry([held]));
    await h.scheduler.runMaintenance(); // marker set
    const running = (await h.tasks.create({ taskType: 'hold' })).task.taskId;
    await h.scheduler.runRound();
    await worker.pullOnce();
    while ((await h.status(running)) !== 'RUNNING') await new Promise((r) => setImmediate(r));
    const pending = (await h.tasks.create({ taskType: 'echo' })).task.taskId;

    h.loseDispatchState();
    await worker.heartbeatOnce(); // the worker notices first and registers again
    const report = await h.scheduler.runMaintenance();
    expect(report.reconciled).toEqual({ rebuilt: true, enqueued: 1, requeued: 0, leasesRestored: 1 });
    expect(report.recovered).toBe(0); // the running task is not taken from its live worker
    expect(await h.ports.queue.holds([{ taskId: running, workerId: worker.id }])).toEqual([true]);

    finish();
    await worker.settle();
    expect(await h.status(running)).toBe('SUCCESS');
    await h.cycle();
    expect(await h.status(pending)).toBe('SUCCESS');
    for (const id of [running, pending]) {
      expect((await h.logTypes(id)).filter((t) => t === 'SUCCEEDED')).toHaveLength(1);
    }
  });

  it('requeues a SCHEDULED task whose worker queue was lost', async () => {
    await h.addWorker();
    await h.scheduler.runMaintenance();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    await h.scheduler.runRound();
    expect(await h.status(task.taskId)).toBe('SCHEDULED');

    h.loseDispatchState();
    const report = await h.scheduler.runMaintenance();
    expect(report.reconciled).toMatchObject({ rebuilt: true, requeued: 1 });
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', retryCount: 0 });
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('SUCCESS');
  });

  it('queues a task stored in MySQL whose Redis step was lost, once it is older than the grace time', async () => {
    await h.addWorker();
    await h.scheduler.runMaintenance();
    // A gateway that crashed between its insert and its enqueue.
    const config = TaskConfig.restore((await h.ports.configs.findByType('echo'))!);
    const { task, log } = config.createTask({ taskId: h.ports.ids.next(), payload: {} }, { now: h.clock.now(), logId: h.ports.ids.next() });
    await h.ports.tasks.insert([task.toProps()], [log]);

    h.clock.advance(DEFAULT_SCHEDULER_SETTINGS.reconcileGraceMs - 1);
    expect((await h.scheduler.runMaintenance()).reconciled?.enqueued ?? 0).toBe(0);
    h.clock.advance(DEFAULT_SCHEDULER_SETTINGS.reconcileEveryMs);
    expect((await h.scheduler.runMaintenance()).reconciled?.enqueued).toBe(1);
    await h.cycle();
    expect(await h.status(task.id)).toBe('SUCCESS');
  });
});
