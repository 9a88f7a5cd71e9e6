import { TaskConfigProps, TaskConfigRepository } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { TaskConfigEntity } from '../entities/task-config.entity';
import { TaskConfigMapper } from '../mappers/task-config.mapper';

export class MysqlTaskConfigRepository implements TaskConfigRepository {
  constructor(private readonly db: DataSource) {}

  async save(config: TaskConfigProps): Promise<void> {
    // TypeORM's deep-partial type recurses forever on the JSON column's type; the entity is whole anyway.
    const row: object = TaskConfigMapper.toEntity(config);
    await this.db.getRepository(TaskConfigEntity).upsert(row, ['taskType']);
  }

  async findByType(taskType: string): Promise<TaskConfigProps | null> {
    const row = await this.db.getRepository(TaskConfigEntity).findOneBy({ taskType });
    return row ? TaskConfigMapper.toDomain(row) : null;
  }

  async findAll(): Promise<TaskConfigProps[]> {
    const rows = await this.db.getRepository(TaskConfigEntity).find({ order: { taskType: 'ASC' } });
    return rows.map(TaskConfigMapper.toDomain);
  }

  async delete(taskType: string): Promise<boolean> {
    const result = await this.db.getRepository(TaskConfigEntity).delete({ taskType });
    return (result.affected ?? 0) > 0;
  }
}
