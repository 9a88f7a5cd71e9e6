export interface WorkerSettings {
  readonly workerId: string;
  readonly workerName: string;
  readonly address: string;
  /** Tasks run at once. */
  readonly capacity: number;
  readonly heartbeatEveryMs: number;
  /** How long a taken task's lease lasts; renewed with every heartbeat while it runs. */
  readonly leaseMs: number;
  /** How long one take waits for work before the loop looks around again. */
  readonly pollWaitMs: number;
  /** On shutdown, how long running tasks get to finish before they are handed back. */
  readonly drainTimeoutMs: number;
}

export const DEFAULT_WORKER_SETTINGS: Omit<WorkerSettings, 'workerId' | 'workerName' | 'address'> = {
  capacity: 10,
  heartbeatEveryMs: 2000,
  leaseMs: 30_000,
  pollWaitMs: 1000,
  drainTimeoutMs: 25_000,
};
