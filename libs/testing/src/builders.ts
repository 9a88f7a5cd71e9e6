import { ChangeStamp, Clock, TaskConfigProps, TaskLog, TaskProps, WorkerProps } from '@asynctask/domain';

/** What a contract fixture hands back so the suite can free its connections after each test. */
export interface Closable {
  close(): Promise<void>;
}

export const T0 = new Date('2026-01-01T00:00:00.000Z');

/** A time `ms` milliseconds after T0. */
export const at = (ms: number): Date => new Date(T0.getTime() + ms);

let sequence = 0;

/** Ids that sort in the order they were made (`task-00000001`), like the real UUIDv7 ids. */
export function nextId(prefix: string): string {
  return `${prefix}-${String(++sequence).padStart(8, '0')}`;
}

/** A clock that only moves when told to, so tests control time. */
export class FixedClock implements Clock {
  private current: number;

  constructor(start: Date = T0) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }

  set(time: Date): void {
    this.current = time.getTime();
  }
}

/** A ChangeStamp at T0 + `ms` with a fresh, time-ordered log id. */
export function stamp(ms = 1000): ChangeStamp {
  return { now: at(ms), logId: nextId('log') };
}

/** A PENDING task; creation time follows the id, so "oldest first" means the same by id or by time. */
export function aTaskProps(overrides: Partial<TaskProps> = {}): TaskProps {
  const taskId = nextId('task');
  const createdAt = at(sequence);
  return {
    taskId,
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
    runAt: createdAt,
    idempotencyKey: null,
    createdAt,
    scheduledAt: null,
    startedAt: null,
    completedAt: null,
    updatedAt: createdAt,
    ...overrides,
  };
}

/** A log row of `task`; CREATED at the task's creation time unless told otherwise. */
export function aTaskLog(task: TaskProps, overrides: Partial<TaskLog> = {}): TaskLog {
  return {
    logId: nextId('log'),
    taskId: task.taskId,
    logType: 'CREATED',
    fromStatus: null,
    toStatus: 'PENDING',
    message: 'created',
    details: { priority: task.priority },
    createdAt: task.createdAt,
    ...overrides,
  };
}

export function aTaskConfigProps(overrides: Partial<TaskConfigProps> = {}): TaskConfigProps {
  return {
    taskType: 'echo',
    taskName: 'Echo',
    description: 'returns its payload',
    executorType: 'echo',
    executorConfig: { url: 'http://example.test/hook', headers: { 'x-trace': 'a b' }, retryOn: [502, 503] },
    defaultTimeout: 30,
    defaultMaxRetry: 3,
    retryStrategy: 'exponential',
    retryDelay: 1.5,
    backoffRate: 2.5,
    maxConcurrent: 10,
    routeStrategy: 'consistent_hash',
    enabled: true,
    createdAt: at(1),
    updatedAt: at(2),
    ...overrides,
  };
}

export function aWorkerProps(overrides: Partial<WorkerProps> = {}): WorkerProps {
  return {
    workerId: nextId('worker'),
    workerName: 'worker',
    address: '10.0.0.7:9465',
    status: 'ONLINE',
    capacity: 10,
    currentLoad: 0,
    executorTypes: ['echo', 'http'],
    lastHeartbeat: at(5),
    startedAt: at(3),
    ...overrides,
  };
}
