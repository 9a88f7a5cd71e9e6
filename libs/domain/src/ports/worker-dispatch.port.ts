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
 * Hand-over from the scheduler to a worker: a queue per worker, and for what a worker has
 * taken, an in-flight entry with a lease that stays until its outcome is stored.
 */
export interface WorkerDispatch {
  /**
   * Moves the tasks from the ready queue to their workers' queues, in one atomic step, only
   * while `fencingToken` is the current leader's. Returns the ids that were moved; an id no
   * longer in the ready queue is skipped.
   */
  dispatch(assignments: readonly Assignment[], fencingToken: number): Promise<string[]>;
  /**
   * Takes up to `max` tasks from the worker's queue into its in-flight set with a lease until
   * `leaseUntil`; waits up to `waitMs` for the first one.
   */
  take(workerId: string, max: number, leaseUntil: Date, waitMs: number): Promise<string[]>;
  /** Extends the leases of tasks the worker still holds. */
  renew(workerId: string, taskIds: readonly string[], leaseUntil: Date): Promise<void>;
  /** Drops tasks from the worker's in-flight set once their outcome is stored. */
  ack(workerId: string, taskIds: readonly string[]): Promise<void>;
  /** In-flight entries whose lease ran out before `now`. */
  expiredLeases(now: Date, limit: number): Promise<LeasedTask[]>;
  /** For each assignment, whether its worker holds the task: in its queue or in flight. */
  holds(assignments: readonly Assignment[]): Promise<boolean[]>;
  /** Puts back in-flight entries lost with the store's data, for tasks a worker is still running. */
  restoreLeases(leases: readonly LeasedTask[]): Promise<void>;
  /** Empties the worker's queue (not its in-flight set) and returns what was in it. */
  releaseQueued(workerId: string): Promise<string[]>;
  /** Wakes a worker blocked in `take` so it can stop. */
  interrupt(workerId: string): Promise<void>;
}
