import { ACTIVE_STATUSES, TaskChange, TaskRepository, isTerminal } from '@asynctask/domain';
import { DispatchFollowUp } from './dispatch-follow-up';

export interface CommitOptions {
  /**
   * The change was decided by someone other than the worker running the task (a cancel, the
   * timeout backstop): a worker that holds it is told to abort.
   */
  readonly abortRunning?: boolean;
}

/**
 * Stores status changes by compare-and-set, then makes the dispatch state follow the ones that
 * were stored: a task now PENDING is queued, a cancelled one leaves the queues, with
 * `abortRunning` a worker holding one is told to stop, and every process hears of the tasks that
 * ended. Changes that lost the race follow nothing.
 */
export class TaskCommit {
  constructor(
    private readonly ports: { readonly tasks: TaskRepository },
    private readonly followUp: DispatchFollowUp,
  ) {}

  /** Returns the changes that were stored, in order. */
  async apply(changes: readonly TaskChange[], options: CommitOptions = {}): Promise<TaskChange[]> {
    if (changes.length === 0) return [];
    const applied = new Set(await this.ports.tasks.applyChanges(changes));
    const stored = changes.filter((c) => applied.has(c.task.taskId));
    await this.follow(stored, options);
    return stored;
  }

  /** One change on its own; false when another change came first. */
  async applyOne(change: TaskChange, options: CommitOptions = {}): Promise<boolean> {
    if (!(await this.ports.tasks.applyChange(change))) return false;
    await this.follow([change], options);
    return true;
  }

  /** Makes the dispatch state follow changes stored earlier whose answer was lost, as apply would have. */
  async follow(stored: readonly TaskChange[], options: CommitOptions = {}): Promise<void> {
    await this.followUp.enqueue(stored.filter((c) => c.task.status === 'PENDING').map((c) => c.task));
    await this.followUp.remove(stored.filter((c) => c.task.status === 'CANCELLED').map((c) => c.task.taskId));
    if (options.abortRunning) {
      await this.followUp.abort(stored.filter((c) => ACTIVE_STATUSES.includes(c.expected.status)).map((c) => c.task.taskId));
    }
    await this.followUp.announceEnded(stored.filter((c) => isTerminal(c.task.status)).map((c) => c.task));
  }
}
