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

/** Statuses a task never leaves on its own (a FAILED, TIMEOUT or CANCELLED one may be retried by hand). */
export const TERMINAL_TASK_STATUSES = ['SUCCESS', 'FAILED', 'TIMEOUT', 'CANCELLED'] as const satisfies readonly TaskStatus[];

export function isTerminalStatus(status: TaskStatus): boolean {
  return (TERMINAL_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}
