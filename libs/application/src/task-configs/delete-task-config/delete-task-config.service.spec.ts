import { TaskConfigInUseError, TaskConfigNotFoundError } from '@asynctask/domain';
import { useCaseHarness } from '../../testing/use-case-harness';

describe('DeleteTaskConfigService', () => {
  it('refuses while tasks of the type are unfinished, and removes it once they ended', async () => {
    const h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
    const { task } = await h.tasks.create({ taskType: 'echo' });
    await expect(h.configs.remove('echo')).rejects.toBeInstanceOf(TaskConfigInUseError);
    await h.tasks.cancel(task.taskId);
    await h.configs.remove('echo');
    await expect(h.configs.get('echo')).rejects.toBeInstanceOf(TaskConfigNotFoundError);
  });

  it('answers an unknown type with TaskConfigNotFoundError', async () => {
    await expect(useCaseHarness().configs.remove('nope')).rejects.toBeInstanceOf(TaskConfigNotFoundError);
  });
});
