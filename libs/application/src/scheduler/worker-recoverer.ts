import { ACTIVE_STATUSES, Worker } from '@asynctask/domain';
import { Dispatch } from '../dispatch/dispatch';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { SchedulerSettings } from './scheduler-settings';

const RECOVERY_BATCH = 500;

/**
 * Takes tasks back from workers that stopped heartbeating, vanished from the registry, or let a
 * lease run out, and marks dead workers OFFLINE.
 */
export class WorkerRecoverer {
  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'registry' | 'workers' | 'tasks' | 'queue' | 'clock'>,
    private readonly dispatch: Pick<Dispatch, 'followUp' | 'requeuer'>,
    private readonly settings: Pick<SchedulerSettings, 'heartbeatTtlMs'>,
    private readonly logger: AppLogger,
  ) {}

  /** Returns how many tasks were taken back. */
  async recoverOnce(): Promise<number> {
    return (await this.recoverDeadWorkers()) + (await this.recoverExpiredLeases());
  }

  private async recoverDeadWorkers(): Promise<number> {
    const now = this.ports.clock.now();
    const registered = (await this.ports.registry.list()).map((w) => Worker.restore(w));
    const alive = new Set(registered.filter((w) => w.isAlive(now, this.settings.heartbeatTtlMs)).map((w) => w.id));
    for (const worker of registered) {
      if (alive.has(worker.id) || worker.status === 'OFFLINE') continue;
      this.logger.warn('worker stopped heartbeating; marking it OFFLINE', { workerId: worker.id });
      worker.goOffline();
      await this.ports.registry.update(worker.toProps());
      await this.ports.workers.save(worker.toProps());
    }

    const holders = new Set((await this.ports.tasks.countActive()).map((row) => row.workerId));
    let recovered = 0;
    for (const workerId of holders) {
      if (alive.has(workerId) || (await this.heartbeatStoredRecently(workerId, now))) continue;
      // Its queue first, so nothing waits there for a worker that is gone; if Redis cannot, next round.
      if ((await this.dispatch.followUp.releaseWorkerQueue(workerId)) === null) continue;
      const tasks = await this.ports.tasks.findByStatus(ACTIVE_STATUSES, { workerId, limit: RECOVERY_BATCH });
      const changes = await this.dispatch.requeuer.requeue(tasks, 'worker_lost', `worker ${workerId} is gone`);
      await this.dispatch.followUp.ack(workerId, tasks.map((t) => t.taskId));
      if (changes.length > 0) this.logger.warn('requeued tasks of a lost worker', { workerId, count: changes.length });
      recovered += changes.length;
    }
    return recovered;
  }

  /**
   * A worker missing from the registry may only have lost its entry with Redis's data: its
   * heartbeats also reach MySQL, so trust those before declaring it gone.
   */
  private async heartbeatStoredRecently(workerId: string, now: Date): Promise<boolean> {
    const stored = await this.ports.workers.findById(workerId);
    return stored !== null && Worker.restore(stored).isAlive(now, this.settings.heartbeatTtlMs);
  }

  private async recoverExpiredLeases(): Promise<number> {
    const expired = await this.ports.queue.expiredLeases(this.ports.clock.now(), RECOVERY_BATCH);
    if (expired.length === 0) return 0;
    const tasks = await this.ports.tasks.findByIds(expired.map((e) => e.taskId));
    const heldByLeaseOwner = tasks.filter((t) => expired.some((e) => e.taskId === t.taskId && e.workerId === t.workerId));
    const changes = await this.dispatch.requeuer.requeue(heldByLeaseOwner, 'lease_expired', 'lease expired');
    for (const entry of expired) await this.dispatch.followUp.ack(entry.workerId, [entry.taskId]);
    return changes.length;
  }
}
