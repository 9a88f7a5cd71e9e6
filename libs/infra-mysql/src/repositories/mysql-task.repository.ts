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
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { TaskLogEntity } from '../entities/task-log.entity';
import { TaskEntity } from '../entities/task.entity';
import { TaskLogMapper } from '../mappers/task-log.mapper';
import { TaskMapper } from '../mappers/task.mapper';
import { updateChangedTasks } from './batch-task-update';
import { updateTaskIfUnchanged } from './conditional-task-update';
import { insertRows } from './insert-rows';
import { EntityRows } from './entity-rows';
import { whileReachable } from '../unavailable';

/**
 * Tasks in MySQL. Status changes are conditional UPDATEs on (task_id, status, version) with their
 * log INSERT in the same transaction, the log only when the UPDATE hit: a stale writer changes nothing.
 */
export class MysqlTaskRepository implements TaskRepository {
  private readonly rows: EntityRows<TaskEntity>;

  constructor(private readonly db: DataSource) {
    this.rows = new EntityRows(db, TaskEntity);
  }

  insert(tasks: readonly TaskProps[], logs: readonly TaskLog[]): Promise<void> {
    return whileReachable(async () => {
      try {
        await this.db.transaction(async (manager) => {
          await insertRows(manager, TaskEntity, tasks.map(TaskMapper.toEntity));
          await insertRows(manager, TaskLogEntity, logs.map(TaskLogMapper.toEntity));
        });
      } catch (error) {
        const key = duplicateIdempotencyKey(error, tasks);
        if (key) throw new DuplicateIdempotencyKeyError(key);
        throw error;
      }
    });
  }

  applyChange(change: TaskChange): Promise<boolean> {
    return whileReachable(async () => {
      return this.db.transaction(async (manager) => {
        if (!(await updateTaskIfUnchanged(manager, change))) return false;
        await insertRows(manager, TaskLogEntity, [TaskLogMapper.toEntity(change.log)]);
        return true;
      });
    });
  }

  applyChanges(changes: readonly TaskChange[]): Promise<string[]> {
    return whileReachable(async () => {
      if (changes.length === 0) return [];
      return this.db.transaction(async (manager) => {
        const changed = await updateChangedTasks(manager, changes);
        const applied = changes.filter((c) => changed.has(c));
        await insertRows(manager, TaskLogEntity, applied.map((c) => TaskLogMapper.toEntity(c.log)));
        return applied.map((c) => c.task.taskId);
      });
    });
  }

  findById(taskId: string): Promise<TaskProps | null> {
    return whileReachable(async () => {
      const [row] = await this.rows.whereIn('task_id', [taskId]);
      return row ? TaskMapper.toDomain(row) : null;
    });
  }

  findByIds(taskIds: readonly string[]): Promise<TaskProps[]> {
    return whileReachable(async () => {
      return (await this.rows.whereIn('task_id', taskIds)).map(TaskMapper.toDomain);
    });
  }

  findByIdempotencyKey(key: string): Promise<TaskProps | null> {
    return whileReachable(async () => {
      const row = await this.tasks().where('t.idempotency_key = :key', { key }).getOne();
      return row ? TaskMapper.toDomain(row) : null;
    });
  }

  list(query: TaskQuery): Promise<TaskPage> {
    return whileReachable(async () => {
      const q = this.tasks();
      if (query.status) q.andWhere('t.status = :status', { status: query.status });
      if (query.taskType) q.andWhere('t.task_type = :taskType', { taskType: query.taskType });
      if (query.workerId) q.andWhere('t.worker_id = :workerId', { workerId: query.workerId });
      if (query.after) q.andWhere('t.task_id < :after', { after: query.after });
      const rows = await q.orderBy('t.task_id', 'DESC').limit(query.limit + 1).getMany();
      const items = rows.slice(0, query.limit).map(TaskMapper.toDomain);
      return { items, nextCursor: rows.length > query.limit ? items[items.length - 1].taskId : null };
    });
  }

  findByStatus(statuses: readonly TaskStatus[], options: { workerId?: string; afterTaskId?: string; limit: number }): Promise<TaskProps[]> {
    return whileReachable(async () => {
      const q = this.tasks().where('t.status IN (:...statuses)', { statuses });
      if (options.workerId) q.andWhere('t.worker_id = :workerId', { workerId: options.workerId });
      if (options.afterTaskId) q.andWhere('t.task_id > :afterTaskId', { afterTaskId: options.afterTaskId });
      const rows = await q.orderBy('t.task_id', 'ASC').limit(options.limit).getMany();
      return rows.map(TaskMapper.toDomain);
    });
  }

  findOverdue(now: Date, limit: number): Promise<TaskProps[]> {
    return whileReachable(async () => {
      const rows = await this.tasks()
        .where('t.status = :running', { running: 'RUNNING' })
        .andWhere('t.deadline_at < :now', { now })
        .orderBy('t.deadline_at', 'ASC')
        .limit(limit)
        .getMany();
      return rows.map(TaskMapper.toDomain);
    });
  }

  countByStatus(filter: { taskType?: string }): Promise<Record<TaskStatus, number>> {
    return whileReachable(async () => {
      const q = this.db.createQueryBuilder().select('t.status', 'status').addSelect('COUNT(*)', 'count').from(TaskEntity, 't');
      if (filter.taskType) q.where('t.task_type = :taskType', { taskType: filter.taskType });
      const rows: { status: TaskStatus; count: string | number }[] = await q.groupBy('t.status').getRawMany();
      const counts = emptyStatusCounts();
      for (const row of rows) counts[row.status] = Number(row.count);
      return counts;
    });
  }

  countActive(): Promise<ActiveTaskCount[]> {
    return whileReachable(async () => {
      const rows: { taskType: string; workerId: string; count: string | number }[] = await this.db
        .createQueryBuilder()
        .select('t.task_type', 'taskType')
        .addSelect('t.worker_id', 'workerId')
        .addSelect('COUNT(*)', 'count')
        .from(TaskEntity, 't')
        .where('t.status IN (:...statuses)', { statuses: ACTIVE_STATUSES })
        .andWhere('t.worker_id IS NOT NULL')
        .groupBy('t.task_type')
        .addGroupBy('t.worker_id')
        .getRawMany();
      return rows.map((row) => ({ taskType: row.taskType, workerId: row.workerId, count: Number(row.count) }));
    });
  }

  private tasks(): SelectQueryBuilder<TaskEntity> {
    return this.db.getRepository(TaskEntity).createQueryBuilder('t');
  }
}

/** The idempotency key a duplicate-entry error is about, if it is about one. */
function duplicateIdempotencyKey(error: unknown, tasks: readonly TaskProps[]): string | null {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e.code ?? e.driverError?.code;
  if (code !== 'ER_DUP_ENTRY' || !e.message?.includes('uq_task_idempotency_key')) return null;
  const named = tasks.find((t) => t.idempotencyKey && e.message?.includes(`'${t.idempotencyKey}'`));
  return named?.idempotencyKey ?? tasks.find((t) => t.idempotencyKey)?.idempotencyKey ?? null;
}
