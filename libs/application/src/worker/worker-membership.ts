import { ACTIVE_STATUSES, Worker } from '@asynctask/domain';
import { describeError } from '../shared/periodic-job';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { AttemptCancelled, AttemptTakenBack } from './abort-reasons';
import { RunningAttempts } from './running-attempts';
import { WorkerSettings } from './worker-settings';

export type MembershipPorts = Pick<AsynctaskPorts, 'registry' | 'workers' | 'tasks' | 'queue' | 'clock'>;

/**
 * This worker's place among the workers: registration, the heartbeat that keeps it alive in the
 * registry and renews the leases of what it runs, and its status through drain and deregistration.
 *
 * A worker the scheduler declared dead while it was away (a long pause, a frozen VM) finds itself
 * OFFLINE, or unknown, in its next heartbeat: it registers again, and drops the attempts whose
 * tasks the store no longer names it for (they were taken back and run elsewhere).
 */
export class WorkerMembership {
  private worker: Worker;

  constructor(
    private readonly ports: MembershipPorts,
    private readonly settings: Pick<WorkerSettings, 'workerId' | 'workerName' | 'address' | 'capacity' | 'leaseMs'>,
    executorTypes: readonly string[],
    private readonly attempts: RunningAttempts,
    private readonly logger: AppLogger,
  ) {
    const { workerId, workerName, address, capacity } = settings;
    this.worker = Worker.register({ workerId, workerName, address, capacity, executorTypes: [...executorTypes] }, ports.clock.now());
  }

  async register(): Promise<void> {
    const props = this.worker.toProps();
    await this.ports.registry.register(props);
    await this.ports.workers.save(props);
  }

  async heartbeatOnce(): Promise<void> {
    const now = this.ports.clock.now();
    const load = this.attempts.size;
    const held = await this.ports.registry.heartbeat(this.worker.id, load, now);
    this.worker.heartbeat(load, now);
    if (held === null || held === 'OFFLINE') {
      this.logger.warn(`registry ${held === null ? 'lost' : 'holds OFFLINE'} this worker; registering again`, { workerId: this.worker.id });
      await this.ports.registry.register(this.worker.toProps());
    }
    if (load > 0) {
      await this.ports.queue.renewLeases(this.worker.id, this.attempts.ids, new Date(now.getTime() + this.settings.leaseMs));
    }
    // The stored heartbeat tells the scheduler this worker lives even when Redis lost its entry.
    await this.saveStoredRecord();
    if (load > 0) await this.dropAttemptsTakenBack();
  }

  /** Stops taking work: the scheduler sends a DRAINING worker nothing new. */
  async drain(): Promise<void> {
    this.worker.drain();
    await this.ports.registry.update(this.worker.toProps());
  }

  async deregister(): Promise<void> {
    this.worker.goOffline();
    await this.ports.registry.remove(this.worker.id);
    await this.saveStoredRecord();
  }

  /**
   * Aborts the attempts whose task the store no longer has SCHEDULED or RUNNING on this worker: it
   * was cancelled, or taken back and given to another. Their outcome would be refused anyway; this
   * frees the slot now and repairs a cancellation that never reached this worker.
   */
  private async dropAttemptsTakenBack(): Promise<void> {
    const ids = this.attempts.ids;
    const rows = await this.ports.tasks.findByIds(ids).catch((error: unknown) => {
      this.logger.warn(`could not check the running tasks against the store: ${describeError(error)}`, { workerId: this.worker.id });
      return null;
    });
    if (!rows) return;
    const byId = new Map(rows.map((row) => [row.taskId, row]));
    for (const taskId of ids) {
      const row = byId.get(taskId);
      if (row && ACTIVE_STATUSES.includes(row.status) && row.workerId === this.worker.id) continue;
      if (row?.workerId === this.worker.id) {
        // Ended in the store: cancelled or timed out by the scheduler (or by our own outcome, just stored).
        this.attempts.abort(taskId, new AttemptCancelled());
        continue;
      }
      this.logger.warn('the task was taken back from this worker; dropping its attempt', { taskId, workerId: this.worker.id });
      this.attempts.abort(taskId, new AttemptTakenBack());
    }
  }

  /** MySQL being away must not stop the Redis heartbeat, lease renewal or deregistration. */
  private async saveStoredRecord(): Promise<void> {
    await this.ports.workers.save(this.worker.toProps()).catch((error: unknown) =>
      this.logger.warn(`could not store the worker record: ${describeError(error)}`, { workerId: this.worker.id }),
    );
  }
}
