import {
  DuplicateIdempotencyKeyError,
  InvalidTaskError,
  Task,
  TaskConfig,
  TaskLog,
  TaskProps,
  UnknownTaskTypeError,
} from '@asynctask/domain';
import { Dispatch } from '../../dispatch/dispatch';
import { BatchWriter } from '../../shared/batch-writer';
import { AsynctaskPorts } from '../../shared/ports';
import { stamper } from '../../shared/stamper';
import { TaskConfigCatalog } from '../../task-configs/catalog/task-config-catalog';
import { CreateTaskCommand, CreatedTask, MAX_BATCH_SIZE } from './create-task.command';

/** A task not stored yet, with its CREATED log. */
interface NewTask {
  readonly task: Task;
  readonly log: TaskLog;
}

/** Single creates stored together: up to this many, two inserts under way at once. */
const CREATE_GROUP = { maxBatch: 500, maxConcurrent: 2 };

export type CreateTaskPorts = Pick<AsynctaskPorts, 'tasks' | 'clock' | 'ids' | 'metrics'>;

/**
 * Creates tasks: stores them with their CREATED logs, then queues them. Single creates that
 * arrive together share one insert and one enqueue (group commit); an idempotency key that was
 * already used answers the existing task instead of a second one.
 */
export class CreateTaskService {
  private readonly stamp: ReturnType<typeof stamper>;
  private readonly singleCreates: BatchWriter<NewTask, CreatedTask>;

  constructor(
    private readonly ports: CreateTaskPorts,
    private readonly dispatch: Pick<Dispatch, 'followUp'>,
    private readonly catalog: Pick<TaskConfigCatalog, 'get'>,
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

  /** Inserts new tasks with their CREATED logs in one transaction, then queues them (a dispatch follow-up). */
  private async store(created: readonly NewTask[]): Promise<void> {
    const tasks = created.map((c) => c.task.toProps());
    await this.ports.tasks.insert(tasks, created.map((c) => c.log));
    this.countCreated(tasks);
    await this.dispatch.followUp.enqueue(tasks);
  }

  private countCreated(tasks: readonly TaskProps[]): void {
    const perType = new Map<string, number>();
    for (const task of tasks) perType.set(task.taskType, (perType.get(task.taskType) ?? 0) + 1);
    for (const [taskType, count] of perType) this.ports.metrics.tasksCreated(taskType, count);
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
      const config = await this.catalog.get(taskType);
      if (!config) throw new UnknownTaskTypeError(taskType, 'unknown');
      if (!config.enabled) throw new UnknownTaskTypeError(taskType, 'disabled');
      configs.set(taskType, config);
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
}
