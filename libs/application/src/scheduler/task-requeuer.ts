import { ACTIVE_STATUSES, Task, TaskChange, TaskProps } from '@asynctask/domain';
import { storeAndEnqueue } from '../shared/store-and-enqueue';
import { AsynctaskPorts } from '../shared/ports';
import { stamper } from '../shared/stamper';

export type RequeueKind = 'worker_lost' | 'lease_expired' | 'dispatch_state_lost';

/** Sends tasks that lost their worker back to the ready queue (or fails them as poison). */
export class TaskRequeuer {
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'queue' | 'clock' | 'ids' | 'metrics'>,
    private readonly maxRequeues: number,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  /** Returns the changes that were applied; `kind` labels the metric, `reason` goes to the log. */
  async requeue(tasks: readonly TaskProps[], kind: RequeueKind, reason: string = kind): Promise<TaskChange[]> {
    const changes = tasks
      .filter((t) => ACTIVE_STATUSES.includes(t.status))
      .map((t) => Task.restore(t).requeue(reason, this.maxRequeues, this.stamp()));
    const stored = await storeAndEnqueue(this.ports, changes);
    if (stored.length > 0) this.ports.metrics.tasksRequeued(kind, stored.length);
    return stored;
  }
}
