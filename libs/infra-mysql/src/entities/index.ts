import { TaskConfigEntity } from './task-config.entity';
import { TaskLogEntity } from './task-log.entity';
import { TaskEntity } from './task.entity';
import { WorkerEntity } from './worker.entity';

export { TaskConfigEntity, TaskEntity, TaskLogEntity, WorkerEntity };
export const ENTITIES = [TaskEntity, TaskLogEntity, TaskConfigEntity, WorkerEntity];
