import { ExecutorRegistry, TaskExecutor } from '@asynctask/domain';
import { DuplicateExecutorError } from './executor-registry.errors';

/** The executors of one worker, by type; a type is taken once, so a custom executor cannot shadow another. */
export class InMemoryExecutorRegistry implements ExecutorRegistry {
  private readonly executors = new Map<string, TaskExecutor>();

  register(executor: TaskExecutor): void {
    if (this.executors.has(executor.type)) throw new DuplicateExecutorError(executor.type);
    this.executors.set(executor.type, executor);
  }

  get(type: string): TaskExecutor | undefined {
    return this.executors.get(type);
  }

  types(): string[] {
    return [...this.executors.keys()].sort();
  }
}
