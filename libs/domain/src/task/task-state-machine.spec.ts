import { retryPolicy } from '../task-config/retry-policy';
import { LogType } from '../task-log/task-log';
import { TaskChange } from './task';
import { TASK_EVENTS, TaskEvent } from './task-events';
import { IllegalTransitionError } from './task.errors';
import { stampAt, taskIn } from './task.fixtures';
import { TASK_STATUSES, TaskStatus } from './task-status';

const policy = retryPolicy('fixed', 5, 2);

/** Calls the method behind each event, on a task with retries left. */
const fire: Record<TaskEvent, (status: TaskStatus) => TaskChange> = {
  schedule: (s) => taskIn(s).schedule('worker-2', stampAt()),
  start: (s) => taskIn(s).start(stampAt()),
  succeed: (s) => taskIn(s).succeed({ ok: true }, stampAt()),
  fail: (s) => taskIn(s).fail({ retryable: true, error: 'boom' }, policy, stampAt()),
  timeOut: (s) => taskIn(s).timeOut(policy, stampAt()),
  cancel: (s) => taskIn(s).cancel(stampAt()),
  requeue: (s) => taskIn(s).requeue('worker lost', 5, stampAt()),
  retryByHand: (s) => taskIn(s).retryByHand(stampAt()),
};

/** Every allowed (status, event) pair: the status it leads to and the log it writes. Anything else is illegal. */
const ALLOWED: Partial<Record<TaskStatus, Partial<Record<TaskEvent, [TaskStatus, LogType]>>>> = {
  PENDING: { schedule: ['SCHEDULED', 'SCHEDULED'], cancel: ['CANCELLED', 'CANCELLED'] },
  SCHEDULED: { start: ['RUNNING', 'STARTED'], cancel: ['CANCELLED', 'CANCELLED'], requeue: ['PENDING', 'REQUEUED'] },
  RUNNING: {
    succeed: ['SUCCESS', 'SUCCEEDED'],
    fail: ['PENDING', 'RETRY'],
    timeOut: ['PENDING', 'RETRY'],
    cancel: ['CANCELLED', 'CANCELLED'],
    requeue: ['PENDING', 'REQUEUED'],
  },
  FAILED: { retryByHand: ['PENDING', 'RETRY'] },
  TIMEOUT: { retryByHand: ['PENDING', 'RETRY'] },
  CANCELLED: { retryByHand: ['PENDING', 'RETRY'] },
};

const pairs = TASK_STATUSES.flatMap((status) => TASK_EVENTS.map((event) => ({ status, event, allowed: ALLOWED[status]?.[event] })));

describe('task state machine: every (status, event) pair', () => {
  it('covers all 56 pairs', () => {
    expect(pairs).toHaveLength(TASK_STATUSES.length * TASK_EVENTS.length);
  });

  it.each(pairs.filter((p) => p.allowed))('$status --$event--> allowed', ({ status, event, allowed }) => {
    const [to, logType] = allowed as [TaskStatus, LogType];
    const change = fire[event](status);
    expect(change.expected).toEqual({ status, version: 7 });
    expect(change.task.status).toBe(to);
    expect(change.task.version).toBe(8);
    expect(change.log).toMatchObject({ taskId: 'task-1', logType, fromStatus: status, toStatus: to });
  });

  it.each(pairs.filter((p) => !p.allowed))('$status --$event--> illegal', ({ status, event }) => {
    expect(() => fire[event](status)).toThrow(IllegalTransitionError);
  });

  it('leaves the task unchanged after an illegal event', () => {
    const task = taskIn('SUCCESS');
    const before = task.toProps();
    expect(() => task.cancel(stampAt())).toThrow('cannot cancel while SUCCESS');
    expect(task.toProps()).toEqual(before);
  });
});
