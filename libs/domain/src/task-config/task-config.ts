import { JsonObject } from '../shared/json';
import { ChangeStamp, DEFAULT_PRIORITY, MAX_PRIORITY, MIN_PRIORITY, Task, TaskProps } from '../task/task';
import { InvalidTaskError } from '../task/task.errors';
import { TaskLog } from '../task-log/task-log';
import { RetryPolicy, RetryStrategy, retryPolicy } from './retry-policy';
import { RouteStrategy } from '../balancing/route-strategy';

export interface TaskConfigProps {
  readonly taskType: string;
  readonly taskName: string;
  readonly description: string;
  readonly executorType: string;
  readonly executorConfig: JsonObject;
  /** Seconds an attempt may run unless the task says otherwise. */
  readonly defaultTimeout: number;
  readonly defaultMaxRetry: number;
  readonly retryStrategy: RetryStrategy;
  /** Seconds; the base of the backoff. */
  readonly retryDelay: number;
  readonly backoffRate: number;
  /** Tasks of this type SCHEDULED or RUNNING at once, across all workers. */
  readonly maxConcurrent: number;
  readonly routeStrategy: RouteStrategy;
  readonly enabled: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type TaskConfigInput = Pick<TaskConfigProps, 'taskType' | 'executorType'> &
  Partial<Omit<TaskConfigProps, 'taskType' | 'executorType' | 'createdAt' | 'updatedAt'>>;

export const TASK_CONFIG_DEFAULTS = {
  description: '',
  executorConfig: {},
  defaultTimeout: 30,
  defaultMaxRetry: 3,
  retryStrategy: 'fixed',
  retryDelay: 5,
  backoffRate: 2,
  maxConcurrent: 10,
  routeStrategy: 'least_tasks',
  enabled: true,
} as const satisfies Partial<TaskConfigProps>;

export interface NewTaskRequest {
  readonly taskId: string;
  readonly payload: JsonObject;
  readonly priority?: number;
  readonly maxRetry?: number;
  readonly timeout?: number;
  readonly delaySeconds?: number;
  readonly idempotencyKey?: string | null;
}

/** A task type: how its tasks run, retry and spread over workers. */
export class TaskConfig {
  private constructor(private readonly props: TaskConfigProps) {}

  static restore(props: TaskConfigProps): TaskConfig {
    return new TaskConfig({ ...props });
  }

  /** A config from user input, defaults filled in; `existing` keeps the original creation time on replace. */
  static define(input: TaskConfigInput, now: Date, existing?: TaskConfig | null): TaskConfig {
    return new TaskConfig({
      ...TASK_CONFIG_DEFAULTS,
      taskName: input.taskName ?? input.taskType,
      ...stripUndefined(input),
      taskType: input.taskType,
      executorType: input.executorType,
      createdAt: existing?.props.createdAt ?? now,
      updatedAt: now,
    });
  }

  get taskType(): string {
    return this.props.taskType;
  }
  get executorType(): string {
    return this.props.executorType;
  }
  get executorConfig(): JsonObject {
    return this.props.executorConfig;
  }
  get enabled(): boolean {
    return this.props.enabled;
  }
  get maxConcurrent(): number {
    return this.props.maxConcurrent;
  }
  get routeStrategy(): RouteStrategy {
    return this.props.routeStrategy;
  }

  retryPolicy(): RetryPolicy {
    return retryPolicy(this.props.retryStrategy, this.props.retryDelay, this.props.backoffRate);
  }

  /** A new PENDING task of this type, with the type's defaults where the request is silent. */
  createTask(request: NewTaskRequest, stamp: ChangeStamp): { task: Task; log: TaskLog } {
    assertTaskRequest(request);
    const delayMs = Math.max(0, request.delaySeconds ?? 0) * 1000;
    const props: Pick<TaskProps, 'taskId' | 'taskType' | 'priority' | 'payload' | 'maxRetry' | 'timeout' | 'runAt' | 'idempotencyKey'> = {
      taskId: request.taskId,
      taskType: this.props.taskType,
      priority: request.priority ?? DEFAULT_PRIORITY,
      payload: request.payload,
      maxRetry: request.maxRetry ?? this.props.defaultMaxRetry,
      timeout: request.timeout ?? this.props.defaultTimeout,
      runAt: new Date(stamp.now.getTime() + delayMs),
      idempotencyKey: request.idempotencyKey ?? null,
    };
    return Task.create(props, stamp);
  }

  toProps(): TaskConfigProps {
    return { ...this.props };
  }
}

export const TASK_LIMITS = {
  maxRetry: 100,
  timeoutSeconds: 86_400,
  delaySeconds: 31_536_000,
} as const;

function assertTaskRequest(request: NewTaskRequest): void {
  const { priority, maxRetry, timeout, delaySeconds } = request;
  if (priority !== undefined && !(Number.isInteger(priority) && priority >= MAX_PRIORITY && priority <= MIN_PRIORITY)) {
    throw new InvalidTaskError(`priority must be an integer from ${MAX_PRIORITY} to ${MIN_PRIORITY}`);
  }
  if (maxRetry !== undefined && !(Number.isInteger(maxRetry) && maxRetry >= 0 && maxRetry <= TASK_LIMITS.maxRetry)) {
    throw new InvalidTaskError(`maxRetry must be an integer from 0 to ${TASK_LIMITS.maxRetry}`);
  }
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 1 && timeout <= TASK_LIMITS.timeoutSeconds)) {
    throw new InvalidTaskError(`timeout must be an integer from 1 to ${TASK_LIMITS.timeoutSeconds} seconds`);
  }
  if (delaySeconds !== undefined && !(delaySeconds >= 0 && delaySeconds <= TASK_LIMITS.delaySeconds)) {
    throw new InvalidTaskError(`delaySeconds must be from 0 to ${TASK_LIMITS.delaySeconds}`);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
