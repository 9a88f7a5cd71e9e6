import { CreateTaskInput, ListTasksFilter, Task, TaskLog, TaskPage, isTerminalStatus } from './api-types';
import { AsynctaskWaitTimeoutError } from './errors';
import { sleep } from './sleep';
import { RequestOptions, Transport } from './transport';

export interface WaitOptions extends RequestOptions {
  /** How long to wait for the task to end before rejecting with AsynctaskWaitTimeoutError. */
  readonly timeoutMs: number;
  /** Time between two reads of the task (default 500 ms). */
  readonly intervalMs?: number;
}

const DEFAULT_WAIT_INTERVAL_MS = 500;

export class TasksClient {
  constructor(private readonly transport: Transport) {}

  /**
   * Submits a task. With an idempotencyKey already used, the server returns the task that key
   * created instead of a second one; that also makes a create safe to retry after a 503.
   */
  create(task: CreateTaskInput, options: RequestOptions = {}): Promise<Task> {
    const safety = task.idempotencyKey ? 'idempotent' : 'refused-only';
    return this.transport.call(safety, options, (init) => this.transport.api.POST('/api/v1/tasks', { ...init, body: task }));
  }

  /** Submits 1 to 1000 tasks, all or nothing; they come back in the order given. */
  async createBatch(tasks: readonly CreateTaskInput[], options: RequestOptions = {}): Promise<readonly Task[]> {
    const safety = tasks.every((task) => task.idempotencyKey) ? 'idempotent' : 'refused-only';
    const batch = await this.transport.call(safety, options, (init) => this.transport.api.POST('/api/v1/tasks/batch', { ...init, body: { tasks: [...tasks] } }));
    return batch.tasks;
  }

  get(taskId: string, options: RequestOptions = {}): Promise<Task> {
    return this.transport.call('idempotent', options, (init) =>
      this.transport.api.GET('/api/v1/tasks/{taskId}', { ...init, params: { path: { taskId } } }),
    );
  }

  /** One page, newest first; pass its nextCursor as `cursor` for the next one. */
  list(filter: ListTasksFilter = {}, options: RequestOptions = {}): Promise<TaskPage> {
    return this.transport.call('idempotent', options, (init) => this.transport.api.GET('/api/v1/tasks', { ...init, params: { query: filter } }));
  }

  /** Every task that matches, newest first, reading page after page as the loop asks for more. */
  async *iterate(filter: Omit<ListTasksFilter, 'cursor'> = {}, options: RequestOptions = {}): AsyncGenerator<Task, void, undefined> {
    let cursor: string | null = null;
    do {
      const page: TaskPage = await this.list(cursor === null ? filter : { ...filter, cursor }, options);
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor !== null);
  }

  /** Cancels a PENDING, SCHEDULED or RUNNING task; AsynctaskConflictError once it has ended. */
  cancel(taskId: string, options: RequestOptions = {}): Promise<Task> {
    return this.transport.call('refused-only', options, (init) =>
      this.transport.api.POST('/api/v1/tasks/{taskId}/cancel', { ...init, params: { path: { taskId } } }),
    );
  }

  /** Sends a FAILED, TIMEOUT or CANCELLED task back to PENDING; AsynctaskConflictError otherwise. */
  retry(taskId: string, options: RequestOptions = {}): Promise<Task> {
    return this.transport.call('refused-only', options, (init) =>
      this.transport.api.POST('/api/v1/tasks/{taskId}/retry', { ...init, params: { path: { taskId } } }),
    );
  }

  /** The task's audit log, oldest first. */
  async logs(taskId: string, options: RequestOptions = {}): Promise<readonly TaskLog[]> {
    const list = await this.transport.call('idempotent', options, (init) =>
      this.transport.api.GET('/api/v1/tasks/{taskId}/logs', { ...init, params: { path: { taskId } } }),
    );
    return list.items;
  }

  /** Reads the task every intervalMs until it ends (SUCCESS, FAILED, TIMEOUT or CANCELLED) and returns it. */
  async wait(taskId: string, { timeoutMs, intervalMs = DEFAULT_WAIT_INTERVAL_MS, signal }: WaitOptions): Promise<Task> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const task = await this.get(taskId, { signal });
      if (isTerminalStatus(task.status)) return task;
      const left = deadline - Date.now();
      if (left <= 0) throw new AsynctaskWaitTimeoutError(task, timeoutMs);
      await sleep(Math.min(intervalMs, left), signal);
    }
  }
}
