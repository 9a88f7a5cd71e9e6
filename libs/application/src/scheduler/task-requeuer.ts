import { ACTIVE_STATUSES, Task, TaskChange, TaskProps } from '@asynctask/domain';
import { storeAndEnqueue } from '../shared/store-and-enqueue';
import { AsynctaskPorts } from '../shared/ports';
import { stamper } from '../shared/stamper';

/** Sends tasks that lost their worker back to the ready queue (or fails them as poison). */
export class TaskRequeuer {
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'queue' | 'clock' | 'ids'>,
    private readonly maxRequeues: number,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  /** Returns the changes that were applied. */
  async requeue(tasks: readonly TaskProps[], reason: string): Promise<TaskChange[]> {
    const changes = tasks
      .filter((t) => ACTIVE_STATUSES.includes(t.status))
      .map((t) => Task.restore(t).requeue(reason, this.maxRequeues, this.stamp()));
    return storeAndEnqueue(this.ports, changes);
  }
}
