import {
  ConcurrentChangeError,
  DuplicateIdempotencyKeyError,
  InvalidTaskError,
  Task,
  TaskChange,
  TaskConfig,
  TaskLog,
  TaskNotFoundError,
  TaskPage,
  TaskProps,
  UnknownTaskTypeError,
} from '@asynctask/domain';
import { BatchWriter } from '../shared/batch-writer';
import { describeError } from '../shared/periodic-job';
import { AppLogger, AsynctaskPorts, silentLogger } from '../shared/ports';
import { stamper } from '../shared/stamper';
import { CreateTaskCommand, ListTasksQuery, MAX_BATCH_SIZE, toTaskQuery } from './task-commands';

export interface CreatedTask {
  readonly task: TaskProps;
  /** False when the idempotency key named a task that already existed. */
  readonly created: boolean;
}

/** A task not stored yet, with its CREATED log. */
interface NewTask {
  readonly task: Task;
  readonly log: TaskLog;
}

/** How often a cancel or retry re-reads the task when a concurrent change beat it. */
const MAX_CAS_ATTEMPTS = 5;

/** Single creates stored together: up to this many, two inserts under way at once. */
const CREATE_GROUP = { maxBatch: 500, maxConcurrent: 2 };

/** The client-facing use cases on tasks. */
export class TaskService {
  private readonly stamp: ReturnType<typeof stamper>;
  /** Single creates that arrive together share one insert and one enqueue (group commit). */
  private readonly singleCreates: BatchWriter<NewTask, CreatedTask>;

  constructor(
    private readonly ports: AsynctaskPorts,
    private readonly logger: AppLogger = silentLogger,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
    this.singleCreates = new BatchWriter<NewTask, CreatedTask>(async (created) => {
      await this.store(created);
      return created.map(({ task }) => ({ task: task.toProps(), created: true }));
    }, CREATE_GROUP);
  }

  async create(command: CreateTaskCommand): Promise<CreatedTask> {
    // A key needs its look-up and the duplicate handling of createMany.
    if (command.idempotencyKey) return (await this.createMany([command]))[0];
    const config = (await this.configsFor([command])).get(command.taskType) as TaskConfig;
    return this.singleCreates.submit(this.newTask(config, command));
  }

  /**
   * Creates up to 1000 tasks, all or nothing: one unknown type rejects the whole batch.
   * Commands whose idempotency key is already used get the existing task back.
   */
  async createBatch(commands: readonly CreateTaskCommand[]): Promise<CreatedTask[]> {
    if (commands.length === 0 || commands.length > MAX_BATCH_SIZE) {
      throw new InvalidTaskError(`a batch holds 1 to ${MAX_BATCH_SIZE} tasks`);
    }
    return this.createMany(commands);
  }

  async get(taskId: string): Promise<TaskProps> {
    const task = await this.ports.tasks.findById(taskId);
    if (!task) throw new TaskNotFoundError(taskId);
    return task;
  }

  list(query: ListTasksQuery): Promise<TaskPage> {
    return this.ports.tasks.list(toTaskQuery(query));
  }

  async logs(taskId: string): Promise<TaskLog[]> {
    await this.get(taskId);
    return this.ports.logs.listByTask(taskId);
  }

  /** Cancels a PENDING, SCHEDULED or RUNNING task; a worker running it is told to abort. */
  async cancel(taskId: string): Promise<TaskProps> {
    const change = await this.changeWithRetry(taskId, (task) => task.cancel(this.stamp()));
    await this.ports.queue.remove([taskId]);
    if (change.expected.status !== 'PENDING') await this.ports.cancellations.publish(taskId);
    return change.task;
  }

  /** Sends a FAILED, TIMEOUT or CANCELLED task back to PENDING with a fresh set of retries. */
  async retry(taskId: string): Promise<TaskProps> {
    const change = await this.changeWithRetry(taskId, (task) => task.retryByHand(this.stamp()));
    const now = this.ports.clock.now();
    await this.ports.queue.enqueue([{ taskId, priority: change.task.priority, runAt: change.task.runAt }], now);
    return change.task;
  }

