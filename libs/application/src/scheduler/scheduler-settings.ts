export interface SchedulerSettings {
  /** Identifies this scheduler in leader election. */
  readonly schedulerId: string;
  /** How long a leader's lease lasts without renewal; a standby takes over after it. */
  readonly leaderTtlMs: number;
  /** Ready tasks looked at per dispatch round. */
  readonly dispatchBatchSize: number;
  /** Longest wait between dispatch rounds when nothing wakes the scheduler. */
  readonly idlePollMs: number;
  /** A worker without a heartbeat for this long is dead and its tasks go back to the queue. */
  readonly heartbeatTtlMs: number;
  /** How often dead workers, expired leases and overdue tasks are looked for. */
  readonly maintenanceEveryMs: number;
  /** Extra time past a task's timeout before the scheduler times it out itself (the worker should first). */
  readonly timeoutGraceMs: number;
  /** Workers a task may lose before it is failed as poison. */
  readonly maxRequeues: number;
}

export const DEFAULT_SCHEDULER_SETTINGS: Omit<SchedulerSettings, 'schedulerId'> = {
  leaderTtlMs: 5000,
  dispatchBatchSize: 500,
  idlePollMs: 200,
  heartbeatTtlMs: 10_000,
  maintenanceEveryMs: 1000,
  timeoutGraceMs: 5000,
  maxRequeues: 5,
};
