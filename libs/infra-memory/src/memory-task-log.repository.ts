import { TaskLog, TaskLogRepository } from '@asynctask/domain';
import { copy } from './copy';
import { MemoryTaskStore } from './memory-task-store';

export class MemoryTaskLogRepository implements TaskLogRepository {
  constructor(private readonly store: MemoryTaskStore) {}

  /** Sorted on read: rows may be written out of time order, as MySQL would hold them too. */
  async listByTask(taskId: string): Promise<TaskLog[]> {
    return [...(this.store.logsByTask.get(taskId) ?? [])].sort(oldestFirst).map(copy);
  }
}

function oldestFirst(a: TaskLog, b: TaskLog): number {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return a.logId < b.logId ? -1 : a.logId > b.logId ? 1 : 0;
}
