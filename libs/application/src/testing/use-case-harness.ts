import { Clock, ExecutorRegistry, TaskConfigInput } from '@asynctask/domain';
import { createExecutorRegistry } from '@asynctask/infra-executors';
import { MemoryDispatchQueue, MemoryWorkerRegistry, createMemoryAdapters } from '@asynctask/infra-memory';
import { AsynctaskPorts, silentLogger } from '../shared/ports';
import { noMetrics } from '../shared/task-metrics';
import { UuidV7Generator } from '../shared/uuid-v7.id-generator';
import { DEFAULT_SCHEDULER_SETTINGS } from '../scheduler/scheduler-settings';
import { SchedulerService } from '../scheduler/scheduler.service';
import { TaskConfigService } from '../task-configs/task-config.service';
import { TaskService } from '../tasks/task.service';
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
 * The use cases wired on the memory adapters with a manual clock. Nothing runs by itself:
 * the test calls scheduler rounds and worker pulls, so every step is deterministic.
 */
export function useCaseHarness() {
  const clock = new ManualClock();
  const memory = createMemoryAdapters(clock);
  const ports: { -readonly [K in keyof AsynctaskPorts]: AsynctaskPorts[K] } = { ...memory, clock, ids: new UuidV7Generator(), metrics: noMetrics };
  const scheduler = new SchedulerService(ports, { ...DEFAULT_SCHEDULER_SETTINGS, schedulerId: 'scheduler-1' }, silentLogger);
  const workers: WorkerService[] = [];

  return {
    clock,
    ports,
    scheduler,
    tasks: new TaskService(ports),
    configs: new TaskConfigService(ports),

    defineType(input: TaskConfigInput) {
      return new TaskConfigService(ports).put({ retryDelay: 0, ...input });
    },

    /** A registered worker that pulls only when told to. */
    async addWorker(settings: Partial<WorkerSettings> = {}, executors: ExecutorRegistry = createExecutorRegistry()): Promise<WorkerService> {
      const worker = new WorkerService(
        ports,
        executors,
        {
          ...DEFAULT_WORKER_SETTINGS,
          workerId: `worker-${workers.length + 1}`,
          workerName: 'test',
          address: 'test',
          pollWaitMs: 0,
          ...settings,
        },
        silentLogger,
      );
      await worker.connect();
      workers.push(worker);
      return worker;
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
      const queue = new MemoryDispatchQueue(memory.election);
      Object.assign(ports, { queue, dispatch: queue, registry: new MemoryWorkerRegistry() });
    },

    async status(taskId: string) {
      return (await ports.tasks.findById(taskId))?.status;
    },

    async logTypes(taskId: string) {
      return (await ports.logs.listByTask(taskId)).map((log) => log.logType);
    },
  };
}
