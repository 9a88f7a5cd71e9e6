import { TaskLog, TaskLogRepository } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { TaskLogEntity } from '../entities/task-log.entity';
import { TaskLogMapper } from '../mappers/task-log.mapper';
import { whileReachable } from '../unavailable';

export class MysqlTaskLogRepository implements TaskLogRepository {
  constructor(private readonly db: DataSource) {}

  listByTask(taskId: string): Promise<TaskLog[]> {
    return whileReachable(async () => {
      const rows = await this.db
        .getRepository(TaskLogEntity)
        .createQueryBuilder('l')
        .where('l.task_id = :taskId', { taskId })
        .orderBy('l.created_at', 'ASC')
        .addOrderBy('l.log_id', 'ASC')
        .getMany();
      return rows.map(TaskLogMapper.toDomain);
    });
  }
}
