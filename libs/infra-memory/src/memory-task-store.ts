import { TaskLog, TaskProps } from '@asynctask/domain';
import { MemoryTaskListIndex } from './memory-task-list-index';

/** The tables behind the task and task-log repositories, shared so a change and its log land together. */
export class MemoryTaskStore {
  readonly tasks = new Map<string, TaskProps>();
  /** Kept in step with `tasks` by every write, for the task list. */
  readonly listIndex = new MemoryTaskListIndex();
  readonly idsByIdempotencyKey = new Map<string, string>();
  readonly logsByTask = new Map<string, TaskLog[]>();

  appendLog(log: TaskLog): void {
    const logs = this.logsByTask.get(log.taskId) ?? [];
    logs.push(log);
    this.logsByTask.set(log.taskId, logs);
  }
}
