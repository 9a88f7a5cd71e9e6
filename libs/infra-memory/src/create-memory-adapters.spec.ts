import { FixedClock, T0, aTaskLog, aTaskProps, at } from '@asynctask/testing';
import { createMemoryAdapters } from './create-memory-adapters';

describe('createMemoryAdapters', () => {
  it('fences the dispatch queue by its own election', async () => {
    const clock = new FixedClock(T0);
    const adapters = createMemoryAdapters(clock);
    const token = (await adapters.election.tryAcquire('scheduler', 1000))?.fencingToken ?? -1;
    await adapters.queue.enqueue([{ taskId: 'a', priority: 5, runAt: T0 }, { taskId: 'b', priority: 5, runAt: T0 }], clock.now());
    expect(await adapters.queue.moveToWorkers([{ taskId: 'a', workerId: 'w1' }], token)).toEqual(['a']);
    clock.set(at(1000)); // the lease lapses on the adapters' clock
    expect(await adapters.queue.moveToWorkers([{ taskId: 'b', workerId: 'w1' }], token)).toEqual([]);
  });

  it('lets the log repository read what the task repository wrote', async () => {
    const adapters = createMemoryAdapters(new FixedClock(T0));
    const task = aTaskProps();
    const log = aTaskLog(task);
    await adapters.tasks.insert([task], [log]);
    expect(await adapters.logs.listByTask(task.taskId)).toEqual([log]);
  });
});
