import { describeFaultyDispatchQueueContract, describeFaultyTaskRepositoryContract } from '@asynctask/testing';
import { MemoryDispatchQueue } from './memory-dispatch-queue';
import { MemoryLeaderElection } from './memory-leader-election';
import { MemoryTaskLogRepository } from './memory-task-log.repository';
import { MemoryTaskStore } from './memory-task-store';
import { MemoryTaskRepository } from './memory-task.repository';

const systemClock = { now: () => new Date() };

describeFaultyDispatchQueueContract('memory', async () => {
  const election = new MemoryLeaderElection(systemClock);
  return { queue: new MemoryDispatchQueue(election), election, close: async () => undefined };
});

describeFaultyTaskRepositoryContract('memory', async () => {
  const store = new MemoryTaskStore();
  return { tasks: new MemoryTaskRepository(store), logs: new MemoryTaskLogRepository(store), close: async () => undefined };
});
