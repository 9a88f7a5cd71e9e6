import { Assignment, TaskProps } from '@asynctask/domain';
import { describeError } from '../shared/periodic-job';
import { AppLogger, AsynctaskPorts } from '../shared/ports';

/**
 * The dispatch module: the only code that makes Redis (the dispatch state) follow a change stored
 * in MySQL (the truth). TaskCommit stores changes and calls this; TaskRequeuer builds every requeue.
 *
 * Failure policy, the same for every step: the store was written first and is the truth, so a
 * Redis step that fails afterwards is not the caller's failure. It is logged once (one warn line
 * naming the step and how many tasks) and counted (asynctask_dispatch_followups_failed_total{step}),
 * never thrown, and the scheduler's repair passes bring Redis back in step:
 * - enqueue (a task now PENDING): the reconciler's light pass queues PENDING tasks it finds unqueued;
 * - remove (a cancelled task still waiting): the next dispatch round drops ids that are not PENDING;
 * - move_to_workers (after SCHEDULED): the task is still in the ready queue, and the next round
 *   moves it to the same worker;
 * - ack (an outcome stored): the lease lapses and the recoverer drops the entry;
 * - release_worker_queue (a drain, a lost worker): nothing was requeued yet; the recoverer takes
 *   the worker's tasks back once its heartbeat is gone (the next round, for a worker already gone);
 * - abort (a task.cancelled event to the worker running a task cancelled or timed out): the
 *   worker's next heartbeat finds in the store that the attempt is no longer its own and aborts it;
 * - announce_ended (a task.ended event once a task reached a terminal status): nothing to repair,
 *   the store has the status, and whoever waits for the event reads the store when its wait ends.
 */

/** The Redis steps, as the warning and the metric's `step` label name them. */
export type FollowUpStep = 'enqueue' | 'remove' | 'move_to_workers' | 'ack' | 'release_worker_queue' | 'abort' | 'announce_ended';

export type FollowUpPorts = Pick<AsynctaskPorts, 'queue' | 'events' | 'clock' | 'metrics'>;

export class DispatchFollowUp {
  constructor(
    private readonly ports: FollowUpPorts,
    private readonly logger: AppLogger,
  ) {}

  /** Puts tasks that are now PENDING on the ready queue, or in the delayed set until their runAt. */
  async enqueue(tasks: readonly TaskProps[]): Promise<void> {
    if (tasks.length === 0) return;
    const entries = tasks.map((t) => ({ taskId: t.taskId, priority: t.priority, runAt: t.runAt }));
    await this.step('enqueue', tasks.length, () => this.ports.queue.enqueue(entries, this.ports.clock.now()), undefined);
  }

  /** Takes tasks that no longer wait (cancelled, gone) out of the ready queue and delayed set. */
  async remove(taskIds: readonly string[]): Promise<void> {
    if (taskIds.length === 0) return;
    await this.step('remove', taskIds.length, () => this.ports.queue.remove(taskIds), undefined);
  }

  /** Moves tasks stored SCHEDULED to their workers' queues under the leader's token; returns those moved. */
  async moveToWorkers(assignments: readonly Assignment[], fencingToken: number): Promise<string[]> {
    if (assignments.length === 0) return [];
    return this.step('move_to_workers', assignments.length, () => this.ports.queue.moveToWorkers(assignments, fencingToken), []);
  }

  /** Drops the leases of tasks whose outcome the worker stored (or that it let go). */
  async ack(workerId: string, taskIds: readonly string[]): Promise<void> {
    if (taskIds.length === 0) return;
    await this.step('ack', taskIds.length, () => this.ports.queue.ack(workerId, taskIds), undefined);
  }

  /** Empties a worker's queue and returns what was in it; null when Redis could not, so nothing is handed back now. */
  releaseWorkerQueue(workerId: string): Promise<string[] | null> {
    return this.step('release_worker_queue', 1, () => this.ports.queue.releaseWorkerQueue(workerId), null, `the queue of worker ${workerId}`);
  }

  /** Tells the worker running each task to abort it: the store says it was cancelled or timed out. */
  async abort(taskIds: readonly string[]): Promise<void> {
    if (taskIds.length === 0) return;
    await this.step('abort', taskIds.length, async () => {
      for (const taskId of taskIds) await this.ports.events.publish('task.cancelled', { taskId });
    }, undefined);
  }

  /** Tells every process that these tasks reached a terminal status. */
  async announceEnded(tasks: readonly Pick<TaskProps, 'taskId' | 'status'>[]): Promise<void> {
    if (tasks.length === 0) return;
    await this.step('announce_ended', tasks.length, async () => {
      await Promise.all(tasks.map(({ taskId, status }) => this.ports.events.publish('task.ended', { taskId, status })));
    }, undefined);
  }

  /** Runs one Redis step under the policy above; `count` is what the metric adds, `subject` what the warning names. */
  private async step<T>(step: FollowUpStep, count: number, run: () => Promise<T>, fallback: T, subject = `${count} tasks`): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.logger.warn(`dispatch follow-up ${step} failed for ${subject}; the repair passes redo it: ${describeError(error)}`, { step, count });
      this.ports.metrics.dispatchFollowUpFailed(step, count);
      return fallback;
    }
  }
}
