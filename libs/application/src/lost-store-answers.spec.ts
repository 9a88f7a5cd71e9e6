import { IllegalTransitionError, StoreUnavailableError } from '@asynctask/domain';
import { DEFAULT_SCHEDULER_SETTINGS } from './scheduler/scheduler-settings';
import { silentLogger } from './shared/ports';
import { useCaseHarness } from './testing/use-case-harness';

const TERMINAL_LOGS = ['SUCCEEDED', 'FAILED', 'TIMEOUT', 'CANCELLED'];

/**
 * A write to MySQL that went through although its answer was lost (the connection dropped after
 * the commit): the caller sees an error for a change that is stored. Whatever it does next, every
 * task still ends in exactly one terminal status, with at most one SUCCEEDED log.
 */
describe('a store answer lost after the write', () => {
  let h: ReturnType<typeof useCaseHarness>;
  let warnings: string[];

  beforeEach(async () => {
    warnings = [];
    h = useCaseHarness({ logger: { ...silentLogger, warn: (message) => warnings.push(message) } });
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
    await h.scheduler.runMaintenance(); // the state marker is built: later passes are the light ones
  });

  const afterLightPass = async () => {
    h.clock.advance(Math.max(DEFAULT_SCHEDULER_SETTINGS.reconcileEveryMs, DEFAULT_SCHEDULER_SETTINGS.reconcileGraceMs) + 1);
    return (await h.scheduler.runMaintenance()).reconciled;
  };
  const storedIds = async () => (await h.tasks.list({})).items.map((t) => t.taskId);
  /** Every task stored ended in `status`, with one terminal log. */
  const expectEachEndedOnce = async (status: string) => {
    const ids = await storedIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const taskId of ids) {
      expect(await h.status(taskId)).toBe(status);
      expect((await h.logTypes(taskId)).filter((type) => TERMINAL_LOGS.includes(type))).toHaveLength(1);
    }
  };

  describe('of the gateway\'s insert of a new task', () => {
    it('the client gets an error, the task exists once, and a retry with the same key returns it', async () => {
      await h.addWorker();
      h.faults.tasks.loseAnswerOfNext('insert');
      const create = () => h.tasks.create({ taskType: 'echo', idempotencyKey: 'order-1', payload: { n: 1 } });
      await expect(create()).rejects.toBeInstanceOf(StoreUnavailableError);
      const [stored] = (await h.tasks.list({})).items;
      expect(await storedIds()).toEqual([stored.taskId]);
      expect(await create()).toEqual({ task: stored, created: false });
      expect(await storedIds()).toEqual([stored.taskId]);

      // The insert threw before the task was queued: the reconciler queues it.
      expect(await h.ports.queue.queued([stored.taskId])).toEqual([false]);
      expect((await afterLightPass())?.enqueued).toBe(1);
      await h.cycle();
      expect(await h.logTypes(stored.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
      await expectEachEndedOnce('SUCCESS');
    });

    it('without a key, sending it again creates a second task, as documented; each runs once', async () => {
      await h.addWorker();
      h.faults.tasks.loseAnswerOfNext('insert');
      await expect(h.tasks.create({ taskType: 'echo', payload: { n: 1 } })).rejects.toBeInstanceOf(StoreUnavailableError);
      const { task: second, created } = await h.tasks.create({ taskType: 'echo', payload: { n: 1 } });
      expect(created).toBe(true);
      const ids = await storedIds();
      expect(ids).toHaveLength(2);
      expect(ids).toContain(second.taskId);

      expect((await afterLightPass())?.enqueued).toBe(1);
      await h.cycle();
      await expectEachEndedOnce('SUCCESS');
    });
  });

  it('of the dispatcher\'s SCHEDULED batch: the round fails, and the next one moves the tasks to the worker picked', async () => {
    const worker = await h.addWorker({ capacity: 5 });
    for (let i = 0; i < 3; i++) await h.tasks.create({ taskType: 'echo', payload: { i } });
    const ids = await storedIds();
    h.faults.tasks.loseAnswerOfNext('applyChanges');
    await expect(h.scheduler.runRound()).rejects.toBeInstanceOf(StoreUnavailableError);
    for (const id of ids) expect(await h.ports.tasks.findById(id)).toMatchObject({ status: 'SCHEDULED', workerId: worker.id });
    expect((await h.ports.queue.sizes()).ready).toBe(3);

    await h.cycle();
    for (const id of ids) expect(await h.logTypes(id)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
    await expectEachEndedOnce('SUCCESS');
    expect(await h.ports.queue.sizes()).toEqual({ ready: 0, delayed: 0, dispatched: 0, inFlight: 0 });
  });

  describe('of the worker\'s outcome', () => {
    it('the worker recognises its own stored SUCCESS instead of reporting it refused', async () => {
      await h.addWorker();
      const { task } = await h.tasks.create({ taskType: 'echo', payload: { n: 1 } });
      h.faults.tasks.loseAnswerOfNext('applyChanges', { when: ({ args: [changes] }) => changes.some((c) => c.task.status === 'SUCCESS') });
      await h.cycle();
      expect(h.faults.tasks.calls('applyChanges').map((c) => c.outcome)).toContain('lost');
      expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', result: { n: 1 } });
      expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
      expect(warnings.filter((w) => w.startsWith('outcome refused'))).toEqual([]);
      expect((await h.ports.queue.sizes()).inFlight).toBe(0);
    });

    it('a stored retry is queued at once, not left for the reconciler', async () => {
      await h.defineType({ taskType: 'flaky', executorType: 'fail' });
      await h.addWorker();
      const { task } = await h.tasks.create({ taskType: 'flaky', payload: { succeedOnAttempt: 2 } });
      h.faults.tasks.loseAnswerOfNext('applyChanges', { when: ({ args: [changes] }) => changes.some((c) => c.task.status === 'PENDING') });
      await h.cycle();
      expect(h.faults.tasks.calls('applyChanges').map((c) => c.outcome)).toContain('lost');
      expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'PENDING', retryCount: 1 });
      expect(await h.ports.queue.queued([task.taskId])).toEqual([true]);
      expect(warnings.filter((w) => w.startsWith('outcome refused'))).toEqual([]);

      await h.cycle();
      expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'RETRY', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
      await expectEachEndedOnce('SUCCESS');
    });
  });

  describe('of a cancel', () => {
    it('of a PENDING task: the client gets an error, the task is CANCELLED, and no worker runs it', async () => {
      await h.addWorker();
      const { task } = await h.tasks.create({ taskType: 'echo' });
      h.faults.tasks.loseAnswerOfNext('applyChange');
      await expect(h.tasks.cancel(task.taskId)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(await h.status(task.taskId)).toBe('CANCELLED');
      // Sent again, the cancel finds the task already terminal (409).
      await expect(h.tasks.cancel(task.taskId)).rejects.toBeInstanceOf(IllegalTransitionError);

      expect(await h.ports.queue.peek(10)).toEqual([task.taskId]); // the follow-up never ran...
      await h.cycle(); // ...and the next round drops it
      expect(await h.ports.queue.sizes()).toEqual({ ready: 0, delayed: 0, dispatched: 0, inFlight: 0 });
      expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'CANCELLED']);
      await expectEachEndedOnce('CANCELLED');
    });

    it('of a RUNNING task whose outcome is on its way: the outcome is refused, the task stays CANCELLED', async () => {
      const worker = await h.addWorker();
      const { task } = await h.tasks.create({ taskType: 'echo', payload: { n: 1 } });
      const outcome = h.faults.tasks.holdNext('applyChanges', { when: ({ args: [changes] }) => changes.some((c) => c.task.status === 'SUCCESS') });
      await h.scheduler.runRound();
      await worker.pullOnce();
      await outcome.reached; // the attempt succeeded; its outcome waits on the way to the store

      h.faults.tasks.loseAnswerOfNext('applyChange');
      await expect(h.tasks.cancel(task.taskId)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(worker.runningTaskIds).toEqual([task.taskId]);
      outcome.release();
      await worker.settle();
      expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'CANCELLED', result: null });
      expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'CANCELLED']);
      expect(warnings.filter((w) => w.startsWith('outcome refused'))).toHaveLength(1);
      expect((await h.ports.queue.sizes()).inFlight).toBe(0);
      await expectEachEndedOnce('CANCELLED');
    });
  });
});
