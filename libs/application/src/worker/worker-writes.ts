import { Task, TaskChange, TaskProps } from '@asynctask/domain';
import { Dispatch } from '../dispatch/dispatch';
import { BatchWriter } from '../shared/batch-writer';
import { AsynctaskPorts } from '../shared/ports';
import { stamper } from '../shared/stamper';
import { UnansweredWrites } from './unanswered-writes';

/** A task this worker marked RUNNING: the row as it was read, and the aggregate after start(). */
export interface StartedTask {
  readonly task: TaskProps;
  readonly running: Task;
}

export interface WorkerWritesSettings {
  readonly workerId: string;
  /** Most tasks in one statement. */
  readonly maxBatch: number;
}

/**
 * A worker's writes to the stores, shared by all its running tasks: starts, outcomes and acks
 * each go out as one batched write for every task that reached that step meanwhile. Each task
 * still gets its own answer, and every status change stays a compare-and-set of its own.
 */
export class WorkerWrites {
  private readonly starts: BatchWriter<string, StartedTask | null>;
  private readonly outcomes: BatchWriter<TaskChange, boolean>;
  private readonly acks: BatchWriter<string, void>;
  private readonly stamp: ReturnType<typeof stamper>;
  private readonly unansweredStarts = new UnansweredWrites();
  private readonly unansweredOutcomes = new UnansweredWrites();

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'clock' | 'ids'>,
    private readonly dispatch: Pick<Dispatch, 'commit' | 'followUp'>,
    private readonly settings: WorkerWritesSettings,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
    // Two writes at once keep MySQL busy while the next batch gathers.
    const batching = { maxBatch: settings.maxBatch, maxConcurrent: 2 };
    this.starts = new BatchWriter((taskIds) => this.startAll(taskIds), batching);
    this.outcomes = new BatchWriter((changes) => this.storeAll(changes), batching);
    this.acks = new BatchWriter((taskIds) => this.ackAll(taskIds), { ...batching, maxConcurrent: 1 });
  }

  /** Marks a task taken from this worker's queue RUNNING; null when it was cancelled or taken back meanwhile. */
  start(taskId: string): Promise<StartedTask | null> {
    return this.starts.submit(taskId);
  }

  /** Stores an attempt's outcome by compare-and-set; false when the task changed meanwhile. */
  storeOutcome(change: TaskChange): Promise<boolean> {
    return this.outcomes.submit(change);
  }

  /** Drops the task's lease: the last step, once its outcome is stored. */
  ack(taskId: string): Promise<void> {
    return this.acks.submit(taskId);
  }

  private async startAll(taskIds: readonly string[]): Promise<(StartedTask | null)[]> {
    const rows = await this.ports.tasks.findByIds(taskIds);
    const started = new Map<string, StartedTask & { change?: TaskChange }>();
    for (const task of rows) {
      // Our earlier start went through and only its answer was lost: without this the retry would
      // find the task RUNNING, skip it, and leave it to time out.
      if (this.unansweredStarts.wroteRow(task)) {
        started.set(task.taskId, { task, running: Task.restore(task) });
        continue;
      }
      if (task.status !== 'SCHEDULED' || task.workerId !== this.settings.workerId) continue;
      const running = Task.restore(task);
      started.set(task.taskId, { task, running, change: running.start(this.stamp()) });
    }
    const changes = [...started.values()].flatMap((s) => (s.change ? [s.change] : []));
    this.unansweredStarts.sending(changes);
    const applied = new Set(await this.ports.tasks.applyChanges(changes));
    this.unansweredStarts.answered(changes);
    return taskIds.map((taskId) => {
      const start = started.get(taskId);
      return start && (!start.change || applied.has(taskId)) ? { task: start.task, running: start.running } : null;
    });
  }

  private async storeAll(changes: readonly TaskChange[]): Promise<boolean[]> {
    const storedBefore = await this.outcomesStoredWithoutAnswer(changes);
    // Until this write is answered every outcome in it counts as unanswered, those stored before too.
    this.unansweredOutcomes.sending(changes);
    const stored = new Set(await this.dispatch.commit.apply(changes.filter((change) => !storedBefore.has(change))));
    this.unansweredOutcomes.answered(changes);
    await this.dispatch.commit.follow([...storedBefore]);
    return changes.map((change) => stored.has(change) || storedBefore.has(change));
  }

  /**
   * The outcomes an earlier write of ours stored although it failed (only its answer was lost):
   * applied again they would be refused as changed meanwhile, and a retry's follow-up (queueing
   * the task) would wait for the reconciler.
   */
  private async outcomesStoredWithoutAnswer(changes: readonly TaskChange[]): Promise<Set<TaskChange>> {
    const retried = changes.filter((change) => this.unansweredOutcomes.has(change.task.taskId));
    if (retried.length === 0) return new Set();
    const rows = await this.ports.tasks.findByIds(retried.map((change) => change.task.taskId));
    const ours = new Set(rows.filter((row) => this.unansweredOutcomes.wroteRow(row)).map((row) => row.taskId));
    return new Set(retried.filter((change) => ours.has(change.task.taskId)));
  }

  private async ackAll(taskIds: readonly string[]): Promise<void[]> {
    await this.dispatch.followUp.ack(this.settings.workerId, taskIds);
    return taskIds.map(() => undefined);
  }
}
