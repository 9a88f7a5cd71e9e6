import { Clock, ClusterEvents, ExecutorRegistry, TaskConfigInput, TaskConfigRepository } from '@asynctask/domain';
import { createExecutorRegistry } from '@asynctask/infra-executors';
import { MemoryDispatchQueue, MemoryWorkerRegistry, createMemoryAdapters } from '@asynctask/infra-memory';
import { FaultyDispatchQueue, FaultyPort, FaultyTaskRepository } from '@asynctask/testing';
import { createDispatch } from '../dispatch/dispatch';
import { DEFAULT_DISPATCH_SETTINGS } from '../dispatch/dispatch-settings';
import { AppLogger, AsynctaskPorts, silentLogger } from '../shared/ports';
import { noMetrics } from '../shared/task-metrics';
import { UuidV7Generator } from '../shared/uuid-v7.id-generator';
import { DEFAULT_SCHEDULER_SETTINGS } from '../scheduler/scheduler-settings';
import { SchedulerService } from '../scheduler/scheduler.service';
import { DEFAULT_CATALOG_SETTINGS, TaskConfigCatalog } from '../task-configs/catalog/task-config-catalog';
import { DeleteTaskConfigService } from '../task-configs/delete-task-config/delete-task-config.service';
import { PutTaskConfigService } from '../task-configs/put-task-config/put-task-config.service';
import { FindTaskConfigService } from '../task-configs/queries/find-task-config.service';
import { ListTaskConfigsService } from '../task-configs/queries/list-task-configs.service';
import { CancelTaskService } from '../tasks/cancel-task/cancel-task.service';
import { CreateTaskService } from '../tasks/create-task/create-task.service';
import { FindTaskService } from '../tasks/queries/find-task.service';
import { ListTaskLogsService } from '../tasks/queries/list-task-logs.service';
import { ListTasksService } from '../tasks/queries/list-tasks.service';
import { RetryTaskService } from '../tasks/retry-task/retry-task.service';
import { DEFAULT_WORKER_SETTINGS, WorkerSettings } from '../worker/worker-settings';
import { WorkerService } from '../worker/worker.service';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start = Date.parse('2026-01-01T00:00:00.000Z')) {
    this.current = start;
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * The use cases wired on the memory adapters with a manual clock, as one process. Nothing runs by
 * itself: the test calls scheduler rounds and worker pulls, so every step is deterministic.
 * Cluster events reach the handlers the Nest apps route them to (the catalog's invalidation, a
 * worker's cancellation) before publish returns. `logger` receives what the use cases report.
 * The task and task-config repositories, the dispatch queue and the cluster events are wrapped:
 * `faults` makes their calls fail, lose their answer or wait, and records them.
 */
export function useCaseHarness(options: { logger?: AppLogger } = {}) {
  const logger = options.logger ?? silentLogger;
  const clock = new ManualClock();
  const memory = createMemoryAdapters(clock);
  const faults = {
    tasks: new FaultyTaskRepository(memory.tasks),
    queue: new FaultyDispatchQueue(memory.queue),
    events: new FaultyPort<ClusterEvents>(memory.events, 'Redis'),
    configs: new FaultyPort<TaskConfigRepository>(memory.configs, 'MySQL'),
  };
  const ports: { -readonly [K in keyof AsynctaskPorts]: AsynctaskPorts[K] } = {
    ...memory,
    tasks: faults.tasks.port,
    queue: faults.queue.port,
    events: faults.events.port,
    configs: faults.configs.port,
    clock,
    ids: new UuidV7Generator(),
    metrics: { ...noMetrics }, // its own, so a test may spy on them
  };
  // Handlers subscribe to the memory events themselves: the wrapper sits on the publishing side.
  const events = memory.events;
  const dispatch = createDispatch(ports, DEFAULT_DISPATCH_SETTINGS, logger);
  const catalog = new TaskConfigCatalog(ports, DEFAULT_CATALOG_SETTINGS, logger);
  events.subscribe('task-config.changed', ({ taskType }) => catalog.invalidate(taskType));
  const scheduler = new SchedulerService(ports, { ...DEFAULT_SCHEDULER_SETTINGS, schedulerId: 'scheduler-1' }, dispatch, catalog, logger);
  const workers: WorkerService[] = [];
  const unsubscribe = new Map<WorkerService, () => void>();
  let workersAdded = 0;
  const create = new CreateTaskService(ports, dispatch, catalog);
  const cancel = new CancelTaskService(ports, dispatch);
  const retry = new RetryTaskService(ports, dispatch);
  const find = new FindTaskService(ports);
  const list = new ListTasksService(ports);
  const logs = new ListTaskLogsService(ports);
  const putConfig = new PutTaskConfigService(ports, catalog);

  return {
    clock,
    ports,
    faults,
    events,
    dispatch,
    catalog,
    scheduler,
    /** The task use cases under short names. */
    tasks: {
      create: create.create.bind(create),
      createBatch: create.createBatch.bind(create),
      cancel: cancel.cancel.bind(cancel),
      retry: retry.retry.bind(retry),
      get: find.find.bind(find),
      list: list.list.bind(list),
      logs: logs.list.bind(logs),
    },
    configs: {
      put: putConfig.put.bind(putConfig),
      get: (taskType: string) => new FindTaskConfigService(ports).find(taskType),
      list: () => new ListTaskConfigsService(ports).list(),
      remove: (taskType: string) => new DeleteTaskConfigService(ports, catalog).delete(taskType),
    },

    defineType(input: TaskConfigInput) {
      return putConfig.put({ retryDelay: 0, ...input });
    },

    /** A registered worker that pulls only when told to. */
    async addWorker(settings: Partial<WorkerSettings> = {}, executors: ExecutorRegistry = createExecutorRegistry()): Promise<WorkerService> {
      const worker = new WorkerService(
        ports,
        executors,
        {
          ...DEFAULT_WORKER_SETTINGS,
          workerId: `worker-${++workersAdded}`,
          workerName: 'test',
          address: 'test',
          pollWaitMs: 0,
          ...settings,
        },
        dispatch,
        catalog,
        logger,
      );
      await worker.connect();
      workers.push(worker);
      unsubscribe.set(worker, events.subscribe('task.cancelled', ({ taskId }) => worker.taskCancelled(taskId)));
      return worker;
    },

    /** The worker's process died: it no longer heartbeats, pulls, runs anything in cycle() or hears events. */
    kill(worker: WorkerService): void {
      workers.splice(workers.indexOf(worker), 1);
      unsubscribe.get(worker)?.();
    },

    /** Heartbeats, one scheduler round, then every worker pulls and runs what it got to the end. */
    async cycle(): Promise<void> {
      for (const worker of workers) await worker.heartbeatOnce();
      await scheduler.runRound();
      for (const worker of workers) {
        await worker.pullOnce();
        await worker.settle();
      }
    },

    /**
     * Redis restarting empty: queues, leases and registry are new, MySQL keeps everything. (The
     * leader lease is kept: services hold the election object, and losing it is the election's own test.)
     */
    loseDispatchState(): void {
      faults.queue = new FaultyDispatchQueue(new MemoryDispatchQueue(memory.election));
      Object.assign(ports, { queue: faults.queue.port, registry: new MemoryWorkerRegistry() });
    },

    async status(taskId: string) {
      return (await ports.tasks.findById(taskId))?.status;
    },

    async logTypes(taskId: string) {
      return (await ports.logs.listByTask(taskId)).map((log) => log.logType);
    },
  };
}
