import { JsonObject, JsonValue } from '../shared/json';
import { RetryPolicy } from '../task-config/retry-policy';
import { TaskLog, TaskLogDraft, TaskLogs } from '../task-log/task-log';
import { TaskEvent, transitionTarget } from './task-events';
import { IllegalTransitionError } from './task.errors';
import { TaskStatus, isTerminal } from './task-status';

export const MIN_PRIORITY = 10;
export const MAX_PRIORITY = 1;
export const DEFAULT_PRIORITY = 5;

export interface TaskProps {
  readonly taskId: string;
  readonly taskType: string;
  readonly priority: number;
  readonly status: TaskStatus;
  readonly payload: JsonObject;
  readonly result: JsonValue | null;
  readonly errorMessage: string | null;
  readonly workerId: string | null;
  readonly retryCount: number;
  readonly maxRetry: number;
  /** Seconds an attempt may run. */
  readonly timeout: number;
  /** Attempts started so far; the running attempt's number while RUNNING. */
  readonly attempt: number;
  /** Times the task was taken back from a lost worker. */
  readonly requeueCount: number;
  /** Bumped by every change; repositories compare-and-set on it. */
  readonly version: number;
  /** Earliest time the task may be dispatched. */
  readonly runAt: Date;
  readonly idempotencyKey: string | null;
  readonly createdAt: Date;
  readonly scheduledAt: Date | null;
  readonly startedAt: Date | null;
  readonly completedAt: Date | null;
  readonly updatedAt: Date;
}

/** What a change needs from outside the domain: the time and a fresh id for its log row. */
export interface ChangeStamp {
  readonly now: Date;
  readonly logId: string;
}

/** A status change ready to store: the new state, the state it must replace, and its log row. */
export interface TaskChange {
  readonly task: TaskProps;
  readonly expected: { readonly status: TaskStatus; readonly version: number };
  readonly log: TaskLog;
  /** The fields this change set; the others keep the value they had at `expected`. */
  readonly changed: readonly (keyof TaskProps)[];
}

export type AttemptOutcome = { readonly retryable: boolean; readonly error: string };

/**
 * The task aggregate. State only changes through the intention-named methods below;
 * each checks the state machine and returns the change to persist.
 */
export class Task {
  private constructor(private props: TaskProps) {}

  static restore(props: TaskProps): Task {
    return new Task({ ...props });
  }

  /** A new task; its CREATED log comes with it. */
  static create(
    props: Pick<TaskProps, 'taskId' | 'taskType' | 'priority' | 'payload' | 'maxRetry' | 'timeout' | 'runAt' | 'idempotencyKey'>,
    stamp: ChangeStamp,
  ): { task: Task; log: TaskLog } {
    const task = new Task({
      ...props,
      status: 'PENDING',
      result: null,
      errorMessage: null,
      workerId: null,
      retryCount: 0,
      attempt: 0,
      requeueCount: 0,
      version: 1,
      createdAt: stamp.now,
      scheduledAt: null,
      startedAt: null,
      completedAt: null,
      updatedAt: stamp.now,
    });
    return { task, log: task.stampLog(TaskLogs.created(props.priority, props.runAt, stamp.now), stamp) };
  }

  get id(): string {
    return this.props.taskId;
  }
  get status(): TaskStatus {
    return this.props.status;
  }
  get taskType(): string {
    return this.props.taskType;
  }
  get priority(): number {
    return this.props.priority;
  }
  get workerId(): string | null {
    return this.props.workerId;
  }
  get attempt(): number {
    return this.props.attempt;
  }
  get runAt(): Date {
    return this.props.runAt;
  }
  get isTerminal(): boolean {
    return isTerminal(this.props.status);
  }
  /** When the running attempt is due to end; null unless RUNNING. */
  get deadlineAt(): Date | null {
    if (this.props.status !== 'RUNNING' || !this.props.startedAt) return null;
    return new Date(this.props.startedAt.getTime() + this.props.timeout * 1000);
  }

  toProps(): TaskProps {
    return { ...this.props };
  }

  schedule(workerId: string, stamp: ChangeStamp): TaskChange {
    return this.apply('schedule', { workerId, scheduledAt: stamp.now }, TaskLogs.scheduled(workerId), stamp);
  }

  start(stamp: ChangeStamp): TaskChange {
    const attempt = this.props.attempt + 1;
    return this.apply(
      'start',
      { attempt, startedAt: stamp.now, completedAt: null },
      TaskLogs.started(this.props.workerId ?? 'unknown', attempt),
      stamp,
    );
  }

  succeed(result: JsonValue | null, stamp: ChangeStamp): TaskChange {
    const durationMs = stamp.now.getTime() - (this.props.startedAt?.getTime() ?? stamp.now.getTime());
    return this.apply(
      'succeed',
      { result, errorMessage: null, completedAt: stamp.now },
      TaskLogs.succeeded(this.props.workerId ?? 'unknown', this.props.attempt, durationMs),
      stamp,
    );
  }

