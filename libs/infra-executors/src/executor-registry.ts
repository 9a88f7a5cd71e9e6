import { ExecutorRegistry, TaskExecutor } from '@asynctask/domain';

export class DuplicateExecutorError extends Error {
  constructor(type: string) {
    super(`an executor of type ${type} is already registered`);
    this.name = 'DuplicateExecutorError';
  }
}

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
