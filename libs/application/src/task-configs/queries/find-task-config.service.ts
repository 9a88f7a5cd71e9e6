import { TaskConfigNotFoundError, TaskConfigProps } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';

/** One task type by name. */
export class FindTaskConfigService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'configs'>) {}

  async find(taskType: string): Promise<TaskConfigProps> {
    const config = await this.ports.configs.findByType(taskType);
    if (!config) throw new TaskConfigNotFoundError(taskType);
    return config;
  }
}
