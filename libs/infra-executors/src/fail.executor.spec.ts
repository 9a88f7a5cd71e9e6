import { NonRetryableError } from '@asynctask/domain';
import { executionContext } from './execution-context.fixture';
import { FailExecutor } from './fail.executor';

describe('FailExecutor', () => {
  const executor = new FailExecutor();
  const run = (payload: Record<string, string | number | boolean>, attempt = 1) =>
    executor.execute(executionContext({ payload, attempt })).catch((error: unknown) => error);

  it('is the fail type', () => {
    expect(executor.type).toBe('fail');
  });

  it('throws a retryable error with payload.message', async () => {
    const error = await run({ message: 'boom' });
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(NonRetryableError);
    expect((error as Error).message).toBe('boom');
  });

  it('says it failed on purpose without a message', async () => {
    expect(((await run({})) as Error).message).toBe('failed on purpose');
  });

  it('throws a NonRetryableError when payload.retryable is false', async () => {
    const error = await run({ message: 'final', retryable: false });
    expect(error).toBeInstanceOf(NonRetryableError);
    expect((error as Error).message).toBe('final');
  });

  it('succeeds from the attempt named by payload.succeedOnAttempt on', async () => {
    expect(((await run({ succeedOnAttempt: 3 }, 2)) as Error).message).toBe('failed on purpose');
    expect(await run({ succeedOnAttempt: 3 }, 3)).toEqual({ attempt: 3 });
    expect(await run({ succeedOnAttempt: 3 }, 4)).toEqual({ attempt: 4 });
  });
});
