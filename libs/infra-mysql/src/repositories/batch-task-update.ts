import { TaskChange } from '@asynctask/domain';
import { EntityManager } from 'typeorm';
import { TaskEntity } from '../entities/task.entity';
import { TaskMapper } from '../mappers/task.mapper';

/** Fields a status change may touch; the key, payload and creation fields never change. */
const CHANGEABLE: (keyof TaskEntity)[] = [
  'status', 'result', 'errorMessage', 'workerId', 'retryCount', 'maxRetry', 'timeout', 'attempt', 'requeueCount',
  'version', 'runAt', 'deadlineAt', 'scheduledAt', 'startedAt', 'completedAt', 'updatedAt', 'priority',
];
/** Changes per statement: 18 CASE columns × 2 + 3 placeholders each stays far under MySQL's 65,535. */
const CHUNK = 500;

/**
 * Applies many compare-and-set changes with one UPDATE per chunk: every column is a CASE on
 * task_id, and only rows still at their expected (status, version) match. Which matched is read
 * back from last_change, the change's own log id. Returns the ids of the tasks changed.
 */
export async function updateChangedTasks(manager: EntityManager, changes: readonly TaskChange[]): Promise<Set<string>> {
  const columns = manager.connection.getMetadata(TaskEntity).columns;
  const column = (field: keyof TaskEntity) => {
    const meta = columns.find((c) => c.propertyName === field);
    if (!meta) throw new Error(`task has no field ${String(field)}`);
    return meta;
  };
  const applied = new Set<string>();
  for (let i = 0; i < changes.length; i += CHUNK) {
    const chunk = changes.slice(i, i + CHUNK);
    const rows = chunk.map((c) => ({ id: c.task.taskId, row: TaskMapper.toEntity(c.task), change: c }));
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const field of CHANGEABLE) {
      const meta = column(field);
      sets.push(`${meta.databaseName} = CASE task_id ${rows.map(() => 'WHEN ? THEN ?').join(' ')} END`);
      for (const { id, row } of rows) params.push(id, meta.type === 'json' ? jsonText(row[field]) : row[field]);
    }
    sets.push(`last_change = CASE task_id ${rows.map(() => 'WHEN ? THEN ?').join(' ')} END`);
    for (const { id, change } of rows) params.push(id, change.log.logId);
    for (const { id, change } of rows) params.push(id, change.expected.status, change.expected.version);
    await manager.query(`UPDATE task SET ${sets.join(', ')} WHERE (task_id, status, version) IN (${rows.map(() => '(?, ?, ?)').join(', ')})`, params);

    const written: { task_id: string; last_change: string | null }[] = await manager.query(
      `SELECT task_id, last_change FROM task WHERE task_id IN (${rows.map(() => '?').join(', ')})`,
      rows.map((r) => r.id),
    );
    const logIdOf = new Map(rows.map((r) => [r.id, r.change.log.logId]));
    for (const row of written) if (row.last_change === logIdOf.get(row.task_id)) applied.add(row.task_id);
  }
  return applied;
}

function jsonText(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