  /** The running attempt threw: back to PENDING after the backoff while retries are left, else FAILED. */
  fail(outcome: AttemptOutcome, policy: RetryPolicy, stamp: ChangeStamp): TaskChange {
    if (outcome.retryable && this.retriesLeft) return this.scheduleRetry('fail', `failed: ${outcome.error}`, outcome.error, policy, stamp);
    return this.apply(
      'fail',
      { errorMessage: outcome.error, completedAt: stamp.now },
      TaskLogs.failed(outcome.error, this.props.attempt, this.props.workerId),
      stamp,
    );
  }

  /** The running attempt passed its timeout: retried like a failure, else TIMEOUT. */
  timeOut(policy: RetryPolicy, stamp: ChangeStamp): TaskChange {
    const error = `timed out after ${this.props.timeout}s`;
    if (this.retriesLeft) return this.scheduleRetry('timeOut', error, error, policy, stamp);
    return this.apply(
      'timeOut',
      { errorMessage: error, completedAt: stamp.now },
      TaskLogs.timedOut(this.props.timeout, this.props.attempt, this.props.workerId),
      stamp,
    );
  }

  cancel(stamp: ChangeStamp): TaskChange {
    return this.apply('cancel', { completedAt: stamp.now }, TaskLogs.cancelled(this.props.status), stamp);
  }

  /**
   * Its worker was lost before the attempt ended: back to PENDING without using a retry.
   * A task that has lost more than `maxRequeues` workers is poison and ends FAILED.
   */
  requeue(reason: string, maxRequeues: number, stamp: ChangeStamp): TaskChange {
    const from = this.props.status;
    const requeueCount = this.props.requeueCount + 1;
    if (requeueCount > maxRequeues) {
      const error = `lost its worker ${requeueCount} times (last: ${reason})`;
      return this.applyTo(
        'requeue',
        'FAILED',
        { requeueCount, errorMessage: error, completedAt: stamp.now },
        TaskLogs.failed(error, this.props.attempt, this.props.workerId, from),
        stamp,
      );
    }
    return this.apply(
      'requeue',
      { requeueCount, workerId: null, runAt: stamp.now, scheduledAt: null, startedAt: null },
      TaskLogs.requeued(from, reason, this.props.workerId, requeueCount),
      stamp,
    );
  }

  /** A terminal FAILED, TIMEOUT or CANCELLED task gets a fresh set of retries. */
  retryByHand(stamp: ChangeStamp): TaskChange {
    return this.apply(
      'retryByHand',
      {
        retryCount: 0,
        requeueCount: 0,
        workerId: null,
        result: null,
        runAt: stamp.now,
        scheduledAt: null,
        startedAt: null,
        completedAt: null,
      },
      TaskLogs.retriedByHand(this.props.status),
      stamp,
    );
  }

  private get retriesLeft(): boolean {
    return this.props.retryCount < this.props.maxRetry;
  }

  private scheduleRetry(event: TaskEvent, reason: string, error: string, policy: RetryPolicy, stamp: ChangeStamp): TaskChange {
    const retryCount = this.props.retryCount + 1;
    const runAt = new Date(stamp.now.getTime() + policy.delaySeconds(retryCount) * 1000);
    return this.applyTo(
      event,
      'PENDING',
      { retryCount, runAt, errorMessage: error, workerId: null, scheduledAt: null, startedAt: null },
      TaskLogs.retry(reason, this.props.attempt, retryCount, runAt, this.props.workerId),
      stamp,
    );
  }

  private assertCan(event: TaskEvent): void {
    if (!transitionTarget(event, this.props.status)) {
      throw new IllegalTransitionError(this.props.taskId, event, this.props.status);
    }
  }

  private apply(event: TaskEvent, patch: Partial<TaskProps>, draft: TaskLogDraft, stamp: ChangeStamp): TaskChange {
    return this.applyTo(event, transitionTarget(event, this.props.status) as TaskStatus, patch, draft, stamp);
  }

  private applyTo(event: TaskEvent, to: TaskStatus, patch: Partial<TaskProps>, draft: TaskLogDraft, stamp: ChangeStamp): TaskChange {
    this.assertCan(event);
    const expected = { status: this.props.status, version: this.props.version };
    this.props = { ...this.props, ...patch, status: to, version: expected.version + 1, updatedAt: stamp.now };
    const changed = [...(Object.keys(patch) as (keyof TaskProps)[]), 'status', 'version', 'updatedAt'] as const;
    return { task: this.toProps(), expected, log: this.stampLog(draft, stamp), changed };
  }

  private stampLog(draft: TaskLogDraft, stamp: ChangeStamp): TaskLog {
    return { ...draft, logId: stamp.logId, taskId: this.props.taskId, createdAt: stamp.now };
  }
}
