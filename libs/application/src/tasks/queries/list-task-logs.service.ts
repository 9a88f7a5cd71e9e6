import { TaskLog, TaskNotFoundError } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';

/** A task's log rows, oldest first. */
export class ListTaskLogsService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'tasks' | 'logs'>) {}

  async list(taskId: string): Promise<TaskLog[]> {
    if (!(await this.ports.tasks.findById(taskId))) throw new TaskNotFoundError(taskId);
    return this.ports.logs.listByTask(taskId);
  }
}
