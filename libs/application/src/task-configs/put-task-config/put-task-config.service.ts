import { TaskConfig, TaskConfigInput, TaskConfigProps } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';
import { TaskConfigCatalog } from '../catalog/task-config-catalog';

/** Creates a task type, or replaces it keeping what the definition does not set; every process is told. */
export class PutTaskConfigService {
  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'configs' | 'clock'>,
    private readonly catalog: Pick<TaskConfigCatalog, 'changed'>,
  ) {}

  async put(input: TaskConfigInput): Promise<{ config: TaskConfigProps; created: boolean }> {
    const existing = await this.ports.configs.findByType(input.taskType);
    const config = TaskConfig.define(input, this.ports.clock.now(), existing && TaskConfig.restore(existing));
    await this.ports.configs.save(config.toProps());
    await this.catalog.changed(input.taskType);
    return { config: config.toProps(), created: !existing };
  }
}
