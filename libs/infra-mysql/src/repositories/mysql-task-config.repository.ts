import { TaskConfigProps, TaskConfigRepository } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { TaskConfigEntity } from '../entities/task-config.entity';
import { TaskConfigMapper } from '../mappers/task-config.mapper';
import { EntityRows } from './entity-rows';

export class MysqlTaskConfigRepository implements TaskConfigRepository {
  private readonly rows: EntityRows<TaskConfigEntity>;

  constructor(private readonly db: DataSource) {
    this.rows = new EntityRows(db, TaskConfigEntity);
  }

  async save(config: TaskConfigProps): Promise<void> {
    // TypeORM's deep-partial type recurses forever on the JSON column's type; the entity is whole anyway.
    const row: object = TaskConfigMapper.toEntity(config);
    await this.db.getRepository(TaskConfigEntity).upsert(row, ['taskType']);
  }

  // Read on every create and every dispatch round: plain SQL (see EntityRows).
  async findByType(taskType: string): Promise<TaskConfigProps | null> {
    const [row] = await this.rows.whereIn('task_type', [taskType]);
    return row ? TaskConfigMapper.toDomain(row) : null;
  }

  async findAll(): Promise<TaskConfigProps[]> {
    return (await this.rows.all('task_type')).map(TaskConfigMapper.toDomain);
  }

  async delete(taskType: string): Promise<boolean> {
    const result = await this.db.getRepository(TaskConfigEntity).delete({ taskType });
    return (result.affected ?? 0) > 0;
  }
}
