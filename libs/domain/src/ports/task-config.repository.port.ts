import { TaskConfigProps } from '../task-config/task-config';

export interface TaskConfigRepository {
  /** Creates or replaces the config of its task type. */
  save(config: TaskConfigProps): Promise<void>;
  findByType(taskType: string): Promise<TaskConfigProps | null>;
  /** All configs, ordered by task type. */
  findAll(): Promise<TaskConfigProps[]>;
  /** True when it existed. */
  delete(taskType: string): Promise<boolean>;
}
