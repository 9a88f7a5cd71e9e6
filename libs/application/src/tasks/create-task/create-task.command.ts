import { JsonObject, TaskProps } from '@asynctask/domain';

export interface CreateTaskCommand {
  readonly taskType: string;
  readonly payload?: JsonObject;
  readonly priority?: number;
  readonly maxRetry?: number;
  readonly timeout?: number;
  readonly delaySeconds?: number;
  readonly idempotencyKey?: string;
}

export const MAX_BATCH_SIZE = 1000;

/** The answer to a create: the task, and whether this request created it. */
export interface CreatedTask {
  readonly task: TaskProps;
  /** False when the idempotency key named a task that already existed. */
  readonly created: boolean;
}
