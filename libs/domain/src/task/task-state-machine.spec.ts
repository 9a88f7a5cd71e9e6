import { retryPolicy } from '../task-config/retry-policy';
import { LogType } from '../task-log/task-log';
import { ChangeStamp, Task, TaskChange, TaskProps } from './task';
import { TASK_EVENTS, TaskEvent } from './task-events';
import { IllegalTransitionError } from './task.errors';
import { at, stampAt, taskIn } from './task.fixtures';
import { TASK_STATUSES, TaskStatus } from './task-status';

const policy = retryPolicy('fixed', 5, 2);
const MAX_REQUEUES = 5;

/**
 * One way of firing an event, and where it leads from each status that allows it.
 * `fail`, `timeOut` and `requeue` land elsewhere depending on the retries or requeues left,
 * so each has one case per outcome; which statuses allow the event must not depend on that.
 */
interface EventCase {
  readonly event: TaskEvent;
  readonly variant: string;
  readonly overrides?: Partial<TaskProps>;
  readonly fire: (task: Task, stamp: ChangeStamp) => TaskChange;
  readonly leadsTo: Partial<Record<TaskStatus, readonly [TaskStatus, LogType]>>;
}

const CASES: readonly EventCase[] = [
  { event: 'schedule', variant: '', fire: (t, s) => t.schedule('worker-2', s), leadsTo: { PENDING: ['SCHEDULED', 'SCHEDULED'] } },
  { event: 'start', variant: '', fire: (t, s) => t.start(s), leadsTo: { SCHEDULED: ['RUNNING', 'STARTED'] } },
  { event: 'succeed', variant: '', fire: (t, s) => t.succeed({ ok: true }, s), leadsTo: { RUNNING: ['SUCCESS', 'SUCCEEDED'] } },
  {
    event: 'fail',
    variant: 'with retries left',
    fire: (t, s) => t.fail({ retryable: true, error: 'boom' }, policy, s),
    leadsTo: { RUNNING: ['PENDING', 'RETRY'] },
  },
  {
    event: 'fail',
    variant: 'out of retries',
    overrides: { retryCount: 3, maxRetry: 3 },
    fire: (t, s) => t.fail({ retryable: true, error: 'boom' }, policy, s),
    leadsTo: { RUNNING: ['FAILED', 'FAILED'] },
  },
  {
    event: 'fail',
    variant: 'not retryable',
    fire: (t, s) => t.fail({ retryable: false, error: 'bad input' }, policy, s),
    leadsTo: { RUNNING: ['FAILED', 'FAILED'] },
  },
  { event: 'timeOut', variant: 'with retries left', fire: (t, s) => t.timeOut(policy, s), leadsTo: { RUNNING: ['PENDING', 'RETRY'] } },
  {
    event: 'timeOut',
    variant: 'out of retries',
    overrides: { retryCount: 3, maxRetry: 3 },
    fire: (t, s) => t.timeOut(policy, s),
    leadsTo: { RUNNING: ['TIMEOUT', 'TIMEOUT'] },
  },
  {
    event: 'cancel',
    variant: '',
    fire: (t, s) => t.cancel(s),
    leadsTo: { PENDING: ['CANCELLED', 'CANCELLED'], SCHEDULED: ['CANCELLED', 'CANCELLED'], RUNNING: ['CANCELLED', 'CANCELLED'] },
  },
  {
    event: 'requeue',
    variant: 'under the requeue limit',
    fire: (t, s) => t.requeue('worker lost', MAX_REQUEUES, s),
    leadsTo: { SCHEDULED: ['PENDING', 'REQUEUED'], RUNNING: ['PENDING', 'REQUEUED'] },
  },
  {
    event: 'requeue',
    variant: 'past the requeue limit',
    overrides: { requeueCount: MAX_REQUEUES },
    fire: (t, s) => t.requeue('worker lost', MAX_REQUEUES, s),
    leadsTo: { SCHEDULED: ['FAILED', 'FAILED'], RUNNING: ['FAILED', 'FAILED'] },
  },
  {
    event: 'retryByHand',
    variant: '',
    fire: (t, s) => t.retryByHand(s),
    leadsTo: { FAILED: ['PENDING', 'RETRY'], TIMEOUT: ['PENDING', 'RETRY'], CANCELLED: ['PENDING', 'RETRY'] },
  },
];

const rows = TASK_STATUSES.flatMap((status) =>
  CASES.map((c) => ({ ...c, status, title: `${status} --${c.event}${c.variant ? ` (${c.variant})` : ''}-->`, target: c.leadsTo[status] })),
);

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('task state machine: every (status, event) pair', () => {
  it('covers all 56 (status, event) pairs', () => {
    const pairs = new Set(rows.map((r) => `${r.status}/${r.event}`));
    expect(pairs.size).toBe(TASK_STATUSES.length * TASK_EVENTS.length);
    expect(pairs.size).toBe(56);
  });

  it.each(TASK_EVENTS.map((event) => [event]))('the variants of %s agree on which statuses allow it', (event) => {
    const allowedFrom = CASES.filter((c) => c.event === event).map((c) => Object.keys(c.leadsTo).sort());
    expect(allowedFrom.length).toBeGreaterThan(0);
    for (const statuses of allowedFrom) expect(statuses).toEqual(allowedFrom[0]);
  });

  it.each(rows.filter((r) => r.target))('$title allowed', ({ status, overrides, fire, target }) => {
    const [to, logType] = target as readonly [TaskStatus, LogType];
    const task = taskIn(status, overrides);
    const stamp = stampAt(at(1_000));

    const change = fire(task, stamp);

    expect(change.expected).toEqual({ status, version: 7 });
    expect(change.task).toMatchObject({ status: to, version: 8, updatedAt: stamp.now });
    expect(task.toProps()).toEqual(change.task);
    expect(change.log).toMatchObject({ logId: stamp.logId, taskId: 'task-1', logType, fromStatus: status, toStatus: to, createdAt: stamp.now });
  });

  it.each(rows.filter((r) => !r.target))('$title illegal, task unchanged', ({ status, event, overrides, fire }) => {
    const task = taskIn(status, overrides);
    const before = task.toProps();

    const error = thrownBy(() => fire(task, stampAt(at(1_000))));

    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({ taskId: 'task-1', event, from: status, kind: 'conflict' });
    expect(task.toProps()).toEqual(before);
  });
});
