import { IllegalTransitionError } from '@asynctask/domain';
import { useCaseHarness } from '../../testing/use-case-harness';

describe('RetryTaskService', () => {
  let h: ReturnType<typeof useCaseHarness>;

  beforeEach(async () => {
    h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
  });

  it('retries by hand only a FAILED, TIMEOUT or CANCELLED task', async () => {
    const { task } = await h.tasks.create({ taskType: 'echo' });
    await expect(h.tasks.retry(task.taskId)).rejects.toBeInstanceOf(IllegalTransitionError);
    await h.tasks.cancel(task.taskId);
    const retried = await h.tasks.retry(task.taskId);
    expect(retried.status).toBe('PENDING');
    expect(await h.ports.queue.peek(10)).toEqual([task.taskId]);
  });
});
