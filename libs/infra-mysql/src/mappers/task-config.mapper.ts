import { RetryStrategy, RouteStrategy, TaskConfigProps } from '@asynctask/domain';
import { TaskConfigEntity } from '../entities/task-config.entity';
import { readJsonObject } from './json-column';

export const TaskConfigMapper = {
  toEntity(config: TaskConfigProps): TaskConfigEntity {
    return Object.assign(new TaskConfigEntity(), { ...config });
  },

  toDomain(row: TaskConfigEntity): TaskConfigProps {
    return {
      taskType: row.taskType,
      taskName: row.taskName,
      description: row.description ?? '',
      executorType: row.executorType,
      executorConfig: readJsonObject(row.executorConfig),
      defaultTimeout: row.defaultTimeout,
      defaultMaxRetry: row.defaultMaxRetry,
      retryStrategy: row.retryStrategy as RetryStrategy,
      retryDelay: Number(row.retryDelay),
      backoffRate: Number(row.backoffRate),
      maxConcurrent: row.maxConcurrent,
      routeStrategy: row.routeStrategy as RouteStrategy,
      enabled: Boolean(row.enabled),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  },
};
