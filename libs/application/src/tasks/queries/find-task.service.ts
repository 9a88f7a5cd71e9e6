import { TaskNotFoundError, TaskProps } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';

/** One task by id. */
export class FindTaskService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'tasks'>) {}

  async find(taskId: string): Promise<TaskProps> {
    const task = await this.ports.tasks.findById(taskId);
    if (!task) throw new TaskNotFoundError(taskId);
    return task;
  }
}
