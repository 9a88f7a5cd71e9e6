import { IllegalTransitionError, TaskNotFoundError } from '@asynctask/domain';
import { useCaseHarness } from '../../testing/use-case-harness';

describe('CancelTaskService', () => {
  let h: ReturnType<typeof useCaseHarness>;

  beforeEach(async () => {
    h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
  });

  it('cancels a pending task and takes it off the queue', async () => {
    const { task } = await h.tasks.create({ taskType: 'echo' });
    const cancelled = await h.tasks.cancel(task.taskId);
    expect(cancelled.status).toBe('CANCELLED');
    expect(await h.ports.queue.peek(10)).toEqual([]);
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED', 'CANCELLED']);
    await expect(h.tasks.cancel(task.taskId)).rejects.toBeInstanceOf(IllegalTransitionError);
  });

  it('answers an unknown id with TaskNotFoundError', async () => {
    await expect(h.tasks.cancel('nope')).rejects.toBeInstanceOf(TaskNotFoundError);
  });
});
