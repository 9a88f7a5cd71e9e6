import { TaskProps, TaskStatus } from '@asynctask/domain';
import { TaskEntity } from '../entities/task.entity';
import { readJson, readJsonObject } from './json-column';

export const TaskMapper = {
  toEntity(task: TaskProps): TaskEntity {
    return Object.assign(new TaskEntity(), {
      ...task,
      deadlineAt: deadlineOf(task),
    });
  },

  toDomain(row: TaskEntity): TaskProps {
    return {
      taskId: row.taskId,
      taskType: row.taskType,
      priority: row.priority,
      status: row.status as TaskStatus,
      payload: readJsonObject(row.payload),
      result: readJson(row.result),
      errorMessage: row.errorMessage,
      workerId: row.workerId,
      retryCount: row.retryCount,
      maxRetry: row.maxRetry,
      timeout: row.timeout,
      attempt: row.attempt,
      requeueCount: row.requeueCount,
      version: row.version,
      runAt: row.runAt,
      idempotencyKey: row.idempotencyKey,
      createdAt: row.createdAt,
      scheduledAt: row.scheduledAt,
      startedAt: row.startedAt,
      completedAt: row.completedAt,
      updatedAt: row.updatedAt,
    };
  },
};

/** Stored so overdue RUNNING tasks can be found on an index. */
function deadlineOf(task: TaskProps): Date | null {
  return task.status === 'RUNNING' && task.startedAt ? new Date(task.startedAt.getTime() + task.timeout * 1000) : null;
}
