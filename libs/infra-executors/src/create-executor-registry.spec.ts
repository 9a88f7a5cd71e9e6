import { NonRetryableError } from '@asynctask/domain';
import { createExecutorRegistry } from './create-executor-registry';
import { defineExecutor } from './define-executor';
import { executionContext } from './execution-context.fixture';
import { DuplicateExecutorError } from './executor-registry.errors';
import { HttpExecutor } from './http.executor';

describe('createExecutorRegistry', () => {
  it('holds the built-in executors', () => {
    const registry = createExecutorRegistry();
    expect(registry.types()).toEqual(['echo', 'fail', 'http', 'noop', 'sleep']);
    expect(registry.get('http')).toBeInstanceOf(HttpExecutor);
  });

  it('adds the extra executors', () => {
    const email = defineExecutor('email', async () => ({ sent: true }));
    const registry = createExecutorRegistry([email]);
    expect(registry.types()).toEqual(['echo', 'email', 'fail', 'http', 'noop', 'sleep']);
    expect(registry.get('email')).toBe(email);
  });

  it('refuses an extra executor that reuses a built-in type', () => {
    expect(() => createExecutorRegistry([defineExecutor('echo', async () => null)])).toThrow(DuplicateExecutorError);
  });

  it('hands the http options to the http executor', async () => {
    const checked: string[] = [];
    const registry = createExecutorRegistry([], {
      http: {
        guard: {
          assertAllowed: async (url) => {
            checked.push(url.href);
            throw new NonRetryableError('refused');
          },
        },
      },
    });
    const http = registry.get('http');
    await expect(http?.execute(executionContext({ config: { url: 'http://127.0.0.1:9/hook' } }))).rejects.toThrow('refused');
    expect(checked).toEqual(['http://127.0.0.1:9/hook']);
  });
});
