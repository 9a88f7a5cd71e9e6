import { JsonObject, JsonValue } from '../shared/json';

export interface ExecutionContext {
  readonly taskId: string;
  readonly taskType: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly payload: JsonObject;
  /** The task type's executorConfig. */
  readonly config: JsonObject;
  /** Aborted on timeout or cancellation; an executor should stop when it fires. */
  readonly signal: AbortSignal;
}

/** Runs tasks of one executor type. */
export interface TaskExecutor {
  readonly type: string;
  /** Resolves with the result, or throws; throw NonRetryableError for a failure a retry cannot fix. */
  execute(context: ExecutionContext): Promise<JsonValue | undefined>;
}

export interface ExecutorRegistry {
  register(executor: TaskExecutor): void;
  get(type: string): TaskExecutor | undefined;
  types(): string[];
}

/** A failure that retrying will not fix, such as a 4xx answer: the task ends FAILED at once. */
export class NonRetryableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NonRetryableError';
  }
}
