import { TaskConfig, TaskConfigInput, TaskConfigProps } from '@asynctask/domain';
import { AsynctaskPorts } from '../../shared/ports';

/** Creates a task type, or replaces it keeping what the definition does not set. */
export class PutTaskConfigService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'configs' | 'clock'>) {}

  async put(input: TaskConfigInput): Promise<{ config: TaskConfigProps; created: boolean }> {
    const existing = await this.ports.configs.findByType(input.taskType);
    const config = TaskConfig.define(input, this.ports.clock.now(), existing && TaskConfig.restore(existing));
    await this.ports.configs.save(config.toProps());
    return { config: config.toProps(), created: !existing };
  }
}
