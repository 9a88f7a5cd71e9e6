import { ACTIVE_STATUSES, TaskConfigInUseError, TaskConfigNotFoundError } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';
import { TaskConfigCatalog } from '../catalog/task-config-catalog';

/** Removes a task type, refused while tasks of it are still waiting or running; every process is told. */
export class DeleteTaskConfigService {
  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'configs' | 'tasks'>,
    private readonly catalog: Pick<TaskConfigCatalog, 'changed'>,
  ) {}

  async delete(taskType: string): Promise<void> {
    if (!(await this.ports.configs.findByType(taskType))) throw new TaskConfigNotFoundError(taskType);
    const counts = await this.ports.tasks.countByStatus({ taskType });
    const unfinished = counts.PENDING + ACTIVE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    if (unfinished > 0) throw new TaskConfigInUseError(taskType, unfinished);
    await this.ports.configs.delete(taskType);
    await this.catalog.changed(taskType);
  }
}
