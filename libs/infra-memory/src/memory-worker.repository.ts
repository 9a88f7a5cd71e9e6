import { WorkerProps, WorkerRepository } from '@asynctask/domain';
import { copy } from './copy';

export class MemoryWorkerRepository implements WorkerRepository {
  private readonly workers = new Map<string, WorkerProps>();

  async save(worker: WorkerProps): Promise<void> {
    this.workers.set(worker.workerId, copy(worker));
  }

  async findById(workerId: string): Promise<WorkerProps | null> {
    const worker = this.workers.get(workerId);
    return worker ? copy(worker) : null;
  }

  async findAll(): Promise<WorkerProps[]> {
    return [...this.workers.values()].sort((a, b) => (a.workerId < b.workerId ? -1 : 1)).map(copy);
  }
}
