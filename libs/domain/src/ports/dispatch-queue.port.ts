export interface QueueEntry {
  readonly taskId: string;
  /** 1 is served first, 10 last. */
  readonly priority: number;
  /** Not handed out before this time; in the delayed set until then. */
  readonly runAt: Date;
}

export interface QueueSizes {
  readonly ready: number;
  readonly delayed: number;
  /** Tasks waiting in a worker's queue, not yet taken. */
  readonly dispatched: number;
  /** Tasks a worker has taken and holds a lease on. */
  readonly inFlight: number;
}

export interface Assignment {
  readonly taskId: string;
  readonly workerId: string;
}

export interface LeasedTask {
  readonly taskId: string;
  readonly workerId: string;
  readonly leaseUntil: Date;
}

/**
 * The dispatch state (Redis in production): tasks waiting for a worker in the ready queue
 * (priority, then FIFO) or the delayed set; a queue per worker of what the scheduler handed it;
 * and for what a worker has taken, an in-flight entry with a lease that stays until its outcome
 * is stored. Holds ids only; the repository holds the tasks and is the truth.
 */
export interface DispatchQueue {
  /** Adds tasks, to the ready queue when due at `now`, else to the delayed set. Adding one again moves it. */
  enqueue(entries: readonly QueueEntry[], now: Date): Promise<void>;
  /** Moves up to `limit` delayed tasks due at `now` to the ready queue; returns how many moved. */
  promoteDue(now: Date, limit: number): Promise<number>;
  /** The first `limit` ready ids in dispatch order, without removing them. */
  peek(limit: number): Promise<string[]>;
  /** Takes tasks out of the ready queue and the delayed set, wherever they are. */
  remove(taskIds: readonly string[]): Promise<void>;
  /** For each id, whether it waits in the ready queue or the delayed set. */
  queued(taskIds: readonly string[]): Promise<boolean[]>;
  /** Resolves when something may be ready or a worker slot was freed, or after `timeoutMs`. */
  waitForWork(timeoutMs: number): Promise<void>;

  /**
   * Moves the tasks from the ready queue to their workers' queues, in one atomic step, only
   * while `fencingToken` is the current leader's. Returns the ids that were moved; an id no
   * longer in the ready queue is skipped.
   */
  moveToWorkers(assignments: readonly Assignment[], fencingToken: number): Promise<string[]>;
  /**
   * Takes up to `max` tasks from the worker's queue into its in-flight set with a lease until
   * `leaseUntil`; waits up to `waitMs` for the first one.
   */
  take(workerId: string, max: number, leaseUntil: Date, waitMs: number): Promise<string[]>;
  /** Wakes a worker blocked in `take` so it can stop. */
  interruptTake(workerId: string): Promise<void>;
  /** Extends the leases of tasks the worker still holds; never adds one it does not. */
  renewLeases(workerId: string, taskIds: readonly string[], leaseUntil: Date): Promise<void>;
  /** Drops tasks from the worker's in-flight set once their outcome is stored. */
  ack(workerId: string, taskIds: readonly string[]): Promise<void>;
  /** Empties the worker's queue (not its in-flight set) and returns what was in it. */
  releaseWorkerQueue(workerId: string): Promise<string[]>;

  /** In-flight entries whose lease ran out before `now`. */
  expiredLeases(now: Date, limit: number): Promise<LeasedTask[]>;
  /** For each assignment, whether its worker holds the task: in its queue or in flight. */
  holds(assignments: readonly Assignment[]): Promise<boolean[]>;
  /** Puts back in-flight entries lost with the store's data, for tasks a worker is still running. */
  restoreLeases(leases: readonly LeasedTask[]): Promise<void>;
  /**
   * Whether the dispatch state is the one the scheduler built. The marker vanishes with the
   * rest when the store loses its data (a restart without persistence, FLUSHDB).
   */
  hasStateMarker(): Promise<boolean>;
  setStateMarker(): Promise<void>;
  sizes(): Promise<QueueSizes>;
}
