import {
  Assignment,
  LoadBalancers,
  Task,
  TaskChange,
  TaskConfig,
  TaskProps,
  Worker,
  WorkerCandidate,
} from '@asynctask/domain';
import { DispatchFollowUp } from '../dispatch/dispatch-follow-up';
import { AsynctaskPorts } from '../shared/ports';
import { stamper } from '../shared/stamper';
import { TaskConfigCatalog } from '../task-configs/catalog/task-config-catalog';
import { SchedulerSettings } from './scheduler-settings';

/** Counts of SCHEDULED + RUNNING tasks, updated as this round assigns more. */
class ActiveCounts {
  private readonly byType = new Map<string, number>();
  private readonly byWorker = new Map<string, number>();

  constructor(rows: readonly { taskType: string; workerId: string; count: number }[]) {
    for (const row of rows) this.add(row.taskType, row.workerId, row.count);
  }

  ofType(taskType: string): number {
    return this.byType.get(taskType) ?? 0;
  }

  ofWorker(workerId: string): number {
    return this.byWorker.get(workerId) ?? 0;
  }

  add(taskType: string, workerId: string, count = 1): void {
    this.byType.set(taskType, this.ofType(taskType) + count);
    this.byWorker.set(workerId, this.ofWorker(workerId) + count);
  }
}

/**
 * One dispatch round of the leader: takes ready tasks in priority order, picks a worker for each
 * with its type's route strategy, marks them SCHEDULED in the store, then moves them to the
 * workers' queues under the leader's fencing token.
 *
 * The store is written first: should the scheduler die before the Redis move, or the move fail,
 * the task is still in the ready queue while SCHEDULED, and the next round completes the move to
 * the same worker.
 */
export class Dispatcher {
  private readonly balancers = new LoadBalancers();
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'queue' | 'tasks' | 'registry' | 'clock' | 'ids' | 'metrics'>,
    private readonly followUp: DispatchFollowUp,
    private readonly catalog: Pick<TaskConfigCatalog, 'getMany'>,
    private readonly settings: Pick<SchedulerSettings, 'dispatchBatchSize' | 'heartbeatTtlMs' | 'dispatchAheadRatio'>,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  /** Returns how many tasks went to workers. */
  async dispatchOnce(fencingToken: number): Promise<number> {
    const ids = await this.ports.queue.peek(this.settings.dispatchBatchSize);
    if (ids.length === 0) return 0;
    const now = this.ports.clock.now();
    const [tasks, workers, active] = await Promise.all([
      this.ports.tasks.findByIds(ids),
      this.ports.registry.list(),
      this.ports.tasks.countActive(),
    ]);
    const taskById = new Map(tasks.map((t) => [t.taskId, t]));
    const configByType = await this.catalog.getMany(tasks.map((t) => t.taskType));
    const available = workers.map((w) => Worker.restore(w)).filter((w) => w.acceptsWork(now, this.settings.heartbeatTtlMs));
    const counts = new ActiveCounts(active);

    const stale: string[] = [];
    const resumed: Assignment[] = [];
    const changes: TaskChange[] = [];
    for (const id of ids) {
      const task = taskById.get(id);
      if (task?.status === 'SCHEDULED' && task.workerId && available.some((w) => w.id === task.workerId)) {
        resumed.push({ taskId: id, workerId: task.workerId });
        continue;
      }
      if (task?.status !== 'PENDING') {
        // Gone, finished, or SCHEDULED on a worker that is no longer there (the recoverer requeues those).
        if (task?.status !== 'SCHEDULED') stale.push(id);
        continue;
      }
      const config = configByType.get(task.taskType);
      if (!config?.enabled || counts.ofType(task.taskType) >= config.maxConcurrent) continue;
      const worker = this.pickWorker(task, config, available, counts);
      if (!worker) continue;
      changes.push(Task.restore(task).schedule(worker.workerId, this.stamp()));
      counts.add(task.taskType, worker.workerId);
    }

    const applied = new Set(await this.ports.tasks.applyChanges(changes));
    const assignments = [
      ...resumed,
      ...changes.filter((c) => applied.has(c.task.taskId)).map((c) => ({ taskId: c.task.taskId, workerId: c.task.workerId as string })),
    ];
    await this.followUp.remove(stale);
    if (assignments.length === 0) return 0;
    const moved = await this.followUp.moveToWorkers(assignments, fencingToken);
    this.ports.metrics.tasksDispatched(moved.length);
    return moved.length;
  }

  private pickWorker(task: TaskProps, config: TaskConfig, workers: readonly Worker[], counts: ActiveCounts): WorkerCandidate | undefined {
    const candidates: WorkerCandidate[] = [];
    for (const worker of workers) {
      const load = counts.ofWorker(worker.id);
      if (worker.canRun(config.executorType) && load < worker.capacity * (1 + this.settings.dispatchAheadRatio)) {
        candidates.push({ workerId: worker.id, load, capacity: worker.capacity });
      }
    }
    return this.balancers.for(config.routeStrategy).select(candidates, task.taskId);
  }
}
