import { TaskChange, TaskProps } from '@asynctask/domain';

/**
 * The rows a worker's writes under way would leave, kept until the store answers. When a write
 * fails, its commit may still have gone through with only the answer lost: on the retry, a row
 * exactly as that write would have left it is the write's own, not a change made meanwhile.
 */
export class UnansweredWrites {
  private readonly sent = new Map<string, TaskProps>();

  /** Call before the write. */
  sending(changes: readonly TaskChange[]): void {
    for (const change of changes) this.sent.set(change.task.taskId, change.task);
  }

  /** Call once the store answered. */
  answered(changes: readonly TaskChange[]): void {
    for (const change of changes) this.sent.delete(change.task.taskId);
  }

  has(taskId: string): boolean {
    return this.sent.has(taskId);
  }

  /** True when `row` is what an unanswered write of ours left; forgets that write either way. */
  wroteRow(row: TaskProps): boolean {
    const sent = this.sent.get(row.taskId);
    if (!sent) return false;
    this.sent.delete(row.taskId);
    return (
      row.status === sent.status &&
      row.workerId === sent.workerId &&
      row.version === sent.version &&
      row.attempt === sent.attempt &&
      row.updatedAt.getTime() === sent.updatedAt.getTime()
    );
  }
}
