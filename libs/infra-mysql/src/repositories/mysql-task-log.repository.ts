import { TaskLog, TaskLogRepository } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { TaskLogEntity } from '../entities/task-log.entity';
import { TaskLogMapper } from '../mappers/task-log.mapper';

export class MysqlTaskLogRepository implements TaskLogRepository {
  constructor(private readonly db: DataSource) {}

  async listByTask(taskId: string): Promise<TaskLog[]> {
    const rows = await this.db
      .getRepository(TaskLogEntity)
      .createQueryBuilder('l')
      .where('l.task_id = :taskId', { taskId })
      .orderBy('l.created_at', 'ASC')
      .addOrderBy('l.log_id', 'ASC')
      .getMany();
    return rows.map(TaskLogMapper.toDomain);
  }
}
