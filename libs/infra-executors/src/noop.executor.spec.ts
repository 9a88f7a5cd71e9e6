import { TaskExecutor } from '@asynctask/domain';
import { executionContext } from './execution-context.fixture';
import { NoopExecutor } from './noop.executor';

describe('NoopExecutor', () => {
  it('is the noop type and succeeds with an empty object, whatever the payload', async () => {
    const executor: TaskExecutor = new NoopExecutor();
    expect(executor.type).toBe('noop');
    expect(await executor.execute(executionContext({ payload: { a: 1 } }))).toEqual({});
  });
});
