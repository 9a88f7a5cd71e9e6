import { WorkerProps, WorkerRegistry, WorkerStatus } from '@asynctask/domain';
import { copy } from './copy';

export class MemoryWorkerRegistry implements WorkerRegistry {
  private readonly workers = new Map<string, WorkerProps>();

  async register(worker: WorkerProps): Promise<void> {
    this.workers.set(worker.workerId, copy(worker));
  }

  async heartbeat(workerId: string, currentLoad: number, at: Date): Promise<WorkerStatus | null> {
    const worker = this.workers.get(workerId);
    if (!worker) return null;
    this.workers.set(workerId, { ...worker, currentLoad, lastHeartbeat: new Date(at) });
    return worker.status;
  }

  /** A worker the registry dropped (declared dead) must register again; an update does not revive it. */
  async update(worker: WorkerProps): Promise<void> {
    if (this.workers.has(worker.workerId)) this.workers.set(worker.workerId, copy(worker));
  }

  async remove(workerId: string): Promise<void> {
    this.workers.delete(workerId);
  }

  async list(): Promise<WorkerProps[]> {
    return [...this.workers.values()].map(copy);
  }
}
