import { Dispatch } from '../dispatch/dispatch';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { PeriodicJob, delay } from '../shared/periodic-job';
import { TaskConfigCatalog } from '../task-configs/catalog/task-config-catalog';
import { DispatchReconciler, ReconcileReport } from './dispatch-reconciler';
import { Dispatcher } from './dispatcher';
import { LeaderElector } from './leader-elector';
import { SchedulerSettings } from './scheduler-settings';
import { TimeoutEnforcer } from './timeout-enforcer';
import { WorkerRecoverer } from './worker-recoverer';

export interface RoundReport {
  readonly leader: boolean;
  readonly promoted: number;
  readonly dispatched: number;
}

export interface MaintenanceReport {
  readonly leader: boolean;
  readonly recovered: number;
  readonly timedOut: number;
  readonly reconciled: ReconcileReport | null;
}

const PROMOTE_BATCH = 1000;

/** The ports the scheduler's loops use between them. */
export type SchedulerPorts = Pick<
  AsynctaskPorts,
  'tasks' | 'workers' | 'registry' | 'queue' | 'election' | 'clock' | 'ids' | 'metrics'
>;

/**
 * The scheduler: while it holds the leader lease it forwards due delayed tasks, dispatches ready
 * ones, and in a slower loop keeps Redis in step with MySQL, recovers tasks of lost workers and
 * enforces timeouts. Standbys only try to become leader.
 */
export class SchedulerService {
  private readonly elector: LeaderElector;
  private readonly dispatcher: Dispatcher;
  private readonly recoverer: WorkerRecoverer;
  private readonly timeouts: TimeoutEnforcer;
  private readonly reconciler: DispatchReconciler;
  private readonly dispatchLoop: PeriodicJob;
  private readonly maintenanceLoop: PeriodicJob;

  constructor(
    private readonly ports: SchedulerPorts,
    private readonly settings: SchedulerSettings,
    dispatch: Dispatch,
    catalog: TaskConfigCatalog,
    logger: AppLogger,
  ) {
    this.elector = new LeaderElector(ports.election, settings.schedulerId, settings.leaderTtlMs, logger);
    this.dispatcher = new Dispatcher(ports, dispatch.followUp, catalog, settings);
    this.recoverer = new WorkerRecoverer(ports, dispatch, settings, logger);
    this.timeouts = new TimeoutEnforcer(ports, dispatch.commit, catalog, settings);
    this.reconciler = new DispatchReconciler(ports, dispatch.requeuer, settings, logger);
    this.dispatchLoop = new PeriodicJob(
      'dispatch',
      async () => (await this.runRound()).dispatched > 0,
      () => this.idleWait(),
      logger,
    );
    this.maintenanceLoop = new PeriodicJob(
      'maintenance',
      async () => (await this.runMaintenance(), false),
      () => delay(settings.maintenanceEveryMs),
      logger,
    );
  }

  get isLeader(): boolean {
    return this.elector.isLeader;
  }

  /** One dispatch round: promote due delayed tasks, then dispatch ready ones. */
  async runRound(): Promise<RoundReport> {
    const lease = await this.elector.ensure(this.ports.clock.now().getTime());
    if (!lease) return { leader: false, promoted: 0, dispatched: 0 };
    const promoted = await this.ports.queue.promoteDue(this.ports.clock.now(), PROMOTE_BATCH);
    const dispatched = await this.dispatcher.dispatchOnce(lease.fencingToken);
    return { leader: true, promoted, dispatched };
  }

  async runMaintenance(): Promise<MaintenanceReport> {
    const lease = await this.elector.ensure(this.ports.clock.now().getTime());
    if (!lease) return { leader: false, recovered: 0, timedOut: 0, reconciled: null };
    // Reconcile first: after Redis lost its data, the other jobs would act on an empty picture.
    const reconciled = await this.reconciler.reconcileOnce();
    if (reconciled.rebuilt) this.elector.recheck(); // the lease key went with the rest
    const recovered = await this.recoverer.recoverOnce();
    const timedOut = await this.timeouts.enforceOnce();
    return { leader: true, recovered, timedOut, reconciled };
  }

  start(): void {
    this.dispatchLoop.start();
    this.maintenanceLoop.start();
  }

  /** Stops both loops and gives up leadership at once so a standby takes over without waiting for the TTL. */
  async stop(): Promise<void> {
    await Promise.all([this.dispatchLoop.stop(), this.maintenanceLoop.stop()]);
    await this.elector.resign();
  }

  private idleWait(): Promise<void> {
    // A standby polls for the lease; the leader waits for new work or a freed slot.
    if (!this.elector.isLeader) return delay(Math.min(this.settings.idlePollMs * 5, this.settings.leaderTtlMs / 3));
    return this.ports.queue.waitForWork(this.settings.idlePollMs);
  }
}
