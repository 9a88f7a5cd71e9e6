import { EchoExecutor } from './echo.executor';
import { executionContext } from './execution-context.fixture';

describe('EchoExecutor', () => {
  it('is the echo type and succeeds with the payload', async () => {
    const executor = new EchoExecutor();
    const payload = { a: [1, { b: 'ü' }], c: null };
    expect(executor.type).toBe('echo');
    expect(await executor.execute(executionContext({ payload }))).toEqual(payload);
  });
});
