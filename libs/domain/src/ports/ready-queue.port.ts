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

/**
 * Tasks waiting for a worker: the ready queue (priority, then FIFO) and the delayed set.
 * Holds ids only; the repository holds the tasks.
 */
export interface ReadyQueue {
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
  /**
   * Whether the dispatch state is the one the scheduler built. The marker vanishes with the
   * rest when the store loses its data (a restart without persistence, FLUSHDB).
   */
  hasStateMarker(): Promise<boolean>;
  setStateMarker(): Promise<void>;
  /** Resolves when something may be ready, or after `timeoutMs`. */
  waitForWork(timeoutMs: number): Promise<void>;
  sizes(): Promise<QueueSizes>;
}
