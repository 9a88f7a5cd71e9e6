import { TaskProps } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { TaskEntity } from '../entities/task.entity';
import { TaskMapper } from '../mappers/task.mapper';

/**
 * Reads task rows with plain SQL and maps them straight to TaskProps: the hot paths (dispatch,
 * start) read hundreds of rows at a time, and TypeORM's entity hydration cost more CPU than the
 * query. JSON columns arrive as text (jsonStrings) and are parsed here, once, as TypeORM would.
 */
export class TaskRows {
  private readonly select: string;
  private readonly jsonFields: (keyof TaskEntity)[];

  constructor(private readonly db: DataSource) {
    const columns = db.getMetadata(TaskEntity).columns;
    this.select = `SELECT ${columns.map((c) => `${c.databaseName} AS ${c.propertyName}`).join(', ')} FROM task`;
    this.jsonFields = columns.filter((c) => c.type === 'json').map((c) => c.propertyName as keyof TaskEntity);
  }

  async whereIdIn(taskIds: readonly string[]): Promise<TaskProps[]> {
    if (taskIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.db.query(`${this.select} WHERE task_id IN (${taskIds.map(() => '?').join(', ')})`, [...taskIds]);
    return rows.map((row) => {
      for (const field of this.jsonFields) if (typeof row[field] === 'string') row[field] = JSON.parse(row[field] as string);
      return TaskMapper.toDomain(row as unknown as TaskEntity);
    });
  }
}
