import { JsonObject, TaskQuery, TaskStatus } from '@asynctask/domain';

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

export interface ListTasksQuery {
  readonly status?: TaskStatus;
  readonly taskType?: string;
  readonly workerId?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function toTaskQuery(query: ListTasksQuery): TaskQuery {
  return {
    status: query.status,
    taskType: query.taskType,
    workerId: query.workerId,
    limit: Math.min(query.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    after: query.cursor,
  };
}
