import { ExecutorRegistry, TaskExecutor } from '@asynctask/domain';
import { echoExecutor } from './echo.executor';
import { InMemoryExecutorRegistry } from './executor-registry';
import { failExecutor } from './fail.executor';
import { HttpExecutor, HttpExecutorOptions } from './http.executor';
import { noopExecutor } from './noop.executor';
import { sleepExecutor } from './sleep.executor';

/** The built-in executors plus `extra` ones; a custom executor may not reuse a built-in type. */
export function createExecutorRegistry(extra: readonly TaskExecutor[] = [], http: HttpExecutorOptions = {}): ExecutorRegistry {
  const registry = new InMemoryExecutorRegistry();
  for (const executor of [new HttpExecutor(http), noopExecutor, echoExecutor, sleepExecutor, failExecutor, ...extra]) {
    registry.register(executor);
  }
  return registry;
}
