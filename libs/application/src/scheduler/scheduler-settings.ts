export interface SchedulerSettings {
  /** Identifies this scheduler in leader election. */
  readonly schedulerId: string;
  /** How long a leader's lease lasts without renewal; a standby takes over after it. */
  readonly leaderTtlMs: number;
  /** Ready tasks looked at per dispatch round. */
  readonly dispatchBatchSize: number;
  /**
   * Tasks sent to a worker ahead of its free slots, as a multiple of its capacity: they wait in its
   * queue, so a busy worker starts its next task without waiting for a dispatch round.
   */
  readonly dispatchAheadRatio: number;
  /** Longest wait between dispatch rounds when nothing wakes the scheduler. */
  readonly idlePollMs: number;
  /** A worker without a heartbeat for this long is dead and its tasks go back to the queue. */
  readonly heartbeatTtlMs: number;
  /** How often dead workers, expired leases and overdue tasks are looked for. */
  readonly maintenanceEveryMs: number;
  /** Extra time past a task's timeout before the scheduler times it out itself (the worker should first). */
  readonly timeoutGraceMs: number;
  /** How often the leader checks a slice of unfinished tasks against Redis (a full rebuild runs whenever Redis lost its data). */
  readonly reconcileEveryMs: number;
  /** Tasks changed more recently than this are left out of the light check: their Redis step may still be under way. */
  readonly reconcileGraceMs: number;
  /** Lease given to a RUNNING task whose in-flight entry was lost; its worker renews it from then on. */
  readonly restoredLeaseMs: number;
}

export const DEFAULT_SCHEDULER_SETTINGS: Omit<SchedulerSettings, 'schedulerId'> = {
  leaderTtlMs: 5000,
  dispatchBatchSize: 500,
  dispatchAheadRatio: 1,
  idlePollMs: 200,
  heartbeatTtlMs: 10_000,
  maintenanceEveryMs: 1000,
  timeoutGraceMs: 5000,
  reconcileEveryMs: 5000,
  reconcileGraceMs: 5000,
  restoredLeaseMs: 30_000,
};
