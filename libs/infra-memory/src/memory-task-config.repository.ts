import { TaskConfigProps, TaskConfigRepository } from '@asynctask/domain';
import { copy } from './copy';

export class MemoryTaskConfigRepository implements TaskConfigRepository {
  private readonly configs = new Map<string, TaskConfigProps>();

  async save(config: TaskConfigProps): Promise<void> {
    this.configs.set(config.taskType, copy(config));
  }

  async findByType(taskType: string): Promise<TaskConfigProps | null> {
    const config = this.configs.get(taskType);
    return config ? copy(config) : null;
  }

  async findAll(): Promise<TaskConfigProps[]> {
    return [...this.configs.values()].sort((a, b) => (a.taskType < b.taskType ? -1 : 1)).map(copy);
  }

  async delete(taskType: string): Promise<boolean> {
    return this.configs.delete(taskType);
  }
}
