import { ACTIVE_STATUSES, Task, TaskChange, TaskProps } from '@asynctask/domain';
import { AsynctaskPorts } from '../shared/ports';
import { stamper } from '../shared/stamper';
import { DispatchFollowUp } from './dispatch-follow-up';
import { DispatchSettings } from './dispatch-settings';
import { TaskCommit } from './task-commit';

/** Why tasks went back to the queue; labels asynctask_tasks_requeued_total. */
export type RequeueKind = 'worker_lost' | 'lease_expired' | 'dispatch_state_lost' | 'worker_shut_down';

export type RequeuerPorts = Pick<AsynctaskPorts, 'tasks' | 'clock' | 'ids' | 'metrics'>;

/**
 * Sends tasks that lost their worker back to the queue without using a retry, or fails them as
 * poison past `maxRequeues`. The one place a requeue is built: the recoverer, the reconciler, a
 * worker's drain and a worker's runner all come here.
 */
export class TaskRequeuer {
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: RequeuerPorts,
    private readonly commit: TaskCommit,
    private readonly followUp: DispatchFollowUp,
    private readonly settings: DispatchSettings,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  /** The change that requeues one task; the caller stores it (a worker batches it with its other outcomes). */
  change(task: Task, reason: string): TaskChange {
    return task.requeue(reason, this.settings.maxRequeues, this.stamp());
  }

  /** Requeues the tasks that are still SCHEDULED or RUNNING; returns the changes stored. */
  async requeue(tasks: readonly TaskProps[], kind: RequeueKind, reason: string = kind): Promise<TaskChange[]> {
    const changes = tasks.filter((t) => ACTIVE_STATUSES.includes(t.status)).map((t) => this.change(Task.restore(t), reason));
    const stored = await this.commit.apply(changes);
    if (stored.length > 0) this.ports.metrics.tasksRequeued(kind, stored.length);
    return stored;
  }

  /**
   * Empties a worker's queue and requeues what waited in it and is still SCHEDULED for it. When
   * Redis cannot release the queue nothing is requeued: the recoverer takes the tasks back later.
   */
  async handBackQueued(workerId: string, kind: RequeueKind, reason: string): Promise<TaskChange[]> {
    const queued = await this.followUp.releaseWorkerQueue(workerId);
    if (!queued || queued.length === 0) return [];
    const tasks = await this.ports.tasks.findByIds(queued);
    return this.requeue(tasks.filter((t) => t.status === 'SCHEDULED' && t.workerId === workerId), kind, reason);
  }
}
