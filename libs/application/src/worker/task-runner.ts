import {
  ExecutorRegistry,
  JsonValue,
  NonRetryableError,
  RetryPolicy,
  Task,
  TaskChange,
  TaskConfig,
  TaskProps,
} from '@asynctask/domain';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { delay, describeError } from '../shared/periodic-job';
import { stamper } from '../shared/stamper';
import { storeAndEnqueue } from '../shared/store-and-enqueue';
import { AttemptCancelled, AttemptTimedOut, WorkerShuttingDown, whenAborted } from './abort-reasons';
import { WorkerSettings } from './worker-settings';

const NO_RETRY: RetryPolicy = { delaySeconds: () => 0 };
const STORE_RETRY_BASE_MS = 250;
const STORE_RETRY_MAX_MS = 5000;
/** About five minutes of retries; after that the lease is let go and the scheduler runs the task again. */
const STORE_MAX_ATTEMPTS = 65;

/**
 * Runs one task taken by this worker: marks it RUNNING, runs its executor under the timeout,
 * stores the outcome by compare-and-set, and only then drops the task's lease.
 */
export class TaskRunner {
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: AsynctaskPorts,
    private readonly executors: ExecutorRegistry,
    private readonly settings: Pick<WorkerSettings, 'workerId' | 'maxRequeues'> & { isStopping: () => boolean },
    private readonly logger: AppLogger,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  async run(taskId: string, abort: AbortController): Promise<void> {
    const { workerId } = this.settings;
    const task = await this.ports.tasks.findById(taskId);
    if (task?.status !== 'SCHEDULED' || task.workerId !== workerId) {
      // Cancelled or taken back while it waited in our queue.
      await this.ports.dispatch.ack(workerId, [taskId]);
      return;
    }
    const running = Task.restore(task);
    if (!(await this.ports.tasks.applyChange(running.start(this.stamp())))) {
      await this.ports.dispatch.ack(workerId, [taskId]);
      return;
    }
    const log = { taskId, taskType: task.taskType, workerId };
    this.logger.log('task started', { ...log, attempt: running.attempt });
    const startedAt = this.ports.clock.now().getTime();
    this.ports.metrics.taskStarted(task.taskType, Math.max(0, startedAt - task.runAt.getTime()) / 1000);

    const change = await this.attempt(running, task, abort);
    const seconds = (this.ports.clock.now().getTime() - startedAt) / 1000;
    this.ports.metrics.taskFinished(task.taskType, change?.task.status ?? 'CANCELLED', seconds);
    if (change) {
      const stored = await this.storeOutcome(change, log);
      if (!stored) return; // kept our lease: the scheduler takes the task back once it lapses
    }
    await this.ports.dispatch.ack(workerId, [taskId]);
  }

  /**
   * Stores the outcome by compare-and-set, retrying while the store is unreachable: the worker
   * keeps renewing the task's lease meanwhile, so a MySQL outage costs time, not the result.
   * False when it gave up (the worker is stopping, or the store stayed away too long).
   */
  private async storeOutcome(change: TaskChange, log: Record<string, string>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        const stored = await storeAndEnqueue(this.ports, [change]);
        if (stored.length === 0) this.logger.warn('outcome refused: the task changed meanwhile', log);
        else this.logger.log(`task ${change.task.status === 'PENDING' ? 'will retry' : change.task.status}`, log);
        return true;
      } catch (error) {
        if (this.settings.isStopping() || attempt >= STORE_MAX_ATTEMPTS) return false;
        this.logger.warn(`could not store outcome (attempt ${attempt}), retrying: ${describeError(error)}`, log);
        await delay(Math.min(STORE_RETRY_MAX_MS, STORE_RETRY_BASE_MS * attempt));
      }
    }
  }

  /** Runs the executor and turns what happened into the change to store; null when there is nothing to store. */
  private async attempt(running: Task, task: TaskProps, abort: AbortController): Promise<TaskChange | null> {
    const configProps = await this.ports.configs.findByType(task.taskType);
    const config = configProps && TaskConfig.restore(configProps);
    const executor = config && this.executors.get(config.executorType);
    if (!config || !executor) {
      const error = config ? `no executor of type ${config.executorType} on this worker` : `task type ${task.taskType} no longer exists`;
      return running.fail({ retryable: false, error }, NO_RETRY, this.stamp());
    }
    const timer = setTimeout(() => abort.abort(new AttemptTimedOut(task.timeout)), task.timeout * 1000);
    try {
      const result = await Promise.race([
        executor.execute({
          taskId: task.taskId,
          taskType: task.taskType,
          attempt: running.attempt,
          payload: task.payload,
          config: config.executorConfig,
          signal: abort.signal,
        }),
        whenAborted(abort.signal),
      ]);
      return running.succeed((result ?? null) as JsonValue | null, this.stamp());
    } catch (error) {
      const reason: unknown = abort.signal.aborted ? abort.signal.reason : null;
      if (reason instanceof AttemptCancelled) return null; // the store already says CANCELLED
      if (reason instanceof AttemptTimedOut) return running.timeOut(config.retryPolicy(), this.stamp());
      if (reason instanceof WorkerShuttingDown) return running.requeue('worker shut down', this.settings.maxRequeues, this.stamp());
      const outcome = { retryable: !(error instanceof NonRetryableError), error: describeError(error) };
      return running.fail(outcome, config.retryPolicy(), this.stamp());
    } finally {
      clearTimeout(timer);
    }
  }
}
