import { ExecutorRegistry } from '@asynctask/domain';
import { Dispatch } from '../dispatch/dispatch';
import { PeriodicJob, delay } from '../shared/periodic-job';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { TaskConfigCatalog } from '../task-configs/catalog/task-config-catalog';
import { AttemptCancelled } from './abort-reasons';
import { RunningAttempts } from './running-attempts';
import { TaskPuller } from './task-puller';
import { TaskRunner } from './task-runner';
import { drainWorker } from './worker-drain';
import { WorkerMembership } from './worker-membership';
import { WorkerSettings } from './worker-settings';

/** The ports a worker's parts use between them. */
export type WorkerPorts = Pick<AsynctaskPorts, 'tasks' | 'workers' | 'registry' | 'queue' | 'clock' | 'ids' | 'metrics'>;

/**
 * A worker, composed of its parts: membership (registration and heartbeat), the puller and runner
 * that take and run its tasks, and the drain that stops it; `taskCancelled` handles cancellations.
 */
export class WorkerService {
  private readonly attempts: RunningAttempts;
  private readonly membership: WorkerMembership;
  private readonly puller: TaskPuller;
  private readonly pulling: PeriodicJob;
  private readonly heartbeats: PeriodicJob;
  private stopping = false;

  constructor(
    ports: WorkerPorts,
    private readonly executors: ExecutorRegistry,
    private readonly settings: WorkerSettings,
    private readonly dispatch: Dispatch,
    catalog: TaskConfigCatalog,
    private readonly logger: AppLogger,
  ) {
    this.attempts = new RunningAttempts(settings.workerId, logger);
    this.membership = new WorkerMembership(ports, settings, executors.types(), this.attempts, logger);
    const runner = new TaskRunner(ports, executors, dispatch, catalog, { ...settings, isStopping: () => this.stopping }, logger);
    this.puller = new TaskPuller(ports, runner, this.attempts, settings);
    this.pulling = new PeriodicJob('pull', () => this.pullOnce(), () => Promise.resolve(), logger);
    this.heartbeats = new PeriodicJob('heartbeat', async () => (await this.heartbeatOnce(), false), () => delay(settings.heartbeatEveryMs), logger);
  }

  get id(): string {
    return this.settings.workerId;
  }

  get runningTaskIds(): string[] {
    return this.attempts.ids;
  }

  async start(): Promise<void> {
    await this.connect();
    this.heartbeats.start();
    this.pulling.start();
    this.logger.log('worker started', { workerId: this.id, capacity: this.settings.capacity, executorTypes: this.executors.types() });
  }

  /** Registers; start() does this before its loops begin. */
  async connect(): Promise<void> {
    await this.membership.register();
  }

  /** A task.cancelled event: aborts the task's attempt if this worker runs it. */
  taskCancelled(taskId: string): void {
    this.attempts.abort(taskId, new AttemptCancelled());
  }

  /** Drains (see drainWorker) and deregisters. */
  async stop(): Promise<void> {
    await drainWorker(
      {
        membership: this.membership,
        attempts: this.attempts,
        requeuer: this.dispatch.requeuer,
        stopPulling: async () => {
          const stopped = this.pulling.stop();
          await this.puller.interrupt();
          await stopped;
        },
        stopHeartbeats: () => this.heartbeats.stop(),
        markStopping: () => (this.stopping = true),
      },
      this.settings,
      this.logger,
    );
  }

  /** Resolves when every task it runs now has finished and its outcome is stored. */
  settle(): Promise<void> {
    return this.attempts.settle();
  }

  /** Takes as many tasks as there are free slots and starts them; true when it took any. */
  pullOnce(): Promise<boolean> {
    return this.puller.pullOnce();
  }

  heartbeatOnce(): Promise<void> {
    return this.membership.heartbeatOnce();
  }
}
