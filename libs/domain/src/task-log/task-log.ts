import { JsonObject } from '../shared/json';
import { TaskStatus } from '../task/task-status';

export const LOG_TYPES = [
  'CREATED',
  'SCHEDULED',
  'STARTED',
  'SUCCEEDED',
  'FAILED',
  'RETRY',
  'TIMEOUT',
  'CANCELLED',
  'REQUEUED',
] as const;
export type LogType = (typeof LOG_TYPES)[number];

export interface TaskLog {
  readonly logId: string;
  readonly taskId: string;
  readonly logType: LogType;
  readonly fromStatus: TaskStatus | null;
  readonly toStatus: TaskStatus;
  readonly message: string;
  readonly details: JsonObject;
  readonly createdAt: Date;
}

export interface TaskLogDraft {
  readonly logType: LogType;
  readonly fromStatus: TaskStatus | null;
  readonly toStatus: TaskStatus;
  readonly message: string;
  readonly details: JsonObject;
}

/**
 * One factory per log type, so every status change is described the same way everywhere.
 * Drafts carry no id or time: the aggregate stamps those when it applies the change.
 */
export const TaskLogs = {
  created: (priority: number, runAt: Date, createdAt: Date): TaskLogDraft => {
    const delayed = runAt.getTime() > createdAt.getTime();
    return {
      logType: 'CREATED',
      fromStatus: null,
      toStatus: 'PENDING',
      message: delayed ? `created, delayed until ${runAt.toISOString()}` : 'created',
      details: { priority, runAt: runAt.toISOString() },
    };
  },
  scheduled: (workerId: string): TaskLogDraft => ({
    logType: 'SCHEDULED',
    fromStatus: 'PENDING',
    toStatus: 'SCHEDULED',
    message: `assigned to worker ${workerId}`,
    details: { workerId },
  }),
  started: (workerId: string, attempt: number): TaskLogDraft => ({
    logType: 'STARTED',
    fromStatus: 'SCHEDULED',
    toStatus: 'RUNNING',
    message: `attempt ${attempt} started on worker ${workerId}`,
    details: { workerId, attempt },
  }),
  succeeded: (workerId: string, attempt: number, durationMs: number): TaskLogDraft => ({
    logType: 'SUCCEEDED',
    fromStatus: 'RUNNING',
    toStatus: 'SUCCESS',
    message: `attempt ${attempt} succeeded`,
    details: { workerId, attempt, durationMs },
  }),
  failed: (error: string, attempt: number, workerId: string | null, from: TaskStatus = 'RUNNING'): TaskLogDraft => ({
    logType: 'FAILED',
    fromStatus: from,
    toStatus: 'FAILED',
    message: `attempt ${attempt} failed: ${error}`,
    details: { workerId, attempt, error },
  }),
  timedOut: (timeoutSeconds: number, attempt: number, workerId: string | null): TaskLogDraft => ({
    logType: 'TIMEOUT',
    fromStatus: 'RUNNING',
    toStatus: 'TIMEOUT',
    message: `attempt ${attempt} timed out after ${timeoutSeconds}s`,
    details: { workerId, attempt, timeoutSeconds },
  }),
  retry: (reason: string, attempt: number, retryCount: number, runAt: Date, workerId: string | null): TaskLogDraft => ({
    logType: 'RETRY',
    fromStatus: 'RUNNING',
    toStatus: 'PENDING',
    message: `attempt ${attempt} ${reason}; retry ${retryCount} at ${runAt.toISOString()}`,
    details: { workerId, attempt, retryCount, reason, runAt: runAt.toISOString() },
  }),
  cancelled: (from: TaskStatus): TaskLogDraft => ({
    logType: 'CANCELLED',
    fromStatus: from,
    toStatus: 'CANCELLED',
    message: `cancelled while ${from}`,
    details: {},
  }),
  requeued: (from: TaskStatus, reason: string, workerId: string | null, requeueCount: number): TaskLogDraft => ({
    logType: 'REQUEUED',
    fromStatus: from,
    toStatus: 'PENDING',
    message: `requeued from ${from}: ${reason}`,
    details: { workerId, reason, requeueCount },
  }),
  retriedByHand: (from: TaskStatus): TaskLogDraft => ({
    logType: 'RETRY',
    fromStatus: from,
    toStatus: 'PENDING',
    message: `retried by hand from ${from}`,
    details: { manual: true },
  }),
};
