import { ClusterEventMap } from '@asynctask/domain';
import { useCaseHarness } from '../testing/use-case-harness';

describe('task.ended events', () => {
  it('tell every process once of each task that reached a terminal status, and of nothing else', async () => {
    const h = useCaseHarness();
    const ended: ClusterEventMap['task.ended'][] = [];
    h.events.subscribe('task.ended', (event) => ended.push(event));
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
    await h.defineType({ taskType: 'flaky', executorType: 'fail', defaultMaxRetry: 1 });
    await h.addWorker();
    const succeeding = (await h.tasks.create({ taskType: 'echo' })).task.taskId;
    const failing = (await h.tasks.create({ taskType: 'flaky', payload: { message: 'no' } })).task.taskId;
    const cancelled = (await h.tasks.create({ taskType: 'echo' })).task.taskId;
    await h.tasks.cancel(cancelled);

    await h.cycle(); // the flaky one fails its first attempt and will retry: not ended
    expect(ended).toEqual([
      { taskId: cancelled, status: 'CANCELLED' },
      { taskId: succeeding, status: 'SUCCESS' },
    ]);
    await h.cycle();
    expect(ended.slice(2)).toEqual([{ taskId: failing, status: 'FAILED' }]);
    expect(await h.logTypes(failing)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'RETRY', 'SCHEDULED', 'STARTED', 'FAILED']);
  });
});
