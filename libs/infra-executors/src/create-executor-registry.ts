import { ExecutorRegistry, TaskExecutor } from '@asynctask/domain';
import { EchoExecutor } from './echo.executor';
import { FailExecutor } from './fail.executor';
import { HttpExecutor, HttpExecutorOptions } from './http.executor';
import { InMemoryExecutorRegistry } from './in-memory-executor-registry';
import { NoopExecutor } from './noop.executor';
import { SleepExecutor } from './sleep.executor';
import { createSsrfGuard } from './ssrf-guard';

export interface HttpExecutorRegistryOptions extends HttpExecutorOptions {
  /**
   * Lets the http executor call loopback, private and CGNAT addresses; link-local and cloud metadata
   * addresses stay refused. False by default. Ignored when `guard` is given.
   */
  readonly allowPrivateNetworks?: boolean;
}

export interface ExecutorRegistryOptions {
  readonly http?: HttpExecutorRegistryOptions;
}

/**
 * The built-in executors plus `extra` ones; an extra executor may not reuse a built-in type.
 * The http executor is guarded against SSRF (createSsrfGuard) unless `http.guard` replaces the guard.
 */
export function createExecutorRegistry(extra: readonly TaskExecutor[] = [], options: ExecutorRegistryOptions = {}): ExecutorRegistry {
  const { allowPrivateNetworks = false, ...http } = options.http ?? {};
  const registry = new InMemoryExecutorRegistry();
  const builtIns = [
    new HttpExecutor({ ...http, guard: http.guard ?? createSsrfGuard({ allowPrivate: allowPrivateNetworks }) }),
    new NoopExecutor(),
    new EchoExecutor(),
    new SleepExecutor(),
    new FailExecutor(),
  ];
  for (const executor of [...builtIns, ...extra]) registry.register(executor);
  return registry;
}
