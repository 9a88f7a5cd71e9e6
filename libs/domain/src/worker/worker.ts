export const WORKER_STATUSES = ['ONLINE', 'DRAINING', 'OFFLINE'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

export interface WorkerProps {
  readonly workerId: string;
  readonly workerName: string;
  readonly address: string;
  readonly status: WorkerStatus;
  /** Tasks the worker runs at once. */
  readonly capacity: number;
  /** Tasks assigned to or running on the worker, as it last reported. */
  readonly currentLoad: number;
  readonly executorTypes: readonly string[];
  readonly lastHeartbeat: Date;
  readonly startedAt: Date;
}

/** A worker process as the scheduler sees it. */
export class Worker {
  private constructor(private props: WorkerProps) {}

  static register(
    props: Pick<WorkerProps, 'workerId' | 'workerName' | 'address' | 'capacity' | 'executorTypes'>,
    now: Date,
  ): Worker {
    return new Worker({ ...props, status: 'ONLINE', currentLoad: 0, lastHeartbeat: now, startedAt: now });
  }

  static restore(props: WorkerProps): Worker {
    return new Worker({ ...props });
  }

  get id(): string {
    return this.props.workerId;
  }
  get status(): WorkerStatus {
    return this.props.status;
  }
  get capacity(): number {
    return this.props.capacity;
  }
  get currentLoad(): number {
    return this.props.currentLoad;
  }
  get lastHeartbeat(): Date {
    return this.props.lastHeartbeat;
  }

  /** Whether its last heartbeat is recent enough to trust it is alive. */
  isAlive(now: Date, heartbeatTtlMs: number): boolean {
    return this.props.status !== 'OFFLINE' && now.getTime() - this.props.lastHeartbeat.getTime() <= heartbeatTtlMs;
  }

  canRun(executorType: string): boolean {
    return this.props.executorTypes.includes(executorType);
  }

  /** Whether the scheduler may give it more work. */
  acceptsWork(now: Date, heartbeatTtlMs: number): boolean {
    return this.props.status === 'ONLINE' && this.isAlive(now, heartbeatTtlMs);
  }

  heartbeat(currentLoad: number, now: Date): void {
    this.props = { ...this.props, currentLoad, lastHeartbeat: now };
  }

  drain(): void {
    this.props = { ...this.props, status: 'DRAINING' };
  }

  goOffline(): void {
    this.props = { ...this.props, status: 'OFFLINE', currentLoad: 0 };
  }

  toProps(): WorkerProps {
    return { ...this.props, executorTypes: [...this.props.executorTypes] };
  }
}
