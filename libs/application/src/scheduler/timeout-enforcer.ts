import { Task, TaskChange } from '@asynctask/domain';
import { TaskCommit } from '../dispatch/task-commit';
import { AsynctaskPorts } from '../shared/ports';
import { stamper } from '../shared/stamper';
import { TaskConfigCatalog } from '../task-configs/catalog/task-config-catalog';
import { SchedulerSettings } from './scheduler-settings';

const TIMEOUT_BATCH = 500;

/**
 * The backstop for timeouts: a RUNNING task well past its deadline (its worker should have
 * aborted it) is timed out here, retried if it has retries left, and its worker told to abort.
 */
export class TimeoutEnforcer {
  private readonly stamp: ReturnType<typeof stamper>;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'clock' | 'ids'>,
    private readonly commit: TaskCommit,
    private readonly catalog: Pick<TaskConfigCatalog, 'getMany'>,
    private readonly settings: Pick<SchedulerSettings, 'timeoutGraceMs'>,
  ) {
    this.stamp = stamper(ports.clock, ports.ids);
  }

  async enforceOnce(): Promise<number> {
    const cutoff = new Date(this.ports.clock.now().getTime() - this.settings.timeoutGraceMs);
    const overdue = await this.ports.tasks.findOverdue(cutoff, TIMEOUT_BATCH);
    if (overdue.length === 0) return 0;
    const configs = await this.catalog.getMany(overdue.map((task) => task.taskType));
    const changes: TaskChange[] = overdue.map((task) => {
      const policy = configs.get(task.taskType)?.retryPolicy() ?? { delaySeconds: () => 0 };
      return Task.restore(task).timeOut(policy, this.stamp());
    });
    // A hung worker still holding one is told to abort; a dead one's lease entry is cleared by the recoverer.
    return (await this.commit.apply(changes, { abortRunning: true })).length;
  }
}
