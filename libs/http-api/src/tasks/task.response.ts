import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { JsonObject, JsonValue, LOG_TYPES, LogType, MAX_PRIORITY, MIN_PRIORITY, TASK_STATUSES, TaskLog, TaskProps, TaskStatus } from '@asynctask/domain';
import { ANY_JSON, DATE_TIME, JSON_OBJECT } from '../shared/schema-types';

@ApiSchema({ name: 'Task' })
export class TaskResponse {
  @ApiProperty()
  taskId!: string;

  @ApiProperty()
  taskType!: string;

  @ApiProperty({ minimum: MAX_PRIORITY, maximum: MIN_PRIORITY, description: '1 is served first' })
  priority!: number;

  @ApiProperty({ enum: TASK_STATUSES, enumName: 'TaskStatus' })
  status!: TaskStatus;

  @ApiProperty(JSON_OBJECT)
  payload!: JsonObject;

  @ApiProperty({ ...ANY_JSON, description: "The executor's result once SUCCESS; null before" })
  result!: JsonValue | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed' })
  errorMessage!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The worker it is assigned to or ran on' })
  workerId!: string | null;

  @ApiProperty({ description: 'Retries used so far' })
  retryCount!: number;

  @ApiProperty()
  maxRetry!: number;

  @ApiProperty({ description: 'Seconds an attempt may run' })
  timeout!: number;

  @ApiProperty({ description: 'Attempts started so far' })
  attempt!: number;

  @ApiProperty({ type: String, nullable: true })
  idempotencyKey!: string | null;

  @ApiProperty({ ...DATE_TIME, description: 'Earliest time it may be dispatched' })
  runAt!: string;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty({ ...DATE_TIME, nullable: true })
  scheduledAt!: string | null;

  @ApiProperty({ ...DATE_TIME, nullable: true })
  startedAt!: string | null;

  @ApiProperty({ ...DATE_TIME, nullable: true })
  completedAt!: string | null;
}

@ApiSchema({ name: 'TaskPage' })
export class TaskPageResponse {
  @ApiProperty({ type: [TaskResponse], description: 'Newest first' })
  items!: TaskResponse[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}

@ApiSchema({ name: 'TaskBatch' })
export class TaskBatchResponse {
  @ApiProperty({ type: [TaskResponse], description: 'In the order of the request' })
  tasks!: TaskResponse[];
}

@ApiSchema({ name: 'TaskLog' })
export class TaskLogResponse {
  @ApiProperty()
  logId!: string;

  @ApiProperty()
  taskId!: string;

  @ApiProperty({ enum: LOG_TYPES, enumName: 'LogType' })
  logType!: LogType;

  // Inline: OpenAPI 3.0 cannot make a referenced enum nullable.
  @ApiProperty({ type: String, enum: TASK_STATUSES, nullable: true, description: 'null for CREATED' })
  fromStatus!: TaskStatus | null;

  @ApiProperty({ enum: TASK_STATUSES, enumName: 'TaskStatus' })
  toStatus!: TaskStatus;

  @ApiProperty()
  message!: string;

  @ApiProperty(JSON_OBJECT)
  details!: JsonObject;

  @ApiProperty(DATE_TIME)
  createdAt!: string;
}

@ApiSchema({ name: 'TaskLogList' })
export class TaskLogListResponse {
  @ApiProperty({ type: [TaskLogResponse], description: 'Oldest first' })
  items!: TaskLogResponse[];
}

/** A task as the API shows it. */
export function presentTask(task: TaskProps): TaskResponse {
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

export function presentTaskLog(log: TaskLog): TaskLogResponse {
  return { ...log, createdAt: log.createdAt.toISOString() };
}
