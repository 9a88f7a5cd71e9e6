import { ExecutionContext, NonRetryableError } from '@asynctask/domain';
import { createExecutorRegistry } from './create-executor-registry';
import { defineExecutor } from './define-executor';
import { DuplicateExecutorError } from './executor-registry';
import { echoExecutor } from './echo.executor';
import { failExecutor } from './fail.executor';
import { noopExecutor } from './noop.executor';
import { sleepExecutor } from './sleep.executor';

function context(payload: ExecutionContext['payload'], overrides: Partial<ExecutionContext> = {}): ExecutionContext {
  return { taskId: 't1', taskType: 'type', attempt: 1, payload, config: {}, signal: new AbortController().signal, ...overrides };
}

describe('local executors', () => {
  it('noop returns an empty object and echo the payload', async () => {
    expect(await noopExecutor.execute(context({ a: 1 }))).toEqual({});
    expect(await echoExecutor.execute(context({ a: [1, { b: 'ü' }] }))).toEqual({ a: [1, { b: 'ü' }] });
  });

  it('sleep waits payload.ms', async () => {
    expect(await sleepExecutor.execute(context({ ms: 5 }))).toEqual({ sleptMs: 5 });
  });

  it('sleep stops at once when aborted, with the abort reason', async () => {
    const abort = new AbortController();
    const sleeping = sleepExecutor.execute(context({ ms: 60_000 }, { signal: abort.signal }));
    const reason = new Error('cancelled');
    abort.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });

  it('sleep refuses a bad duration without retrying', async () => {
    await expect(sleepExecutor.execute(context({ ms: -1 }))).rejects.toBeInstanceOf(NonRetryableError);
    await expect(sleepExecutor.execute(context({ ms: 'soon' }))).rejects.toBeInstanceOf(NonRetryableError);
  });

  it('fail throws its message, retryable unless told otherwise', async () => {
    await expect(failExecutor.execute(context({ message: 'boom' }))).rejects.toThrow('boom');
    await expect(failExecutor.execute(context({}))).rejects.not.toBeInstanceOf(NonRetryableError);
    await expect(failExecutor.execute(context({ retryable: false }))).rejects.toBeInstanceOf(NonRetryableError);
  });

  it('fail succeeds from the attempt named by succeedOnAttempt', async () => {
    await expect(failExecutor.execute(context({ succeedOnAttempt: 3 }, { attempt: 2 }))).rejects.toThrow('failed on purpose');
    expect(await failExecutor.execute(context({ succeedOnAttempt: 3 }, { attempt: 3 }))).toEqual({ attempt: 3 });
    expect(await failExecutor.execute(context({ succeedOnAttempt: 3 }, { attempt: 4 }))).toEqual({ attempt: 4 });
  });

  it('the registry holds the built-ins plus custom executors, and refuses a second of one type', () => {
    const email = defineExecutor('email', async () => ({ sent: true }));
    const registry = createExecutorRegistry([email]);
    expect(registry.types()).toEqual(['echo', 'email', 'fail', 'http', 'noop', 'sleep']);
    expect(registry.get('email')).toBe(email);
    expect(registry.get('nope')).toBeUndefined();
    expect(() => registry.register(defineExecutor('email', async () => null))).toThrow(DuplicateExecutorError);
    expect(() => createExecutorRegistry([defineExecutor('echo', async () => null)])).toThrow(DuplicateExecutorError);
  });
});
