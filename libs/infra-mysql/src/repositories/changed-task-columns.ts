import { TaskChange } from '@asynctask/domain';
import { EntityManager } from 'typeorm';
import { TaskEntity } from '../entities/task.entity';
import { TaskMapper } from '../mappers/task.mapper';
import { jsonText } from './json-text';

/** Fields a status change may touch; the key, payload and creation fields never change. */
const CHANGEABLE: (keyof TaskEntity)[] = [
  'status', 'result', 'errorMessage', 'workerId', 'retryCount', 'maxRetry', 'timeout', 'attempt', 'requeueCount',
  'version', 'runAt', 'deadlineAt', 'scheduledAt', 'startedAt', 'completedAt', 'updatedAt', 'priority',
];

/** One column a change writes, with the value each change gives it, ready to bind as a parameter. */
export interface ChangedColumn {
  readonly name: string;
  valueOf(change: TaskChange): unknown;
}

/**
 * The task columns a status change writes, plus last_change (the change's log id). Raw SQL binds
 * values as they are, so JSON columns are serialised here as TypeORM would on its own writes.
 */
export function changedTaskColumns(manager: EntityManager): ChangedColumn[] {
  const metadata = manager.connection.getMetadata(TaskEntity);
  const entities = new WeakMap<TaskChange, TaskEntity>();
  const rowOf = (change: TaskChange): TaskEntity => {
    let row = entities.get(change);
    if (!row) entities.set(change, (row = TaskMapper.toEntity(change.task)));
    return row;
  };
  const columns = CHANGEABLE.map((field): ChangedColumn => {
    const column = metadata.findColumnWithPropertyName(field);
    if (!column) throw new Error(`task has no field ${String(field)}`);
    const isJson = column.type === 'json';
    return {
      name: column.databaseName,
      valueOf: (change) => (isJson ? jsonText(rowOf(change)[field]) : rowOf(change)[field]),
    };
  });
  return [...columns, { name: 'last_change', valueOf: (change) => change.log.logId }];
}
