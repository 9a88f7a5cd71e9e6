import { JsonValue } from '@asynctask/domain';
import { createExecutorRegistry, defineExecutor } from '@asynctask/infra-executors';
import { DEFAULT_SCHEDULER_SETTINGS } from './scheduler-settings';
import { SchedulerService } from './scheduler.service';
import { silentLogger } from '../shared/ports';
import { useCaseHarness } from '../testing/use-case-harness';

describe('SchedulerService', () => {
  let h: ReturnType<typeof useCaseHarness>;

  beforeEach(async () => {
    h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
  });

  it('dispatches in priority order, FIFO within a priority', async () => {
    const order: JsonValue[] = [];
    const recorder = defineExecutor('recorder', async ({ payload }) => {
      order.push(payload.name);
      return null;
    });
    await h.defineType({ taskType: 'record', executorType: 'recorder' });
    await h.addWorker({ capacity: 1 }, createExecutorRegistry([recorder]));
    for (const [name, priority] of [['a', 5], ['b', 1], ['c', 5], ['d', 10], ['e', 1]] as const) {
      await h.tasks.create({ taskType: 'record', payload: { name }, priority });
    }
    for (let i = 0; i < 5; i++) await h.cycle();
    expect(order).toEqual(['b', 'e', 'a', 'c', 'd']);
  });

  it('holds a delayed task until it is due', async () => {
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo', delaySeconds: 30 });
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('PENDING');
    h.clock.advance(29_999);
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('PENDING');
    h.clock.advance(1);
    await h.cycle();
    expect(await h.status(task.taskId)).toBe('SUCCESS');
  });

  it('never has more than maxConcurrent tasks of a type scheduled or running', async () => {
    await h.defineType({ taskType: 'limited', executorType: 'echo', maxConcurrent: 2 });
    await h.addWorker({ capacity: 10 });
    for (let i = 0; i < 5; i++) await h.tasks.create({ taskType: 'limited' });
    await h.scheduler.runRound();
    const counts = await h.ports.tasks.countByStatus({ taskType: 'limited' });
    expect(counts.SCHEDULED).toBe(2);
    expect(counts.PENDING).toBe(3);
  });

  it('fills a worker up to its capacity and as many again waiting in its queue, spread with least_tasks', async () => {
    expect(DEFAULT_SCHEDULER_SETTINGS.dispatchAheadRatio).toBe(1);
    await h.defineType({ taskType: 'echo', executorType: 'echo', maxConcurrent: 100 });
    const first = await h.addWorker({ capacity: 3 });
    await h.addWorker({ capacity: 3 });
    for (let i = 0; i < 15; i++) await h.tasks.create({ taskType: 'echo' });
    await h.scheduler.runRound();
    const scheduled = (await h.tasks.list({ status: 'SCHEDULED' })).items;
    expect(scheduled).toHaveLength(12);
    expect(scheduled.filter((t) => t.workerId === 'worker-1')).toHaveLength(6);
    expect(scheduled.filter((t) => t.workerId === 'worker-2')).toHaveLength(6);
    // It still runs only its capacity at once.
    await first.pullOnce();
    expect(first.runningTaskIds).toHaveLength(3);
    await first.settle();
  });

  it('sends a task only to a worker that has its executor', async () => {
    await h.defineType({ taskType: 'mail', executorType: 'email' });
    await h.addWorker();
    const mailer = await h.addWorker({}, createExecutorRegistry([defineExecutor('email', async () => ({ sent: true }))]));
    const { task } = await h.tasks.create({ taskType: 'mail' });
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', workerId: mailer.id, result: { sent: true } });
  });

  it('lets only the leader dispatch', async () => {
    const standby = new SchedulerService(h.ports, { ...DEFAULT_SCHEDULER_SETTINGS, schedulerId: 'scheduler-2' }, h.dispatch, h.catalog, silentLogger);
    await h.addWorker();
    await h.tasks.create({ taskType: 'echo' });
    expect((await h.scheduler.runRound()).leader).toBe(true);
    expect(await standby.runRound()).toEqual({ leader: false, promoted: 0, dispatched: 0 });
    await h.scheduler.stop();
    expect((await standby.runRound()).leader).toBe(true);
  });

  it('requeues the tasks of a worker that stopped heartbeating, without using a retry', async () => {
    const lost = await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    await h.scheduler.runRound();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SCHEDULED', workerId: lost.id });

    h.kill(lost);
    h.clock.advance(DEFAULT_SCHEDULER_SETTINGS.heartbeatTtlMs + 1);
    const survivor = await h.addWorker();
    expect((await h.scheduler.runMaintenance()).recovered).toBe(1);
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', retryCount: 0, requeueCount: 1 });
    expect((await h.ports.registry.list()).find((w) => w.workerId === lost.id)?.status).toBe('OFFLINE');

    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', workerId: survivor.id });
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'REQUEUED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
  });

  it('times out a RUNNING task well past its deadline when its worker did not', async () => {
    await h.defineType({ taskType: 'slow', executorType: 'sleep', defaultTimeout: 5, defaultMaxRetry: 0 });
    const worker = await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'slow', payload: { ms: 60_000 } });
    await h.scheduler.runRound();
    await worker.pullOnce();
    await waitForStatus(h, task.taskId, 'RUNNING');

    h.clock.advance(5000 + DEFAULT_SCHEDULER_SETTINGS.timeoutGraceMs + 1);
    await worker.heartbeatOnce(); // alive, but its own timer has not fired (the clock is the test's)
    expect((await h.scheduler.runMaintenance()).timedOut).toBe(1);
    await worker.settle(); // the scheduler told the worker to abort
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'TIMEOUT', errorMessage: 'timed out after 5s' });
  });
});

/** Lets the worker's own steps run until the task reaches `status`. */
async function waitForStatus(h: ReturnType<typeof useCaseHarness>, taskId: string, status: string): Promise<void> {
  for (let i = 0; i < 1000 && (await h.status(taskId)) !== status; i++) await new Promise((r) => setImmediate(r));
  expect(await h.status(taskId)).toBe(status);
}

describe('SchedulerService leadership', () => {
  it('becomes leader once when its loops ask at the same time', async () => {
    const h = useCaseHarness();
    const reports = await Promise.all([h.scheduler.runRound(), h.scheduler.runMaintenance(), h.scheduler.runRound()]);
    expect(reports.map((r) => r.leader)).toEqual([true, true, true]);
    expect(h.scheduler.isLeader).toBe(true);
    expect(await h.ports.election.currentLeader()).toBe('scheduler-1');
  });
});
