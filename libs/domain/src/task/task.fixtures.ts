import { ChangeStamp, Task, TaskProps } from './task';
import { TaskStatus } from './task-status';

export const T0 = new Date('2026-01-01T00:00:00.000Z');

let logCounter = 0;
export function stampAt(now: Date = T0): ChangeStamp {
  return { now, logId: `log-${++logCounter}` };
}

/** A task in any status, with the fields that status implies. */
export function taskIn(status: TaskStatus, overrides: Partial<TaskProps> = {}): Task {
  const assigned = status === 'SCHEDULED' || status === 'RUNNING';
  return Task.restore({
    taskId: 'task-1',
    taskType: 'echo',
    priority: 5,
    status,
    payload: { n: 1 },
    result: null,
    errorMessage: null,
    workerId: assigned ? 'worker-1' : null,
    retryCount: 0,
    maxRetry: 3,
    timeout: 30,
    attempt: status === 'RUNNING' ? 1 : 0,
    requeueCount: 0,
    version: 7,
    runAt: T0,
    idempotencyKey: null,
    createdAt: T0,
    scheduledAt: assigned ? T0 : null,
    startedAt: status === 'RUNNING' ? T0 : null,
    completedAt: null,
    updatedAt: T0,
    ...overrides,
  });
}
