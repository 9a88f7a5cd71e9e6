import { TaskStatus } from './task-status';

/** Everything that can happen to a task; the state machine says where each leads. */
export const TASK_EVENTS = [
  'schedule',
  'start',
  'succeed',
  'fail',
  'timeOut',
  'cancel',
  'requeue',
  'retryByHand',
] as const;
export type TaskEvent = (typeof TASK_EVENTS)[number];

/**
 * Allowed (event, from) pairs and their target. `fail` and `timeOut` lead to PENDING
 * instead when retries are left; the table holds the terminal target.
 */
const TRANSITIONS: Record<TaskEvent, Partial<Record<TaskStatus, TaskStatus>>> = {
  schedule: { PENDING: 'SCHEDULED' },
  start: { SCHEDULED: 'RUNNING' },
  succeed: { RUNNING: 'SUCCESS' },
  fail: { RUNNING: 'FAILED' },
  timeOut: { RUNNING: 'TIMEOUT' },
  cancel: { PENDING: 'CANCELLED', SCHEDULED: 'CANCELLED', RUNNING: 'CANCELLED' },
  requeue: { SCHEDULED: 'PENDING', RUNNING: 'PENDING' },
  retryByHand: { FAILED: 'PENDING', TIMEOUT: 'PENDING', CANCELLED: 'PENDING' },
};

export function transitionTarget(event: TaskEvent, from: TaskStatus): TaskStatus | undefined {
  return TRANSITIONS[event][from];
}
