import { TaskConfigProps } from '@asynctask/domain';

export function presentTaskConfig(config: TaskConfigProps) {
  return {
    ...config,
    createdAt: config.createdAt.toISOString(),
    updatedAt: config.updatedAt.toISOString(),
  };
}
