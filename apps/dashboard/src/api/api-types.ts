// The shapes of the HTTP API (/api/v1) the views read, as the server sends them (times are ISO strings).

export const TASK_STATUSES = ['PENDING', 'SCHEDULED', 'RUNNING', 'SUCCESS', 'FAILED', 'TIMEOUT', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type WorkerStatus = 'ONLINE' | 'DRAINING' | 'OFFLINE';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ItemList<T> {
  readonly items: T[];
}

export interface Page<T> extends ItemList<T> {
  readonly nextCursor: string | null;
}

export interface Worker {
  readonly workerId: string;
  readonly workerName: string;
  readonly address: string;
  readonly status: WorkerStatus;
  readonly capacity: number;
  readonly currentLoad: number;
  readonly executorTypes: string[];
  readonly lastHeartbeat: string;
  readonly startedAt: string;
}

export interface QueueSizes {
  readonly ready: number;
  readonly delayed: number;
  readonly dispatched: number;
  readonly inFlight: number;
}

export interface Stats {
  readonly tasks: Record<TaskStatus, number>;
  readonly queues: QueueSizes;
  readonly leader: string | null;
}

export interface Task {
  readonly taskId: string;
  readonly taskType: string;
  readonly priority: number;
  readonly status: TaskStatus;
  readonly payload: Json;
  readonly result: Json;
  readonly errorMessage: string | null;
  readonly workerId: string | null;
  readonly retryCount: number;
  readonly maxRetry: number;
  readonly timeout: number;
  readonly attempt: number;
  readonly idempotencyKey: string | null;
  readonly runAt: string;
  readonly createdAt: string;
  readonly scheduledAt: string | null;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
}

export interface TaskLog {
  readonly logId: string;
  readonly logType: string;
  readonly fromStatus: TaskStatus | null;
  readonly toStatus: TaskStatus;
  readonly message: string;
  readonly createdAt: string;
}

export interface TaskListFilter {
  readonly status?: TaskStatus;
  readonly taskType?: string;
  readonly workerId?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

export interface TaskType {
  readonly taskType: string;
  readonly taskName: string;
  readonly description: string;
  readonly executorType: string;
  readonly defaultTimeout: number;
  readonly defaultMaxRetry: number;
  readonly retryStrategy: string;
  readonly retryDelay: number;
  readonly maxConcurrent: number;
  readonly routeStrategy: string;
  readonly enabled: boolean;
  readonly updatedAt: string;
}
