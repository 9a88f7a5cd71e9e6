import { TaskChange } from '@asynctask/domain';
import { EntityManager } from 'typeorm';
import { changedTaskColumns } from './changed-task-columns';

/** Changes per statement. */
const CHUNK = 500;

/**
 * Applies many compare-and-set changes with one UPDATE per chunk: the new values travel as one
 * JSON parameter, read by JSON_TABLE (MariaDB 10.6+, MySQL 8.0.4+) into a table joined to task
 * on the primary key (cheaper for the server to parse than a derived table of many SELECTs and
 * one bound value instead of thousands), and only rows still at their expected
 * (status, version) match. When only some matched, which ones is read back from last_change, the
 * change's own log id: one SELECT per chunk, never one per row.
 *
 * A derived table can only say one thing per task_id, so a task that appears twice is handled in
 * rounds: its second change goes into the next statement, after the first has (or has not)
 * applied, as if the changes had been applied one by one. Returns the changes that applied.
 */
export async function updateChangedTasks(manager: EntityManager, changes: readonly TaskChange[]): Promise<Set<TaskChange>> {
  const applied = new Set<TaskChange>();
  for (const round of roundsOfDistinctTasks(changes)) {
    for (let i = 0; i < round.length; i += CHUNK) {
      const chunk = round.slice(i, i + CHUNK);
      const columns = changedTaskColumns(manager, chunk);
      const rows = chunk.map((change) => [
        change.task.taskId,
        change.expected.status,
        change.expected.version,
        ...columns.map((column) => jsonTableValue(column.valueOf(change))),
      ]);
      const paths = [
        `id VARCHAR(64) PATH '$[0]'`,
        `expected_status VARCHAR(32) PATH '$[1]'`,
        `expected_version INT PATH '$[2]'`,
        ...columns.map((c, i) => `new_${c.name} ${c.sqlType} PATH '$[${i + 3}]'`),
      ];
      const result: { affectedRows?: number } = await manager.query(
        `UPDATE task t JOIN JSON_TABLE(?, '$[*]' COLUMNS (${paths.join(', ')})) v
           ON t.task_id = v.id AND t.status = v.expected_status AND t.version = v.expected_version
         SET ${columns.map((c) => `t.${c.name} = v.new_${c.name}`).join(', ')}`,
        [JSON.stringify(rows)],
      );
      // Each task is named once, so the count of rows hit says it all unless only some applied.
      const hit = result.affectedRows ?? -1;
      if (hit === 0) continue;
      if (hit === chunk.length) {
        chunk.forEach((change) => applied.add(change));
        continue;
      }

      const written: { task_id: string; last_change: string | null }[] = await manager.query(
        `SELECT task_id, last_change FROM task WHERE task_id IN (${chunk.map(() => '?').join(', ')})`,
        chunk.map((c) => c.task.taskId),
      );
      const lastChangeOf = new Map(written.map((row) => [row.task_id, row.last_change]));
      for (const change of chunk) if (lastChangeOf.get(change.task.taskId) === change.log.logId) applied.add(change);
    }
  }
  return applied;
}

/** Splits changes so that no round names a task twice, keeping each task's changes in order. */
function roundsOfDistinctTasks(changes: readonly TaskChange[]): TaskChange[][] {
  const rounds: TaskChange[][] = [];
  const seen = new Map<string, number>();
  for (const change of changes) {
    const round = seen.get(change.task.taskId) ?? 0;
    seen.set(change.task.taskId, round + 1);
    (rounds[round] ??= []).push(change);
  }
  return rounds;
}

/** A value as JSON_TABLE reads it back: dates as DATETIME text in UTC (the connection's zone). */
function jsonTableValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : value ?? null;
}
