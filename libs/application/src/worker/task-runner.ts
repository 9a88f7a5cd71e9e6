import { ExecutorRegistry, JsonValue, NonRetryableError, RetryPolicy, Task, TaskChange, TaskProps } from '@asynctask/domain';
import { Dispatch } from '../dispatch/dispatch';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { delay, describeError } from '../shared/periodic-job';
import { stamper } from '../shared/stamper';
import { TaskConfigCatalog } from '../task-configs/catalog/task-config-catalog';
import { AttemptCancelled, AttemptTakenBack, AttemptTimedOut, WorkerShuttingDown, whenAborted } from './abort-reasons';
import { WorkerSettings } from './worker-settings';
import { WorkerWrites } from './worker-writes';

const NO_RETRY: RetryPolicy = { delaySeconds: () => 0 };
const STORE_RETRY_BASE_MS = 250;
const STORE_RETRY_MAX_MS = 5000;
/** About five minutes of retries; after that the lease is let go and the scheduler runs the task again. */
const STORE_MAX_ATTEMPTS = 65;
const GAVE_UP = Symbol('gave up');

/**
 * Runs one task taken by this worker: marks it RUNNING, runs its executor under the timeout,
 * stores the outcome by compare-and-set, and only then drops the task's lease. The store writes
 * of all the worker's tasks are batched (WorkerWrites).
 */
export class TaskRunner {
  private readonly stamp: ReturnType<typeof stamper>;
  private readonly writes: WorkerWrites;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'clock' | 'ids' | 'metrics'>,
    private readonly executors: ExecutorRegistry,
    private readonly dispatch: Pick<Dispatch, 'commit' | 'followUp' | 'requeuer'>,
    private readonly catalog: Pick<TaskConfigCatalog, 'get'>,
    private readonly settings: Pick<WorkerSettings, 'workerId' | 'capacity'> & { isStopping: () => boolean },
    private readonly logger: AppLogger,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
    this.writes = new WorkerWrites(ports, dispatch, { workerId: settings.workerId, maxBatch: Math.max(1, settings.capacity) });
  }

  async run(taskId: string, abort: AbortController): Promise<void> {
    const { workerId } = this.settings;
    const log = { taskId, workerId };
    // MySQL being away delays the start; the task stays leased to us (the heartbeat renews it).
    // null: cancelled or taken back while it waited in our queue.
    const started = await this.persisting('start', log, () => this.writes.start(taskId));
    if (started === GAVE_UP) return; // the lease lapses and the scheduler takes the task back
    if (!started) {
      await this.writes.ack(taskId);
      return;
    }
    const { task, running } = started;
    const taskLog = { ...log, taskType: task.taskType };
    this.logger.log('task started', { ...taskLog, attempt: running.attempt });
    const startedAt = this.ports.clock.now().getTime();
    this.ports.metrics.taskStarted(task.taskType, Math.max(0, startedAt - task.runAt.getTime()) / 1000);

    const change = await this.attempt(running, task, abort);
    const seconds = (this.ports.clock.now().getTime() - startedAt) / 1000;
    this.ports.metrics.taskFinished(task.taskType, change?.task.status ?? 'CANCELLED', seconds);
    if (change) {
      // Stored by compare-and-set; an outage costs time, not the result.
      const stored = await this.persisting('store outcome', taskLog, () => this.writes.storeOutcome(change));
      if (stored === GAVE_UP) return;
      if (!stored) this.logger.warn('outcome refused: the task changed meanwhile', taskLog);
      else this.logger.log(`task ${change.task.status === 'PENDING' ? 'will retry' : change.task.status}`, taskLog);
    }
    await this.writes.ack(taskId);
  }

  /**
   * Runs a step against the stores, retrying while they fail: the worker keeps renewing the
   * task's lease meanwhile. GAVE_UP when the worker is stopping or the stores stayed away too long.
   */
  private async persisting<T>(step: string, log: Record<string, string>, run: () => Promise<T>): Promise<T | typeof GAVE_UP> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (this.settings.isStopping() || attempt >= STORE_MAX_ATTEMPTS) return GAVE_UP;
        this.logger.warn(`could not ${step} (attempt ${attempt}), retrying: ${describeError(error)}`, log);
        await delay(Math.min(STORE_RETRY_MAX_MS, STORE_RETRY_BASE_MS * attempt));
      }
    }
  }

  /** Runs the executor and turns what happened into the change to store; null when there is nothing to store. */
  private async attempt(running: Task, task: TaskProps, abort: AbortController): Promise<TaskChange | null> {
    const config = await this.catalog.get(task.taskType);
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
      // The store already says CANCELLED, or names another worker: nothing of ours to store.
      if (reason instanceof AttemptCancelled || reason instanceof AttemptTakenBack) return null;
      if (reason instanceof AttemptTimedOut) return running.timeOut(config.retryPolicy(), this.stamp());
      if (reason instanceof WorkerShuttingDown) return this.dispatch.requeuer.change(running, 'worker shut down');
      const outcome = { retryable: !(error instanceof NonRetryableError), error: describeError(error) };
      return running.fail(outcome, config.retryPolicy(), this.stamp());
    } finally {
      clearTimeout(timer);
    }
  }
}
