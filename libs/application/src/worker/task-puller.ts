import { AsynctaskPorts } from '../shared/ports';
import { RunningAttempts } from './running-attempts';
import { TaskRunner } from './task-runner';
import { WorkerSettings } from './worker-settings';

/** Takes tasks from this worker's queue as slots free up and starts each on the runner. */
export class TaskPuller {
  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'queue' | 'clock'>,
    private readonly runner: TaskRunner,
    private readonly attempts: RunningAttempts,
    private readonly settings: Pick<WorkerSettings, 'workerId' | 'capacity' | 'leaseMs' | 'pollWaitMs'>,
  ) {}

  /** Takes as many tasks as there are free slots and starts them; true when it took any (or waited for a slot). */
  async pullOnce(): Promise<boolean> {
    const free = this.settings.capacity - this.attempts.size;
    if (free <= 0) {
      await this.attempts.untilSlotFree();
      return true;
    }
    const leaseUntil = new Date(this.ports.clock.now().getTime() + this.settings.leaseMs);
    const taskIds = await this.ports.queue.take(this.settings.workerId, free, leaseUntil, this.settings.pollWaitMs);
    for (const taskId of taskIds) this.attempts.launch(taskId, (abort) => this.runner.run(taskId, abort));
    return taskIds.length > 0;
  }

  /** Cuts a pull that waits for work or for a slot short, so the loop can stop. */
  async interrupt(): Promise<void> {
    this.attempts.wakeSlotWaiter();
    await this.ports.queue.interruptTake(this.settings.workerId);
  }
}
