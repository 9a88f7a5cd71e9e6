import { ChangeStamp, Task, TaskProps } from './task';
import { TaskStatus, isTerminal } from './task-status';

export const T0 = new Date('2026-01-01T00:00:00.000Z');

/** T0 plus `ms` milliseconds. */
export function at(ms: number): Date {
  return new Date(T0.getTime() + ms);
}

let logCounter = 0;
export function stampAt(now: Date = T0): ChangeStamp {
  return { now, logId: `log-${++logCounter}` };
}

/** Props of a task in any status, with the fields that status implies: a worker while assigned, an attempt once started. */
export function taskProps(status: TaskStatus, overrides: Partial<TaskProps> = {}): TaskProps {
  const assigned = status === 'SCHEDULED' || status === 'RUNNING';
  const started = status !== 'PENDING' && status !== 'SCHEDULED';
  const errorMessage = status === 'FAILED' ? 'boom' : status === 'TIMEOUT' ? 'timed out after 30s' : null;
  return {
    taskId: 'task-1',
    taskType: 'echo',
    priority: 5,
    status,
    payload: { n: 1 },
    result: status === 'SUCCESS' ? { ok: true } : null,
    errorMessage,
    workerId: assigned ? 'worker-1' : null,
    retryCount: 0,
    maxRetry: 3,
    timeout: 30,
    attempt: started ? 1 : 0,
    requeueCount: 0,
    version: 7,
    runAt: T0,
    idempotencyKey: null,
    createdAt: T0,
    scheduledAt: status === 'PENDING' ? null : T0,
    startedAt: started ? T0 : null,
    completedAt: isTerminal(status) ? T0 : null,
    updatedAt: T0,
    ...overrides,
  };
}

export function taskIn(status: TaskStatus, overrides: Partial<TaskProps> = {}): Task {
  return Task.restore(taskProps(status, overrides));
}
