import { QueueSizes, TaskStatus } from '@asynctask/domain';
import { AsynctaskPorts } from '../shared/ports';

export interface Stats {
  readonly tasks: Record<TaskStatus, number>;
  readonly queues: QueueSizes;
}

export class StatsService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'queue'>) {}

  async stats(filter: { taskType?: string }): Promise<Stats> {
    const [tasks, queues] = await Promise.all([this.ports.tasks.countByStatus(filter), this.ports.queue.sizes()]);
    return { tasks, queues };
  }
}
