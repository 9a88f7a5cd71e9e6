import {
  ACTIVE_STATUSES,
  ActiveTaskCount,
  DuplicateIdempotencyKeyError,
  TaskChange,
  TaskLog,
  TaskPage,
  TaskProps,
  TaskQuery,
  TaskRepository,
  TaskStatus,
  emptyStatusCounts,
} from '@asynctask/domain';
import { copy } from './copy';
import { MemoryTaskStore } from './memory-task-store';

/**
 * Tasks in a Map. Every method does its reads and writes without awaiting in between, so each
 * is atomic on Node's single thread, as a transaction would be.
 */
export class MemoryTaskRepository implements TaskRepository {
  constructor(private readonly store: MemoryTaskStore) {}

  async insert(tasks: readonly TaskProps[], logs: readonly TaskLog[]): Promise<void> {
    const keys = new Set<string>();
    for (const task of tasks) {
      const key = task.idempotencyKey;
      if (key && (this.store.idsByIdempotencyKey.has(key) || keys.has(key))) throw new DuplicateIdempotencyKeyError(key);
      if (key) keys.add(key);
    }
    for (const task of tasks) {
      this.store.listIndex.put(task, this.store.tasks.get(task.taskId));
      this.store.tasks.set(task.taskId, copy(task));
      if (task.idempotencyKey) this.store.idsByIdempotencyKey.set(task.idempotencyKey, task.taskId);
    }
    for (const log of logs) this.store.appendLog(copy(log));
  }

  async applyChange(change: TaskChange): Promise<boolean> {
    return this.apply(change);
  }

  async applyChanges(changes: readonly TaskChange[]): Promise<string[]> {
    return changes.filter((change) => this.apply(change)).map((change) => change.task.taskId);
  }

  async findById(taskId: string): Promise<TaskProps | null> {
    const task = this.store.tasks.get(taskId);
    return task ? copy(task) : null;
  }

  async findByIds(taskIds: readonly string[]): Promise<TaskProps[]> {
    return taskIds.flatMap((id) => {
      const task = this.store.tasks.get(id);
      return task ? [copy(task)] : [];
    });
  }

  async findByIdempotencyKey(key: string): Promise<TaskProps | null> {
    const taskId = this.store.idsByIdempotencyKey.get(key);
    return taskId ? this.findById(taskId) : null;
  }

  async list(query: TaskQuery): Promise<TaskPage> {
    const matches = (t: TaskProps) => (!query.status || t.status === query.status) && (!query.taskType || t.taskType === query.taskType) && (!query.workerId || t.workerId === query.workerId);
    // One more than a page tells whether there is a next one.
    const found: TaskProps[] = [];
    for (const taskId of this.store.listIndex.newestFirst(query)) {
      const task = this.store.tasks.get(taskId) as TaskProps;
      if (matches(task)) found.push(task);
      if (found.length > query.limit) break;
    }
    const items = found.slice(0, query.limit).map(copy);
    return { items, nextCursor: found.length > query.limit ? items[items.length - 1].taskId : null };
  }

  async findByStatus(statuses: readonly TaskStatus[], options: { workerId?: string; afterTaskId?: string; limit: number }): Promise<TaskProps[]> {
    const { workerId, afterTaskId } = options;
    return [...this.store.tasks.values()]
      .filter((t) => statuses.includes(t.status) && (!workerId || t.workerId === workerId) && (!afterTaskId || t.taskId > afterTaskId))
      .sort((a, b) => (a.taskId < b.taskId ? -1 : 1))
      .slice(0, options.limit)
      .map(copy);
  }

  async findOverdue(now: Date, limit: number): Promise<TaskProps[]> {
    return [...this.store.tasks.values()]
      .filter((t) => t.status === 'RUNNING' && t.startedAt && t.startedAt.getTime() + t.timeout * 1000 < now.getTime())
      .sort((a, b) => (a.startedAt as Date).getTime() + a.timeout * 1000 - ((b.startedAt as Date).getTime() + b.timeout * 1000))
      .slice(0, limit)
      .map(copy);
  }

  async countByStatus(filter: { taskType?: string }): Promise<Record<TaskStatus, number>> {
    const counts = emptyStatusCounts();
    for (const task of this.store.tasks.values()) {
      if (!filter.taskType || task.taskType === filter.taskType) counts[task.status]++;
    }
    return counts;
  }

  async countActive(): Promise<ActiveTaskCount[]> {
    const counts = new Map<string, ActiveTaskCount>();
    for (const task of this.store.tasks.values()) {
      if (!ACTIVE_STATUSES.includes(task.status) || !task.workerId) continue;
      const key = `${task.taskType}\u0000${task.workerId}`;
      const row = counts.get(key) ?? { taskType: task.taskType, workerId: task.workerId, count: 0 };
      counts.set(key, { ...row, count: row.count + 1 });
    }
    return [...counts.values()];
  }

  private apply(change: TaskChange): boolean {
    const current = this.store.tasks.get(change.task.taskId);
    if (!current || current.status !== change.expected.status || current.version !== change.expected.version) return false;
    this.store.tasks.set(change.task.taskId, copy(change.task));
    this.store.listIndex.put(change.task, current);
    this.store.appendLog(copy(change.log));
    return true;
  }
}
