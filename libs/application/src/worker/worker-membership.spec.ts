import { JsonValue } from '@asynctask/domain';
import { createExecutorRegistry, defineExecutor } from '@asynctask/infra-executors';
import { DEFAULT_SCHEDULER_SETTINGS } from '../scheduler/scheduler-settings';
import { useCaseHarness } from '../testing/use-case-harness';

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('WorkerMembership', () => {
  it('brings back a worker declared dead while it was frozen: it registers ONLINE, drops the attempt taken from it and takes work again', async () => {
    const h = useCaseHarness();
    let finishFrozen: (value: JsonValue) => void = () => undefined;
    const frozenHold = defineExecutor('hold', () => new Promise((resolve) => (finishFrozen = resolve)));
    const quickHold = defineExecutor('hold', async () => ({ by: 'worker-2' }));
    const onlyOnFirst = defineExecutor('first-only', async () => ({ by: 'worker-1' }));
    await h.defineType({ taskType: 'hold', executorType: 'hold' });
    await h.defineType({ taskType: 'mark', executorType: 'first-only' });
    const zombie = await h.addWorker({ capacity: 1 }, createExecutorRegistry([frozenHold, onlyOnFirst]));
    const { task } = await h.tasks.create({ taskType: 'hold' });
    await h.scheduler.runRound();
    await zombie.pullOnce();
    while ((await h.status(task.taskId)) !== 'RUNNING') await settled();

    // Frozen past the heartbeat TTL: the leader declares it dead and runs its task elsewhere.
    h.kill(zombie);
    h.clock.advance(DEFAULT_SCHEDULER_SETTINGS.heartbeatTtlMs + 1);
    const other = await h.addWorker({}, createExecutorRegistry([quickHold]));
    expect((await h.scheduler.runMaintenance()).recovered).toBe(1);
    expect((await h.ports.registry.list()).find((w) => w.workerId === zombie.id)?.status).toBe('OFFLINE');
    await h.cycle();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', workerId: other.id, result: { by: 'worker-2' } });

    // Thawed: its first heartbeat finds it OFFLINE.
    await zombie.heartbeatOnce();
    expect((await h.ports.registry.list()).find((w) => w.workerId === zombie.id)).toMatchObject({ status: 'ONLINE', lastHeartbeat: h.clock.now() });
    await zombie.settle();
    expect(zombie.runningTaskIds).toEqual([]);
    finishFrozen({ by: 'worker-1, late' });
    await settled();
    expect(await h.ports.tasks.findById(task.taskId)).toMatchObject({ status: 'SUCCESS', result: { by: 'worker-2' } });
    expect((await h.logTypes(task.taskId)).filter((t) => t === 'SUCCEEDED')).toHaveLength(1);

    // ...and takes new work.
    const { task: next } = await h.tasks.create({ taskType: 'mark' });
    await h.scheduler.runRound();
    await zombie.pullOnce();
    await zombie.settle();
    expect(await h.ports.tasks.findById(next.taskId)).toMatchObject({ status: 'SUCCESS', workerId: zombie.id, result: { by: 'worker-1' } });
    expect((await h.ports.queue.sizes()).inFlight).toBe(0);
  });

  it('registers again when the registry lost it, keeping the attempts it still owns', async () => {
    const h = useCaseHarness();
    let finish: () => void = () => undefined;
    const held = defineExecutor('held', () => new Promise((resolve) => (finish = () => resolve({ done: true }))));
    await h.defineType({ taskType: 'hold', executorType: 'held' });
    const worker = await h.addWorker({}, createExecutorRegistry([held]));
    const { task } = await h.tasks.create({ taskType: 'hold' });
    await h.scheduler.runRound();
    await worker.pullOnce();
    while ((await h.status(task.taskId)) !== 'RUNNING') await settled();

    await h.ports.registry.remove(worker.id);
    await worker.heartbeatOnce();
    expect((await h.ports.registry.list()).map((w) => [w.workerId, w.status])).toEqual([[worker.id, 'ONLINE']]);
    expect(worker.runningTaskIds).toEqual([task.taskId]);
    finish();
    await worker.settle();
    expect(await h.status(task.taskId)).toBe('SUCCESS');
  });
});
