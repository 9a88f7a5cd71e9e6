import { ExecutorRegistry, TaskExecutor } from '@asynctask/domain';
import { EchoExecutor } from './echo.executor';
import { FailExecutor } from './fail.executor';
import { HttpExecutor, HttpExecutorOptions } from './http.executor';
import { InMemoryExecutorRegistry } from './in-memory-executor-registry';
import { NoopExecutor } from './noop.executor';
import { SleepExecutor } from './sleep.executor';

export interface ExecutorRegistryOptions {
  readonly http?: HttpExecutorOptions;
}

/** The built-in executors plus `extra` ones; an extra executor may not reuse a built-in type. */
export function createExecutorRegistry(extra: readonly TaskExecutor[] = [], options: ExecutorRegistryOptions = {}): ExecutorRegistry {
  const registry = new InMemoryExecutorRegistry();
  const builtIns = [new HttpExecutor(options.http), new NoopExecutor(), new EchoExecutor(), new SleepExecutor(), new FailExecutor()];
  for (const executor of [...builtIns, ...extra]) registry.register(executor);
  return registry;
}
