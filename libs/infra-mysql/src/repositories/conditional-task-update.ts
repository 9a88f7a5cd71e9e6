import { TaskChange } from '@asynctask/domain';
import { EntityManager } from 'typeorm';
import { changedTaskColumns } from './changed-task-columns';

/**
 * One compare-and-set: a single UPDATE that only matches while the task is still at the status and
 * version the change expects. True when it hit the row. (mysql2 connects with FOUND_ROWS, so
 * affectedRows counts matched rows; the version always moves, so it would be 1 either way.)
 */
export async function updateTaskIfUnchanged(manager: EntityManager, change: TaskChange): Promise<boolean> {
  const columns = changedTaskColumns(manager, [change]);
  const result: { affectedRows?: number } = await manager.query(
    `UPDATE task SET ${columns.map((c) => `${c.name} = ?`).join(', ')} WHERE task_id = ? AND status = ? AND version = ?`,
    [...columns.map((c) => c.valueOf(change)), change.task.taskId, change.expected.status, change.expected.version],
  );
  return result.affectedRows === 1;
}
