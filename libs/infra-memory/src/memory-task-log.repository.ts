import { TaskLog, TaskLogRepository } from '@asynctask/domain';
import { copy } from './copy';
import { MemoryTaskStore } from './memory-task-store';

export class MemoryTaskLogRepository implements TaskLogRepository {
  constructor(private readonly store: MemoryTaskStore) {}

  async listByTask(taskId: string): Promise<TaskLog[]> {
    return (this.store.logsByTask.get(taskId) ?? []).map(copy);
  }
}
