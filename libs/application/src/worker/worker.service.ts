import { ExecutorRegistry, Task, Worker } from '@asynctask/domain';
import { PeriodicJob, delay, describeError } from '../shared/periodic-job';
import { AppLogger, AsynctaskPorts } from '../shared/ports';
import { storeAndEnqueue } from '../shared/store-and-enqueue';
import { stamper } from '../shared/stamper';
import { AttemptCancelled, WorkerShuttingDown } from './abort-reasons';
import { TaskRunner } from './task-runner';
import { WorkerSettings } from './worker-settings';

/**
 * A worker: registers, heartbeats and renews its leases, takes tasks from its own queue up to
 * its capacity, runs them, and aborts one when it is cancelled. On stop it drains.
 */
export class WorkerService {
  private readonly running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private readonly runner: TaskRunner;
  private readonly pulling: PeriodicJob;
  private readonly heartbeats: PeriodicJob;
  private readonly stamp: ReturnType<typeof stamper>;
  private worker: Worker;
  private unsubscribe: (() => Promise<void>) | null = null;
  private slotFreed: (() => void) | null = null;
  private stopping = false;

  constructor(
    private readonly ports: AsynctaskPorts,
    private readonly executors: ExecutorRegistry,
    private readonly settings: WorkerSettings,
    private readonly logger: AppLogger,
  ) {
    this.runner = new TaskRunner(ports, executors, { ...settings, isStopping: () => this.stopping }, logger);
    this.stamp = stamper(ports.clock, ports.ids);
    this.worker = this.registration();
    this.pulling = new PeriodicJob('pull', () => this.pullOnce(), () => Promise.resolve(), logger);
    this.heartbeats = new PeriodicJob(
      'heartbeat',
      async () => (await this.heartbeatOnce(), false),
      () => delay(settings.heartbeatEveryMs),
      logger,
    );
  }

  get id(): string {
    return this.settings.workerId;
  }

  get runningTaskIds(): string[] {
    return [...this.running.keys()];
  }

  async start(): Promise<void> {
    await this.connect();
    this.heartbeats.start();
    this.pulling.start();
    this.logger.log('worker started', { workerId: this.id, capacity: this.settings.capacity, executorTypes: this.executors.types() });
  }

  /** Listens for cancellations and registers; start() does this before its loops begin. */
  async connect(): Promise<void> {
    this.unsubscribe ??= await this.ports.cancellations.subscribe((taskId) => this.abortTask(taskId, new AttemptCancelled()));
    await this.register();
  }

  /**
   * Drains: stops taking work, hands back what waits in its queue, gives running tasks the drain
   * timeout to finish, hands back the rest, and deregisters. Nothing handed back uses up a retry.
   */
  async stop(): Promise<void> {
    this.worker.drain();
    await this.ports.registry.update(this.worker.toProps());
    const stopPulling = this.pulling.stop();
    this.slotFreed?.();
    await this.ports.dispatch.interrupt(this.id);
    await stopPulling;
    await this.handBackQueued();

    const finished = this.settle();
    const timedOut = await Promise.race([finished.then(() => false), delay(this.settings.drainTimeoutMs).then(() => true)]);
    if (timedOut) {
      this.logger.warn('drain timeout: handing back running tasks', { workerId: this.id, count: this.running.size });
      this.stopping = true;
      for (const taskId of this.running.keys()) this.abortTask(taskId, new WorkerShuttingDown());
      await finished;
    }

    await this.heartbeats.stop();
    await this.unsubscribe?.();
    this.worker.goOffline();
    await this.ports.registry.remove(this.id);
    await this.saveStoredRecord();
    this.logger.log('worker stopped', { workerId: this.id });
  }

  /** Resolves when every task it runs now has finished and its outcome is stored. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.running.values()].map((r) => r.done));
  }

  /** Takes as many tasks as there are free slots and starts them; true when it took any. */
  async pullOnce(): Promise<boolean> {
    const free = this.settings.capacity - this.running.size;
    if (free <= 0) {
      await new Promise<void>((resolve) => (this.slotFreed = resolve));
      return true;
    }
    const leaseUntil = new Date(this.ports.clock.now().getTime() + this.settings.leaseMs);
    const taskIds = await this.ports.dispatch.take(this.id, free, leaseUntil, this.settings.pollWaitMs);
    for (const taskId of taskIds) this.launch(taskId);
    return taskIds.length > 0;
  }

  async heartbeatOnce(): Promise<void> {
    const now = this.ports.clock.now();
    const known = await this.ports.registry.heartbeat(this.id, this.running.size, now);
    if (!known) {
      this.logger.warn('registry lost this worker; registering again', { workerId: this.id });
      await this.ports.registry.register(this.worker.toProps());
    }
    if (this.running.size > 0) {
      await this.ports.dispatch.renew(this.id, this.runningTaskIds, new Date(now.getTime() + this.settings.leaseMs));
    }
    this.worker.heartbeat(this.running.size, now);
    // The stored heartbeat tells the scheduler this worker lives even when Redis lost its entry.
    await this.saveStoredRecord();
  }

  /** MySQL being away must not stop the Redis heartbeat, lease renewal or deregistration. */
  private async saveStoredRecord(): Promise<void> {
    await this.ports.workers.save(this.worker.toProps()).catch((error: unknown) =>
      this.logger.warn(`could not store the worker record: ${describeError(error)}`, { workerId: this.id }),
    );
  }

  private launch(taskId: string): void {
    const abort = new AbortController();
    const done = this.runner
      .run(taskId, abort)
      .catch((error) => this.logger.error(`task run failed: ${describeError(error)}`, { taskId, workerId: this.id }))
      .finally(() => {
        this.running.delete(taskId);
        this.slotFreed?.();
        this.slotFreed = null;
      });
    this.running.set(taskId, { abort, done });
  }

  private abortTask(taskId: string, reason: Error): void {
    this.running.get(taskId)?.abort.abort(reason);
  }

  private async register(): Promise<void> {
    const props = this.worker.toProps();
    await this.ports.registry.register(props);
    await this.ports.workers.save(props);
  }

  private registration(): Worker {
    const { workerId, workerName, address, capacity } = this.settings;
    return Worker.register({ workerId, workerName, address, capacity, executorTypes: this.executors.types() }, this.ports.clock.now());
  }

  private async handBackQueued(): Promise<void> {
    const queued = await this.ports.dispatch.releaseQueued(this.id);
    if (queued.length === 0) return;
    const tasks = await this.ports.tasks.findByIds(queued);
    const mine = tasks.filter((t) => t.status === 'SCHEDULED' && t.workerId === this.id);
    const changes = mine.map((t) => Task.restore(t).requeue('worker shut down', this.settings.maxRequeues, this.stamp()));
    await storeAndEnqueue(this.ports, changes);
    this.logger.log('handed back queued tasks', { workerId: this.id, count: changes.length });
  }
}
