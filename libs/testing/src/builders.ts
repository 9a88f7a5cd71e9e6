import { TaskConfigProps, TaskLog, TaskProps, WorkerProps } from '@asynctask/domain';

export interface Closable {
  close(): Promise<void>;
}

export const T0 = new Date('2026-01-01T00:00:00.000Z');
export const at = (ms: number): Date => new Date(T0.getTime() + ms);

let sequence = 0;
/** Ids that sort in the order they were made, like the real UUIDv7 ids. */
export function nextId(prefix: string): string {
  return `${prefix}-${String(++sequence).padStart(8, '0')}`;
}

export function aTask(overrides: Partial<TaskProps> = {}): TaskProps {
  return {
    taskId: nextId('task'),
    taskType: 'echo',
    priority: 5,
    status: 'PENDING',
    payload: { n: 1 },
    result: null,
    errorMessage: null,
    workerId: null,
    retryCount: 0,
    maxRetry: 3,
    timeout: 30,
    attempt: 0,
    requeueCount: 0,
    version: 1,
    runAt: T0,
    idempotencyKey: null,
    createdAt: T0,
    scheduledAt: null,
    startedAt: null,
    completedAt: null,
    updatedAt: T0,
    ...overrides,
  };
}

export function aCreatedLog(task: TaskProps, overrides: Partial<TaskLog> = {}): TaskLog {
  return {
    logId: nextId('log'),
    taskId: task.taskId,
    logType: 'CREATED',
    fromStatus: null,
    toStatus: 'PENDING',
    message: 'created',
    details: {},
    createdAt: task.createdAt,
    ...overrides,
  };
}

export function aTaskConfig(overrides: Partial<TaskConfigProps> = {}): TaskConfigProps {
  return {
    taskType: 'echo',
    taskName: 'Echo',
    description: 'returns its payload',
    executorType: 'echo',
    executorConfig: { url: 'http://example.test/hook', headers: { a: 'b' } },
    defaultTimeout: 30,
    defaultMaxRetry: 3,
    retryStrategy: 'exponential',
    retryDelay: 1.5,
    backoffRate: 2.5,
    maxConcurrent: 10,
    routeStrategy: 'consistent_hash',
    enabled: true,
    createdAt: T0,
    updatedAt: at(1),
    ...overrides,
  };
}

export function aWorker(overrides: Partial<WorkerProps> = {}): WorkerProps {
  return {
    workerId: nextId('worker'),
    workerName: 'worker',
    address: '10.0.0.7:9465',
    status: 'ONLINE',
    capacity: 10,
    currentLoad: 0,
    executorTypes: ['echo', 'http'],
    lastHeartbeat: T0,
    startedAt: T0,
    ...overrides,
  };
}
