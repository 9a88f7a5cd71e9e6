import { TaskChange, TaskProps } from '../task/task';
import { TaskLog } from '../task-log/task-log';
import { TaskStatus } from '../task/task-status';

export interface TaskQuery {
  readonly status?: TaskStatus;
  readonly taskType?: string;
  readonly workerId?: string;
  readonly limit: number;
  /** The last taskId of the previous page; pages go newest first. */
  readonly after?: string;
}

export interface TaskPage {
  readonly items: TaskProps[];
  /** The taskId to pass as `after` for the next page, null on the last page. */
  readonly nextCursor: string | null;
}

/** Tasks SCHEDULED or RUNNING, grouped by type and worker. */
export interface ActiveTaskCount {
  readonly taskType: string;
  readonly workerId: string;
  readonly count: number;
}

/**
 * The durable store of tasks and their logs (MySQL in production).
 * Every write of a task writes its log rows in the same transaction.
 */
export interface TaskRepository {
  /** Stores new tasks and their CREATED logs, all or nothing. Throws DuplicateIdempotencyKeyError. */
  insert(tasks: readonly TaskProps[], logs: readonly TaskLog[]): Promise<void>;
  /**
   * Stores one change if the task is still in `change.expected` (status and version),
   * with its log row. False when another change came first.
   */
  applyChange(change: TaskChange): Promise<boolean>;
  /** applyChange for many; returns the ids of the changes that were applied. */
  applyChanges(changes: readonly TaskChange[]): Promise<string[]>;
  findById(taskId: string): Promise<TaskProps | null>;
  findByIds(taskIds: readonly string[]): Promise<TaskProps[]>;
  findByIdempotencyKey(key: string): Promise<TaskProps | null>;
  list(query: TaskQuery): Promise<TaskPage>;
  /** Tasks in one of the statuses, oldest first; optionally of one worker, or after a taskId to page on. */
  findByStatus(statuses: readonly TaskStatus[], options: { workerId?: string; afterTaskId?: string; limit: number }): Promise<TaskProps[]>;
  /** RUNNING tasks whose attempt should have ended before `now`. */
  findOverdue(now: Date, limit: number): Promise<TaskProps[]>;
  countByStatus(filter: { taskType?: string }): Promise<Record<TaskStatus, number>>;
  countActive(): Promise<ActiveTaskCount[]>;
}

export interface TaskLogRepository {
  /** The task's log rows, oldest first. */
  listByTask(taskId: string): Promise<TaskLog[]>;
}

