import { WorkerProps } from '../worker/worker';

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
  /** Records a heartbeat; false when the registry no longer knows the worker, which must register again. */
  heartbeat(workerId: string, currentLoad: number, at: Date): Promise<boolean>;
  /** Replaces the worker's entry, as after a status change. */
  update(worker: WorkerProps): Promise<void>;
  remove(workerId: string): Promise<void>;
  list(): Promise<WorkerProps[]>;
}
