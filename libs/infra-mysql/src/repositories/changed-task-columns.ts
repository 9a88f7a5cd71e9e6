import { TaskChange, TaskProps } from '@asynctask/domain';
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
  /** The column's SQL type, for reading its new values out of JSON. */
  readonly sqlType: string;
  valueOf(change: TaskChange): unknown;
}

function isEntityField(field: keyof TaskProps): field is keyof TaskProps & keyof TaskEntity {
  return (CHANGEABLE as string[]).includes(field);
}

/**
 * The task columns any of `changes` sets, plus last_change (the change's log id); a change that
 * did not set one of them writes the value it expects the row to hold. Raw SQL binds values as
 * they are, so JSON columns are serialised here as TypeORM would on its own writes.
 */
export function changedTaskColumns(manager: EntityManager, changes: readonly TaskChange[]): ChangedColumn[] {
  // deadline_at is no field of the task but follows its status, which every change sets.
  const set = new Set<keyof TaskEntity>([...changes.flatMap((c) => c.changed.filter(isEntityField)), 'deadlineAt']);
  const metadata = manager.connection.getMetadata(TaskEntity);
  const entities = new WeakMap<TaskChange, TaskEntity>();
  const rowOf = (change: TaskChange): TaskEntity => {
    let row = entities.get(change);
    if (!row) entities.set(change, (row = TaskMapper.toEntity(change.task)));
    return row;
  };
  const columns = CHANGEABLE.filter((field) => set.has(field)).map((field): ChangedColumn => {
    const column = metadata.findColumnWithPropertyName(field);
    if (!column) throw new Error(`task has no field ${String(field)}`);
    const isJson = column.type === 'json';
    return {
      name: column.databaseName,
      sqlType: sqlTypeOf(column.type, column.length, column.precision),
      valueOf: (change) => (isJson ? jsonText(rowOf(change)[field]) : rowOf(change)[field]),
    };
  });
  return [...columns, { name: 'last_change', sqlType: 'VARCHAR(64)', valueOf: (change) => change.log.logId }];
}

function sqlTypeOf(type: unknown, length: string, precision: number | null | undefined): string {
  switch (type) {
    case 'varchar':
      return `VARCHAR(${length})`;
    case 'int':
      return 'INT';
    case 'datetime':
      return `DATETIME(${precision ?? 0})`;
    case 'json':
    case 'text':
      return 'LONGTEXT';
    default:
      throw new Error(`no SQL type for task column type ${String(type)}`);
  }
}
