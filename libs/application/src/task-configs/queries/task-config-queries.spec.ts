import { TaskConfigNotFoundError } from '@asynctask/domain';
import { useCaseHarness } from '../../testing/use-case-harness';

describe('task config queries', () => {
  it('lists task types by name and finds one', async () => {
    const h = useCaseHarness();
    await h.defineType({ taskType: 'zeta', executorType: 'echo' });
    await h.defineType({ taskType: 'alpha', executorType: 'noop' });
    expect((await h.configs.list()).map((c) => c.taskType)).toEqual(['alpha', 'zeta']);
    expect(await h.configs.get('zeta')).toMatchObject({ taskType: 'zeta', executorType: 'echo' });
    await expect(h.configs.get('nope')).rejects.toBeInstanceOf(TaskConfigNotFoundError);
  });
});
