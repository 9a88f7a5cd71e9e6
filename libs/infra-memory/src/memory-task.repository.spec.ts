import { describeTaskRepositoryContract } from '@asynctask/testing';
import { MemoryTaskLogRepository } from './memory-task-log.repository';
import { MemoryTaskStore } from './memory-task-store';
import { MemoryTaskRepository } from './memory-task.repository';

describeTaskRepositoryContract('memory', async () => {
  const store = new MemoryTaskStore();
  return { tasks: new MemoryTaskRepository(store), logs: new MemoryTaskLogRepository(store), close: async () => undefined };
});
