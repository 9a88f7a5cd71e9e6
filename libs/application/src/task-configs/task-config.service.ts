import {
  ACTIVE_STATUSES,
  TaskConfig,
  TaskConfigInput,
  TaskConfigInUseError,
  TaskConfigNotFoundError,
  TaskConfigProps,
} from '@asynctask/domain';
import { AsynctaskPorts } from '../shared/ports';

/** Task types: create or replace, read, list, remove. */
export class TaskConfigService {
  constructor(private readonly ports: Pick<AsynctaskPorts, 'configs' | 'tasks' | 'clock'>) {}

  async put(input: TaskConfigInput): Promise<{ config: TaskConfigProps; created: boolean }> {
    const existing = await this.ports.configs.findByType(input.taskType);
    const config = TaskConfig.define(input, this.ports.clock.now(), existing && TaskConfig.restore(existing));
    await this.ports.configs.save(config.toProps());
    return { config: config.toProps(), created: !existing };
  }

  async get(taskType: string): Promise<TaskConfigProps> {
    const config = await this.ports.configs.findByType(taskType);
    if (!config) throw new TaskConfigNotFoundError(taskType);
    return config;
  }

  list(): Promise<TaskConfigProps[]> {
    return this.ports.configs.findAll();
  }

  /** Removes a task type; refused while tasks of it are still waiting or running. */
  async remove(taskType: string): Promise<void> {
    await this.get(taskType);
    const counts = await this.ports.tasks.countByStatus({ taskType });
    const unfinished = counts.PENDING + ACTIVE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    if (unfinished > 0) throw new TaskConfigInUseError(taskType, unfinished);
    await this.ports.configs.delete(taskType);
  }
}
