import { QueueSizes, TaskStatus } from '@asynctask/domain';
import { AsynctaskPorts } from '../shared/ports';

export interface Stats {
  readonly tasks: Record<TaskStatus, number>;
  readonly queues: QueueSizes;
  /** The scheduler holding the leader lease now, if any. */
  readonly leader: string | null;
}

/** Tasks per status, queue depths and the current leader. */
export class GetStatsService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'queue' | 'election'>) {}

  async stats(filter: { taskType?: string }): Promise<Stats> {
    const [tasks, queues, leader] = await Promise.all([
      this.ports.tasks.countByStatus(filter),
      this.ports.queue.sizes(),
      this.ports.election.currentLeader(),
    ]);
    return { tasks, queues, leader };
  }
}
