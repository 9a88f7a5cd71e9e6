import { TaskConfigProps, TaskConfigRepository } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { TaskConfigEntity } from '../entities/task-config.entity';
import { TaskConfigMapper } from '../mappers/task-config.mapper';
import { EntityRows } from './entity-rows';
import { whileReachable } from '../unavailable';

export class MysqlTaskConfigRepository implements TaskConfigRepository {
  private readonly rows: EntityRows<TaskConfigEntity>;

  constructor(private readonly db: DataSource) {
    this.rows = new EntityRows(db, TaskConfigEntity);
  }

  save(config: TaskConfigProps): Promise<void> {
    return whileReachable(async () => {
      // TypeORM's deep-partial type recurses forever on the JSON column's type; the entity is whole anyway.
      const row: object = TaskConfigMapper.toEntity(config);
      await this.db.getRepository(TaskConfigEntity).upsert(row, ['taskType']);
    });
  }

  // Read on every create and every dispatch round: plain SQL (see EntityRows).
  findByType(taskType: string): Promise<TaskConfigProps | null> {
    return whileReachable(async () => {
      const [row] = await this.rows.whereIn('task_type', [taskType]);
      return row ? TaskConfigMapper.toDomain(row) : null;
    });
  }

  findAll(): Promise<TaskConfigProps[]> {
    return whileReachable(async () => {
      return (await this.rows.all('task_type')).map(TaskConfigMapper.toDomain);
    });
  }

  delete(taskType: string): Promise<boolean> {
    return whileReachable(async () => {
      const result = await this.db.getRepository(TaskConfigEntity).delete({ taskType });
      return (result.affected ?? 0) > 0;
    });
  }
}
