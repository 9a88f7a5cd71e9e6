import { TaskLog, TaskProps } from '@asynctask/domain';

/** A task as the API shows it. */
export function presentTask(task: TaskProps) {
  return {
    taskId: task.taskId,
    taskType: task.taskType,
    priority: task.priority,
    status: task.status,
    payload: task.payload,
    result: task.result,
    errorMessage: task.errorMessage,
    workerId: task.workerId,
    retryCount: task.retryCount,
    maxRetry: task.maxRetry,
    timeout: task.timeout,
    attempt: task.attempt,
    idempotencyKey: task.idempotencyKey,
    runAt: task.runAt.toISOString(),
    createdAt: task.createdAt.toISOString(),
    scheduledAt: task.scheduledAt?.toISOString() ?? null,
    startedAt: task.startedAt?.toISOString() ?? null,
    completedAt: task.completedAt?.toISOString() ?? null,
  };
}

export function presentTaskLog(log: TaskLog) {
  return { ...log, createdAt: log.createdAt.toISOString() };
}
