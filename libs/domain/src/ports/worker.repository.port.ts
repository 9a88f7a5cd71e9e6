import { WorkerProps, WorkerStatus } from '../worker/worker';

/** The durable record of workers (MySQL in production): who joined, their status and last known load. */
export interface WorkerRepository {
  save(worker: WorkerProps): Promise<void>;
  findById(workerId: string): Promise<WorkerProps | null>;
  findAll(): Promise<WorkerProps[]>;
}

/**
 * The live view of workers (Redis in production): registration and heartbeats that the
 * scheduler reads on every dispatch round.
 */
export interface WorkerRegistry {
  register(worker: WorkerProps): Promise<void>;
  /**
   * Records a heartbeat and answers the status the registry holds for the worker: null when it no
   * longer knows it (Redis lost its data), OFFLINE when the scheduler declared it dead. Either way
   * the worker must register again.
   */
  heartbeat(workerId: string, currentLoad: number, at: Date): Promise<WorkerStatus | null>;
  /** Replaces the worker's entry, as after a status change. */
  update(worker: WorkerProps): Promise<void>;
  remove(workerId: string): Promise<void>;
  list(): Promise<WorkerProps[]>;
}