  private async createMany(commands: readonly CreateTaskCommand[]): Promise<CreatedTask[]> {
    const configs = await this.configsFor(commands);
    const existing = await this.existingByKey(commands);
    const results: (CreatedTask | null)[] = commands.map((command) => {
      const task = command.idempotencyKey ? existing.get(command.idempotencyKey) : undefined;
      return task ? { task, created: false } : null;
    });

    const fresh: (NewTask & { index: number })[] = [];
    const keysInBatch = new Map<string, number>();
    commands.forEach((command, index) => {
      if (results[index]) return;
      const key = command.idempotencyKey;
      if (key && keysInBatch.has(key)) return; // a repeat within the batch shares the first one's task
      if (key) keysInBatch.set(key, index);
      fresh.push({ index, ...this.newTask(configs.get(command.taskType) as TaskConfig, command) });
    });

    try {
      await this.store(fresh);
    } catch (error) {
      // Another request took one of the keys between our look-up and insert: create one by one.
      if (error instanceof DuplicateIdempotencyKeyError && commands.length > 1) return this.createOneByOne(commands);
      if (error instanceof DuplicateIdempotencyKeyError) return [await this.existingFor(error.idempotencyKey)];
      throw error;
    }
    for (const f of fresh) results[f.index] = { task: f.task.toProps(), created: true };
    return commands.map((command, index) => {
      const result = results[index];
      if (result) return result;
      const first = results[keysInBatch.get(command.idempotencyKey as string) as number] as CreatedTask;
      return { task: first.task, created: false };
    });
  }

  private newTask(config: TaskConfig, command: CreateTaskCommand): NewTask {
    return config.createTask({ ...command, taskId: this.ports.ids.next(), payload: command.payload ?? {} }, this.stamp());
  }

  /** Inserts new tasks with their CREATED logs in one transaction, then queues them. */
  private async store(created: readonly NewTask[]): Promise<void> {
    const tasks = created.map((c) => c.task);
    await this.ports.tasks.insert(
      tasks.map((t) => t.toProps()),
      created.map((c) => c.log),
    );
    this.countCreated(tasks);
    await this.enqueueStored(tasks);
  }

  private countCreated(tasks: readonly Task[]): void {
    const perType = new Map<string, number>();
    for (const task of tasks) perType.set(task.taskType, (perType.get(task.taskType) ?? 0) + 1);
    for (const [taskType, count] of perType) this.ports.metrics.tasksCreated(taskType, count);
  }

  /**
   * The tasks are stored, so they are accepted: if Redis cannot take them now, the scheduler's
   * reconciliation finds them in MySQL and queues them.
   */
  private async enqueueStored(tasks: readonly Task[]): Promise<void> {
    const entries = tasks.map((t) => ({ taskId: t.id, priority: t.priority, runAt: t.runAt }));
    await this.ports.queue.enqueue(entries, this.ports.clock.now()).catch((error: unknown) =>
      this.logger.warn(`stored ${entries.length} tasks but could not queue them; reconciliation will: ${describeError(error)}`),
    );
  }

  private async createOneByOne(commands: readonly CreateTaskCommand[]): Promise<CreatedTask[]> {
    const results: CreatedTask[] = [];
    for (const command of commands) results.push(await this.create(command));
    return results;
  }

  private async existingFor(idempotencyKey: string): Promise<CreatedTask> {
    const task = await this.ports.tasks.findByIdempotencyKey(idempotencyKey);
    if (!task) throw new DuplicateIdempotencyKeyError(idempotencyKey);
    return { task, created: false };
  }

  private async configsFor(commands: readonly CreateTaskCommand[]): Promise<Map<string, TaskConfig>> {
    const configs = new Map<string, TaskConfig>();
    for (const taskType of new Set(commands.map((c) => c.taskType))) {
      const props = await this.ports.configs.findByType(taskType);
      if (!props) throw new UnknownTaskTypeError(taskType, 'unknown');
      if (!props.enabled) throw new UnknownTaskTypeError(taskType, 'disabled');
      configs.set(taskType, TaskConfig.restore(props));
    }
    return configs;
  }

  private async existingByKey(commands: readonly CreateTaskCommand[]): Promise<Map<string, TaskProps>> {
    const found = new Map<string, TaskProps>();
    for (const key of new Set(commands.map((c) => c.idempotencyKey).filter((k): k is string => !!k))) {
      const task = await this.ports.tasks.findByIdempotencyKey(key);
      if (task) found.set(key, task);
    }
    return found;
  }

  /** Applies a change decided on the latest state, reading again if another change won the race. */
  private async changeWithRetry(taskId: string, decide: (task: Task) => TaskChange): Promise<TaskChange> {
    for (let attempt = 1; ; attempt++) {
      const change = decide(Task.restore(await this.get(taskId)));
      if (await this.ports.tasks.applyChange(change)) return change;
      if (attempt >= MAX_CAS_ATTEMPTS) throw new ConcurrentChangeError(taskId);
    }
  }
}
