import { TaskProps, TaskStatus } from '@asynctask/domain';
import { TaskRequeuer } from '../dispatch/task-requeuer';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { SchedulerSettings } from './scheduler-settings';

const PAGE = 500;

export interface ReconcileReport {
  /** True when Redis had lost its data and the whole dispatch state was rebuilt. */
  readonly rebuilt: boolean;
  readonly enqueued: number;
  readonly requeued: number;
  readonly leasesRestored: number;
}

const NOTHING: ReconcileReport = { rebuilt: false, enqueued: 0, requeued: 0, leasesRestored: 0 };

/**
 * Keeps Redis in step with MySQL, the source of truth. When the state marker is gone (Redis
 * restarted empty, FLUSHDB) it walks every unfinished task and rebuilds the queues and leases;
 * otherwise it checks a rotating slice, catching a task stored in MySQL whose Redis step was lost
 * to a crash between the two.
 */
export class DispatchReconciler {
  private lastLightPass = 0;
  /** Where each status's light check continues, so over time every task is looked at. */
  private readonly cursors = new Map<TaskStatus, string | undefined>();

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'queue' | 'tasks' | 'clock'>,
    private readonly requeuer: TaskRequeuer,
    private readonly settings: Pick<SchedulerSettings, 'reconcileEveryMs' | 'reconcileGraceMs' | 'restoredLeaseMs'>,
    private readonly logger: AppLogger,
  ) {}

  async reconcileOnce(): Promise<ReconcileReport> {
    const nowMs = this.ports.clock.now().getTime();
    if (!(await this.ports.queue.hasStateMarker())) {
      // Also the very first start: only a rebuild that repaired something is worth a warning.
      const report = await this.rebuild();
      await this.ports.queue.setStateMarker();
      const repaired = report.enqueued + report.requeued + report.leasesRestored > 0;
      (repaired ? this.logger.warn : this.logger.log).call(this.logger, 'dispatch state built from the store', { ...report });
      this.lastLightPass = nowMs;
      return report;
    }
    if (nowMs - this.lastLightPass < this.settings.reconcileEveryMs) return NOTHING;
    this.lastLightPass = nowMs;
    const report = await this.lightPass(nowMs - this.settings.reconcileGraceMs);
    if (report.enqueued + report.requeued + report.leasesRestored > 0) this.logger.warn('repaired dispatch state', { ...report });
    return report;
  }

  private async rebuild(): Promise<ReconcileReport> {
    let total = { ...NOTHING, rebuilt: true };
    for (const status of ['PENDING', 'SCHEDULED', 'RUNNING'] as const) {
      for (let after: string | undefined; ; ) {
        const tasks = await this.ports.tasks.findByStatus([status], { afterTaskId: after, limit: PAGE });
        total = add(total, await this.repair(status, tasks));
        if (tasks.length < PAGE) break;
        after = tasks[tasks.length - 1].taskId;
      }
    }
    return total;
  }

  private async lightPass(changedBefore: number): Promise<ReconcileReport> {
    let total = NOTHING;
    for (const status of ['PENDING', 'SCHEDULED', 'RUNNING'] as const) {
      const tasks = await this.ports.tasks.findByStatus([status], { afterTaskId: this.cursors.get(status), limit: PAGE });
      this.cursors.set(status, tasks.length < PAGE ? undefined : tasks[tasks.length - 1].taskId);
      total = add(total, await this.repair(status, tasks.filter((t) => t.updatedAt.getTime() < changedBefore)));
    }
    return total;
  }

  private async repair(status: TaskStatus, tasks: TaskProps[]): Promise<ReconcileReport> {
    if (tasks.length === 0) return NOTHING;
    const now = this.ports.clock.now();
    const inQueue = await this.ports.queue.queued(tasks.map((t) => t.taskId));
    const notQueued = tasks.filter((_, i) => !inQueue[i]);
    if (status === 'PENDING') {
      await this.ports.queue.enqueue(notQueued.map((t) => ({ taskId: t.taskId, priority: t.priority, runAt: t.runAt })), now);
      return { ...NOTHING, enqueued: notQueued.length };
    }
    // SCHEDULED or RUNNING: still in the ready queue means a dispatch the next round completes.
    const assigned = notQueued.filter((t) => t.workerId !== null);
    const held = await this.ports.queue.holds(assigned.map((t) => ({ taskId: t.taskId, workerId: t.workerId as string })));
    const lost = assigned.filter((_, i) => !held[i]);
    if (status === 'SCHEDULED') {
      // Never started: safe to hand to any worker again.
      const changes = await this.requeuer.requeue(lost, 'dispatch_state_lost', 'dispatch state lost');
      return { ...NOTHING, requeued: changes.length };
    }
    // RUNNING: its worker may well still run it; give it back a lease, which the worker renews or lets lapse.
    const leaseUntil = new Date(now.getTime() + this.settings.restoredLeaseMs);
    await this.ports.queue.restoreLeases(lost.map((t) => ({ taskId: t.taskId, workerId: t.workerId as string, leaseUntil })));
    return { ...NOTHING, leasesRestored: lost.length };
  }
}

function add(a: ReconcileReport, b: ReconcileReport): ReconcileReport {
  return {
    rebuilt: a.rebuilt || b.rebuilt,
    enqueued: a.enqueued + b.enqueued,
    requeued: a.requeued + b.requeued,
    leasesRestored: a.leasesRestored + b.leasesRestored,
  };
}
