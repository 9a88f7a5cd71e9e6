import { LogType, TaskLog, TaskStatus } from '@asynctask/domain';
import { TaskLogEntity } from '../entities/task-log.entity';
import { readJsonObject } from './json-column';

export const TaskLogMapper = {
  toEntity(log: TaskLog): TaskLogEntity {
    return Object.assign(new TaskLogEntity(), { ...log });
  },

  toDomain(row: TaskLogEntity): TaskLog {
    return {
      logId: row.logId,
      taskId: row.taskId,
      logType: row.logType as LogType,
      fromStatus: row.fromStatus as TaskStatus | null,
      toStatus: row.toStatus as TaskStatus,
      message: row.message ?? '',
      details: readJsonObject(row.details),
      createdAt: row.createdAt,
    };
  },
};
