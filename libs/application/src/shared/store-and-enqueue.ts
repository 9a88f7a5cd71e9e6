import { TaskChange } from '@asynctask/domain';
import { AsynctaskPorts } from './ports';

/** Stores changes, then puts the ones that went back to PENDING on the queue. */
export async function storeAndEnqueue(
  ports: Pick<AsynctaskPorts, 'tasks' | 'queue' | 'clock'>,
  changes: readonly TaskChange[],
): Promise<TaskChange[]> {
  if (changes.length === 0) return [];
  const applied = new Set(await ports.tasks.applyChanges(changes));
  const stored = changes.filter((c) => applied.has(c.task.taskId));
  const pending = stored.filter((c) => c.task.status === 'PENDING');
  if (pending.length > 0) {
    await ports.queue.enqueue(
      pending.map((c) => ({ taskId: c.task.taskId, priority: c.task.priority, runAt: c.task.runAt })),
      ports.clock.now(),
    );
  }
  return stored;
}
