import type { components, operations } from './generated/api';

type Schemas = components['schemas'];

export type Task = Schemas['Task'];
export type TaskStatus = Schemas['TaskStatus'];
export type TaskPage = Schemas['TaskPage'];
export type TaskLog = Schemas['TaskLog'];
export type LogType = Schemas['LogType'];
export type TaskConfig = Schemas['TaskConfig'];
export type Worker = Schemas['Worker'];
export type WorkerStatus = Schemas['WorkerStatus'];
export type Stats = Schemas['Stats'];
export type ApiErrorBody = Schemas['ApiError'];
export type Auth = Schemas['Auth'];
export type ApiAccess = Schemas['ApiAccess'];

export type CreateTaskInput = Schemas['CreateTaskRequest'];
export type PutTaskConfigInput = Schemas['PutTaskConfigRequest'];
export type ListTasksFilter = NonNullable<operations['listTasks']['parameters']['query']>;
export type StatsFilter = NonNullable<operations['getStats']['parameters']['query']>;

export type RetryStrategy = Schemas['RetryStrategy'];
export type RouteStrategy = Schemas['RouteStrategy'];

/** Every status, in the order a task goes through them. */
export const TASK_STATUSES = ['PENDING', 'SCHEDULED', 'RUNNING', 'SUCCESS', 'FAILED', 'TIMEOUT', 'CANCELLED'] as const satisfies readonly TaskStatus[];

/** Statuses a task may be cancelled from (tasks.cancel), and retried by hand from (tasks.retry). */
export const CANCELLABLE_TASK_STATUSES = ['PENDING', 'SCHEDULED', 'RUNNING'] as const satisfies readonly TaskStatus[];
export const RETRYABLE_TASK_STATUSES = ['FAILED', 'TIMEOUT', 'CANCELLED'] as const satisfies readonly TaskStatus[];

export const RETRY_STRATEGIES = ['fixed', 'linear', 'exponential'] as const satisfies readonly RetryStrategy[];
export const ROUTE_STRATEGIES = ['least_tasks', 'round_robin', 'consistent_hash'] as const satisfies readonly RouteStrategy[];

/** Statuses a task never leaves on its own (a FAILED, TIMEOUT or CANCELLED one may be retried by hand). */
export const TERMINAL_TASK_STATUSES = ['SUCCESS', 'FAILED', 'TIMEOUT', 'CANCELLED'] as const satisfies readonly TaskStatus[];

export function isTerminalStatus(status: TaskStatus): boolean {
  return (TERMINAL_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}
